/**
 * Free-text requests matched to what the patient wants, without an LLM, in two layers:
 * - the intent model (intent-model.ts): a classifier trained on a few hundred requests written blind
 *   in both languages, which knows small talk and answers (`other`) as well as the exercises; it
 *   decides when it is sure;
 * - when it is not, the examples (intent-examples.ts): each message is compared with example requests
 *   per intent on word stems weighted by how telling they are, on character trigrams (which forgive
 *   typos and missing accents) and on concepts; the best intent wins when it is clearly ahead.
 * Otherwise the caller falls back (the likeliest two or three options, not the whole menu).
 * Deterministic, local, microseconds.
 */
import { INTENT_EXAMPLES } from './intent-examples.js';
import type { IntentId } from './intent-examples.js';
import { asksToSeeThoughtRecords, isGoodbye, isLeaving, readMenuChoice } from './intents.js';
import { conceptsIn } from './intent-concepts.js';
import { loadIntentModel, type IntentModel } from './intent-model.js';
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


function tokens(text: string): string[] {
  const t = fold(text).replace(/[^\p{L}\p{N}/ ]+/gu, ' ');
  const words = t
    .replace(/\//g, ' ')
    .split(/\s+/)
    .filter((w) => w && !STOP.has(w))
    .map(stem);
  for (const concept of conceptsIn(text)) words.push(`#${concept}`);
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

const MODEL = loadIntentModel();
/** The committed intent model's version (printed by the eval). */
export const INTENT_MODEL_VERSION = MODEL.version;
/** How sure the model must be of a goodbye it reads in other words ("kids are home, gotta dash"). */
export const DONE_MIN = 0.5;
const KNOWN = new Set<string>(Object.keys(INTENT_EXAMPLES));

/** The intent the examples alone put clearly ahead, or null. */
export function matchByExamples(text: string): IntentId | null {
  const [first, second] = scoreIntents(text);
  if (!first || first.score < MIN_SCORE) return null;
  if (second && first.score - second.score < MIN_MARGIN) return null;
  return first.intent;
}

/**
 * The intent a free-text request asks for, or null: the model when it is sure (its `other`, a
 * message that asks for nothing, is an answer too), else the examples when one is clearly ahead.
 */
export function matchIntent(text: string, model: IntentModel = MODEL): IntentId | null {
  const top = model.classify(text)[0];
  // A goodbye read wrongly ends the conversation: the model must be sure of that one.
  if (top?.intent === 'done' && top.p < DONE_MIN) return null;
  if (top && top.p >= model.threshold) return KNOWN.has(top.intent) ? (top.intent as IntentId) : null;
  return matchByExamples(text);
}

/** How likely an intent must be to be offered when a message is not understood. */
const LIKELY_MIN = 0.15;

/** The two or three likeliest intents (for a fallback that offers them instead of the whole menu). */
export function likeliest(text: string, n = 3, model: IntentModel = MODEL): IntentId[] {
  const classified = model.classify(text);
  // Gibberish spreads the model thin: nothing it gives 15% or more is a guess worth offering.
  if (classified.length) return classified.filter((r) => KNOWN.has(r.intent) && r.intent !== 'done' && r.p >= LIKELY_MIN).slice(0, n).map((r) => r.intent as IntentId);
  return scoreIntents(text)
    .filter((s) => s.score >= MIN_SCORE * 0.75 && s.intent !== 'done')
    .slice(0, n)
    .map((s) => s.intent);
}

/** Exercises the model knows by their family's name (it was trained on the menu's intents). */
const FAMILY: Readonly<Record<string, string>> = { sleep_wind_down: 'sleep', thinking_traps: 'thought_record' };
/** The model's confidence needed to overrule a keyword found in a sentence. */
export const OVERRULE = 0.6;
/** ... and the keyword's own intent may have at most this much. */
export const OVERRULE_RULE_MAX = 0.2;

/**
 * A keyword names one thing, the sentence asks for another: "I don't want to do a thought record, I
 * want to understand why they work", "how do I record my mood", "what's the weather like". In a
 * sentence (more than four words) the model, trained on whole requests, overrules the keyword when it
 * is sure and gives the keyword's intent next to no chance. Short messages keep their keyword.
 */
function overruled(rule: string, text: string, model: IntentModel): string | null | undefined {
  if (fold(text).split(' ').length <= 4) return undefined;
  const ranked = model.classify(text);
  const top = ranked[0];
  if (!top || top.p < OVERRULE) return undefined;
  const family = FAMILY[rule] ?? rule;
  if (top.intent === family) return undefined;
  if ((ranked.find((r) => r.intent === family)?.p ?? 0) >= OVERRULE_RULE_MAX) return undefined;
  return KNOWN.has(top.intent) ? top.intent : null;
}

/**
 * What a request asks for, in the order tried: seeing past thought records; an exercise named (or
 * its number from the menu); a goodbye (each unless the model overrules it in a sentence); then the
 * model and the examples. Null: not a request we recognise.
 */
export function readRequest(text: string, model: IntentModel = MODEL): IntentId | null {
  const ruled = (rule: IntentId): IntentId | null => {
    const over = overruled(rule, text, model);
    return over === undefined ? rule : (over as IntentId | null);
  };
  if (asksToSeeThoughtRecords(text)) return ruled('show_thought_records');
  const named = readMenuChoice(text);
  // "What's the Samaritans number?" starts like a question about CBT; the examples know it is a number.
  if (named === 'learn') {
    const matched = matchIntent(text, model);
    if (matched === 'resources' || matched === 'sleep' || matched === 'show_thought_records') return matched;
  }
  if (named) return ruled(named);
  if (isGoodbye(text) || isLeaving(text)) return ruled('done');
  const matched = matchIntent(text, model);
  // Can't sleep for worrying, or with a racing heart: the sleep trouble is what they asked about.
  if ((matched === 'worry_time' || matched === 'breathing') && SAYS_SLEEP.test(fold(text))) return 'sleep';
  return matched;
}

const SAYS_SLEEP = /\b(sleep|asleep|insomni\w*|dormir|dormirme|duermo|insomnio)\b/;
