/**
 * Free-text requests matched to what the patient wants, without an LLM: each message is compared
 * with example requests per intent (intent-examples.ts) on word stems weighted by how telling they
 * are (inverse document frequency over the examples) and on character trigrams (which forgive typos
 * and missing accents). The best intent wins when it is clearly ahead; otherwise the caller falls
 * back (the likeliest two or three options, not the whole menu). Deterministic, local, microseconds.
 */
import { INTENT_EXAMPLES } from './intent-examples.js';
import type { IntentId } from './intent-examples.js';
import { asksToSeeThoughtRecords, isGoodbye, readMenuChoice } from './intents.js';
import { fold } from './parse.js';

export type { IntentId } from './intent-examples.js';

/** Words that carry no request (English and Spanish). */
const STOP = new Set(
  (
    'a an the i im i m me my mine myself you your u ur we us our it its is are was were be been am do does did can could would should will shall to of for in on at by with ' +
    'and or but so if just really please pls plz thanks thank thx ok okay hey hi hello now today some something any anything this that these those there here what whats how ' +
    'who when where which why like kind of sort want wanna need let lets go get got have has had again more bit little one thing stuff ' +
    'cant can t don dont not never ive ill its also even still right ' +
    'el la los las un una unos unas yo me mi mis tu te de del al a en y o pero que por para con como lo le les se es soy estoy esta este esto eso ' +
    'quiero puedo podemos hacer algo un poco hoy ahora ya porfa favor gracias hola oye bueno vale si no muy mas'
  ).split(' '),
);

function stem(word: string): string {
  // Prefix stems: "worrying", "worried", "worries" → "worri"; forgiving of endings in both languages.
  return word.length > 5 ? word.slice(0, 5) : word;
}

/**
 * Concepts: the words (English and Spanish, with common misspellings) that say what a request is
 * about, whatever else it says. Each adds a concept token beside the word stems, so "wide awake at
 * 2am" and "llevo noches en vela" meet the sleep examples without sharing a word with them.
 */
const CONCEPTS: ReadonlyArray<[string, RegExp]> = [
  ['sleep', /\b(sle+p\w*|slept|asleep|awake|insomni\w*|dorm\w*|duerm\w*|desvel\w*|en vela|madrugada|nap|naps|bedtime|wind down|\d{1,2} ?am|tossing|acostar\w*|descans\w*|wake up at night|waking up|waking at|wake at|me despierto|pego ojo|pegar ojo|pegue ojo)\b/],
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

function tokens(text: string): string[] {
  const t = fold(text).replace(/[^\p{L}\p{N}/ ]+/gu, ' ');
  const words = t
    .replace(/\//g, ' ')
    .split(/\s+/)
    .filter((w) => w && !STOP.has(w))
    .map(stem);
  for (const [concept, re] of CONCEPTS) if (re.test(t)) words.push(`#${concept}`);
  return words;
}

function trigrams(text: string): Set<string> {
  const t = ` ${fold(text).replace(/[^\p{L}\p{N} ]+/gu, ' ').replace(/\s+/g, ' ').trim()} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= t.length; i++) out.add(t.slice(i, i + 3));
  return out;
}

interface Example {
  intent: IntentId;
  tokens: Set<string>;
  grams: Set<string>;
  concepts: Set<string>;
}

function conceptsOf(words: readonly string[]): Set<string> {
  return new Set(words.filter((w) => w.startsWith('#')));
}

const EXAMPLES: Example[] = Object.entries(INTENT_EXAMPLES).flatMap(([intent, texts]) =>
  (texts as readonly string[]).map((text) => {
    const words = tokens(text);
    return { intent: intent as IntentId, tokens: new Set(words), grams: trigrams(text), concepts: conceptsOf(words) };
  }),
);

/** How telling a stem is: rare across intents counts more than common. */
const IDF = (() => {
  const df = new Map<string, number>();
  for (const e of EXAMPLES) for (const t of e.tokens) df.set(t, (df.get(t) ?? 0) + 1);
  const n = EXAMPLES.length;
  return (t: string) => Math.log(1 + n / (df.get(t) ?? 0.5));
})();

function weighted(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let both = 0;
  let either = 0;
  for (const t of a) {
    const w = IDF(t);
    either += w;
    if (b.has(t)) both += w;
  }
  for (const t of b) if (!a.has(t)) either += IDF(t);
  return either === 0 ? 0 : both / either;
}

function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let both = 0;
  for (const g of a) if (b.has(g)) both++;
  return (2 * both) / (a.size + b.size);
}

export interface IntentScore {
  intent: IntentId;
  score: number;
}

/** Every intent's best score for this message, best first. */
export function scoreIntents(text: string): IntentScore[] {
  const words = tokens(text);
  const tk = new Set(words);
  const gr = trigrams(text);
  const cs = conceptsOf(words);
  const best = new Map<IntentId, number>();
  for (const e of EXAMPLES) {
    // Words (weighted by how telling they are), spelling (trigrams), and what it is about (concepts).
    const s = 0.45 * weighted(tk, e.tokens) + 0.3 * dice(gr, e.grams) + 0.25 * dice(cs, e.concepts);
    if (s > (best.get(e.intent) ?? 0)) best.set(e.intent, s);
  }
  return [...best.entries()].map(([intent, score]) => ({ intent, score })).sort((a, b) => b.score - a.score);
}

/** Below this the message is not a request we recognise. */
export const MIN_SCORE = 0.18;
/** The winner must be this far ahead of the runner-up. */
export const MIN_MARGIN = 0.03;

/** The intent a free-text request asks for, or null when none is clearly ahead. */
export function matchIntent(text: string): IntentId | null {
  const [first, second] = scoreIntents(text);
  if (!first || first.score < MIN_SCORE) return null;
  if (second && first.score - second.score < MIN_MARGIN) return null;
  return first.intent;
}

/** The two or three likeliest intents (for a fallback that offers them instead of the whole menu). */
export function likeliest(text: string, n = 3): IntentId[] {
  return scoreIntents(text)
    .filter((s) => s.score >= MIN_SCORE * 0.75 && s.intent !== 'done')
    .slice(0, n)
    .map((s) => s.intent);
}

/**
 * What a request asks for, in the order tried: seeing past thought records; an exercise named (or
 * its number from the menu); a goodbye; then the examples. Null: not a request we recognise.
 */
export function readRequest(text: string): IntentId | null {
  if (asksToSeeThoughtRecords(text)) return 'show_thought_records';
  const named = readMenuChoice(text);
  // "What's the Samaritans number?" starts like a question about CBT; the examples know it is a number.
  if (named === 'learn') {
    const matched = matchIntent(text);
    if (matched === 'resources' || matched === 'sleep' || matched === 'show_thought_records') return matched;
  }
  if (named) return named;
  if (isGoodbye(text)) return 'done';
  const matched = matchIntent(text);
  // Can't sleep for worrying, or with a racing heart: the sleep trouble is what they asked about.
  if ((matched === 'worry_time' || matched === 'breathing') && SAYS_SLEEP.test(fold(text))) return 'sleep';
  return matched;
}

const SAYS_SLEEP = /\b(sleep|asleep|insomni\w*|dormir|dormirme|duermo|insomnio)\b/;
