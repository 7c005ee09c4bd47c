import { sql } from 'drizzle-orm';
import { customType, index, integer, pgTable, text, timestamp, uniqueIndex, uuid, vector } from 'drizzle-orm/pg-core';

/** Dimensions of stored embeddings (the local hashing embedder, or OpenAI's text-embedding-3-small shortened to match). */
export const EMBEDDING_DIMS = 256;

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * The vetted psychoeducation library. Each item is a Markdown file in content/library with review
 * metadata; only `approved` items are served in production.
 */
export const contentItems = pgTable('content_items', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  language: text('language').notNull(),
  version: text('version').notNull(),
  status: text('status').$type<'draft' | 'approved' | 'retired'>().notNull(),
  reviewedBy: text('reviewed_by'),
  reviewedAt: text('reviewed_at'),
  source: text('source').notNull(),
  /** Of the file and the embedder: re-ingest when either changes. */
  checksum: text('checksum').notNull(),
  /** Which embedder made this article's vectors, and their length: a query is only compared with its own kind. */
  embedder: text('embedder').notNull().default('unknown'),
  embeddingDims: integer('embedding_dims').notNull().default(EMBEDDING_DIMS),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const contentChunks = pgTable(
  'content_chunks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    itemId: text('item_id')
      .notNull()
      .references(() => contentItems.id, { onDelete: 'cascade' }),
    ord: integer('ord').notNull(),
    /** Copied from the item: it picks the stemmer for full-text search. */
    language: text('language').notNull(),
    heading: text('heading'),
    /** The article's title and tags: weighted highest in full-text search. */
    keywords: text('keywords').notNull(),
    body: text('body').notNull(),
    /** Questions the section answers in patients' words: searched (weighted with the heading), never shown. */
    asks: text('asks').notNull().default(''),
    embedding: vector('embedding', { dimensions: EMBEDDING_DIMS }).notNull(),
    /** Full-text search vector, stemmed for the chunk's language, kept by Postgres itself. */
    tsv: tsvector('tsv')
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector(case when language = 'es' then 'spanish'::regconfig else 'english'::regconfig end, keywords), 'A') || setweight(to_tsvector(case when language = 'es' then 'spanish'::regconfig else 'english'::regconfig end, coalesce(heading, '') || ' ' || asks), 'B') || to_tsvector(case when language = 'es' then 'spanish'::regconfig else 'english'::regconfig end, body)`,
      ),
  },
  (t) => [
    uniqueIndex('content_chunks_item_ord_uq').on(t.itemId, t.ord),
    index('content_chunks_embedding_idx').using('hnsw', t.embedding.op('vector_cosine_ops')),
    index('content_chunks_tsv_idx').using('gin', t.tsv),
  ],
);
