import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { Channel } from './patients.js';
import { patients } from './patients.js';

export type Direction = 'in' | 'out';
export type Author = 'patient' | 'bot' | 'clinician' | 'system';
/** What a system message is, for a page to show it as such: the crisis reply, a clinician joining or leaving. */
export type MessageKind = 'crisis' | 'clinician_joined' | 'clinician_left';
export type DeliveryStatus = 'stored' | 'queued' | 'sent' | 'delivered' | 'undelivered' | 'failed';
export interface QuickReply {
  label: string;
  value: string;
}

/**
 * Every message to or from a patient. Bodies are encrypted at rest (`bodyEnc`). An inbound message's
 * `providerId` (Twilio MessageSid, or the widget's clientMessageId scoped to the patient) is unique
 * per channel: that unique index is what makes a retried webhook a no-op.
 */
export const messages = pgTable(
  'messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    channel: text('channel').$type<Channel>().notNull(),
    direction: text('direction').$type<Direction>().notNull(),
    author: text('author').$type<Author>().notNull(),
    providerId: text('provider_id'),
    bodyEnc: text('body_enc').notNull(),
    quickReplies: jsonb('quick_replies').$type<QuickReply[]>(),
    /** The clinician who wrote it, for author = 'clinician'. */
    clinicianId: uuid('clinician_id'),
    /** For system messages a page marks out (the crisis reply, a clinician joining or leaving); null otherwise. */
    kind: text('kind').$type<MessageKind>(),
    /** For outbound: the inbound message this answers. */
    replyTo: uuid('reply_to'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** For inbound: when the turn pipeline finished with it (null = still to process). */
    processedAt: timestamp('processed_at', { withTimezone: true }),
    /** For outbound: delivery as the channel reports it. */
    status: text('status').$type<DeliveryStatus>(),
    statusAt: timestamp('status_at', { withTimezone: true }),
    /** The provider's id for an outbound message (Twilio SM… sid), for status callbacks. */
    externalId: text('external_id'),
    errorCode: text('error_code'),
  },
  (t) => [
    uniqueIndex('messages_patient_seq_uq').on(t.patientId, t.seq),
    uniqueIndex('messages_channel_provider_uq').on(t.channel, t.providerId),
    index('messages_pending_idx')
      .on(t.createdAt)
      .where(sql`${t.direction} = 'in' and ${t.processedAt} is null`),
    index('messages_external_idx').on(t.externalId),
    check('messages_direction_check', sql`${t.direction} in ('in', 'out')`),
  ],
);

/** The screener's verdict on an inbound message, stored with it. Signals are rule ids, never text. */
export const screenings = pgTable(
  'screenings',
  {
    messageId: uuid('message_id')
      .primaryKey()
      .references(() => messages.id),
    level: text('level').$type<'none' | 'concern' | 'urgent'>().notNull(),
    categories: text('categories').array().notNull(),
    signals: text('signals').array().notNull(),
    version: text('version').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('screenings_level_idx').on(t.level)],
);

/** Questionnaire and check-in results (mood, PHQ-9, GAD-7, C-SSRS). Item answers and the score are encrypted. */
export const questionnaireResponses = pgTable(
  'questionnaire_responses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    instrument: text('instrument').notNull(),
    /** Legacy plaintext score: emptied into `scoreEnc` at start-up (bot/seal-legacy.ts), never written. */
    score: integer('score'),
    /** The total or rating as a decimal string, encrypted (null when the instrument has no score). */
    scoreEnc: text('score_enc'),
    itemsEnc: text('items_enc').notNull(),
    messageId: uuid('message_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('questionnaire_patient_idx').on(t.patientId, t.createdAt), uniqueIndex('questionnaire_message_uq').on(t.messageId, t.instrument)],
);

/**
 * Turns that are not patient messages (a clinician handed the conversation back, a check-in is
 * due). Processed by the same worker, under the same per-patient lease, in order with messages.
 */
export const turnEvents = pgTable(
  'turn_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    event: text('event').$type<'handback' | 'checkin' | 'followup' | 'questionnaire' | 'reminder'>().notNull(),
    /** For `questionnaire`: which one and who asked ("phq9:clinician", "gad7:due"); for `reminder`: the check-in's event id. */
    detail: text('detail'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    processedAt: timestamp('processed_at', { withTimezone: true }),
  },
  (t) => [
    index('turn_events_pending_idx').on(t.createdAt).where(sql`${t.processedAt} is null`),
    // One reminder per check-in, whatever two instances do: SKIP LOCKED alone does not stop a second
    // instance whose "no reminder yet" was read before the first committed (seen on a loaded server).
    uniqueIndex('turn_events_reminder_uq').on(t.detail).where(sql`${t.event} = 'reminder'`),
  ],
);
