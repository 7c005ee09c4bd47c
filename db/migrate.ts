import { fileURLToPath } from 'node:url';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import type { Database } from './client.js';

const MIGRATIONS = fileURLToPath(new URL('./migrations', import.meta.url));

/** Applies drizzle migrations: the same files on PGlite and on a server. */
export async function migrate(database: Database): Promise<void> {
  if (database.kind === 'pglite') await migratePglite(database.db as never, { migrationsFolder: MIGRATIONS });
  else await migratePostgres(database.db as never, { migrationsFolder: MIGRATIONS });
}
