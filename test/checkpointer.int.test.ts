import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emptyCheckpoint, uuid6 } from '@langchain/langgraph-checkpoint';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client.js';
import { openDatabase } from '../db/client.js';
import { createFieldCrypto, generateKey, parseKey } from '../db/field-crypto.js';
import { patients } from '../db/schema/index.js';
import { createCheckpointer } from '../graph/checkpointer.js';
import { freshDatabase } from './helpers.js';

const crypto = createFieldCrypto([parseKey(generateKey())]);

let step = 0;
function checkpoint(values: Record<string, unknown>) {
  const c = emptyCheckpoint();
  // LangGraph orders a thread's checkpoints by id; uuid6 with a rising clock sequence keeps them in order.
  c.id = uuid6((step += 1));
  c.channel_values = values;
  // Channel values are stored per version: a new value needs a new version, as LangGraph gives it.
  c.channel_versions = Object.fromEntries(Object.keys(values).map((k) => [k, step]));
  return c;
}

describe('graph checkpointer (LangGraph Postgres saver on our database)', () => {
  let db: Database;
  beforeAll(async () => {
    db = await freshDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  it('puts, gets and lists checkpoints per thread', async () => {
    const saver = await createCheckpointer(db.checkpointPool, crypto);
    const thread = crypto.hash(String(Math.random()));
    const config = { configurable: { thread_id: thread, checkpoint_ns: '' } };
    const first = checkpoint({ flow: 'mood', step: 'rating' });
    const saved1 = await saver.put(config, first, { source: 'loop', step: 1, parents: {} }, first.channel_versions);
    const second = checkpoint({ flow: 'mood', step: 'feeling' });
    const saved2 = await saver.put(saved1, second, { source: 'loop', step: 2, parents: {} }, second.channel_versions);

    const latest = await saver.getTuple(config);
    expect(latest?.checkpoint.channel_values).toEqual({ flow: 'mood', step: 'feeling' });
    expect(latest?.parentConfig?.configurable?.checkpoint_id).toBe(saved1.configurable?.checkpoint_id);
    const older = await saver.getTuple(saved1);
    expect(older?.checkpoint.channel_values).toEqual({ flow: 'mood', step: 'rating' });

    const listed = [];
    for await (const t of saver.list(config)) listed.push(t.config.configurable?.checkpoint_id);
    expect(listed).toEqual([saved2.configurable?.checkpoint_id, saved1.configurable?.checkpoint_id]);
    expect(await saver.getTuple({ configurable: { thread_id: 'nobody', checkpoint_ns: '' } })).toBeUndefined();
  });

  it('stores what patients wrote only in sealed form', async () => {
    const saver = await createCheckpointer(db.checkpointPool, crypto);
    const thread = crypto.hash(String(Math.random()));
    const config = { configurable: { thread_id: thread, checkpoint_ns: '' } };
    const c = checkpoint({ data: { answer: 'a very private thought' } });
    await saver.put(config, c, { source: 'loop', step: 1, parents: {} }, c.channel_versions);
    await saver.putWrites({ configurable: { thread_id: thread, checkpoint_ns: '', checkpoint_id: c.id } }, [['data', { answer: 'another private thought' }]], 'task-1');
    const raw = await db.rows<{ blob: Uint8Array | null }>(sql`select blob from checkpoint_blobs where thread_id = ${thread} union all select blob from checkpoint_writes where thread_id = ${thread}`);
    expect(raw.length).toBeGreaterThanOrEqual(2);
    for (const r of raw) expect(Buffer.from(r.blob ?? []).toString('latin1')).not.toContain('private thought');
    expect((await saver.getTuple(config))?.checkpoint.channel_values).toEqual({ data: { answer: 'a very private thought' } });
  });

  it("on PGlite, a checkpointer transaction that rolls back never takes the app's writes with it", async () => {
    if (db.kind !== 'pglite') return;
    const client = await db.checkpointPool.connect();
    await client.query('begin');
    // The app writes while the checkpointer holds its transaction open: the write must wait, not join it.
    const write = db.db.insert(patients).values({ pseudonym: `P-LOCK${Date.now() % 1000}` }).returning();
    await new Promise((r) => setTimeout(r, 50));
    await client.query('rollback');
    client.release();
    const [row] = await write;
    const found = await db.rows(sql`select 1 from patients where id = ${row!.id}`);
    expect(found).toHaveLength(1);
  });
});

describe('graph state after a restart', () => {
  it('a checkpoint written before the database is closed is read back after reopening it', async () => {
    if (process.env.TEST_DATABASE_URL) return; // the server variant is the restart test in web-chat
    const dir = mkdtempSync(join(tmpdir(), 'cbt-ckpt-'));
    try {
      const first = await freshDatabase(dir);
      const saver = await createCheckpointer(first.checkpointPool, crypto);
      const config = { configurable: { thread_id: 'p1', checkpoint_ns: '' } };
      const c = checkpoint({ flow: 'safety_plan', step: 'coping' });
      await saver.put(config, c, { source: 'loop', step: 1, parents: {} }, c.channel_versions);
      await first.close();
      const second = await openDatabase({ dataDir: dir });
      const reopened = await createCheckpointer(second.checkpointPool, crypto);
      expect((await reopened.getTuple(config))?.checkpoint.channel_values).toEqual({ flow: 'safety_plan', step: 'coping' });
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
