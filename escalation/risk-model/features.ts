/**
 * Features for the risk model: word unigrams and bigrams, and character 4-grams inside words (so
 * misspellings and inflections share features), from the current turn; unigrams from the previous
 * turns, marked as context. Since lr4, optionally: each word's clusters of pretrained word vectors
 * (`word-clusters.json`) and pairs of them, and what the screener's analyser found (negations, a remote
 * past, idioms, a joke). Hashed (FNV-1a) into a fixed number of buckets. Self-contained on purpose: the rules' normaliser can change without
 * silently changing what the model sees.
 */
import { readFileSync } from 'node:fs';

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

const CHAR_N = 4;

/** Which optional feature families a model was trained with (recorded in its weights file). */
export interface FeatureSet {
  /** `k:`/`k2:` each word's clusters (fine, coarse), `kb:` a pair of consecutive words' fine clusters. */
  clusters?: boolean;
  /**
   * `a:` what the screener's analyser found in the turn (`screener/screen.ts` `analyserCues`): the guards
   * that cancelled a match (a negation, an idiom, someone else's words) and its features of time and
   * stance (a remote past, a joke, safe now). Passed in by the caller, since the analyser belongs to the screener.
   */
  analyser?: boolean;
}

let CLUSTERS: Map<string, readonly number[]> | null = null;
/** The word clusters, read once when a model that uses them is first built. */
function clusters(): Map<string, readonly number[]> {
  if (!CLUSTERS) {
    const file = JSON.parse(readFileSync(new URL('./word-clusters.json', import.meta.url), 'utf8')) as { words: Record<string, number[]> };
    CLUSTERS = new Map(Object.entries(file.words));
  }
  return CLUSTERS;
}

const K = fold(FNV_OFFSET, 'k:');
const K2 = fold(FNV_OFFSET, 'k2:');
const KB = fold(FNV_OFFSET, 'kb:');
const A = fold(FNV_OFFSET, 'a:');

/**
 * Word `w:t`, bigram `b:prev t`, character n-gram `c:gram` and context `p:t` features, hashed as
 * fnv1a of those strings (folded piece by piece, which gives the same bucket without building them).
 */
export function featurise(text: string, previous: readonly string[] = [], set: FeatureSet = {}, cues: Iterable<string> = []): number[] {
  const out: number[] = [];
  const toks = tokens(text);
  const wordClusters = set.clusters ? clusters() : null;
  let before: string | null = null;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    out.push(bucket(fold(W, t)));
    if (wordClusters) {
      const c = wordClusters.get(t);
      const here = c ? `${c[0]}` : `w${t}`;
      if (c) out.push(bucket(fold(K, `${c[0]}`)), bucket(fold(K2, `${c[1]}`)));
      if (c && before !== null) out.push(bucket(fold(KB, `${before} ${here}`)));
      before = here;
    }
    if (i > 0) out.push(bucket(fold(Math.imul(fold(B, toks[i - 1]!) ^ SPACE, 0x01000193), t)));
    const padded = `<${t}>`;
    if (padded.length > CHAR_N + 1) for (let j = 0; j + CHAR_N <= padded.length; j++) out.push(bucket(fold(C, padded, j, j + CHAR_N)));
  }
  if (set.analyser) for (const cue of cues) out.push(bucket(fold(A, cue)));
  for (const p of previous.slice(-3)) for (const t of tokens(p)) out.push(bucket(fold(P, t)));
  out.push(fnv1a('bias'));
  return out;
}
