import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { dumpPglite, openDatabase } from '../db/client.js';
import { createFieldCrypto, generateKey, parseKey } from '../db/field-crypto.js';
import { migrate } from '../db/migrate.js';
import { createCheckpointer } from '../graph/checkpointer.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** PGlite: a migrated data dir snapshot each test file starts from. */
    pgliteSnapshot: string;
    /** Server Postgres: a migrated template database each test file copies. */
    templateDatabase: string;
  }
}

/**
 * Migrates once per run. On PGlite (the default) that is a snapshot file; with TEST_DATABASE_URL
 * (a real PostgreSQL server, as CI also runs) it is a template database that each test file clones,
 * so test files never see each other's rosters or escalations.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const crypto = createFieldCrypto([parseKey(generateKey())]);
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const admin = postgres(url, { max: 1, onnotice: () => {} });
    const template = `cbt_test_tpl_${process.pid}`;
    await admin.unsafe(`drop database if exists ${template}`);
    await admin.unsafe(`create database ${template}`);
    const db = await openDatabase({ url: withDatabase(url, template), poolSize: 2 });
    await migrate(db);
    await createCheckpointer(db.checkpointPool, crypto);
    await db.close();
    project.provide('templateDatabase', template);
    project.provide('pgliteSnapshot', '');
    return async () => {
      const left = await admin<{ datname: string }[]>`select datname from pg_database where datname like ${`cbt_test_%_${process.pid}%`}`;
      for (const { datname } of left) await admin.unsafe(`drop database if exists ${datname} with (force)`);
      await admin.unsafe(`drop database if exists ${template} with (force)`);
      await admin.end();
    };
  }
  const db = await openDatabase({});
  await migrate(db);
  await createCheckpointer(db.checkpointPool, crypto);
  const file = join(tmpdir(), `cbt-test-snapshot-${process.pid}.tar`);
  writeFileSync(file, Buffer.from(await (await dumpPglite(db)).arrayBuffer()));
  await db.close();
  project.provide('pgliteSnapshot', file);
  project.provide('templateDatabase', '');
  return async () => {};
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
