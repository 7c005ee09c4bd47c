import { createHash } from 'node:crypto';
import { eq, inArray, notInArray } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { contentChunks, contentItems } from '../db/schema/index.js';
import type { Embedder } from './embedder.js';
import { chunkText } from './embedder.js';
import type { LibraryItem } from './library-files.js';

export interface IngestResult {
  added: number;
  updated: number;
  unchanged: number;
  removed: number;
}

/**
 * Brings the database in line with the library: changed articles (or a changed embedder) are
 * re-chunked and re-embedded, unchanged ones are left alone, removed ones are deleted. Safe to run
 * at every start and from several processes (each article is replaced in one transaction).
 */
export async function ingestLibrary(db: Db, items: readonly LibraryItem[], embedder: Embedder): Promise<IngestResult> {
  const result: IngestResult = { added: 0, updated: 0, unchanged: 0, removed: 0 };
  const existing = new Map((await db.select({ id: contentItems.id, checksum: contentItems.checksum }).from(contentItems)).map((r) => [r.id, r.checksum]));
  for (const item of items) {
    const checksum = createHash('sha256').update(embedder.id).update(item.raw).digest('hex');
    const before = existing.get(item.id);
    if (before === checksum) {
      result.unchanged += 1;
      continue;
    }
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
        updatedAt: new Date(),
      };
      await tx.insert(contentItems).values({ id: item.id, ...row }).onConflictDoUpdate({ target: contentItems.id, set: row });
      await tx.delete(contentChunks).where(eq(contentChunks.itemId, item.id));
      await tx.insert(contentChunks).values(
        item.sections.map((s, ord) => ({
          itemId: item.id,
          ord,
          language: item.language,
          keywords: `${item.title}, ${item.tags.join(', ')}`,
          heading: s.heading,
          body: s.body,
          // The title and tags go into the vector too: a question names the topic more often than the section.
          embedding: embedder.embed(chunkText(item, s)),
        })),
      );
    });
    if (before === undefined) result.added += 1;
    else result.updated += 1;
  }
  const keep = items.map((i) => i.id);
  const gone = await db
    .select({ id: contentItems.id })
    .from(contentItems)
    .where(keep.length ? notInArray(contentItems.id, keep) : undefined);
  if (gone.length) {
    await db.delete(contentItems).where(inArray(contentItems.id, gone.map((g) => g.id)));
    result.removed = gone.length;
  }
  return result;
}
