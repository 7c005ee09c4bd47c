import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import type { Embedder } from './embedder.js';
import { contentTokens } from './embedder.js';

export interface ContentHit {
  itemId: string;
  title: string;
  source: string;
  heading: string | null;
  body: string;
  /** Reciprocal-rank-fusion score (higher is better). */
  score: number;
}

export interface SearchOptions {
  language: string;
  limit?: number;
  /** Serve draft (not yet clinically approved) articles: development only. */
  allowDraft: boolean;
}

const CANDIDATES = 10;
/** Reciprocal rank fusion constant (Cormack et al., 2009). */
const RRF_K = 60;
/** A vector neighbour counts from this cosine similarity on its own… */
const MIN_SIMILARITY = 0.3;
/** …and a full-text match from this ts_rank_cd (a stray common word scores ~0.1–0.4, a real topic match ~2+). */
const MIN_TEXT_RANK = 1;

/**
 * The query's words for full-text search: folded to plain letters, and also as typed where that differs,
 * because the Spanish stemmer only recognises accented suffixes ("catastrofización" → catastrofiz, but
 * "catastrofizacion" → catastrofizacion). Tags carry the plain spellings for patients who type without accents.
 */
function textTerms(query: string): string[] {
  const words = query.toLowerCase().split(/[^\p{L}\p{N}]+/u);
  const folded = [...new Set(contentTokens(query))].slice(0, 12);
  const asTyped = words.filter((w) => {
    const f = contentTokens(w);
    return f.length === 1 && f[0] !== w && folded.includes(f[0]!);
  });
  return [...new Set([...folded, ...asTyped])];
}

/**
 * Hybrid retrieval from the vetted library: pgvector cosine neighbours and Postgres full-text
 * matches, fused by reciprocal rank. Only articles in the patient's language, and only approved
 * ones unless drafts are allowed. Returns nothing rather than something loosely related.
 */
export async function searchContent(database: Database, embedder: Embedder, query: string, options: SearchOptions): Promise<ContentHit[]> {
  const terms = textTerms(query);
  if (terms.length === 0) return [];
  const statuses = options.allowDraft ? ['approved', 'draft'] : ['approved'];
  const vector = `[${embedder.embed(query).join(',')}]`;
  type Row = { id: string; item_id: string; title: string; source: string; heading: string | null; body: string };
  const byVector = await database.rows<Row & { similarity: number }>(sql`
    select c.id, c.item_id, i.title, i.source, c.heading, c.body, 1 - (c.embedding <=> ${vector}::vector) as similarity
    from content_chunks c join content_items i on i.id = c.item_id
    where i.language = ${options.language} and i.status = any(${sql.raw(`array['${statuses.join("','")}']`)})
    order by c.embedding <=> ${vector}::vector
    limit ${CANDIDATES}`);
  const config = options.language === 'es' ? 'spanish' : 'english';
  const tsquery = terms.join(' | ');
  const byText = await database.rows<Row & { rank: number }>(sql`
    select c.id, c.item_id, i.title, i.source, c.heading, c.body, ts_rank_cd(c.tsv, to_tsquery(${config}::regconfig, ${tsquery})) as rank
    from content_chunks c join content_items i on i.id = c.item_id
    where i.language = ${options.language} and i.status = any(${sql.raw(`array['${statuses.join("','")}']`)})
      and c.tsv @@ to_tsquery(${config}::regconfig, ${tsquery})
    order by ts_rank_cd(c.tsv, to_tsquery(${config}::regconfig, ${tsquery})) desc
    limit ${CANDIDATES}`);
  const fused = new Map<string, { row: Row; score: number }>();
  byVector
    .filter((r) => Number(r.similarity) >= MIN_SIMILARITY)
    .forEach((row, rank) => fused.set(row.id, { row, score: 1 / (RRF_K + rank + 1) }));
  // One common word in common ("like", "today") is not an answer: a text match must rank well (title
  // and tag matches weigh most).
  byText.filter((r) => Number(r.rank) >= MIN_TEXT_RANK).forEach((row, rank) => {
    const f = fused.get(row.id);
    if (f) f.score += 1 / (RRF_K + rank + 1);
    else fused.set(row.id, { row, score: 1 / (RRF_K + rank + 1) });
  });
  return [...fused.values()]
    .sort((a, b) => b.score - a.score)
    .slice(0, options.limit ?? 3)
    .map(({ row, score }) => ({ itemId: row.item_id, title: row.title, source: row.source, heading: row.heading, body: row.body, score }));
}
