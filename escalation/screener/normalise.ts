/**
 * Layer 1: turn a raw patient message into canonical tokens so one set of concept patterns covers
 * case, accents, curly quotes, stretched letters, leetspeak, misspellings, SMS slang and emoji.
 *
 * Output: lowercase tokens separated by single spaces, with a leading and trailing space. Sentence
 * ends become ` . ` or ` ? `, commas/colons/brackets ` , `, quote marks ` " `. Apostrophes inside
 * words are dropped (`i'm` -> `im`, `don't` -> `dont`), so lexicons are written in that form.
 */
import { cleanInvisibleAndConfusable } from './clean-unicode.js';
import { EMOJI_TOKENS } from './emoji-map.js';
import { DOUBLE_TARGETS, LEET_TARGETS, TOKEN_MAP } from './slang-map.js';

// What cleanInvisibleAndConfusable keeps (the joiners of emoji sequences) goes once the emoji are read.
const INVISIBLE_RE = /\uFE0E|\uFE0F|\u200D/g;
const EMOJI_RE = new RegExp(
  Object.keys(EMOJI_TOKENS)
    .sort((a, b) => b.length - a.length)
    .map((e) => e.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|'),
  'gu',
);
const PICTO_RE = /\p{Extended_Pictographic}/gu;
const DQUOTE_RE = /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033\u301D\u301E\uFF02]/g;
const SQUOTE_RE = /[\u2018\u2019\u201A\u201B\u2032`\u00B4]/g;
const MARKS_RE = /\p{M}/gu;
const INV_PUNCT_RE = /[¿¡]/g;
// "od'd" / "od'ed" would read as "odd" once apostrophes go, so decode them first.
const OD_PAST_RE = /\bo\.?d'e?d\b/g;
const OD_ING_RE = /\bo\.?d'ing\b/g;
const WITHOUT_RE = /\bw\/o\b/g;
// Masked spellings people use to get past filters: k*ll, s*icide, su!cide.
const MASKED: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bk[*#.]+l{1,2}/g, 'kill'],
  [/\bs[*#.]+ic[i*#]de/g, 'suicide'],
  [/\bsu[*#.]+c[i*#]de/g, 'suicide'],
  [/\bsui[*#.]+c?ide/g, 'suicide'],
  [/\bsuic[*#.]+de/g, 'suicide'],
  [/\bd[*#]+e\b/g, 'die'],
];
const HAS_MASK_RE = /[*#]|[a-z]\.+[a-z]/;
const INNER_APOS_RE = /([a-z0-9])'(?=[a-z])/g;
const PLURAL_POSS_RE = /([a-z])s'(?=[\s.,!?;:)]|$)/g;
const LEFT_APOS_RE = /'/g;
const WORDISH_RE = /[a-z0-9@$!|]+/g;
const HAS_LEET_RE = /[0-9@$!|]/;
const HAS_LETTER_RE = /[a-z]/;
// Numbers with units or ordinals are not leetspeak: 2am, 14th, 20mg, 5x, 3hrs, ps5 stays too.
const NUMBER_UNIT_RE =
  /^\d+(?:am|pm|st|nd|rd|th|s|x|k|m|h|d|y|yo|yrs?|hrs?|mins?|mg|mcg|g|kg|ml|l|lbs?|ft|cm|km|mph|secs?|gb|mb|p)$/;
const LEET_CHARS: Readonly<Record<string, string>> = {
  '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i', '|': 'l',
};
const LEET_CHAR_RE = /[013457@$!|]/g;
const DECIMAL_RE = /(\d)[.,:](\d)/g;
// One pass for all punctuation: sentence ends, question marks, commas, quotes, "&", the rest.
const PUNCT_RE = /[.!;\n\r…]+|\?+|[,:()[\]{}]|\s[-–—]+\s|[–—]|"|[&+]|[^a-z0-9_ .,?"]/g;
function punct(m: string): string {
  const c = m.charAt(0);
  if (c === '?') return ' ? ';
  if (c === '"') return ' " ';
  if (c === '&' || c === '+') return ' and ';
  if (c === '.' || c === '!' || c === ';' || c === '\n' || c === '\r' || c === '…') return ' . ';
  if (COMMA_CHARS.has(c)) return ' , ';
  return ' ';
}
const COMMA_CHARS: ReadonlySet<string> = new Set([',', ':', '(', ')', '[', ']', '{', '}', ' ', '\t', '–', '—']);
const NON_ASCII_RE = /[\u0080-\uffff]/;
const TRAILING_BANG_RE = /[!|]+$/;
const REPEAT3_RE = /([a-z])\1{2,}/g;
const DOUBLE_RE = /([a-z])\1/g;
const HAS_DOUBLE_RE = /([a-z])\1/;
const SPACES_RE = /\s+/g;
// Multi-word rewrites. Spelled-out negations and "i am" read like their contractions, so the
// lexicons list one form.
const PHRASE_MAP: Readonly<Record<string, string>> = {
  'self harm': 'selfharm',
  'self harming': 'selfharming',
  'self harmed': 'selfharmed',
  'self harms': 'selfharm',
  'self injury': 'selfharm',
  'self injuring': 'selfharm',
  'self injured': 'selfharm',
  'sewer slide': 'suicide',
  'un alive': 'kill',
  'any more': 'anymore',
  'a and e': 'ae',
  'kill my self': 'kill myself',
  'can not': 'cant',
  'do not': 'dont',
  'does not': 'doesnt',
  'did not': 'didnt',
  'will not': 'wont',
  'would not': 'wouldnt',
  'is not': 'isnt',
  'are not': 'arent',
  'was not': 'wasnt',
  'i am': 'im',
};
// First word -> possible second words of PHRASE_MAP, so the rewrite pass runs only when needed.
const PHRASE_NEXT: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const m = new Map<string, Set<string>>();
  for (const k of Object.keys(PHRASE_MAP)) {
    const [a = '', b = ''] = k.split(' ');
    const set = m.get(a) ?? new Set<string>();
    set.add(b);
    m.set(a, set);
  }
  return m;
})();
const PHRASE_RE = new RegExp(
  `(?<= )(?:${Object.keys(PHRASE_MAP)
    .sort((a, b) => b.length - a.length)
    .join('|')})(?= )`,
  'g',
);

// Neighbours that make a bare "sh" mean self-harm rather than "shh".
const SH_PREV: ReadonlySet<string> = new Set([
  'to', 'no', 'of', 'about', 'did', 'do', 'the', 'my', 'urge', 'urges', 'from', 'relapsed', 'free',
  'clean', 'avoid', 'avoiding', 'stop', 'not', 'any', 'without', 'was', 'been', 'and', 'or', 'with',
  'again', 'into', 'on', 'since', 'want', 'need', 'did', 'just',
]);
const SH_NEXT: ReadonlySet<string> = new Set([
  'urge', 'urges', 'again', 'scars', 'scar', 'relapse', 'free', 'clean', 'tonight', 'right', 'today',
  'yesterday', 'thoughts', 'cuts', 'wounds', 'marks', 'since', 'is', 'was', 'and', 'or', 'but', 'last',
  'this', 'for', 'tho', 'though', 'because', 'rn', 'now', 'lately',
]);
// Neighbours that make "2" mean "to" ("want 2 die") rather than a count ("2 towels").
const TWO_PREV: ReadonlySet<string> = new Set([
  'want', 'going', 'need', 'have', 'got', 'used', 'try', 'trying', 'able', 'ready', 'about', 'like',
  'love', 'hate', 'wish', 'planning', 'how', 'wants', 'needs', 'deserve', 'decided', 'plan',
]);
const TWO_NEXT: ReadonlySet<string> = new Set([
  'die', 'kill', 'do', 'be', 'end', 'get', 'go', 'live', 'sleep', 'cut', 'hurt', 'see', 'talk', 'stop',
  'jump', 'take', 'disappear', 'overdose',
]);

function decodeLeet(word: string): string {
  if (!HAS_LEET_RE.test(word) || !HAS_LETTER_RE.test(word) || NUMBER_UNIT_RE.test(word)) return word;
  const trimmed = word.replace(TRAILING_BANG_RE, '');
  const decoded = trimmed.replace(LEET_CHAR_RE, (c) => LEET_CHARS[c] ?? c).replace(REPEAT3_RE, '$1$1');
  if (LEET_TARGETS.has(decoded)) return decoded + word.slice(trimmed.length);
  return word;
}

function mapToken(tok: string, prev: string | undefined, next: string | undefined): string {
  switch (tok) {
    case 'sh':
      return (prev !== undefined && SH_PREV.has(prev)) || (next !== undefined && SH_NEXT.has(next)) ? 'selfharm' : tok;
    case 'od':
      return 'overdose';
    case 'sui':
      return next === 'generis' ? tok : 'suicide';
    case '2':
      return (prev !== undefined && TWO_PREV.has(prev)) || (next !== undefined && TWO_NEXT.has(next)) ? 'to' : tok;
    default:
      break;
  }
  const mapped = TOKEN_MAP.get(tok);
  if (mapped !== undefined) return mapped;
  if (HAS_DOUBLE_RE.test(tok)) {
    const single = tok.replace(DOUBLE_RE, '$1');
    if (DOUBLE_TARGETS.has(single)) return single;
  }
  return tok;
}

/** Normalise one message (or one line of a message) into the canonical token string. */
export function normalise(raw: string): string {
  // Invisible characters out, look-alike letters folded (a no-op for text screen() already cleaned).
  let s = cleanInvisibleAndConfusable(raw);
  // Unicode work only when needed: most messages are plain ASCII.
  if (NON_ASCII_RE.test(s)) {
    s = s.normalize('NFKC').replace(INVISIBLE_RE, '');
    s = s.replace(EMOJI_RE, (m) => ` ${EMOJI_TOKENS[m] ?? ''} `).replace(PICTO_RE, ' ');
    s = s.toLowerCase().replace(DQUOTE_RE, '"').replace(SQUOTE_RE, "'");
    s = s.normalize('NFD').replace(MARKS_RE, '').replace(INV_PUNCT_RE, ' ');
  } else {
    s = s.toLowerCase().replace(SQUOTE_RE, "'");
  }
  s = s.replace(OD_PAST_RE, 'overdosed').replace(OD_ING_RE, 'overdosing').replace(WITHOUT_RE, 'without');
  if (HAS_MASK_RE.test(s)) for (const [re, to] of MASKED) s = s.replace(re, to);
  s = s.replace(INNER_APOS_RE, '$1').replace(PLURAL_POSS_RE, '$1s').replace(LEFT_APOS_RE, '"');
  if (HAS_LEET_RE.test(s)) s = s.replace(WORDISH_RE, decodeLeet);
  s = s.replace(DECIMAL_RE, '$1_$2').replace(PUNCT_RE, punct).replace(REPEAT3_RE, '$1$1');
  const toks = s.split(SPACES_RE).filter((t) => t.length > 0);
  const out: string[] = [];
  let phrases = false;
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i] ?? '';
    if (i > 0 && PHRASE_NEXT.get(toks[i - 1] ?? '')?.has(tok) === true) phrases = true;
    const last = out[out.length - 1];
    const prevWord = last === undefined ? undefined : last.slice(last.lastIndexOf(' ') + 1);
    const mapped = mapToken(tok, prevWord, toks[i + 1]);
    if (mapped.length > 0) out.push(mapped);
  }
  const joined = ` ${out.join(' ')} `;
  return phrases ? joined.replace(PHRASE_RE, (m) => PHRASE_MAP[m] ?? m) : joined;
}
