import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { vector } from '@electric-sql/pglite-pgvector';
import type { SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import pg from 'pg';
import postgres from 'postgres';
import { lockDataDir, makePrivate } from './data-dir-lock.js';
import { Mutex } from './lock.js';
import * as schema from './schema/index.js';

export type Schema = typeof schema;
/** The drizzle database, whichever driver is underneath. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction or the database itself: query functions accept either. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0] | Db;

/** The part of a `pg.Pool` that LangGraph's Postgres checkpointer uses. */
export interface CheckpointPool {
  connect(): Promise<pg.PoolClient>;
  query(text: string, values?: unknown[]): Promise<pg.QueryResult>;
  end(): Promise<void>;
}

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** The server URL (server only): another process's view of the same database. */
  url?: string;
  /** A pool for the LangGraph checkpointer on the same database. */
  checkpointPool: CheckpointPool;
  /**
   * Runs `fn` while holding a database-wide lock, so processes starting together on one server take
   * turns (migrations). On PGlite there is only this process.
   */
  exclusive<T>(fn: () => Promise<T>): Promise<T>;
  /** Runs a statement and returns its rows, on either driver. */
  rows<T>(query: SQL): Promise<T[]>;
  close(): Promise<void>;
}

/** Any constant, the same in every process of this app. */
const ADVISORY_LOCK = 74_210_311;

export type DatabaseOptions = (
  | { url: string; poolSize?: number }
  | { dataDir?: string; loadDataDir?: Blob | File }
) & {
  /**
   * Told when an idle connection fails (the server restarted, the network dropped). Every pool has
   * this handler: without one, node-postgres re-emits the error as an unhandled 'error' event and
   * the process exits. The pool drops the connection and opens a new one when next asked.
   */
  onConnectionError?: (err: unknown) => void;
};

/**
 * Opens the database: postgres.js on `url` (any PostgreSQL with pgvector), otherwise PGlite in
 * process with the vector extension, its data in `dataDir` (memory when absent).
 */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const onError = options.onConnectionError ?? (() => {});
  if ('url' in options) return openServer(options.url, options.poolSize ?? 10, onError);
  return openPglite(options.dataDir, options.loadDataDir, onError);
}

async function openServer(url: string, poolSize: number, onError: (err: unknown) => void): Promise<Database> {
  const client = postgres(url, { max: poolSize, onnotice: () => {} });
  const db = drizzlePostgres(client, { schema }) as unknown as Db;
  const pool = new pg.Pool({ connectionString: url, max: Math.max(2, Math.ceil(poolSize / 2)) });
  pool.on('error', onError);
  return {
    db,
    kind: 'postgres',
    url,
    checkpointPool: pool as unknown as CheckpointPool,
    exclusive: async (fn) => {
      const lockConnection = postgres(url, { max: 1, onnotice: () => {} });
      try {
        await lockConnection`select pg_advisory_lock(${ADVISORY_LOCK})`;
        return await fn();
      } finally {
        await lockConnection.end({ timeout: 5 });
      }
    },
    rows: async <T>(q: SQL) => (await db.execute(q)) as unknown as T[],
    close: async () => {
      await pool.end();
      await client.end({ timeout: 5 });
    },
  };
}

async function openPglite(dataDir: string | undefined, loadDataDir: Blob | File | undefined, onError: (err: unknown) => void): Promise<Database> {
  // One process per data folder (data-dir-lock.ts); the folder is private to this user.
  const unlock = dataDir ? lockDataDir(dataDir) : () => {};
  let pglite: PGlite;
  try {
    pglite = await PGlite.create({ dataDir, loadDataDir, extensions: { vector } });
    if (dataDir) makePrivate(dataDir);
  } catch (err) {
    unlock();
    throw err;
  }
  /*
   * PGlite is one session. Its own query() and transaction() share a mutex, but the node-postgres
   * adapter that the checkpointer uses writes the wire protocol directly and skips it: a drizzle
   * query could land inside the checkpointer's BEGIN … COMMIT (and be rolled back with it). So both
   * sides also take this lock: drizzle per call, the checkpointer per connection.
   */
  const lock = new Mutex();
  const guarded = new Proxy(pglite, {
    get(target, prop) {
      if (prop === 'query' || prop === 'transaction' || prop === 'exec') {
        const fn = Reflect.get(target, prop, target) as (...args: unknown[]) => Promise<unknown>;
        return (...args: unknown[]) => lock.run(() => fn.apply(target, args));
      }
      const value = Reflect.get(target, prop, target) as unknown;
      // PGlite keeps its state in private fields: its methods must run with `this` = the real instance.
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  const db = drizzlePglite(guarded, { schema }) as unknown as Db;
  const pool = new pg.Pool(createPgConfig(pglite) as pg.PoolConfig);
  pool.on('error', onError);
  const checkpointPool: CheckpointPool = {
    async connect() {
      const release = await lock.acquire();
      try {
        const client = await pool.connect();
        const done = client.release.bind(client);
        client.release = (err?: Error | boolean) => {
          done(err);
          release();
        };
        return client;
      } catch (err) {
        release();
        throw err;
      }
    },
    query: (text, values) => lock.run(() => pool.query(text, values)),
    end: () => pool.end(),
  };
  return {
    db,
    kind: 'pglite',
    checkpointPool,
    exclusive: (fn) => fn(),
    rows: async <T>(q: SQL) => ((await db.execute(q)) as unknown as { rows: T[] }).rows,
    close: async () => {
      await pool.end();
      await lock.run(() => pglite.close());
      unlock();
    },
  };
}

/** Writes a snapshot of a PGlite database (for fast test set-up). */
export async function dumpPglite(database: Database): Promise<Blob> {
  if (database.kind !== 'pglite') throw new Error('only PGlite databases can be dumped');
  const client = (database.db as unknown as { $client: PGlite }).$client;
  return client.dumpDataDir('none');
}
