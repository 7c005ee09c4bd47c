/**
 * Features for the risk model: word unigrams and bigrams, and character trigrams inside words (so
 * misspellings and inflections share features), from the current turn; unigrams from the previous
 * turns, marked as context. Hashed (FNV-1a) into a fixed number of buckets. Self-contained on
 * purpose: the rules' normaliser can change without silently changing what the model sees.
 */
export const BUCKETS = 1 << 18;

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % BUCKETS;
}

export function tokens(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2019]/g, '')
    .replace(/(\p{L})\1{2,}/gu, '$1$1')
    .split(/[^\p{L}\p{N}\p{Extended_Pictographic}]+/u)
    .filter(Boolean);
}

/** Bucket ids (with repeats) for a turn and its context. */
const CHAR_N = Number(process.env.RM_CHAR_N ?? 4);
const BIGRAMS = process.env.RM_BIGRAMS !== '0';

export function featurise(text: string, previous: readonly string[] = []): number[] {
  const out: number[] = [];
  const toks = tokens(text);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    out.push(fnv1a(`w:${t}`));
    if (BIGRAMS && i > 0) out.push(fnv1a(`b:${toks[i - 1]} ${t}`));
    const padded = `<${t}>`;
    if (CHAR_N > 0 && padded.length > CHAR_N + 1) for (let j = 0; j + CHAR_N <= padded.length; j++) out.push(fnv1a(`c:${padded.slice(j, j + CHAR_N)}`));
  }
  for (const p of previous.slice(-3)) for (const t of tokens(p)) out.push(fnv1a(`p:${t}`));
  out.push(fnv1a('bias'));
  return out;
}
