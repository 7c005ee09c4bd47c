import { fold, foldWords } from './parse.js';
import type { FlowId } from './types.js';

/** Flows a patient can ask for by name or number from the menu, in menu order. */
export const MENU_FLOWS = [
  'breathing',
  'grounding',
  'mood',
  'thought_record',
  'activation',
  'problem_solving',
  'worry_time',
  'safety_plan',
  'questionnaire',
  'resources',
  'learn',
] as const;
export type MenuFlow = (typeof MENU_FLOWS)[number];

/**
 * What free text asks for, in the order tried: a question first ("what is box breathing?" wants an
 * explanation, not the exercise), then the exercises named with several words, then single words.
 * Patterns see folded text: lower case, no accents or apostrophes, punctuation as spaces.
 */
const KEYWORDS: ReadonlyArray<[FlowId | 'done', RegExp]> = [
  ['learn', /^(what is|what are|whats|what s|how does|how do|why do|why does|why is|explain|tell me about|learn|can you explain|que es|que son|como funciona|por que|explica|explicame|aprender)\b/],
  ['thinking_traps', /\b(spot\w* (the |a |my |some )?(thinking )?traps?|thinking traps? (exercise|practice)|(find|name|identify|check) (the |a |my )?(thinking )?traps?|which (thinking )?trap|(detectar|identificar|encontrar) (las |la |mis )?trampas?( de pensamiento)?|que trampa)\b/],
  ['sleep_wind_down', /\b(wind[ -]?down|bedtime routine|sleep routine|night ?time routine|routine (for|before) (bed|sleep)|rutina (para dormir|de sueno|antes de dormir|nocturna|de noche)|desconectar (antes de dormir|esta noche)|planear (como )?desconectar)\b/],
  [
    'thought_record',
    /\b(thought (record|diary|log|sheet|worksheet)s?|registros? de (mis )?pensamientos?|diario de pensamientos|hoja de pensamientos|(anotar|escribir|apuntar) (lo que|los pensamientos que|el pensamiento que) (se me pasa|se me pasan|pienso|me pasa|me viene|me vienen) (por la cabeza|a la cabeza|por la mente)|(write|jot|note|get) (down |out )?(what|the thoughts?|my thoughts?|the thing)( that)? (goes|go|going|went|runs|run|is going) (through|round|around|in) my (head|mind)|write (my|the) thoughts (down|out))\b/,
  ],
  [
    'activation',
    /\b((un )?rato para mi|tiempo para mi|algo para mi( misma| mismo)?|time for (myself|me)|something (nice )?for (myself|me)|me time|behaviou?ral activation|activity (schedul\w*|plan\w*)|schedul\w* (some |my |a few |more )?(activit\w*|things to do)|plan\w* (some |my |a few )?activit\w*|activacion conductual|(planear|planificar|programar|organizar) (unas |algunas |mis )?actividades)\b/,
  ],
  ['problem_solving', /\b(problem ?solv\w*|solv\w* (a|this|my|the) problem|(resolver|solucionar) (un |el |este |mi )?problema|resolucion de problemas)\b/],
  [
    'worry_time',
    /\b(worry (time|period|slot)|(tiempo|rato|momento|hora) (de|para) (la )?preocupa\w*|(worry|think) about (it|this|that|them) later|(put|park|save|postpone|push) (off )?(the |my |this )?worr(y|ies|ying)( about [a-z ]{1,30})? (for |till |until )?later|(preocuparme|pensarlo|pensar en (eso|esto|ello)|guardarme la preocupacion|dejar la preocupacion) (para )?(despues|mas tarde|luego|otro momento))\b/,
  ],
  [
    'questionnaire',
    /\b(phq ?9|gad ?7|questionnaires?|cuestionarios?|(el|la) (de|del) (la )?(depre|depresion|ansiedad)$|(test|encuesta|examen) (de|del) (la )?depre|(depression|anxiety|mood) (test|quiz|survey|scale|questions)|(test|escala|preguntas) de (la )?(depresion|ansiedad)|(the )?(9|nine|7|seven) questions|(las )?(9|nueve|7|siete) preguntas)\b/,
  ],
  ['safety_plan', /\b(safety plan|crisis plan|plan de seguridad|plan de crisis)\b/],
  ['breathing', /\b(breath\w*|breathe|respira\w*)\b|^(the )?box( one| please)?$/],
  ['grounding', /\b(ground\w*|5 4 3 2 1|54321|anclaje|aterriza\w*)\b/],
  ['mood', /\b(mood|check ?in|animo|estado de animo|registro)\b/],
  ['resources', /\b(crisis|resources?|hotline|helpline|help line|number to call|recursos|linea de ayuda|telefono)\b/],
  ['done', /^(done|done for now|bye|goodbye|thanks|thank you|no thanks|nothing|not now|that s all|thats all|gracias|adios|nada|nada por ahora|ahora no|eso es todo|listo)$/],
];

function normalise(text: string): string {
  return fold(text).replace(/[.-]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Reads which menu item a message asks for: a number from the menu or a request in words. */
export function readMenuChoice(text: string): MenuFlow | 'done' | null {
  const t = normalise(text);
  const n = /^(\d{1,2})$/.exec(t);
  if (n) return ([...MENU_FLOWS, 'done'] as const)[Number(n[1]) - 1] ?? null;
  for (const [flow, re] of KEYWORDS) {
    if (re.test(t)) return flow as MenuFlow | 'done';
  }
  return null;
}

/** Words that always bring up the menu, whatever flow the patient is in (but a safety question). */
export const MENU_WORDS = ['menu', 'main menu', 'the menu', 'menu please', 'start over', 'options', 'everything else', 'menu principal', 'opciones', 'volver al menu', 'ir al menu', 'todo lo demas'] as const;

/** Asking for the menu in a sentence ("could I see the menu, please?", "¿me enseñas el menú?"). */
export function asksForMenu(text: string): boolean {
  // "bruh stop. menu", "this is getting a bit much tbh. menu": the word said last, on its own.
  const last = text.split(/[.!?,;\n]+/).map((x) => x.trim()).filter(Boolean).at(-1);
  if (last !== undefined && last !== text.trim() && text.trim().split(/\s+/).length <= 30 && ((MENU_WORDS as readonly string[]).includes(fold(last)) || /^(and |then |so )?(go|get|take me|bring me|back) (back )?to the (main )?menu$/.test(fold(last)))) return true;
  const t = fold(text);
  return t.split(' ').length <= 10 && /\b((see|show|open|back to|go to|give me|get|view|bring up|pull up)( me)? (the )?(main )?(menu|options)|(ver|mostrar|ensename|muestrame|me ensenas|me muestras|volver al|ir al|regresar al) (el )?(menu|las opciones))\b/.test(t);
}

export type Command = 'exit' | 'back' | 'skip';

/**
 * Inside an exercise: leave it, go back a step, or skip one. Only whole, short messages count
 * ("stop", "can we stop this", "i'm done with this", "basta por hoy"): the same words inside a
 * sentence about one's life are not commands (and the screening has read them first anyway).
 */
/** One way of saying "leave this exercise" ("stop", "i'm done", "enough for now", "basta por hoy"). */
const EXIT_CHUNK = [
  '(?:(?:can|could) (?:we|i)|let s|lets|i want to|i d like to|id like to|i wanna|i need to|i think i ll|i ll|im gonna|i m gonna|please|pls)? ?(?:stop|quit|exit|cancel|finish|pause)(?: (?:this|here|now|that|the exercise|this exercise|this one|it here))?',
  '(?:i m|im|i am)(?: so)? (?:done|finished)(?: (?:with )?(?:this|it|that|the exercise|this exercise|this one))?',
  '(?:i )?(?:don t|dont|do not) (?:want|wanna) to (?:do|continue|carry on with|keep doing|start) (?:this|it|that|the exercise|another(?: one)?|a new one|one|another exercise)(?: (?:anymore|any more|right now|now|today))?',
  '(?:i )?(?:don t|dont|do not) (?:want|need|wanna) (?:another|a new|a second|this|that|one more) (?:one|plan|exercise|activity|record|thought record)(?: (?:anymore|any more|right now|now|today))?',
  'no quiero (?:hacer|empezar) (?:otro|otra|uno nuevo|una nueva|esto|eso|el ejercicio)(?: ahora)?',
  'not (?:really )?in the mood(?: for (?:this|it))?(?: (?:now|right now|today|tonight))?',
  '(?:i m |im |i am )?not (?:really )?feeling it(?: (?:now|right now|today|tonight))?',
  '(?:luego|despues|mas tarde|otro dia) lo (?:termino|acabo|sigo|seguimos|terminamos)',
  '(?:mejor )?lo (?:termino|acabo|sigo|seguimos|terminamos) (?:manana|luego|despues|mas tarde|otro dia)',
  '(?:i ll|ill|i will|let me|can i) (?:finish|do|carry on with) (?:it|this|the rest)(?: (?:tomorrow|later|another time))',
  '(?:that s|thats|that is)? ?enough(?: of this)?',
  '(?:no )?not this(?: one)?(?: (?:now|right now|again))?',
  '(?:hold|hang) on(?: a (?:moment|sec|second|minute|mo))?',
  '(?:i )?(?:only |just )?(?:asked|was asking|wanted to know) what (?:it|they|that|this|those|these|either of them) (?:is|are|was|were|means?)(?: (?:not|didnt ask|i didnt ask) to (?:start|do) (?:one|it|this|that))?|not to start (?:one|it|this|that)|(?:solo )?(?:te )?pregunte (?:que|q) (?:es|era|son|eran)(?: no (?:que|q) empezaras)?',
  '(?:i )?didn ?t mean to start (?:one|this|it|that)(?: (?:just )?yet)?',
  '(?:i )?(?:didn t|didnt|did not) (?:mean|want|ask for)(?: to)? (?:start |do |plan |begin )?(?:this|that|one|it|an activity|a plan|an? (?:new )?(?:activity|exercise|plan|thought record|breathing|problem))',
  '(?:let s|lets|can we|could we) stop (?:this|here)(?: one)?',
  '(?:i ve|ive|i have) (?:planned|done) enough(?: for (?:one night|tonight|today|now))?',
  '(?:no )?(?:esto|este|eso) no',
  '(?:i )?(?:didn t|didnt|did not) ask for (?:this|that|a safety plan)|(?:i m|im|i am) not in (?:a |any )?crisis|no (?:te )?(?:he|habia) pedido (?:esto|eso)|no estoy en (?:ninguna )?crisis|(?:que )?no quiero hacer (?:esto|eso)',
  '(?:basta|ya basta|para|parar|paremos|salir|cancelar|dejalo|dejemoslo|lo dejo|lo dejamos|terminar|termino aqui|no quiero seguir(?: con (?:esto|el ejercicio))?)',
].join('|');
/** Words around it that change nothing: "ok", "thanks", "for now", "bus is here" is not here (a second sentence is read apart). */
const EXIT_FILLER = '(?:sabes que|sabes q|you know what|ahorita|ahora|q|bruh|bro|dude|man|wey|guey|tio|tia|wait|honestly|tbh|to be honest|seriously|look|i said|i told you|te digo que|te dije que|mejor|ok|okay|actually|sorry|hmm|um|no|nah|yeah|yes|thanks|thank you|cheers|ta|x+|lol|please|pls|for now|for today|for a bit|for tonight|now|right now|por hoy|por ahora|ya|aqui|gracias|vale|porfa|la verdad)';
const EXIT_RE = new RegExp(`^(?:${EXIT_FILLER} )*(?:${EXIT_CHUNK})(?: (?:${EXIT_FILLER}|${EXIT_CHUNK}))*$`);
/** "basta por hoy, ya lo termino otro día": leaving with a promise to come back. */
const EXIT_LATER_RE = /^(basta|ya basta|lo dejo|lo dejamos|dejemoslo|paro|paremos|para|i m done|im done|i ll stop|ill stop|let s stop|lets stop|stopping)\b.*\b(otro dia|luego|despues|manana|mas tarde|later|another day|tomorrow|next time)\b/;

const COMMANDS: ReadonlyArray<[Command, RegExp]> = [
  ['exit', EXIT_RE],
  ['exit', EXIT_LATER_RE],
  ['back', /^(wait |oops |sorry |no )?(back|go back|previous|previous step|back a step|one step back|undo|atras|volver|vuelve|volvamos|paso anterior|anterior)( please| pls| por favor)?$/],
  // Correcting the last answer: "oops I answered the wrong thing", "can I go back and fix it", "me equivoqué".
  [
    'back',
    /^(oops |oh |sorry |wait |ugh |perdon |ay |espera )*(i (answered|put|wrote|typed) (the )?wrong( thing| one| answer| question)?|wrong (answer|one|question)|that was (for )?the wrong (one|question)|can (i|we) go back(?! to (the |my )?(problem|thought|worry|breathing|grounding|plan|activit|safety|questionnaire|mood|menu|sleep))( and (fix|change|correct) (it|that))?|go back (and (fix|change|correct) (it|that)|to the last (one|question|step))|let me (fix|change|correct) (that|it|my answer)|i want to (fix|change|correct) (that|it|my answer)|undo that|me equivoque( de pregunta| de respuesta)?|quiero (corregir|cambiar) (eso|lo anterior|mi respuesta)|puedo (volver|regresar)( atras| a la anterior)?|vuelve a la (anterior|pregunta anterior)|regresa a la anterior)\b/,
  ],
  ['skip', /^(skip|skip (this|it|this one|that one|that)|next|pass|next one|next question|saltar|salta|me salto (esta|este|esto|esta pregunta)|me la salto|me lo salto|sigue|siguiente|paso|omitir)( please| pls| por favor)?$/],
];

export function readCommand(text: string): Command | null {
  // A command said first, with something else after it in another sentence or clause ("i'm done,
  // enough for now. bus is here"; "actually can we stop this, not really in the mood").
  const first = text.split(/[.!?\n]+/)[0] ?? text;
  // …or said last, after saying why ("¿Cómo? No, no, yo no estoy en ninguna crisis. Déjalo.").
  const lastSentence = text.split(/[.!?\n]+/).map((x) => x.trim()).filter(Boolean).at(-1) ?? text;
  // Any one short clause of a short message ("ay no sé, ya no quiero seguir con esto, luego lo termino").
  const clauses = text.split(/\s+/).length <= 16 ? text.split(/[.!?\n,;]+/).filter((c) => c.trim() && c.trim().split(/\s+/).length <= 9) : [];
  // …or in the first clause of a longer message ("no sorry, I didn't mean plan an activity, I was in the middle of…").
  const firstClause = first.split(/[,;]/)[0] ?? first;
  for (const candidate of [...new Set([text, first, firstClause, lastSentence, ...clauses])]) {
    const t = normalise(candidate);
    if (t.split(' ').length > 14) continue;
    for (const [command, re] of COMMANDS) if (re.test(t)) return command;
  }
  return null;
}

/** A goodbye said anywhere in a short message ("thanks for the breathing thing. bye"). */
export function isGoodbye(text: string): boolean {
  // Kisses, laughs and emoji after the goodbye ("ok night x", "bye lol 😴") change nothing.
  const t = fold(text)
    .replace(/[^\p{L}\p{N}\s.,!?']+/gu, ' ')
    .replace(/(\s+(x+|xo+|lol|haha+|jaja+|ty|thx|tho|gracias|thanks|besos?))+\s*$/, '')
    .trim();
  if (t.split(/\s+/).length <= 12 && GOODBYE_RE.test(t)) return true;
  // Voice-typed, without full stops: "alright im gonna try and get some sleep … thanks for the help goodnight".
  const words = t.replace(/[^\p{L}\p{N}\s]+/gu, ' ').trim().split(/\s+/);
  const lastTwo = words.slice(-2).join(' ');
  return words.length >= 6 && words.length <= 30 && !/\?/.test(text) && (/^(good night|night night|bye bye|hasta luego|nos vemos|al rato)$/.test(lastTwo) || /^(goodnight|bye|goodbye|ttyl|cya|chao|adios)$/.test(words.at(-1) ?? ''));
}
const GOODBYE_RE =
  /(?:^|\b)(?:bye|bye bye|byee+|goodbye|(?:i m |im |i am |ok |okay )?done for (?:now|today|tonight|the day)|that s (?:all|it) for (?:now|today|tonight)|(?:ya )?(?:termine|acabe) por hoy|es todo por hoy|(?:^|[.!,] ?|\b(?:ok|okay|k|right|anyway|alright|so|well) )night(?: night)?|sleep (?:it|this) off|gotta go|got to go|(?:im |i m |i am )?going to (?:sleep|bed)|off to (?:sleep|bed)|goodnight|good night|night night|nite|adios|chao|chau|me voy(?: a dormir| a la cama)?|hasta luego|hasta manana|buenas noches|(?:aight |alright |ok |okay )?(?:im|i m|i am) out(?: fr| for real| for now| for today| for tonight)?|peace(?: out)?|gn|g night|nos da|bye for now|cheerio|ta ra|tara|catch (?:you|ya|u) later|see (?:you|ya|u)(?: later| soon| tomorrow)?|cya|laters|ttyl|(?:talk|speak) (?:to you )?(?:later|soon|tomorrow)|nos vemos|me piro|hasta pronto|luego hablamos|hablamos (?:luego|manana|despues)|(?:sale |va |ok |bueno |pues )?al rato|ahi nos vemos|nos vemos al rato)(?: (?:for real|fr|this time|for now|for tonight|tho|though|then|x+))*\W*$/;

/** One way of saying "I have to go now" ("gotta get ready for work", "they called me in", "tengo que irme"). */
const LEAVING_CHUNK = [
  '(?:i |i ve |ive |i d )?(?:have|need|got|gotta|ve got|better|should|must)(?: to)? (?:go|run|leave|dash|head off|head out|get going|go now|log off|hop off|bounce|get off(?: here)?)',
  'gotta (?:go|run|dash|bounce|jet|get going)',
  '(?:i |i ve |ive )?(?:have|need|got|gotta)(?: to)? get ready(?: for (?:work|my shift|shift|school|class|bed|the day))?',
  '(?:they|work|my boss|the hospital|the ward) (?:just )?called me in(?: early)?',
  '(?:i m|im|i am) (?:gonna|going to) (?:try (?:and|to) )?(?:get some )?sleep',
  '(?:i m|im|i am) (?:being|getting) called',
  'brb|be right back|(?:i ll|ill|i will) be back(?: later| soon)?',
  '(?:i ll|ill|i will|let me|we can|can we) (?:come back|finish|continue|carry on|do the rest)(?: (?:to )?(?:this|it|the rest))?(?: (?:later|tomorrow|another time|after (?:work|my shift|class)))',
  '(?:talk|speak|chat) (?:to you )?(?:later|soon|tomorrow)|ttyl',
  '(?:me )?tengo (?:que|q) (?:irme|ir|salir|pirarme|arrancar|colgar)(?: ya)?|(?:me )?tengo (?:que|q) ir(?:me)?',
  '(?:me )?tengo (?:que|q) ir (?:por|a recoger|a buscar) (?:los|las|mis|a los|a mis|a la|a el|al) [a-z]+(?: (?:a|de) [a-z ]{1,30})?',
  '(?:i )?(?:have|need|got|gotta)(?: to)? (?:go )?(?:pick up|collect|get) (?:the|my) (?:kids|children|son|daughter|boys|girls)(?: from [a-z ]{1,30})?',
  '(?:ahorita|ya|ahora|luego|en un rato|al rato) (?:regreso|vuelvo)|(?:regreso|vuelvo) (?:ahorita|en un rato|al rato|luego|enseguida)',
  '(?:ya )?me (?:voy|piro|marcho|tengo que ir)(?: ya)?',
  '(?:luego|despues|mas tarde|ahorita|al rato) (?:sigo|seguimos|vuelvo|hablamos|te escribo|lo termino|lo terminamos)',
  '(?:te |le )?escribo (?:luego|despues|mas tarde|al rato)',
  'vuelvo (?:luego|despues|mas tarde|en un rato|al rato)',
  '(?:right |ok |okay |anyway )?(?:i m|im|i am) off (?:to (?:bed|sleep|work|[a-z]+(?: [a-z]+){0,5})|now|for (?:now|today|tonight))',
  '(?:i ll|ill|i will) let (?:you|ya) know (?:how (?:it|that|they) (?:goes|went)|on [a-z]+|[a-z]+day|tomorrow|later|after)(?: [a-z]+){0,3}',
  '(?:ahora si )?me voy (?:a (?:dormir|la cama|acostar(?:me)?|descansar)|ya)',
  '(?:i ll|ill|i will|let s|lets|we ll|well|i think i ll|think i ll) (?:leave it|call it a day|stop|wrap (?:it )?up)(?: (?:there|here|at that))?(?: for (?:now|today|tonight))?|that ll do(?: for (?:now|today|tonight))?|(?:lo )?dejo (?:aqui|aca|ahi|esto)(?: por (?:hoy|ahora))?|lo dejamos (?:aqui|aca|ahi)(?: por (?:hoy|ahora))?',
  '(?:te )?(?:aviso|cuento) (?:como (?:me )?(?:va|fue)|el [a-z]+|manana|luego|despues)(?: [a-z]+){0,3}',
].join('|');
const LEAVING_FILLER = '(?:ta|cheers|thanks|gracias|ugh|argh|oh|oops|sorry|so sorry|sry|soz|ok|okay|k|right|anyway|anyways|well|shoot|crap|oh no|no|yeah|yes|ah|actually|wait|hmm|lol|haha|perdon|perdona|lo siento|vale|bueno|ay|uy|oye|jo|pues|ya|really|now|right now|ahora|ahora mismo|sorry about this|sorry for this|mate|tho|though|x+)';
const LEAVING_RE = new RegExp(`^(?:${LEAVING_FILLER} )*(?:${LEAVING_CHUNK})(?: (?:${LEAVING_FILLER}|now|soon|right now|for now|ya))*$`);

const STEPPING_AWAY = /^(?:ok |sorry |oops |ugh |ay |perdon )*(?:brb|be right back|gtg|g2g|got to run|ahorita vuelvo|ya vuelvo|vuelvo enseguida|ahora vuelvo|ahorita regreso|ya regreso|un momento|un segundo|dame un (?:momento|segundo|minuto))(?: [a-z]+){0,5}$/;

/**
 * Saying they have to go, in a clause of a short message ("ugh sorry i have to go, they called me in
 * early. gotta get ready for shift. talk later"; "ok im gonna try and sleep now. night"): the
 * exercise is kept for later, never given the message as an answer. A whole clause must say it:
 * "I have to go to work tomorrow and I dread it" is an answer.
 */
export function isLeaving(text: string): boolean {
  if (text.trim().split(/\s+/).length > 30) return false;
  const clauses = text
    .split(/[.!?,;:\n]+/)
    .map((c) => fold(c).replace(/[^\p{L}\p{N}\s']+/gu, ' ').replace(/'/g, ' ').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  // "brb kid crying", "gtg work": stepping away, with a short reason.
  if (clauses.some((c) => STEPPING_AWAY.test(c))) return true;
  // A short goodbye ("night", "bye") after something else; first, it is a greeting ("Buenas noches, ¿me…").
  return clauses.some((c, i) => LEAVING_RE.test(c) || (i > 0 && c.split(' ').length <= 3 && GOODBYE_RE.test(c)));
}

/** "Thanks for the breathing", "ta for the allotment thing", "gracias por lo de la respiración igual": thanks for what was done. */
const THANKS_FOR = /^(?:(?:ok|okay|right|anyway|nada|ya fue|bueno|thought not|never mind|nevermind|fair enough|oh well|pues|vale)\s*)*(?:thanks|thank you|thanks so much|ta|cheers|gracias|muchas gracias|mil gracias)(?: (?:for|por)(?: [a-z]+){1,6})?(?: (?:igual|anyway|tho|though|again|de todos modos|de todas formas))?$/;
/** Filler clauses around a sign-off ("nada, ya fue", "thought not", "fair enough"). */
const SIGN_OFF_FILLER = /^(?:nada|ya fue|bueno|thought not|never mind|nevermind|fair enough|oh well|ok|okay|right|anyway|vale|pues nada|jaja+|haha+|lol|no worries|all good|todo bien)(?: (?:nada|ya fue|bueno|ok|jaja+|haha+|lol))*$/;

/**
 * A sign-off that names something done, so a menu word inside it is not a request: "gracias por lo
 * de la respiración igual, ahora sí me voy a dormir. ¡Buenas noches!", "right im off to put the
 * kettle on. ta for the allotment thing, ill let you know wednesday". Every clause is a goodbye, a
 * way of leaving, thanks, or filler; at least one is a goodbye or leaving.
 */
export function signsOff(text: string): boolean {
  if (text.trim().split(/\s+/).length > 40 || /\?/.test(text)) return false;
  const clauses = text
    .split(/[.!,;:\n]+/)
    .map((c) => fold(c).replace(/[^\p{L}\p{N}\s]+/gu, ' ').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  if (clauses.length < 2) return false;
  const leaving = (c: string) => LEAVING_RE.test(c) || GOODBYE_RE.test(c);
  return clauses.some(leaving) && clauses.every((c) => leaving(c) || THANKS_FOR.test(c) || SIGN_OFF_FILLER.test(c));
}

/**
 * A whole message asking for help and nothing else ("help", "HELP!", "help me", "ayuda", "sos"): the
 * crisis numbers, from anywhere, never read as an exercise's answer. On SMS the carrier answers HELP
 * too; on the web only the bot does.
 */
export function isHelpWord(text: string): boolean {
  return /^(help|help me|help please|please help|please help me|i need help|need help|sos|ayuda|ayudame|ayuda por favor|por favor ayuda|necesito ayuda|auxilio|socorro)$/.test(fold(text).replace(/[^a-z ]/g, ' ').replace(/\s+/g, ' ').trim());
}

/** A medicine named, or a dose, in a message. */
const MEDICINE =
  /\b(medication|medications|medicine|medicines|meds|med|pills?|tablets?|capsules?|doses?|dosage|dosing|mg|milligrams?|prescription|prescribed|antidepressants?|ssris?|benzos?|benzodiazepines?|sleeping pills?|sertraline|zoloft|fluoxetine|prozac|citalopram|celexa|escitalopram|lexapro|paroxetine|paxil|venlafaxine|effexor|duloxetine|cymbalta|mirtazapine|bupropion|wellbutrin|trazodone|quetiapine|seroquel|lithium|lamotrigine|propranolol|clonazepam|klonopin|rivotril|lorazepam|ativan|diazepam|valium|alprazolam|xanax|zolpidem|ambien|zopiclone|melatonin|pregabalin|gabapentin|medicamentos?|medicinas?|pastillas?|pastilla|dosis|gotas|receta medica|recetado|recetada|antidepresivos?|ansioliticos?|somniferos?)\b/;
/** Asking what to take, how much, whether to change, stop or mix it. */
const MEDICINE_QUESTION =
  /\b(how (much|many)|is it (ok|okay|safe|bad|fine|dangerous)|is that (ok|okay|safe|bad)|can i|could i|should i|do i need|shall i|what if i|what happens if i|cuant[oa]s?|puedo|debo|se puede|es (malo|peligroso|seguro)|esta bien si|que pasa si)\b/;

/**
 * A question about a medicine or a dose ("is it ok if i take 100 on bad days?", "¿cuánto clonazepam
 * me puedo tomar?"): the companion cannot advise on medicines, and says who can.
 */
export function asksAboutMedication(text: string): boolean {
  const t = fold(text);
  return MEDICINE.test(t) && (MEDICINE_QUESTION.test(t) || /\?\s*$/.test(text.trim()));
}

/**
 * A question about an idea or exercise rather than a request to do it ("what's behavioural
 * activation?", "why do thought records help?", "para qué sirve anotar pensamientos"): explained
 * from the library, with the exercise offered, not started.
 */
export function asksAboutIt(text: string): boolean {
  const t = fold(text).trim();
  // "Could you tell me what behavioural activation means?", "can you explain how worry time works?"
  if (/\b(can|could|would) you (please )?(tell me|explain|say) (what|how|why)\b|\b(might|may|can|could) i ask (you )?(what|how|why)\b|\bwhat (the letters|it) stands? for\b|\bwhat (do|does) [a-z ]{2,20} stand for\b|\bwhat (it|that|this|[a-z]+) (actually |really )?means\b|\bwhat does [a-z ]{3,40} mean\b|\bme (puedes|podrias) explicar (que|como|por que)\b|\bque significa\b/.test(t)) return true;
  // A question in the middle ("can i ask something. why is it always worse in the mornings? by teatime im alright").
  const QUESTION_MID = /^(ok |okay |but |so |and |pero |y |bueno |oye |che )*(what is|what s|whats|what are|what does|why|how does|how come|is it normal|is that normal|(que|q) es|(que|q) son|por (que|q)|como es que|es normal)\b/;
  if (text.split(/\s+/).length <= 60 && text.split(/(?<=\?)\s+/).some((s) => /\?\s*$/.test(s) && QUESTION_MID.test(fold(s.split(/(?<=[.!])\s+/).at(-1) ?? s).trim()))) return true;
  if (/\b(can|could) (we|i|you)\b|\b(let s|lets|i want to|i d like to|i would like to|i wanna|help me|podemos|quiero|hagamos|ayudame)\b/.test(t)) return false;
  // "No idea what either of them actually are", "ni idea de qué es eso": asked what they are.
  if (/\b(no idea|not sure|dont know|do not know|dunno|no se|ni idea( de)?) (what|que) (either of them|they|those|these|esos|esas|son (esos|esas)) (actually |actualy |really |even )?(are|son|mean|significan)\b/.test(t)) return true;
  const QUESTION = /^(ok |okay |but |so |and |pero |y |bueno |oye |che |por cierto |by the way |btw |anyway |also |oh |hey |quick question |una pregunta |otra cosa |tambien )*(what is|what s|whats|what are|what does|what do|why|how does|how do|how is|how are|is it|are they|does|do they|explain|tell me about|(que|q) es|(que|q) son|(que|q) significa|(para|pa) (que|q)|de (que|q) sirve|por (que|q)|xq|como funciona|como sirve|explicame|me explicas|cuentame)\b/;
  if (QUESTION.test(t)) return true;
  // The question comes last, after the story ("I've had an ECG, the lot. So why does it race at night?").
  const last = text.trim().split(/(?<=[.!?])\s+/).at(-1) ?? '';
  if (last !== text.trim() && /\?\s*$/.test(last) && QUESTION.test(fold(last).trim()) && text.split(/\s+/).length <= 60) return true;
  // A yes/no question about an idea ("is overthinking the same as worrying?", "should i wait until i
  // feel motivated?"), asked with a question mark and not about the bot or a plan.
  return /\?\s*$/.test(text.trim()) && /^(ok |okay |but |so |and |pero |y |bueno |oye )*(is|are|should|does|do|can|could|would|will|es|son|se puede|deberia|sirve|funciona)\b/.test(t) && !/\b(you|u|your|my plan|my plans|tu|tus|mis planes)\b/.test(t);
}

/** "Change my plan to Sunday", "move it to 5pm", "cambia el plan al jueves": the plan's number, or 0. */
export function readChangePlan(text: string): number | null {
  const t = fold(text);
  const m = /\b(change|move|reschedule|push|switch|cambia|cambiar|cambialo|cambiala|cambiarlo|cambiarla|mueve|mover|muevelo|moverlo|pasa|pasar|pasalo|pasarlo|recorre|recorrer|recorrelo)\b( (it|my plan|the plan|plan|that|this|el plan|mi plan|lo|la|el))?( (number|no|numero))? ?#?(\d{1,2})?\b.*\b(to|for|until|instead|al|a las|para el|para|el|pal|pa)\b/.exec(t);
  if (!m) {
    // "¿Lo puedes cambiar?", "can you move it?", said with the new day or time in the same message.
    if (/\b(lo|la) (puedes|podrias|puedo|podemos) (cambiar|mover|pasar)\b|\b(puedes|podrias) (cambiarlo|cambiarla|moverlo|pasarlo)\b|\bcan (you|we|i) (change|move|switch|push) (it|that)\b/.test(t)) return 0;
    return null;
  }
  return m[6] ? Number(m[6]) : 0;
}

/** "What should I do?", "what helps me?", "¿qué me recomiendas?": asking for a suggestion, no exercise named. */
export function asksWhatHelps(text: string): boolean {
  const t = fold(text);
  return (
    /\b(what (should|can|could|do) i do|what (helps|would help|will help|might help|works|worked|has helped|helped)( me)?( most| best)?|what do you (suggest|recommend)|any (suggestions|ideas|recommendations)|what s good for me|whats good for me|what would you suggest|what should i try)\b/.test(t) ||
    /\b(que (hago|debo hacer|puedo hacer|me (ayuda|sirve|recomiendas|sugieres))|que (ejercicio )?me (ha ayudado|funciona)|que me conviene|que recomiendas)\b/.test(t) ||
    HELPED_ME.test(t)
  );
}

/** "What has actually helped me so far?", "which of them made any difference?", "¿qué ejercicios me sirvieron?" */
const HELPED_ME =
  /\b(has|have) (any of )?(this|it|these|all this|the exercises) (actually |really |even )?(helped|worked|made (a|any) difference)\b|\bwhat( has| have| s|s) (actually |really |even )?(helped|worked|made (a|any) difference)\b|\b(which|what) (of )?(the |those |these )?(things|exercises|ones|ones? i ve done|stuff)( (i ve|ive|i have|we ve|we have) (done|tried))? ((has|have|s) )?(actually |really )?(helped|worked|made (a |any )?difference)\b|\bwhat (worked|works|helped|helps) (best|most)( for me)?\b|\b(que|cual|cuales) (ejercicios? |cosas? )?(me )?(vinieron|vino|sirvieron|sirvio|ayudaron|ayudo|funcionaron|funciono|han servido|han ayudado|ha servido|ha ayudado)( mejor| mas)?\b|\bque (es lo que )?me (ayudo|sirvio|funciono|ha ayudado|ha servido|ha funcionado)\b|\b(cuales|cual) me (ayudaron|sirvieron|funcionaron|ayudo|sirvio|funciono)\b/;

/** "Show me my progress", "is there a summary of how I've been doing?", "¿cómo voy?", "mostrame mi progreso". */
export function asksProgress(text: string): boolean {
  return PROGRESS.test(fold(text));
}
const PROGRESS =
  /\b(my progress|progress so far|how (do you think |would you say )?(am i|have i been|i ve been|ive been|i m|im) (doing|getting on|going|getting along)|(a |any |like a )?summary of (how|my|what)|how (is|s) (my mood|everything) (been going|going for me|been)|(mi|mis) (progreso|avances?)|como (voy|vengo|me ha ido|me fue|lo llevo|lo estoy haciendo)|(un )?resumen de (como|mi|lo que)|que tal (voy|lo llevo)|(que|lo que) (hemos|he) hecho (hasta ahora|hoy|hasta hoy|por ahora|estos dias|esta semana)|what (have|did) (we|i) (done|do) (so far|today|this week)|what we ve done (so far|today)|^(un |a )?(resumen|summary)( please| porfa| por favor)?$|(see|show|view|check|look at|what are|whats|what s) (me )?(my|all my) (scores|results|progress|questionnaire scores|questionnaire results)|(ver|ensename|muestrame|cuales son) (mis|todos mis) (resultados|puntajes|puntuaciones|avances))\b/;

/** "Show my plans", "what have I planned?", "mis planes". */
export function asksToSeePlans(text: string): boolean {
  const t = fold(text);
  return (
    /\b(me (ensenas|muestras|pasas|dices)|cuales son|ver|checar) (mis|los) (planes|actividades)\b/.test(t) ||
    /\bwhat (plans|activities|have i got|do i have|s|is) (do i have|have i got|planned|on)\b|\bwhat (plans|activities) (do i have|have i got|have i made)\b|\bwhat (have i got|do i have) planned\b|\bwhat s planned\b|\bque (planes|actividades) tengo\b/.test(t) ||
    /\b(show|see|view|list|look at|check|what are|what s|whats|remind me of|pull up)\b.*\b(my )?(plans|planned activities|activity plans?|activities i planned|scheduled activities)\b/.test(t) ||
    /\b(en )?(que|como) (quedo|quedamos|quedo el plan|quedo al final)\b(?! de)|\bwhat (i ve|ive|i have|have i) got (down|planned|on)\b|\bwhat ?s on (for )?(this|the) (week|weekend)\b|^(and )?my plans( i mean| please)?(\.|$| whats| what)|\b(see|show me|read me) (the|my) (list|diary|calendar|schedule)\b|\bwhat (have|did) i (planned|plan|schedule|scheduled)\b|\bwhat (was|is) (it|that|the thing) (that )?(i|we) (planned|plan|scheduled|set up)\b|\bwhat (was|is) my plan\b|\b(que|cual) (era|fue|es) (lo que|el plan que) (planee|planeamos|quedamos)\b/.test(t) ||
    // "Could you remind me what I planned earlier?", "is my activity plan still there?", "did it save the walk thing?"
    /\b(remind me|tell me) (of |about )?what (i|we) (planned|have planned|had planned|set up|scheduled)\b/.test(t) ||
    /\b(is|are) (my|the) (activity |walk |activation )?(plans?|activit\w+) still (there|saved|on)\b|\bchecking (that )?my (activity )?plan\b/.test(t) ||
    /\bdid (it|you) save (the|my) [a-z ]{0,20}(plan|walk|activity|thing)\b/.test(t) ||
    /\b(will|would|can|are) you (going to )?remind me (about|of|to)\b/.test(t) ||
    /\b(recuerdame|me recuerdas) (que|lo que) (planee|planeamos|quedamos)\b|\bse guardo (mi|el) plan\b/.test(t) ||
    /^(my )?plans\??$/.test(t.trim()) ||
    /\b(ver|muestrame|mostrar|ensename|cuales son|recuerdame)\b.*\b(mis )?(planes|actividades( planeadas)?)\b/.test(t) ||
    /^(mis )?planes\??$/.test(t.trim()) ||
    // One plan, named by what or when ("mi plan del domingo con los niños", "my plan for Sunday"), not the safety plan.
    (/\b(ver|veo|muestrame|ensename|mostrar|recuerdame|confirmar|confirma|como quedo|quedo|show|see|check|confirm|remind me)\b.*\b(mi|el|my|the) plan (del|de la|de los|para el|para la|con|for|with|on|to)\b/.test(t) && !/\b(seguridad|crisis|safety)\b/.test(t)) ||
    (/\b(mi|my) plan (del|de la|para el|for|on) [a-z ]{0,40}\b(quedo|verdad|right|is it|still)\b/.test(t) && !/\b(seguridad|crisis|safety)\b/.test(t)) ||
    (/\b(veo|ver|see|view|show me|check) (mi|el|my|the) plan\b/.test(t) && !/\b(seguridad|crisis|safety)\b/.test(t)) ||
    /\b(que|q|cuales|what) (actividades|planes|activities|plans) (tengo|hay) (agendad\w*|programad\w*|planead\w*|apuntad\w*)\b|\b(what|which) (activities|plans) (have i|do i have) (scheduled|booked|lined up)\b/.test(t)
  );
}

/** "Drop plan 2", "cancel plan 1", "quitar plan 2": the plan's number in the list (0 when none was given); null when not asked. */
export function readDropPlan(text: string): number | null {
  const t = fold(text);
  const m = /\b(drop|cancel|delete|remove|forget|quitar|quita|borrar|borra|cancelar|cancela|eliminar|elimina)\b( (the|my|el|mi))? (plan|activity|actividad)( (number|no|n|numero))? ?#?(\d{1,2})?\b/.exec(t);
  if (m) return m[7] ? Number(m[7]) : 0;
  // "quita el de mi hermana", "drop the one with my sister": which one is read from its words.
  if (/^(please |pls |porfa )?(drop|cancel|delete|remove|forget|quitar|quita|quitale|borra|borrar|cancela|elimina)\b (the one|that one|el de|la de|el que|lo de|the)\b/.test(t)) return 0;
  return null;
}

/** "Show my thought records", "can I see my past records?", "ver mis registros de pensamientos". */
export function asksToSeeThoughtRecords(text: string): boolean {
  const t = fold(text);
  return (
    /\b(show|see|view|list|look at|read|open|display|pull up|find|where are|where s|wheres)\b.*\b(thought records?|records?|thought diar(y|ies)|worksheets?)\b/.test(t) ||
    /\b(my|past|previous|old|earlier|last) (thought )?records\b/.test(t) ||
    /\b(ver|ensename|ensenar|muestrame|mostrar|mira|mirar|donde estan|leer|repasar)\b.*\b(registros?|hojas?)\b/.test(t) ||
    /\b(mis|los) registros (de pensamientos?|anteriores|pasados)\b/.test(t) ||
    /\b(see|look at|read back|read|show me)\b.*\b(what i wrote|i wrote|i ve written|ive written|saved thoughts|thoughts i (wrote|saved))\b/.test(t) ||
    /\bwhere do my (saved )?(thoughts|records)\b/.test(t) ||
    // "Could you show me what I've recorded so far today?"
    /\b(show|see|look at|read|check|go over|pull up)\b.*\b(what|everything) (i ve|ive|i have|i) (recorded|written down|noted down|logged)\b/.test(t) ||
    /\b(ensename|muestrame|ver|leer)\b.*\b(lo que (escribi|apunte|anote)|(los )?pensamientos que (apunte|escribi|anote))\b/.test(t)
  );
}

/** "Ok I'm back", "ya volví", "volví jaja": said first, whatever follows. */
export const BACK_AGAIN =
  /^(ok |okay |right |so |hey |hi |hello |well |ya |bueno |vale |hola |oye |lol |haha |jaja |que onda |que tal |buenas )*((i m|im|i am) (back|here again|back again)( now| again| home)?|(ya )?(volvi|he vuelto|regrese|he regresado|estoy de vuelta|estoy de regreso|aqui estoy de nuevo|ya estoy aqui|ya llegue)( otra vez| de nuevo)?|ya estoy(?= (jaja|que|q|de vuelta|otra vez)\b)|back( again)?)\b/;
/** "Where were we?", "¿en qué estábamos?" */
export const WHERE_WERE_WE = /\b((en|por) (que|donde) (estabamos|ibamos|quedamos|nos quedamos|habiamos quedado|lo habiamos dejado|lo dejamos)|donde lo (habiamos dejado|dejamos)|where (were we|was i|did we (leave|get to|stop))|what were we (doing|on))\b/;
/** Laughter, asides and small talk after "I'm back" ("she talks for England that one"): nothing asked. */
export const NOTHING_ASKED = /^((lol|haha+|jaja+|sorry|perdon|perdona|ok|okay|again|de nuevo|otra vez|now|ya|so|then|entonces|y)\s*)*$/;

/** "Ok sorry I'm back, where were we?" with nothing else asked. */
export function isBackAgain(text: string): boolean {
  const t = foldWords(text);
  // "back" alone, inside an exercise, is the command to go back a step.
  if (/^(go )?back$/.test(t)) return false;
  const back = BACK_AGAIN.exec(t);
  const rest = back ? t.slice(back[0].length).trim() : t;
  return (back !== null || WHERE_WERE_WE.test(t)) && (NOTHING_ASKED.test(rest) || WHERE_WERE_WE.test(rest)) && t.split(' ').length <= 10;
}
