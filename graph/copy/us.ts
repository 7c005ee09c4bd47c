/**
 * American English: the same copy as en.ts with American spelling and words ("practice", "labeling",
 * "mom", "doctor"), for en-US patients. Word lists the bot matches patients' words against (arrays:
 * `trapWords`, `doneWords`, …) are left as they are, with both spellings; strings and the output of
 * copy functions are changed, but never the patient's own words passed into them.
 */

/** British → American, whole words, as written in this project's copy. */
const WORDS: ReadonlyArray<[string, string]> = [
  ['practise', 'practice'],
  ['practising', 'practicing'],
  ['practised', 'practiced'],
  ['catastrophising', 'catastrophizing'],
  ['catastrophise', 'catastrophize'],
  ['overgeneralising', 'overgeneralizing'],
  ['overgeneralisation', 'overgeneralization'],
  ['generalising', 'generalizing'],
  ['personalising', 'personalizing'],
  ['personalisation', 'personalization'],
  ['labelling', 'labeling'],
  ['recognise', 'recognize'],
  ['recognised', 'recognized'],
  ['cancelled', 'canceled'],
  ['behaviour', 'behavior'],
  ['behaviours', 'behaviors'],
  ['behavioural', 'behavioral'],
  ['colour', 'color'],
  ['favourite', 'favorite'],
  ['organise', 'organize'],
  ['realise', 'realize'],
  ['prioritise', 'prioritize'],
  ['apologise', 'apologize'],
  ['centre', 'center'],
  ['mum', 'mom'],
  ['GP', 'doctor'],
];

const TABLE = new Map(WORDS.map(([gb, us]) => [gb.toLowerCase(), us]));
const PATTERN = new RegExp(`\\b(${WORDS.map(([gb]) => gb).join('|')})\\b`, 'gi');

function sameCase(model: string, word: string): string {
  if (model === model.toUpperCase() && model.length > 1 && model !== 'GP') return word.toUpperCase();
  return model[0] === model[0]!.toUpperCase() && model !== 'GP' ? word[0]!.toUpperCase() + word.slice(1) : word;
}

/** Copy text in American spelling. */
export function americanise(text: string): string {
  return text.replace(PATTERN, (m) => sameCase(m, TABLE.get(m.toLowerCase()) ?? m));
}

/** A copy function whose output is Americanised, the patient's words in its arguments kept as typed. */
function wrap<F extends (...args: never[]) => unknown>(fn: F): F {
  return ((...args: never[]) => {
    const out = fn(...args);
    if (typeof out !== 'string') return out;
    const kept: string[] = [];
    let protectedText = out;
    for (const arg of args as unknown[]) {
      if (typeof arg !== 'string' || arg.length < 2 || !protectedText.includes(arg)) continue;
      kept.push(arg);
      protectedText = protectedText.split(arg).join(`\uE000${kept.length - 1}\uE000`);
    }
    return americanise(protectedText).replace(/\uE000(\d+)\uE000/g, (_, i: string) => kept[Number(i)]!);
  }) as F;
}

/** A deep copy of `copy` in American spelling (arrays, the matching vocabularies, untouched). */
export function americanCopy<T>(copy: T): T {
  if (typeof copy === 'string') return americanise(copy) as T;
  if (typeof copy === 'function') return wrap(copy as (...args: never[]) => unknown) as T;
  if (Array.isArray(copy) || copy === null || typeof copy !== 'object') return copy;
  // Ids and button values are what the code compares against: kept.
  return Object.fromEntries(Object.entries(copy).map(([k, v]) => [k, k === 'value' || k === 'id' ? v : americanCopy(v)])) as T;
}
