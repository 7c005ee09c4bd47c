import { sql } from 'drizzle-orm';
import { bigint, boolean, check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export type Channel = 'web' | 'sms';
export type ConversationMode = 'bot' | 'clinician';

/**
 * A patient and their one conversation (LangGraph thread id = patient id).
 * `msgSeq` numbers the patient's messages: taking the next number locks the row, so writers for one
 * patient are serialised and a client reading with a cursor never skips a late-committing message.
 */
export const patients = pgTable(
  'patients',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    pseudonym: text('pseudonym').notNull().unique(),
    locale: text('locale').notNull().default('en-US'),
    timezone: text('timezone').notNull().default('UTC'),
    msgSeq: bigint('msg_seq', { mode: 'number' }).notNull().default(0),
    mode: text('mode').$type<ConversationMode>().notNull().default('bot'),
    /**
     * `pending`: someone texted from a number no clinic enrolled (SMS_ENROLMENT=invite). Their
     * messages are still stored and screened (a crisis is escalated), but the bot does not converse
     * until an operator enrols them.
     */
    enrolment: text('enrolment').$type<'active' | 'pending'>().notNull().default('active'),
    /** The clinician who has taken the conversation over, while mode = 'clinician'. */
    clinicianId: uuid('clinician_id'),
    /** The channel the patient last wrote on: replies go there. */
    lastChannel: text('last_channel').$type<Channel>().notNull().default('web'),
    /** A lease so that one worker (in any process) runs this patient's turns at a time. */
    leaseOwner: text('lease_owner'),
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    /** Web session tokens issued before this instant are refused (an operator revoked them). */
    sessionsValidFrom: timestamp('sessions_valid_from', { withTimezone: true }),
    /** Quiet hours, local "HH:MM-HH:MM": nothing unprompted is sent inside them. Null: the clinic's QUIET_HOURS. */
    quietHours: text('quiet_hours'),
    /** Offer the PHQ-9 and GAD-7 every this many days (0: never). Null: the clinic's QUESTIONNAIRE_EVERY_DAYS. */
    questionnaireEveryDays: integer('questionnaire_every_days'),
    /**
     * This web-only patient proved a phone number that already belonged to another patient, and the
     * browser now continues as that patient (one patient, one conversation). What was said here is
     * kept; nothing more arrives here.
     */
    mergedInto: uuid('merged_into'),
    /**
     * Asked at enrolment: may the care team have summaries of what the patient does here (the
     * progress-note draft, the "between sessions" part of an escalation card). Null: not asked
     * (patients enrolled before it was asked; summaries as before). Safety escalations are not affected.
     */
    shareSummaries: boolean('share_summaries'),
    shareSummariesAt: timestamp('share_summaries_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('patients_mode_check', sql`${t.mode} in ('bot', 'clinician')`)],
);

/**
 * How a patient is reached on a channel. Addresses (phone numbers) are stored encrypted, with a
 * keyed hash for lookup; web identities have no address (the session token names the patient).
 */
export const channelIdentities = pgTable(
  'channel_identities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    channel: text('channel').$type<Channel>().notNull(),
    addressHash: text('address_hash'),
    addressEnc: text('address_enc'),
    /** Set when the patient texted STOP (or the carrier reports an opt-out); cleared by START. */
    optedOutAt: timestamp('opted_out_at', { withTimezone: true }),
    /** A permanent delivery error (e.g. Twilio 21610): nothing more is sent until it is cleared. */
    blockedCode: text('blocked_code'),
    /** When we last told an unenrolled number how to enrol (so we don't answer every text). */
    lastNoticeAt: timestamp('last_notice_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('channel_identities_address_uq').on(t.channel, t.addressHash),
    index('channel_identities_patient_idx').on(t.patientId),
  ],
);

/**
 * A between-session check-in: at `localTime` in the patient's time zone, on the days in `days`
 * (0 = Sunday … 6 = Saturday), the bot starts a mood check-in. `nextAt` is the next due instant,
 * claimed with SKIP LOCKED so each check-in is sent once.
 */
export const checkInSchedules = pgTable(
  'check_in_schedules',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    patientId: uuid('patient_id')
      .notNull()
      .unique()
      .references(() => patients.id),
    localTime: text('local_time').notNull(),
    days: text('days').notNull().default('0123456'),
    nextAt: timestamp('next_at', { withTimezone: true }).notNull(),
    active: boolean('active').notNull().default(true),
    /** The patient asked for a break ("pause check-ins for a week"): none is sent before this instant. */
    pausedUntil: timestamp('paused_until', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('check_in_due_idx').on(t.nextAt).where(sql`${t.active}`)],
);

/**
 * A planned activity's follow-up: when to ask the patient how it went. Holds no health data (the plan
 * itself is in the encrypted conversation state, under `planId`); sent once (SKIP LOCKED claim).
 */
export const followUps = pgTable(
  'follow_ups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    planId: text('plan_id').notNull(),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('follow_ups_plan_uq').on(t.patientId, t.planId), index('follow_ups_due_idx').on(t.dueAt).where(sql`${t.sentAt} is null and ${t.cancelledAt} is null`)],
);

/**
 * A web patient adding a phone number: a code sent to the number by SMS, confirmed in the widget,
 * before the number becomes the patient's SMS identity. The number and the code are encrypted; the
 * keyed hash of the number limits how often one number is sent codes, whoever asks.
 */
export const phoneLinks = pgTable(
  'phone_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    phoneHash: text('phone_hash').notNull(),
    phoneEnc: text('phone_enc').notNull(),
    codeEnc: text('code_enc').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    /** Wrong codes tried: after a few the code is spent and a new one must be asked for. */
    attempts: integer('attempts').notNull().default(0),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('phone_links_patient_idx').on(t.patientId, t.createdAt), index('phone_links_phone_idx').on(t.phoneHash, t.createdAt)],
);
