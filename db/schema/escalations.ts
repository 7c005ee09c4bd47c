import { sql } from 'drizzle-orm';
import { bigserial, boolean, check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { messages } from './messages.js';
import { patients } from './patients.js';

export type EscalationStatus = 'open' | 'paged' | 'acknowledged' | 'taken_over' | 'resolved';
export type EscalationLevel = 'urgent' | 'concern';
export type ActorType = 'system' | 'clinician' | 'patient' | 'operator';

/**
 * An escalation to the on-call clinicians. Its paging timer (`nextPageAt`) lives here, in the
 * database, so a restart resumes paging and several processes page once (claims use SKIP LOCKED).
 * At most one escalation per patient is active (not resolved) at a time.
 */
export const escalations = pgTable(
  'escalations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    level: text('level').$type<EscalationLevel>().notNull(),
    status: text('status').$type<EscalationStatus>().notNull().default('open'),
    /** The tier most recently paged (0 = not yet paged). */
    tier: integer('tier').notNull().default(0),
    /** Full passes through every tier so far; after the last tier the whole shift is paged again. */
    round: integer('round').notNull().default(0),
    categories: text('categories').array().notNull(),
    source: text('source').notNull(),
    triggerMessageId: uuid('trigger_message_id').references(() => messages.id),
    /** Legacy plaintext C-SSRS answers: emptied into `cssrsEnc` at start-up (bot/seal-legacy.ts), never written. */
    cssrs: jsonb('cssrs').$type<Record<string, boolean>>(),
    /** The C-SSRS answers given so far (`{ wishDead: true, … }` as JSON), encrypted. */
    cssrsEnc: text('cssrs_enc'),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    nextPageAt: timestamp('next_page_at', { withTimezone: true }),
    /** When a page was first queued for someone (null: nobody has been paged yet). */
    firstPagedAt: timestamp('first_paged_at', { withTimezone: true }),
    /** The last time paging found nobody at all to page (no clinician on shift or registered). */
    nobodyToPageAt: timestamp('nobody_to_page_at', { withTimezone: true }),
    acknowledgedBy: uuid('acknowledged_by').references(() => clinicians.id),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    takenOverBy: uuid('taken_over_by').references(() => clinicians.id),
    resolvedBy: uuid('resolved_by').references(() => clinicians.id),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    outcome: text('outcome'),
  },
  (t) => [
    uniqueIndex('escalations_one_active_uq').on(t.patientId).where(sql`${t.status} <> 'resolved'`),
    index('escalations_due_idx').on(t.nextPageAt).where(sql`${t.status} in ('open', 'paged')`),
    check('escalations_status_check', sql`${t.status} in ('open', 'paged', 'acknowledged', 'taken_over', 'resolved')`),
  ],
);

/** Append-only audit of every escalation state change and action: who, when, why. */
export const escalationEvents = pgTable(
  'escalation_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    escalationId: uuid('escalation_id')
      .notNull()
      .references(() => escalations.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorType: text('actor_type').$type<ActorType>().notNull(),
    actorId: text('actor_id'),
    type: text('type').notNull(),
    fromStatus: text('from_status').$type<EscalationStatus>(),
    toStatus: text('to_status').$type<EscalationStatus>(),
    tier: integer('tier'),
    reason: text('reason'),
    details: jsonb('details').$type<Record<string, unknown>>(),
  },
  (t) => [index('escalation_events_escalation_idx').on(t.escalationId, t.id)],
);

/** Every operator and clinician action that is not an escalation transition (roster changes, messages sent to a patient …). */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorType: text('actor_type').$type<ActorType>().notNull(),
    actorId: text('actor_id'),
    action: text('action').notNull(),
    subjectType: text('subject_type'),
    subjectId: text('subject_id'),
    details: jsonb('details').$type<Record<string, unknown>>(),
  },
  (t) => [index('audit_events_subject_idx').on(t.subjectType, t.subjectId)],
);

/** Clinicians who can be paged. `teamsRef` is the conversation reference captured when they first message the bot. */
export const clinicians = pgTable('clinicians', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  teamsUserId: text('teams_user_id').notNull().unique(),
  teamsRef: jsonb('teams_ref').$type<Record<string, unknown>>(),
  phoneEnc: text('phone_enc'),
  active: boolean('active').notNull().default(true),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** The on-call roster: tier 1 = primary, 2 = backup, 3 = supervisor … */
export const onCallShifts = pgTable(
  'on_call_shifts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clinicianId: uuid('clinician_id')
      .notNull()
      .references(() => clinicians.id),
    tier: integer('tier').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('on_call_shifts_window_idx').on(t.startsAt, t.endsAt), check('on_call_shifts_order_check', sql`${t.endsAt} > ${t.startsAt}`)],
);
