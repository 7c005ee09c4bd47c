import { join } from 'node:path';
import { ConfigError, loadConfig } from '../bot/config.js';
import { openDatabase } from '../db/client.js';
import { migrate } from '../db/migrate.js';
import { ingestWithFallback } from './ingest.js';
import { checkLibrary } from './library-files.js';
import { libraryEmbedders } from './openai-embedder.js';

/**
 * npm run content:ingest [-- --check]
 *
 * Validates every article (each problem names its file and field; nothing is written while any is
 * wrong), then embeds what changed into the configured database (DATABASE_URL, or the embedded one
 * in DATA_DIR: stop the service first, it holds that folder) and says what changed. Running it again
 * changes nothing. `--check` validates only.
 */
async function main(): Promise<number> {
  const { items, problems } = checkLibrary();
  if (problems.length) {
    for (const p of problems) console.error(`${p.file}: ${p.field}: ${p.message}`);
    console.error(`${problems.length} problem(s); nothing was ingested`);
    return 1;
  }
  const count = (language: string, status?: string) => items.filter((i) => i.language === language && (!status || i.status === status)).length;
  console.log(`library: ${items.length} articles valid (en ${count('en')}, ${count('en', 'approved')} approved; es ${count('es')}, ${count('es', 'approved')} approved)`);
  if (process.argv.includes('--check')) return 0;
  const config = loadConfig();
  const database = await openDatabase(config.DATABASE_URL ? { url: config.DATABASE_URL, poolSize: 2 } : { dataDir: join(config.DATA_DIR, 'pgdata') });
  try {
    const { preferred, local } = libraryEmbedders(config, items, 60_000);
    const { embedder, result, failed } = await database.exclusive(async () => {
      await migrate(database);
      return ingestWithFallback(database.db, items, preferred, local);
    });
    if (failed) console.error(`${preferred.id} failed (${failed instanceof Error ? failed.message : 'error'}); embedded with ${local.id} instead`);
    console.log(`embedder: ${embedder.id} (${embedder.dims} dimensions)`);
    for (const [what, ids] of Object.entries(result.changed)) if (ids.length) console.log(`${what}: ${ids.join(', ')}`);
    console.log(JSON.stringify({ added: result.added, updated: result.updated, unchanged: result.unchanged, removed: result.removed, embedder: embedder.id }));
    return 0;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(err instanceof ConfigError ? err.message : err instanceof Error ? `content:ingest failed: ${err.message}` : String(err));
    process.exitCode = 1;
  },
);
