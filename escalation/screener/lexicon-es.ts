/**
 * Spanish concept lexicons (Spain and Latin America), written over normalised text: accents are
 * stripped ("quitarme la vida", "ya no aguanto mas", "despues", "ano"), so fragments use plain ASCII.
 * Pronoun clitics come both ways ("me voy a matar" / "voy a matarme"), so act fragments carry both.
 */
import { alt } from './pattern.js';

export const ES_WEEKDAY = alt('lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo');
export const ES_TIME_FUTURE = alt(
  'esta noche', 'manana(?: (?:en la noche|por la noche|temprano))?', 'pasado manana', 'este fin(?: de semana)?', 'el finde',
  `(?:el|este|el proximo|este proximo) ${ES_WEEKDAY}`, 'la (?:proxima|otra) semana', 'el (?:proximo|otro) (?:mes|finde)',
  'despues de (?:la|el|mi|que|las|los) [a-z]+', 'cuando (?:se vaya|se vayan|se duerma|se duerman|me quede sol[oa]|todos duerman|no este nadie)', 'cuando (?:mis?|el|la|los) [a-z]+ se (?:vaya|vayan|duerma|duerman)', 'cuando apaguen las luces', 'manana a la noche',
  'a las \\d{1,2}', 'a (?:la )?medianoche', 'en (?:unas|un par de|pocas) horas', 'antes de (?:navidad|fin de ano|mi cumple\\w*|que)',
  'el \\d{1,2} de [a-z]+', 'el dia \\d{1,2}', 'hoy (?:mismo|en la noche|por la noche)', 'esta madrugada',
);
export const ES_RECENT = alt(
  'hace (?:un rato|una hora|media hora|un momento|poco|\\d+ (?:minutos|horas)|unos minutos|unas horas|dos horas)', 'acabo de',
  'ahora mismo', 'ahorita', 'esta manana', 'anoche', 'hoy', 'ayer', 'recien',
);
export const ES_REMOTE = alt(
  'cuando (?:era|tenia|estaba en)', 'hace (?:anos|mucho|tiempo|muchos anos|\\d+ anos|un ano|dos anos)', 'de (?:nina|nino|pequena|pequeno|chica|chico|joven|adolescente)',
  'en (?:19|20)\\d\\d', 'solia', 'el ano pasado', 'en la (?:prepa|secundaria|universidad|uni|facultad)', 'a los \\d{1,2}(?: anos)?',
);

/** First-person suicide acts (infinitive + clitic, or conjugated with "me"). */
export const ES_ACT_INF = alt(
  'matarme', 'suicidarme', 'quitarme la vida', 'acabar con (?:mi vida|todo|esto|todo esto|mi sufrimiento)', 'terminar con (?:mi vida|todo|todo esto)',
  'darme un tiro', 'pegarme un tiro', 'ahorcarme', 'colgarme', '(?:tirarme|aventarme|lanzarme|arrojarme)(?: [^ .?]+){0,4} (?:puente|edificio|azotea|balcon|ventana|piso|acantilado|vias|tren|metro|precipicio|techo|camion|coche|carro|autopista|mar|rio)',
  'envenenarme', 'cortarme las venas', 'tomarme (?:todas )?las pastillas', 'tomarme todo', 'no despertar(?: mas| nunca)?', 'dejar de existir',
  'quitarme de en medio', 'irme para siempre', 'desaparecer para siempre', 'morir(?:me)?',
);
/** Acts only (no wishes like "no despertar" or "desaparecer"): these plus a time or a decision are urgent. */
export const ES_ACT_ACTIVE = alt(
  'matarme', 'suicidarme', 'quitarme la vida', 'acabar con (?:mi vida|todo|esto|todo esto|mi sufrimiento)', 'terminar con (?:mi vida|todo|todo esto)',
  'darme un tiro', 'pegarme un tiro', 'ahorcarme', 'colgarme', `(?:tirarme|aventarme|lanzarme|arrojarme)(?: [^ .?]+){0,4} (?:puente|edificio|azotea|balcon|ventana|piso|acantilado|vias|tren|metro|precipicio|techo|camion|coche|carro|autopista|mar|rio)`,
  'envenenarme', 'cortarme las venas', 'tomarme (?:todas )?las pastillas', 'tomarme todo', 'quitarme de en medio',
);
export const ES_ACT_CONJ = alt(
  'me (?:voy a |vaya a |iba a )?(?:matar|suicidar|quitar la vida|ahorcar|colgar|envenenar|cortar las venas|pegar un tiro|dar un tiro|tirar|aventar|lanzar|arrojar)',
  'me mato', 'me suicido', 'me quito la vida', 'me quito de en medio', 'me tomo (?:todo|todas|todo lo que)', 'lo (?:termino|acabo) todo', '(?:terminarlo|acabarlo) todo', 'me cuelgo', 'me corto las venas', 'me envenen[oa]', 'me aviento', 'me lanzo (?:del|de la|de un|por la|a las|al)', 'me tiro (?:del|de la|de un|por la|a las|al)', 'me ahorco', 'me pego un tiro',
);
export const ES_WILL = alt(
  'voy a', 'me voy a', 'lo voy a', 'ya (?:lo )?decidi', 'decidi', 'he decidido', 'estoy decidid[oa] a', 'pienso', 'planeo', 'tengo planeado',
  'tengo pensado', 'esta noche', 'manana', 'ya es hora de', 'llego la hora de', 'hoy (?:si )?(?:voy a|me voy a)',
);
export const ES_WANT = alt(
  'quiero', 'quisiera', 'me gustaria', 'tengo ganas de', 'ganas de', 'pienso en', 'he pensado en', 'pensando en', 'deseo', 'ojala pudiera',
  'me dan ganas de', 'siento ganas de', 'tengo (?:la )?tentacion de',
);
export const ES_MEDS = alt(
  'pastillas', 'pastilla', 'pildoras', 'comprimidos', 'capsulas', 'medicamentos?', 'medicinas?', 'paracetamol', 'ibuprofeno', 'aspirinas?',
  'clonazepam', 'rivotril', 'diazepam', 'alprazolam', 'lorazepam', 'insulina', 'antidepresivos', 'tranquilizantes', 'somniferos',
  'pastillas para dormir', 'laxantes', 'acetaminofen', 'quetiapina', 'litio', 'escitalopram', 'tafil', 'ravotril', 'pastillas para adelgazar', 'sertralina', 'fluoxetina', 'tramadol', 'pastillas de \\w+', 'recetas?',
);
export const ES_TOXIC = alt(
  'lejia', 'cloro', 'lavandina', 'anticongelante', 'veneno', 'raticida', 'matarratas', 'insecticida', 'herbicida', 'amoniaco', 'salfuman',
  'desatascador', 'gasolina', 'aguarras',
);
export const ES_WEAPON = alt('pistola', 'arma', 'revolver', 'escopeta', 'rifle', 'cuchillo', 'navaja', 'machete', 'cuchilla', 'fusil', 'balas');
export const ES_HEIGHT = alt(
  'puentes?', 'edificios?', 'azoteas?', 'terraza', 'balcon', 'ventana', 'pisos?', 'acantilados?', 'precipicio', 'torres?', 'techo', 'viaducto',
  'paso elevado', 'rascacielos', 'mirador',
);
export const ES_LOSS = alt(
  '(?:me )?(?:despidieron|echaron del trabajo|corrieron del trabajo)', 'me (?:han|ha) (?:despedido|echado|dejado)', 'me echaron de (?:la pega|la chamba|el laburo|el curro|la peguita)', 'me quede sin (?:pega|chamba|laburo|curro)', 'ya no tengo a nadie', 'ya nadie me espera', '(?:murio|se murio|fallecio) mi', 'desde que (?:murio|se fue|falleci\\w*)', 'hoy se cumple (?:un ano|un mes)', 'me quede sin (?:trabajo|empleo|casa|nada)', 'perdi (?:mi trabajo|el trabajo|la custodia|a mi|todo|mi casa|el bebe)',
  'me (?:dejo|abandono|engano|fue infiel)', '(?:murio|fallecio|se murio|se mato|se suicido) mi', 'mi \\w+ (?:murio|fallecio|se murio)', 'divorcio', 'quiebra', 'deudas',
  '(?:reprobe|suspendi) (?:todo|el ano|la carrera)', 'me van a (?:echar|desheredar|correr)', 'me desalojan', 'me echaron de casa', 'desde que (?:murio|se fue|me dejo)',
);
export const ES_DISTRESS = alt(
  'ya no puedo mas', 'no puedo mas', 'no aguanto mas', 'ya no aguanto', 'ya no soporto', 'no soporto mas', 'nada importa', 'nada tiene sentido', 'no tiene sentido',
  '(?:estoy|me siento) (?:destrozad[oa]|hundid[oa]|desesperad[oa]|perdid[oa]|vaci[oa]|fatal|muy mal|sin salida|acabad[oa]|rot[oa])',
  'no hay salida', 'sin esperanza', 'no vale la pena', 'me quiero morir', 'quiero morirme', 'estoy harta de todo', 'estoy harto de todo',
);
export const ES_CHILD = alt(
  'hij[oa]s?', 'hermanit[oa]s?', 'herman[oa] (?:chiquit[oa]|pequen[oa]|menor)', 'bebe', 'nin[oa]s?', 'sobrin[oa]s?', 'niet[oa]s?', 'alumn[oa]s?', 'nene', 'nena',
);
