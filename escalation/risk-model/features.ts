/**
 * Features for the risk model: word unigrams and bigrams, and character trigrams inside words (so
 * misspellings and inflections share features), from the current turn; unigrams from the previous
 * turns, marked as context. Hashed (FNV-1a) into a fixed number of buckets. Self-contained on
 * purpose: the rules' normaliser can change without silently changing what the model sees.
 */
export const BUCKETS = 1 << 18;

const FNV_OFFSET = 0x811c9dc5;

/** FNV-1a state after folding in s[from, to) (a running hash, so feature strings need not be built). */
function fold(h: number, s: string, from = 0, to = s.length): number {
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

const bucket = (h: number): number => (h >>> 0) % BUCKETS;

function fnv1a(s: string): number {
  return bucket(fold(FNV_OFFSET, s));
}

// Hash states after each feature kind's prefix: fnv1a(`w:${t}`) === bucket(fold(W, t)), and so on.
const W = fold(FNV_OFFSET, 'w:');
const B = fold(FNV_OFFSET, 'b:');
const C = fold(FNV_OFFSET, 'c:');
const P = fold(FNV_OFFSET, 'p:');
const SPACE = 0x20;

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

/**
 * Word `w:t`, bigram `b:prev t`, character n-gram `c:gram` and context `p:t` features, hashed as
 * fnv1a of those strings (folded piece by piece, which gives the same bucket without building them).
 */
export function featurise(text: string, previous: readonly string[] = []): number[] {
  const out: number[] = [];
  const toks = tokens(text);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    out.push(bucket(fold(W, t)));
    if (BIGRAMS && i > 0) out.push(bucket(fold(Math.imul(fold(B, toks[i - 1]!) ^ SPACE, 0x01000193), t)));
    const padded = `<${t}>`;
    if (CHAR_N > 0 && padded.length > CHAR_N + 1) for (let j = 0; j + CHAR_N <= padded.length; j++) out.push(bucket(fold(C, padded, j, j + CHAR_N)));
  }
  for (const p of previous.slice(-3)) for (const t of tokens(p)) out.push(bucket(fold(P, t)));
  out.push(fnv1a('bias'));
  return out;
}
