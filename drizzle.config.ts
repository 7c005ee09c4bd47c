import { defineConfig } from 'drizzle-kit';

// Migrations are generated with `npm run db:generate` and applied at start-up by db/migrate.ts
// (drizzle's runtime migrator), on PGlite and on a server Postgres alike.
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema/index.ts',
  out: './db/migrations',
  strict: true,
});
