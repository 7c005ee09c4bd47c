import { sql } from 'drizzle-orm';
import type pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../db/client.js';

const url = process.env.TEST_DATABASE_URL;

// A server restart ends connections; PGlite, in process, has none to lose.
describe.skipIf(!url)('a lost database connection', () => {
  it('is told to the service and replaced, never an unhandled error that ends the process', async () => {
    const seen: unknown[] = [];
    const database = await openDatabase({ url: url!, onConnectionError: (err) => seen.push(err) });
    try {
      const pool = database.checkpointPool as unknown as pg.Pool;
      // The server ends the pool's idle connection, as a restart (pg_ctl stop -m fast) does.
      const client = await pool.connect();
      const [{ pid }] = (await client.query<{ pid: number }>('select pg_backend_pid() as pid')).rows as [{ pid: number }];
      client.release();
      await database.db.execute(sql`select pg_terminate_backend(${pid})`);
      for (let i = 0; i < 50 && seen.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
      expect(seen).toHaveLength(1);
      // Both sides still work: new connections are opened as needed.
      expect((await pool.query<{ one: number }>('select 1 as one')).rows[0]?.one).toBe(1);
      await database.db.execute(sql`select 1`);
    } finally {
      await database.close();
    }
  });
});
