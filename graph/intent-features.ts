/**
 * Features for the intent model (intent-model.ts): words, word pairs, character 4-grams inside words
 * (so "respiracion", "respiración" and "breathin" share most of their features with the words they
 * misspell), and the concepts of intent-concepts.ts (hand-written synonym lists that carry a request's
 * topic to words no example used). Words that say what the patient does NOT want ("not a breathing
 * exercise, I want…", "no quiero registrar el ánimo") are marked as such, up to the end of their
 * clause, and give no character n-grams. Hashed (FNV-1a) into a fixed number of buckets; the same text
 * always gives the same buckets, in training and at run time.
 */
import { conceptsIn } from './intent-concepts.js';
import { fold } from './parse.js';

export const INTENT_BUCKETS = 1 << 16;
const FNV_OFFSET = 0x811c9dc5;

function hash(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % INTENT_BUCKETS;
}

export function intentTokens(text: string): string[] {
  return fold(text)
    .replace(/(\p{L})\1{2,}/gu, '$1$1')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** A refusal of what follows ("I don't want", "not after", "instead of", "no quiero", "en vez de"). */
const REFUSAL =
  /\b(?:(?:i )?(?:dont|do not|didnt) (?:want|need|mean|wanna)|not (?:after|looking for|asking for|a|the|another|again)|no more|instead of|rather than|no (?:quiero|necesito|busco|es|me refiero a|otro|otra)|en vez de|en lugar de|ni)\b/;
/** Where a refusal's scope ends: a clause break, or a turn to what is wanted. */
const CLAUSES = /[,.;:!?\n]+|\s(?:but|pero|sino|just|solo|i want|i need|quiero|necesito)\s/i;

/** Bucket ids (with repeats) for one message; the last is the bias. */
export function intentFeatures(text: string): number[] {
  const out: number[] = [];
  let prev: string | null = null;
  for (const clause of text.split(CLAUSES)) {
    const folded = fold(clause);
    const refusal = REFUSAL.exec(folded);
    // Words after a refusal, in this clause only.
    const refusedFrom = refusal ? intentTokens(folded.slice(0, refusal.index + refusal[0].length)).length : Infinity;
    const toks = intentTokens(clause);
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      if (i >= refusedFrom) {
        out.push(hash(`n:${t}`));
        prev = null;
        continue;
      }
      out.push(hash(`w:${t}`));
      if (prev !== null) out.push(hash(`b:${prev} ${t}`));
      prev = t;
      const padded = `<${t}>`;
      if (padded.length > 5) for (let j = 0; j + 4 <= padded.length; j++) out.push(hash(`c:${padded.slice(j, j + 4)}`));
    }
  }
  for (const name of conceptsIn(text)) out.push(hash(`k:${name}`), hash(`k:${name}`));
  out.push(hash('bias'));
  return out;
}
