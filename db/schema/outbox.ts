import { sql } from 'drizzle-orm';
import { bigserial, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export type OutboxChannel = 'sms' | 'teams';
export type OutboxStatus = 'pending' | 'sent' | 'failed' | 'cancelled';

/**
 * Work to deliver through a third party, committed in the same transaction as the change that
 * caused it. Payloads hold ids, never message text: the sender renders from the database at send
 * time. Rows for one `destination` are sent in `seq` order; a row is claimed with a lease
 * (`lockedUntil`) so exactly one process sends it, and retried with backoff until it succeeds or
 * fails permanently.
 */
export const outbox = pgTable(
  'outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    channel: text('channel').$type<OutboxChannel>().notNull(),
    destination: text('destination').notNull(),
    kind: text('kind').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    status: text('status').$type<OutboxStatus>().notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull(),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lastError: text('last_error'),
    result: jsonb('result').$type<Record<string, unknown>>(),
    escalationId: uuid('escalation_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    index('outbox_due_idx').on(t.nextAttemptAt).where(sql`${t.status} = 'pending'`),
    index('outbox_destination_idx').on(t.destination, t.seq).where(sql`${t.status} = 'pending'`),
    index('outbox_escalation_idx').on(t.escalationId),
  ],
);
