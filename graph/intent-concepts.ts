import { fold } from './parse.js';

/**
 * Concepts: the words (English and Spanish, with common misspellings) that say what a request is
 * about, whatever else it says. Each adds a concept token beside the word stems, so "wide awake at
 * 2am" and "llevo noches en vela" meet the sleep examples without sharing a word with them.
 */
const CONCEPTS: ReadonlyArray<[string, RegExp]> = [
  ['sleep', /\b(sle+p\w*|slept|asleep|awake|insomni\w*|dorm\w*|duerm\w*|desvel\w*|en vela|madrugada|nap|naps|bedtime|wind down|\d{1,2} ?am|tossing|acostar\w*|descans\w*|wake up at night|waking up|waking at|wake at|me despierto|pego ojo|pegar ojo|pegue ojo|(drop|dropping|nod|nodding|drift|drifting) off|ceiling|lying there|lie there|(up|awake) (till|until|at) \d{1,2}|all night|every night|at night|noches?|trasnoch\w*|concili\w*)\b/],
  ['breath', /\b(breath\w*|breathe|respir\w*|inhal\w*|exhal\w*|heart|corazon|latid\w*|pulse|racing|pounding|acelerad\w*|panic\w*|panico|calm\w*|relax\w*|relaj\w*|tranquil\w*|chill|wound up|shaking|temblando|box|caja|count to four|contar hasta|pulse|settle|palpitat\w*|can t calm|cant calm)\b/],
  ['ground', /\b(unreal|irreal|disconnect\w*|desconect\w*|dissociat\w*|disoci\w*|spaced|spacey|zon(e|ing) out|numb|present|presente|here and now|aqui y ahora|senses|sentidos|floating|fog\w*|niebla|ida|ido|tierra|ground\w*|anclaje|anclar\w*|five things|5 things|cinco cosas|5 cosas|outside my body|fuera de mi|far away|fake|dreamlike|dream|foggy|not real)\b/],
  ['mood', /\b(mood|animo|rate|rating|puntu\w*|log|track\w*|note down|registr\w*|apunt\w*|anot\w*|out of 10|\d+ ?\/ ?10|del 1 al 10|diary|diario|check ?in|how i feel|como me siento|how im feeling)\b/],
  ['thought', /\b(thoughts?|pensamientos?|pienso|creo que|believe|challenge\w*|cuestion\w*|evidence|evidencia|worksheet|hoja|columns|columnas|keep thinking|failure|fracas\w*|useless|inutil|stupid|not good enough|juzg\w*|negative thinking|pick apart|in my head|en mi cabeza)\b/],
  ['activation', /\b(motivat\w*|motivacion|ganas|sofa|couch|sillon|stuck|lazy|flojera|weekend|finde|fin de semana|activit\w*|actividad\w*|enjoy\w*|disfrut\w*|hobb\w*|get out|salir|moving|mover\w*|push|empujon|bored|aburr\w*|empty day|dia vacio|nothing to do|nada que hacer|get going|do something|hacer algo)\b/],
  ['problem', /\b(problem\w*|decid\w*|decision\w*|money|dinero|lana|rent|renta|alquiler|bills|facturas|debt\w*|deuda\w*|overdraft|boss|jefe|landlord|casero|argument|pelea\w*|pelee|discut\w*|conflict\w*|deadlines?|entregas?|plazos?|options|opciones|step by step|paso a paso|solv\w*|resolver|solucion\w*|fix|arreglar|chamba|job|trabajo nuevo|short of|no me alcanza|choose|choice|choosing|elegir|going round in circles)\b/],
  ['worry', /\b(worr\w*|preocup\w*|what if|y si|overthink\w*|vueltas|rumin\w*|angust\w*|park|postpone|aplazar|later on|para despues|cant stop thinking|no dejo de pensar|go wrong|salir mal)\b/],
  ['safety', /\b(safety|seguridad|warning signs?|senales|crisis plan|plan de crisis|who to call when|people i can call|a quien llamar cuando)\b/],
  ['questionnaire', /\b(questionnaires?|cuestionarios?|phq\w*|gad\w*|test|tests|quiz\w*|scores?|puntuacion|scale|escala|survey|encuesta|forms?|formulario|assess\w*|evalu\w*|how depressed|que tan deprimid\w*|measure|medir)\b/],
  ['resources', /\b(numbers?|numero|phone|telefono|call|llamar|line|linea|helplines?|hotlines?|samaritans|988|024|text line|emergenc\w*|urgent\w*|contacts|contactos|crisis line|linea de la vida)\b/],
  ['learn', /\b(read|leer|learn\w*|aprend\w*|explain\w*|explica\w*|articles?|articulos?|informa\w*|what is|what are|que es|que son|why do|por que|how does|como funciona|understand|entender|teach|ensena\w*)\b/],
  ['show', /\b(wrote|written|escribi|apunte|anote|saved|guardad\w*|past|previous|anteriores|pasados|read back|history|historial|how many .* (done|have i)|cuantos .* (hecho|llevo))\b/],
  ['done', /\b(bye|adios|chao|chau|gotta go|got to go|me voy|me tengo que ir|ttyl|talk (later|tomorrow|soon)|luego hablamos|enough for (now|today|tonight)|sorted|ya estuvo|lo dejo aqui|hasta luego|nos vemos|see you|gotta run|got to run|have to run|speak (tomorrow|later|soon))\b/],
];

/** The concepts a message is about, by name ("sleep", "worry"), read on its folded words (slashes kept: "5/10"). */
export function conceptsIn(text: string): string[] {
  const t = fold(text).replace(/[^\p{L}\p{N}/ ]+/gu, ' ');
  return CONCEPTS.filter(([, re]) => re.test(t)).map(([name]) => name);
}
