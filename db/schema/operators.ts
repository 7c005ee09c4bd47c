import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Named operator tokens, so the audit trail says who read or changed what. Only a SHA-256 of each
 * token is kept (tokens are 256 random bits, so a fast hash is enough); the token itself is shown
 * once, when it is made. `ADMIN_TOKEN` stays the bootstrap operator that makes and revokes them.
 */
export const operatorTokens = pgTable(
  'operator_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('operator_tokens_name_idx').on(t.name)],
);
