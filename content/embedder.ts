import { createHash } from 'node:crypto';
import { EMBEDDING_DIMS } from '../db/schema/content.js';

/** Turns text into vectors for pgvector. */
export interface Embedder {
  /** Stored with each article (and in its checksum): changing the embedder re-embeds everything. */
  id: string;
  dims: number;
  /** Vectors for the library's chunks, in order. */
  embedDocuments(texts: readonly string[]): Promise<number[][]>;
  /** The vector for a patient's question. */
  embedQuery(text: string): Promise<number[]>;
}

const STOP = new Set(
  ('a an and are as at be but by can do does for from how i if in is it me my of on or so that the this to was what when where which who why will with you your ' +
    'tell about know want please explain learn more some something could would im ive dont really just whats hows whys thats theres like today thing things stuff get got lot very also even ' +
    'el la los las un una y o de del que en es por para con como se lo mi me te tu sobre explicame quiero saber algo').split(' '),
);

export function contentTokens(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2019]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 1 && !STOP.has(t));
}

function fnv1a(s: string, seed = 0x811c9dc5): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function features(text: string): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  const toks = contentTokens(text);
  toks.forEach((t, i) => {
    out.push([`w:${t}`, 1]);
    if (i > 0) out.push([`b:${toks[i - 1]} ${t}`, 0.7]);
    const padded = `<${t}>`;
    for (let j = 0; j + 4 <= padded.length; j++) out.push([`c:${padded.slice(j, j + 4)}`, 0.3]);
  });
  return out;
}

/**
 * A local, deterministic embedder: signed feature hashing of words, word pairs and character
 * 4-grams (so "records" meets "record" and a typo still lands close), each weighted by its inverse
 * document frequency in the library (so "like" or "things" count for little and "catastrophising"
 * for a lot), L2-normalised. No model weights and no network: lexical rather than deeply semantic,
 * which is why retrieval fuses it with full-text search. An embedder with a neural model can
 * implement the same interface.
 *
 * @param corpus the library's texts, for document frequencies; part of the embedder's id, so a
 *   library change re-embeds everything.
 */
export function hashingEmbedder(corpus: readonly string[], dims = EMBEDDING_DIMS): Embedder {
  const df = new Map<string, number>();
  for (const doc of corpus) for (const f of new Set(features(doc).map(([name]) => name))) df.set(f, (df.get(f) ?? 0) + 1);
  const n = corpus.length;
  const idf = (f: string) => Math.log((n + 1) / ((df.get(f) ?? 0) + 1)) + 1;
  const corpusId = createHash('sha256').update(corpus.join('\u0000')).digest('hex').slice(0, 10);
  const embed = (text: string): number[] => {
    const v = new Float64Array(dims);
    for (const [f, weight] of features(text)) {
      const h = fnv1a(f);
      v[h % dims] = (v[h % dims] ?? 0) + (fnv1a(f, 0x9747b28c) & 1 ? 1 : -1) * weight * idf(f);
    }
    const norm = Math.hypot(...v) || 1;
    return Array.from(v, (x) => Math.round((x / norm) * 1e6) / 1e6);
  };
  return {
    id: `hash-idf-v2-${dims}-${corpusId}`,
    dims,
    embedDocuments: async (texts) => texts.map(embed),
    embedQuery: async (text) => embed(text),
  };
}

/** The texts the embedder learns its document frequencies from: what ingest embeds. */
export function chunkText(item: { title: string; tags: readonly string[] }, section: { heading: string | null; body: string; asks?: readonly string[] }): string {
  return `${item.title} ${item.tags.join(' ')} ${section.heading ?? ''} ${(section.asks ?? []).join(' ')} ${section.body}`;
}

/** The local embedder, learning its word weights from the library it will embed. */
export function libraryEmbedder(library: ReadonlyArray<{ title: string; tags: readonly string[]; sections: ReadonlyArray<{ heading: string | null; body: string; asks?: readonly string[] }> }>): Embedder {
  return hashingEmbedder(library.flatMap((item) => item.sections.map((section) => chunkText(item, section))));
}
