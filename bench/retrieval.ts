/**
 * Vector retrieval at scale: top-5 by cosine distance over N synthetic chunks (default 100,000) of
 * the library's embedding size, through an HNSW index built as the migrations build the library's
 * (`vector_cosine_ops`, pgvector's default m and ef_construction), timed per query, and recall@10
 * of the index against exact search (index scans off) on the same queries.
 *
 * The vectors are clustered (points around a few hundred centres, as embeddings of a library's
 * sections are), not uniform noise, which no index is built for. The table lives in a schema of
 * its own (`bench_retrieval`, dropped afterwards), never in the service's content tables: on a
 * server it is the database the service uses. `npm run bench:retrieval [-- N]` prints a table and,
 * last, one JSON line.
 */
import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite-pgvector';
import postgres from 'postgres';
import { EMBEDDING_DIMS } from '../db/schema/content.js';
import { isMain, summary } from './util.js';

const CENTRES = 1_000;
const QUERIES = 200;
const BATCH = 2_000;

/** One connection's worth of SQL, on PGlite or a server. */
interface Conn {
  query<T>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

async function connect(url: string | null): Promise<Conn> {
  if (url) {
    // One connection, so session settings (index scans off for the exact search) hold for every query.
    const client = postgres(url, { max: 1, onnotice: () => {} });
    return { query: async <T>(text: string, params: unknown[] = []) => (await client.unsafe(text, params as never[])) as unknown as T[], close: () => client.end({ timeout: 5 }) };
  }
  const db = await PGlite.create({ extensions: { vector } });
  return { query: async <T>(text: string, params: unknown[] = []) => (await db.query<T>(text, params)).rows, close: () => db.close() };
}

/** A deterministic generator, so every run (and both databases) sees the same vectors. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function gaussian(rand: () => number): number {
  return Math.sqrt(-2 * Math.log(rand() || 1e-12)) * Math.cos(2 * Math.PI * rand());
}

function literal(v: readonly number[]): string {
  return `[${v.map((x) => x.toFixed(4)).join(',')}]`;
}

export interface RetrievalFigures {
  chunks: number;
  queries: number;
  top5: ReturnType<typeof summary>;
  exact: ReturnType<typeof summary>;
  recallAt10: number;
  loadS: number;
  indexS: number;
}

/** Builds the table and index, runs the queries both ways, drops everything. */
export async function benchRetrieval(url: string | null, chunks: number, log: (line: string) => void = () => {}): Promise<RetrievalFigures> {
  const conn = await connect(url);
  try {
    await conn.query('create extension if not exists vector');
    await conn.query('drop schema if exists bench_retrieval cascade');
    await conn.query('create schema bench_retrieval');
    await conn.query(`create table bench_retrieval.chunks (id integer primary key, embedding vector(${EMBEDDING_DIMS}) not null)`);
    const rand = random(12);
    const centres = Array.from({ length: CENTRES }, () => Array.from({ length: EMBEDDING_DIMS }, () => gaussian(rand)));
    const near = (c: readonly number[]) => c.map((x) => x + 1.0 * gaussian(rand));

    const t0 = performance.now();
    for (let start = 0; start < chunks; start += BATCH) {
      const n = Math.min(BATCH, chunks - start);
      const ids = Array.from({ length: n }, (_, i) => start + i);
      const vectors = ids.map(() => literal(near(centres[Math.floor(rand() * CENTRES)]!)));
      await conn.query('insert into bench_retrieval.chunks (id, embedding) select unnest($1::int[]), unnest($2::text[])::vector', [ids, vectors]);
    }
    const loadS = (performance.now() - t0) / 1000;
    log(`  retrieval: ${chunks} chunks loaded in ${loadS.toFixed(1)} s; building the HNSW index`);
    // Room for the whole graph while it is built: otherwise the build spills and takes many times longer.
    await conn.query(`set maintenance_work_mem = '${url ? '512MB' : '768MB'}'`);
    const t1 = performance.now();
    await conn.query('create index on bench_retrieval.chunks using hnsw (embedding vector_cosine_ops)');
    const indexS = (performance.now() - t1) / 1000;
    log(`  retrieval: index built in ${indexS.toFixed(1)} s`);

    const queries = Array.from({ length: QUERIES }, () => literal(near(centres[Math.floor(rand() * CENTRES)]!)));
    const top = (q: string, k: number) => conn.query<{ id: number }>(`select id from bench_retrieval.chunks order by embedding <=> $1::vector limit ${k}`, [q]);
    // Warm-up: the index's pages into memory.
    for (const q of queries.slice(0, 20)) await top(q, 5);
    const top5: number[] = [];
    const approx10: number[][] = [];
    for (const q of queries) {
      const s = performance.now();
      await top(q, 5);
      top5.push(performance.now() - s);
      approx10.push((await top(q, 10)).map((r) => r.id));
    }
    const plan = async () => (await conn.query<Record<string, string>>(`explain select id from bench_retrieval.chunks order by embedding <=> '${queries[0]}'::vector limit 10`)).map((r) => Object.values(r)[0]).join(' ');
    // Both sides of the recall are checked to be what they claim: the index, then a full scan.
    const indexed = await plan();
    if (!/Index Scan/i.test(indexed)) throw new Error(`the top-k query does not use the HNSW index: ${indexed}`);
    await conn.query('set enable_indexscan = off');
    const scanned = await plan();
    if (/Index/i.test(scanned) || !/Seq Scan/i.test(scanned)) throw new Error(`the exact search is not a full scan: ${scanned}`);
    const exact: number[] = [];
    let found = 0;
    for (const [i, q] of queries.entries()) {
      const s = performance.now();
      const truth = (await top(q, 10)).map((r) => r.id);
      exact.push(performance.now() - s);
      const got = new Set(approx10[i]);
      found += truth.filter((id) => got.has(id)).length;
    }
    await conn.query('reset enable_indexscan');
    return { chunks, queries: QUERIES, top5: summary(top5), exact: summary(exact), recallAt10: Math.round((found / (QUERIES * 10)) * 1000) / 1000, loadS: Math.round(loadS), indexS: Math.round(indexS) };
  } finally {
    await conn.query('drop schema if exists bench_retrieval cascade').catch(() => {});
    await conn.close();
  }
}

async function main(): Promise<void> {
  const chunks = Number(process.argv[2] ?? 100_000);
  const url = process.env.BENCH_DATABASE_URL ?? null;
  const r = await benchRetrieval(url, chunks, console.log);
  console.log(`retrieval over ${r.chunks} chunks (${url ? 'postgres' : 'pglite'}): top-5 p50 ${r.top5.p50} ms, p99 ${r.top5.p99} ms; exact p50 ${r.exact.p50} ms; recall@10 ${r.recallAt10}; load ${r.loadS} s, index ${r.indexS} s`);
  console.log(JSON.stringify({ bench: 'retrieval', db: url ? 'postgres' : 'pglite', ...r }));
}

if (isMain(import.meta.url)) await main();
