/** Small, deterministic readers for chat answers, in English and Spanish. */

function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2019]/g, '')
    .replace(/[^\p{L}\p{N}\s/.-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const YES = /^(y|ya|yes+|yeah|yea|yep|yup|sure|i have|i did|i do|i am|true|correct|kind of|kinda|sort of|a little|a bit|sometimes|often|si|sip|claro|a veces|un poco|asi es)\b/;
const NO = /^(n|no+|nope|nah|never|not really|not at all|i have not|i havent|i did not|i didnt|i dont|i do not|i am not|im not|nunca|para nada|en absoluto|tampoco)\b/;
/** Uncertainty anywhere in a short answer ("I'm not sure", "honestly I don't know"). */
const UNSURE = /\b(maybe|not sure|unsure|dont know|do not know|idk|dunno|perhaps|possibly|might have|quizas|quiza|tal vez|no se|no estoy segur[oa])\b/;
/** Words people put before an answer. */
const FILLER = /^((um+|uh+|er+|hmm+|well|so|honestly|to be honest|tbh|i mean|i guess|i think|ok|okay|pues|bueno|la verdad|creo que)\s+)+/;

export type YesNo = 'yes' | 'no' | 'unsure' | 'unknown';

/** Reads a yes/no answer. "Not sure" is its own answer: safety questions treat it as a yes. */
export function readYesNo(text: string): YesNo {
  const t = fold(text).replace(FILLER, '');
  if (t.split(' ').length <= 8 && UNSURE.test(t)) return 'unsure';
  if (NO.test(t)) return 'no';
  if (YES.test(t)) return 'yes';
  return 'unknown';
}

const NUMBER_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  cero: 0, uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10,
};

/** Reads a rating from 0 to 10 ("7", "7/10", "about a 6", "siete"); null when there is none. */
export function readRating(text: string): number | null {
  const t = fold(text);
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
