/**
 * BM25 over the library's own full-text lexemes. Postgres stems and weighs the words (the `tsv`
 * column: title and tags A, heading and the section's patient questions B, body D); this scores them
 * the way `ts_rank` cannot: a word most sections share ("feel", "help") counts for little, a rare one
 * ("catastrophising", "rumiación") for a lot, and a long section does not win by length alone.
 */

/** One section's lexemes: weighted term frequencies and weighted length. */
export interface LexicalDoc {
  id: string;
  language: string;
  tf: Map<string, number>;
  length: number;
}

/** How much a word counts by where it appears (Postgres weight letter; no letter is D, the body). */
export const FIELD_WEIGHTS: Record<'A' | 'B' | 'C' | 'D', number> = { A: 1, B: 2, C: 1, D: 1 };
const K1 = 1.2;
/** A query word the library never uses counts as this share of the rarest word's idf. */
export const UNKNOWN_WORD = { share: 1 };
const B = 0.5;

/** Parses Postgres's text form of a tsvector: `'word':1A,4 'other':2B`. */
export function parseTsvector(text: string, weights = FIELD_WEIGHTS): { tf: Map<string, number>; length: number } {
  const tf = new Map<string, number>();
  let length = 0;
  const re = /'((?:[^']|'')+)'(?::([0-9A-D,]+))?/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lexeme = m[1]!.replace(/''/g, "'");
    const positions = m[2] ? m[2].split(',') : ['0'];
    let w = 0;
    for (const p of positions) w += weights[(/[A-D]$/.exec(p)?.[0] ?? 'D') as 'A' | 'B' | 'C' | 'D'];
    tf.set(lexeme, (tf.get(lexeme) ?? 0) + w);
    length += w;
  }
  return { tf, length };
}

export class LexicalIndex {
  readonly #docs: LexicalDoc[];
  readonly #stats = new Map<string, { n: number; avg: number; df: Map<string, number> }>();

  constructor(docs: LexicalDoc[]) {
    this.#docs = docs;
    for (const d of docs) {
      let s = this.#stats.get(d.language);
      if (!s) this.#stats.set(d.language, (s = { n: 0, avg: 0, df: new Map() }));
      s.n += 1;
      s.avg += d.length;
      for (const t of d.tf.keys()) s.df.set(t, (s.df.get(t) ?? 0) + 1);
    }
    for (const s of this.#stats.values()) s.avg /= Math.max(1, s.n);
  }

  /** Inverse document frequency of a lexeme among one language's sections (0 when unknown). */
  idf(language: string, lexeme: string): number {
    const s = this.#stats.get(language);
    const df = s?.df.get(lexeme) ?? 0;
    if (!s || df === 0) return 0;
    return Math.log(1 + (s.n - df + 0.5) / (df + 0.5));
  }

  /**
   * BM25 of every section of `language` that shares a lexeme with the query, best first, and how much
   * of the query it covers: the idf of the words it has over the idf of all the query's words, a word
   * the library never uses counting as the rarest ("what dose of sertraline", "who won the game":
   * one word in common with a section is not the question answered).
   */
  search(language: string, lexemes: readonly string[], keep: (id: string) => boolean = () => true): Array<{ id: string; score: number; coverage: number }> {
    const s = this.#stats.get(language);
    if (!s) return [];
    const unknown = UNKNOWN_WORD.share * Math.log(1 + (s.n + 0.5) / 1.5);
    const all = [...new Set(lexemes)].map((t) => [t, this.idf(language, t)] as const);
    const terms = all.filter(([, idf]) => idf > 0);
    const total = all.reduce((sum, [, idf]) => sum + (idf > 0 ? idf : unknown), 0);
    const out: Array<{ id: string; score: number; coverage: number }> = [];
    for (const d of this.#docs) {
      if (d.language !== language || !keep(d.id)) continue;
      let score = 0;
      let covered = 0;
      for (const [t, idf] of terms) {
        const f = d.tf.get(t);
        if (!f) continue;
        score += (idf * f * (K1 + 1)) / (f + K1 * (1 - B + (B * d.length) / s.avg));
        covered += idf;
      }
      if (score > 0) out.push({ id: d.id, score, coverage: total > 0 ? covered / total : 0 });
    }
    return out.sort((a, b) => b.score - a.score);
  }
}
