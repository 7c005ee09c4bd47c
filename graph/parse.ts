/** Small, deterministic readers for chat answers, in English and Spanish. */

/**
 * Text-speak read as the words it stands for ("wat", "summat", "u", "pls", "q", "xq"), so every
 * pattern written for "what" or "que" also reads the way people type on a phone.
 */
const TEXT_SPEAK: Readonly<Record<string, string>> = {
  wat: 'what',
  wot: 'what',
  wht: 'what',
  summat: 'something',
  sumthin: 'something',
  sumthing: 'something',
  somethin: 'something',
  nuthin: 'nothing',
  nothin: 'nothing',
  u: 'you',
  ur: 'your',
  cos: 'because',
  coz: 'because',
  cuz: 'because',
  pls: 'please',
  plz: 'please',
  thx: 'thanks',
  q: 'que',
  xq: 'porque',
  pq: 'porque',
  whits: 'whats',
  tmb: 'tambien',
  tb: 'tambien',
  // Scots, as typed in Scotland ("cannae be bothered", "need tae go", "whit does that mean", "naw").
  whit: 'what',
  tae: 'to',
  dae: 'do',
  naw: 'no',
  cannae: 'cant',
  canny: 'cant',
  dinnae: 'dont',
  didnae: 'didnt',
  wouldnae: 'wouldnt',
  couldnae: 'couldnt',
  isnae: 'isnt',
  wasnae: 'wasnt',
  willnae: 'wont',
  gonnae: 'gonna',
  wi: 'with',
  fae: 'from',
  oot: 'out',
  mibbe: 'maybe',
  hoose: 'house',
  roon: 'round',
  aboot: 'about',
  askin: 'asking',
  tellin: 'telling',
  doin: 'doing',
  goin: 'going',
};
const TEXT_SPEAK_RE = new RegExp(`(?<![\\p{L}\\p{N}.-])(${Object.keys(TEXT_SPEAK).join('|')})(?![\\p{L}\\p{N}]|[.-][\\p{L}\\p{N}])`, 'gu');

function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2019]/g, '')
    .replace(/[^\p{L}\p{N}\s/.-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(TEXT_SPEAK_RE, (w) => TEXT_SPEAK[w] ?? w);
}

const YES =
  /^(y|ya|yes+|yeah|yea|yep|yup|sure|i have|i did|i do|i am|true|correct|right|thats right|that s right|kind of|kinda|sort of|a little|a bit|sometimes|often|a lot|mostly|most days|most of the time|every day|everyday|pretty much|all the time|i suppose|i guess so|i think so|probably|more or less|si|sip|claro|a veces|un poco|asi es|supongo|creo que si|casi todos los dias|todos los dias|muchas veces|bastante|mucho)\b/;
/**
 * A no has to be a no: "no", "never", "nothing like that", "I don't think so". A sentence that only
 * starts with "I don't" ("I don't see the point of being here") is not one.
 */
const NO =
  /^(n|no+|nope|nop|nah+|nel|naw|never|not really|no way|hell no|not at all|of course not|definitely not|god no|nothing like that|not like that|not that|i have not|i havent|i did not|i didnt|i never|i wouldnt|i would never|nunca|para nada|en absoluto|tampoco|que va|nada de eso|que no|ni de broma|claro que no)\b|^(i dont|i do not)( think so| believe so| really)?$|^(i dont|i do not) (want to|wanna) (die|be dead|kill myself|end it|end my life|do anything|hurt myself)\b|^(i dont|i do not) (have|feel|mean|think) (any|those|them|that|like that|it|so)\b|^(im|i am) not( really| at all)?$|^(im|i am) not (suicidal|going to|gonna|planning|in danger|at risk|like that|thinking (of|about) (it|that|doing))\b/;
/** Uncertainty anywhere in a short answer ("I'm not sure", "honestly I don't know"). */
const UNSURE = /\b(maybe|not sure|unsure|dont know|do not know|idk|dunno|perhaps|possibly|might have|quizas|quiza|tal vez|no se|no estoy segur[oa])\b/;
/** Words people put before an answer. */
const FILLER = /^((um+|uh+|er+|hmm+|oh+|ah+|god|oh god|gosh|ugh|well|so|honestly|like i said|as i said|i already said|i already told (you|u)( that)?|to be honest|tbh|i mean|i think|ok|okay|pues|bueno|la verdad|creo que|a ver|mmm+)\s+)+/;

export type YesNo = 'yes' | 'no' | 'unsure' | 'unknown';

/** Reads a yes/no answer. "Not sure" is its own answer: safety questions treat it as a yes. */
export function readYesNo(text: string): YesNo {
  const whole = readOne(text);
  if (whole !== 'unknown') return whole;
  // "I already told you that. Yeah, sometimes.": the answer may come in a later sentence.
  for (const sentence of text.split(/[.!?\n]+/).slice(1, 4)) {
    const answer = readOne(sentence);
    if (answer !== 'unknown') return answer;
  }
  return 'unknown';
}

function readOne(text: string): YesNo {
  const t = fold(text).replace(FILLER, '');
  if (!t) return 'unknown';
  if (t.split(' ').length <= 8 && UNSURE.test(t)) return 'unsure';
  if (NO.test(t)) return 'no';
  if (YES.test(t)) {
    // "I did go to the allotment once", "a bit of something like shame, 40": a sentence that only starts
    // like a yes is not one. Those words answer only when they are (nearly) the whole answer.
    const said = YES.exec(t)![1]!;
    const after = t.slice(said.length).replace(/^[\s,.!-]+/, '');
    const answering = /^(yes|yeah|yep|si|sometimes|a veces|been|had|thought|think|thinking|felt|feel|feeling|done|wonder|wondered|consider|considered|considering|picture|pictured|imagine|imagined|plan|planned|planning|want|wanted|wish|wished)\b/.test(after);
    if (WEAK_YES.test(said) && after.split(' ').filter(Boolean).length > 3 && !answering) return 'unknown';
    return 'yes';
  }
  return 'unknown';
}

/** Yes-words that also begin ordinary sentences. */
const WEAK_YES = /^(i have|i did|i do|i am|a little|a bit|a lot|mostly|often|probably|right|true|mucho|bastante|un poco)$/;

const NUMBER_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  cero: 0, uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10,
};

/** Quick replies for a mood rating: every point from 0 to 10. */
export const MOOD_SCALE: readonly string[] = Array.from({ length: 11 }, (_, i) => String(i));

/** Quick replies for a rough rating (likelihood, a mood before or after an activity): every other point. */
export const ROUGH_SCALE: readonly string[] = ['0', '2', '4', '6', '8', '10'];

/** Reads a rating from 0 to 10 ("7", "7/10", "about a 6", "siete"); null when there is none. */
/** Taking a number back for another: "no", "wait", "actually", "more like", "mejor", "bueno no". */
const RETHOUGHT = /\b(no|nah|nope|wait|actually|more like|or rather|i mean|rather|make that|mejor|bueno no|mas bien|perdon|digo)\b/;

export function readRating(text: string): number | null {
  const t = fold(text);
  // "Mibbe a 3? naw prob more like 2", "3, no wait 2": the number said after taking the first back.
  const all = [...t.matchAll(/(?:^|\s)(10|[0-9])(?:\s*(?:\/|out of|de)\s*10)?(?=\s|\.|$)/g)];
  if (all.length >= 2 && RETHOUGHT.test(t.slice(all[0]!.index + all[0]![0].length, all.at(-1)!.index))) return Number(all.at(-1)![1]);
  const digits = /(?:^|\s)(10|[0-9])(?:\s*(?:\/|out of|de)\s*10)?(?:\s|\.|$)/.exec(t);
  if (digits?.[1] !== undefined) return Number(digits[1]);
  for (const word of t.split(' ')) {
    const n = NUMBER_WORDS[word];
    if (n !== undefined) return n;
  }
  return null;
}

/** True when the whole message is one of the words (folded), e.g. a command like "menu". */
export function isOneOf(text: string, words: readonly string[]): boolean {
  const t = fold(text);
  return words.includes(t);
}

export { fold };

/** Folded to letters, digits and single spaces: "Ya volví!! jaja" → "ya volvi jaja". */
export function foldWords(text: string): string {
  return fold(text).replace(/[^a-z0-9 ]/g, ' ').replace(/\s+/g, ' ').trim();
}
