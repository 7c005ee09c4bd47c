import { createHash } from 'node:crypto';
import { eq, inArray, notInArray } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { auditEvents, contentChunks, contentItems } from '../db/schema/index.js';
import type { Embedder } from './embedder.js';
import { chunkText } from './embedder.js';
import type { LibraryItem } from './library-files.js';

export interface IngestResult {
  added: number;
  updated: number;
  unchanged: number;
  removed: number;
  /** Which articles were added, updated (re-embedded) or removed, by id. */
  changed: { added: string[]; updated: string[]; removed: string[] };
}

/**
 * Brings the database in line with the library: changed articles (or a changed embedder) are
 * re-chunked and re-embedded, unchanged ones are left alone, removed ones are deleted. Safe to run
 * at every start and from several processes (each article is replaced in one transaction).
 */
export async function ingestLibrary(db: Db, items: readonly LibraryItem[], embedder: Embedder): Promise<IngestResult> {
  const result: IngestResult = { added: 0, updated: 0, unchanged: 0, removed: 0, changed: { added: [], updated: [], removed: [] } };
  const existing = new Map(
    (await db.select({ id: contentItems.id, checksum: contentItems.checksum, embedder: contentItems.embedder, status: contentItems.status }).from(contentItems)).map((r) => [r.id, r]),
  );
  for (const item of items) {
    const checksum = createHash('sha256').update(embedder.id).update(item.raw).digest('hex');
    const before = existing.get(item.id);
    if (before?.checksum === checksum && before.embedder === embedder.id) {
      result.unchanged += 1;
      continue;
    }
    // Embedded before the transaction: a provider's round trip must not hold a database lock.
    // The title and tags go into the vector too: a question names the topic more often than the section.
    const vectors = await embedder.embedDocuments(item.sections.map((s) => chunkText(item, s)));
    await db.transaction(async (tx) => {
      const row = {
        title: item.title,
        language: item.language,
        version: item.version,
        status: item.status,
        reviewedBy: item.reviewedBy,
        reviewedAt: item.reviewedAt,
        source: item.source,
        checksum,
        embedder: embedder.id,
        embeddingDims: embedder.dims,
        updatedAt: new Date(),
      };
      await tx.insert(contentItems).values({ id: item.id, ...row }).onConflictDoUpdate({ target: contentItems.id, set: row });
      // A clinician's approval (or a retirement) reaching patients is on the record, with who and when.
      if (before?.status !== item.status && (before || item.status !== 'draft')) {
        await tx.insert(auditEvents).values({
          at: new Date(),
          actorType: 'operator',
          action: `content_${item.status}`,
          subjectType: 'content',
          subjectId: item.id,
          details: { version: item.version, from: before?.status ?? null, reviewedBy: item.reviewedBy, reviewedAt: item.reviewedAt },
        });
      }
      await tx.delete(contentChunks).where(eq(contentChunks.itemId, item.id));
      await tx.insert(contentChunks).values(
        item.sections.map((s, ord) => ({
          itemId: item.id,
          ord,
          language: item.language,
          keywords: `${item.title}, ${item.tags.join(', ')}`,
          heading: s.heading,
          body: s.body,
          asks: (s.asks ?? []).join('\n'),
          embedding: vectors[ord]!,
        })),
      );
    });
    if (before === undefined) {
      result.added += 1;
      result.changed.added.push(item.id);
    } else {
      result.updated += 1;
      result.changed.updated.push(item.id);
    }
  }
  const keep = items.map((i) => i.id);
  const gone = await db
    .select({ id: contentItems.id })
    .from(contentItems)
    .where(keep.length ? notInArray(contentItems.id, keep) : undefined);
  if (gone.length) {
    await db.delete(contentItems).where(inArray(contentItems.id, gone.map((g) => g.id)));
    result.removed = gone.length;
    result.changed.removed = gone.map((g) => g.id).sort();
  }
  return result;
}

/**
 * Ingests with the preferred embedder (a provider's), and if that fails (the provider down or slow at
 * start) with the local one instead, so the library is always searchable; the next start tries the
 * preferred one again. Returns the embedder that questions must be embedded with.
 */
export async function ingestWithFallback(
  db: Db,
  items: readonly LibraryItem[],
  preferred: Embedder,
  local: Embedder,
): Promise<{ embedder: Embedder; result: IngestResult; failed?: unknown }> {
  if (preferred === local) return { embedder: local, result: await ingestLibrary(db, items, local) };
  try {
    return { embedder: preferred, result: await ingestLibrary(db, items, preferred) };
  } catch (failed) {
    return { embedder: local, result: await ingestLibrary(db, items, local), failed };
  }
}
