import { and, asc, desc, eq, gt, inArray, isNotNull, isNull, like, lte, sql } from 'drizzle-orm';
import type { Tx } from '../db/client.js';
import type { Channel } from '../db/schema/index.js';
import { enqueue } from '../db/outbox.js';
import { auditEvents, channelIdentities, checkInSchedules, followUps, messages, patients, questionnaireResponses, turnEvents } from '../db/schema/index.js';
import { noticeRecipients } from './clinical/notices.js';
import type { CheckInSettings, TurnAction } from '../graph/types.js';
import { nextCheckIn, quietUntil } from '../graph/check-in-time.js';
import type { Services } from './services.js';

export interface CheckInSchedule {
  localTime: string;
  days: string;
}

/** Creates or replaces a patient's check-in schedule. */
export async function setCheckIn(tx: Tx, patientId: string, timezone: string, schedule: CheckInSchedule, now: Date): Promise<void> {
  const nextAt = nextCheckIn(schedule.localTime, schedule.days, timezone, now);
  await tx
    .insert(checkInSchedules)
    .values({ patientId, localTime: schedule.localTime, days: schedule.days, nextAt, active: true })
    .onConflictDoUpdate({ target: checkInSchedules.patientId, set: { localTime: schedule.localTime, days: schedule.days, nextAt, active: true } });
}

/** A patient's check-ins as the conversation sees them (null: none set up). */
export async function checkInSettings(tx: Tx, patient: Pick<typeof patients.$inferSelect, 'id' | 'quietHours'>, defaultQuietHours: string): Promise<CheckInSettings | null> {
  const [s] = await tx.select().from(checkInSchedules).where(eq(checkInSchedules.patientId, patient.id));
  if (!s) return null;
  return { localTime: s.localTime, days: s.days, active: s.active, pausedUntil: s.pausedUntil?.toISOString() ?? null, quietHours: patient.quietHours ?? defaultQuietHours };
}

/**
 * What the patient asked for in words ("pause check-ins for a week", "check in at 7pm instead"),
 * done in the turn's transaction, so the confirmation they read is true. Recorded in the audit
 * trail as the patient's own action (no message text).
 */
export async function changeCheckIns(tx: Tx, patient: Pick<typeof patients.$inferSelect, 'id' | 'timezone'>, change: Extract<TurnAction, { type: 'check_in' }>, now: Date): Promise<void> {
  const [s] = await tx.select().from(checkInSchedules).where(eq(checkInSchedules.patientId, patient.id));
  switch (change.change) {
    case 'pause': {
      if (!s || !change.until) return;
      const until = new Date(change.until);
      await tx.update(checkInSchedules).set({ pausedUntil: until, nextAt: nextCheckIn(s.localTime, s.days, patient.timezone, until) }).where(eq(checkInSchedules.id, s.id));
      break;
    }
    case 'off':
      if (!s) return;
      await tx.update(checkInSchedules).set({ active: false, pausedUntil: null }).where(eq(checkInSchedules.id, s.id));
      break;
    case 'resume':
      if (!s) return;
      await tx.update(checkInSchedules).set({ active: true, pausedUntil: null, nextAt: nextCheckIn(s.localTime, s.days, patient.timezone, now) }).where(eq(checkInSchedules.id, s.id));
      break;
    case 'time': {
      if (!change.localTime) return;
      await setCheckIn(tx, patient.id, patient.timezone, { localTime: change.localTime, days: s?.days ?? '0123456' }, now);
      // A new time after a break keeps the break.
      if (s?.pausedUntil && s.pausedUntil > now) {
        await tx.update(checkInSchedules).set({ pausedUntil: s.pausedUntil, nextAt: nextCheckIn(change.localTime, s.days, patient.timezone, s.pausedUntil) }).where(eq(checkInSchedules.patientId, patient.id));
      }
      break;
    }
    default:
      return change.change satisfies never;
  }
  await tx.insert(auditEvents).values({
    at: now,
    actorType: 'patient',
    actorId: patient.id,
    action: `check_ins_${change.change === 'time' ? 'moved' : change.change === 'off' ? 'turned_off' : change.change === 'pause' ? 'paused' : 'resumed'}`,
    subjectType: 'patient',
    subjectId: patient.id,
    details: { localTime: change.localTime ?? null, until: change.until ?? null },
  });
}

const DAY_MS = 86_400_000;

/**
 * The questionnaire a check-in should offer instead, if one is due: the PHQ-9, then the GAD-7, when
 * the last one is `every` days old (the patient's setting, else the clinic's), or was never done
 * ("first") by a patient enrolled that long; not when it was offered in the last half of that time (a "later" is not asked again at
 * the next check-in). "phq9:due", "gad7:first" or null.
 */
export async function dueQuestionnaire(tx: Tx, svc: Services, patient: Pick<typeof patients.$inferSelect, 'id' | 'questionnaireEveryDays' | 'createdAt'>, now: Date): Promise<string | null> {
  const every = patient.questionnaireEveryDays ?? svc.config.QUESTIONNAIRE_EVERY_DAYS;
  // (A new patient settles in first: the first one is offered once they have been enrolled that long.)
  if (every <= 0 || now.getTime() - patient.createdAt.getTime() < every * DAY_MS) return null;
  for (const instrument of ['phq9', 'gad7'] as const) {
    const [done] = await tx
      .select({ at: questionnaireResponses.createdAt })
      .from(questionnaireResponses)
      .where(and(eq(questionnaireResponses.patientId, patient.id), eq(questionnaireResponses.instrument, instrument)))
      .orderBy(desc(questionnaireResponses.createdAt))
      .limit(1);
    if (done && now.getTime() - done.at.getTime() < every * DAY_MS) continue;
    const [offered] = await tx
      .select({ at: turnEvents.createdAt })
      .from(turnEvents)
      .where(and(eq(turnEvents.patientId, patient.id), eq(turnEvents.event, 'questionnaire'), like(turnEvents.detail, `${instrument}:%`)))
      .orderBy(desc(turnEvents.createdAt))
      .limit(1);
    if (offered && now.getTime() - offered.at.getTime() < (every / 2) * DAY_MS) continue;
    return `${instrument}:${done ? 'due' : 'first'}`;
  }
  return null;
}

/**
 * Whether the bot may message a patient unprompted (a check-in, a follow-up): enrolled, not talking
 * to a clinician, and, on SMS, a number that has not opted out and is not unreachable.
 */
export async function mayMessageFirst(tx: Tx, patient: typeof patients.$inferSelect): Promise<boolean> {
  if (patient.enrolment !== 'active' || patient.mode !== 'bot' || patient.mergedInto) return false;
  if (patient.lastChannel !== 'sms') return true;
  return textable(tx, patient.id);
}

/** The patient has a number that can be texted (not opted out, not unreachable). */
export async function textable(tx: Tx, patientId: string): Promise<boolean> {
  const [sms] = await tx
    .select()
    .from(channelIdentities)
    .where(and(eq(channelIdentities.patientId, patientId), eq(channelIdentities.channel, 'sms')));
  return Boolean(sms?.addressEnc && !sms.optedOutAt && !sms.blockedCode);
}

/** A patient who wrote in the web chat this recently is there now: what the bot starts goes there. */
const IN_CHAT_MS = 15 * 60_000;

/**
 * The channel for what the bot starts (a check-in, a reminder, a follow-up): by text when the patient
 * has a number that can be texted (a web patient who linked one gets check-ins by SMS), unless they
 * are in the web chat at this moment; otherwise where they last wrote.
 */
export async function unpromptedChannel(svc: Services, patient: typeof patients.$inferSelect, now: Date): Promise<Channel> {
  if (!svc.smsEnabled || !(await textable(svc.db, patient.id))) return patient.lastChannel;
  const [last] = await svc.db
    .select({ channel: messages.channel, at: messages.createdAt })
    .from(messages)
    .where(and(eq(messages.patientId, patient.id), eq(messages.direction, 'in')))
    .orderBy(desc(messages.seq))
    .limit(1);
  return last?.channel === 'web' && now.getTime() - last.at.getTime() < IN_CHAT_MS ? 'web' : 'sms';
}

/** The end of the patient's quiet hours if `now` is inside them (their own, or the clinic's default). */
export function quietEnds(svc: Services, patient: Pick<typeof patients.$inferSelect, 'quietHours' | 'timezone'>, now: Date): Date | null {
  return quietUntil(patient.quietHours ?? svc.config.QUIET_HOURS, patient.timezone, now);
}

/**
 * Starts every due check-in (one transaction each, SKIP LOCKED: once across processes) as a turn
 * event the worker runs through the graph. A check-in is never sent to a number that opted out or
 * is unreachable, to an unenrolled number, or while a clinician has the conversation; its next
 * time is set either way.
 */
export async function runDueCheckIns(svc: Services, limit = 50): Promise<number> {
  let started = 0;
  for (let i = 0; i < limit; i++) {
    const now = svc.clock.now();
    const claimed = await svc.db.transaction(async (tx) => {
      const [due] = await tx
        .select({ s: checkInSchedules, p: patients })
        .from(checkInSchedules)
        .innerJoin(patients, eq(patients.id, checkInSchedules.patientId))
        .where(and(eq(checkInSchedules.active, true), lte(checkInSchedules.nextAt, now)))
        .orderBy(asc(checkInSchedules.nextAt))
        .limit(1)
        .for('update', { of: checkInSchedules, skipLocked: true });
      if (!due) return null;
      // Paused by the patient: the first check-in after the break.
      if (due.s.pausedUntil && due.s.pausedUntil > now) {
        await tx.update(checkInSchedules).set({ nextAt: nextCheckIn(due.s.localTime, due.s.days, due.p.timezone, due.s.pausedUntil) }).where(eq(checkInSchedules.id, due.s.id));
        return { send: false, patientId: due.p.id, waits: 'paused' as const };
      }
      const send = await mayMessageFirst(tx, due.p);
      // Due inside the patient's quiet hours: this check-in waits until they end.
      const quiet = send ? quietEnds(svc, due.p, now) : null;
      if (quiet) {
        await tx.update(checkInSchedules).set({ nextAt: quiet }).where(eq(checkInSchedules.id, due.s.id));
        return { send: false, patientId: due.p.id, waits: 'quiet_hours' as const };
      }
      if (send) {
        // Every couple of weeks the check-in is the PHQ-9 or GAD-7, offered (it asks about mood too).
        const offer = await dueQuestionnaire(tx, svc, due.p, now);
        await tx.insert(turnEvents).values({ patientId: due.p.id, event: offer ? 'questionnaire' : 'checkin', detail: offer, createdAt: now });
      }
      await tx
        .update(checkInSchedules)
        .set({ nextAt: nextCheckIn(due.s.localTime, due.s.days, due.p.timezone, now), pausedUntil: null })
        .where(eq(checkInSchedules.id, due.s.id));
      return { send, patientId: due.p.id, waits: null };
    });
    if (!claimed) break;
    if (claimed.waits) svc.log.info({ patientId: claimed.patientId, reason: claimed.waits }, 'check-in postponed');
    else if (claimed.send) started += 1;
    else svc.log.info({ patientId: claimed.patientId }, 'check-in skipped: patient not reachable by automated messages');
  }
  return started;
}

/**
 * Starts every due activity follow-up ("did you manage the walk?") as a turn event, once across
 * processes (SKIP LOCKED), under the same rules as check-ins: never to a number that opted out or is
 * unreachable, to an unenrolled patient, or while a clinician has the conversation (then it is
 * dropped: the patient can still tell the bot how it went).
 */
export async function runDueFollowUps(svc: Services, limit = 50): Promise<number> {
  let started = 0;
  for (let i = 0; i < limit; i++) {
    const now = svc.clock.now();
    const claimed = await svc.db.transaction(async (tx) => {
      const [due] = await tx
        .select({ f: followUps, p: patients })
        .from(followUps)
        .innerJoin(patients, eq(patients.id, followUps.patientId))
        .where(and(isNull(followUps.sentAt), isNull(followUps.cancelledAt), lte(followUps.dueAt, now)))
        .orderBy(asc(followUps.dueAt))
        .limit(1)
        .for('update', { of: followUps, skipLocked: true });
      if (!due) return null;
      const send = await mayMessageFirst(tx, due.p);
      // "Did you manage the walk?" at 11 pm waits for the morning.
      const quiet = send ? quietEnds(svc, due.p, now) : null;
      if (quiet) {
        await tx.update(followUps).set({ dueAt: quiet }).where(eq(followUps.id, due.f.id));
        return { send: false, patientId: due.p.id, quiet: true };
      }
      if (send) await tx.insert(turnEvents).values({ patientId: due.p.id, event: 'followup', createdAt: now });
      await tx
        .update(followUps)
        .set(send ? { sentAt: now } : { cancelledAt: now })
        .where(eq(followUps.id, due.f.id));
      return { send, patientId: due.p.id, quiet: false };
    });
    if (!claimed) break;
    if (claimed.quiet) svc.log.info({ patientId: claimed.patientId }, 'activity follow-up waits for quiet hours to end');
    else if (claimed.send) started += 1;
    else svc.log.info({ patientId: claimed.patientId }, 'activity follow-up skipped: patient not reachable by automated messages');
  }
  return started;
}

/**
 * The care team asks for the PHQ-9 or GAD-7 now (an operator, or a clinician in Teams): offered to
 * the patient as a turn event, under a check-in's rules (it waits for an exercise under way to end;
 * not over the safety questions). False when the patient cannot be messaged unprompted.
 */
export async function requestQuestionnaire(tx: Tx, patient: typeof patients.$inferSelect, instrument: 'phq9' | 'gad7', now: Date): Promise<boolean> {
  if (!(await mayMessageFirst(tx, patient))) return false;
  await tx.insert(turnEvents).values({ patientId: patient.id, event: 'questionnaire', detail: `${instrument}:clinician`, createdAt: now });
  return true;
}

/** Unanswered check-ins in a row that are noted to the clinicians, once. */
export const UNANSWERED_NOTICE = 3;
/** A check-in is not reminded about once this old (the day has moved on). */
const REMIND_WITHIN_MS = 12 * 3_600_000;

/**
 * One gentle reminder for a check-in (or questionnaire offer) nobody has answered after
 * CHECK_IN_REMINDER_AFTER_H hours, then nothing: a reminder event the graph turns into a nudge only
 * if the question is still waiting. Not sent in quiet hours (skipped, not postponed), to a number
 * that cannot be messaged, or twice (the check-in's event row is claimed with SKIP LOCKED, and the
 * reminder names it). When this is the third check-in in a row without a reply, the clinicians are
 * told once (a Teams note, not an escalation).
 */
export async function runDueReminders(svc: Services, limit = 50): Promise<number> {
  const afterH = svc.config.CHECK_IN_REMINDER_AFTER_H;
  if (afterH <= 0) return 0;
  let sent = 0;
  for (let i = 0; i < limit; i++) {
    const now = svc.clock.now();
    const done = await svc.db.transaction(async (tx) => {
      const [due] = await tx
        .select({ e: turnEvents, p: patients })
        .from(turnEvents)
        .innerJoin(patients, eq(patients.id, turnEvents.patientId))
        .where(
          and(
            inArray(turnEvents.event, ['checkin', 'questionnaire']),
            isNotNull(turnEvents.processedAt),
            lte(turnEvents.createdAt, new Date(now.getTime() - afterH * 3_600_000)),
            gt(turnEvents.createdAt, new Date(now.getTime() - REMIND_WITHIN_MS)),
            sql`not exists (select 1 from ${turnEvents} r where r.event = 'reminder' and r.detail = ${turnEvents.id}::text)`,
            sql`not exists (select 1 from ${messages} m where m.patient_id = ${turnEvents.patientId} and m.direction = 'in' and m.created_at > ${turnEvents.createdAt})`,
          ),
        )
        .orderBy(asc(turnEvents.createdAt))
        .limit(1)
        .for('update', { of: turnEvents, skipLocked: true });
      if (!due) return null;
      const send = (await mayMessageFirst(tx, due.p)) && !quietEnds(svc, due.p, now);
      // A skipped reminder is written as already processed: it marks the check-in as dealt with.
      const [mine] = await tx
        .insert(turnEvents)
        .values({ patientId: due.p.id, event: 'reminder', detail: due.e.id, createdAt: now, ...(send ? {} : { processedAt: now }) })
        .onConflictDoNothing()
        .returning({ id: turnEvents.id });
      // The other instance wrote it first: nothing more to do here.
      if (!mine) return { send: false };
      await noteUnanswered(tx, due.p, now);
      return { send };
    });
    if (!done) break;
    if (done.send) sent += 1;
  }
  return sent;
}

/** The third (or later) check-in in a row without a reply, noted to the clinicians once per run of silence. */
async function noteUnanswered(tx: Tx, patient: typeof patients.$inferSelect, now: Date): Promise<void> {
  const [last] = await tx
    .select({ at: messages.createdAt })
    .from(messages)
    .where(and(eq(messages.patientId, patient.id), eq(messages.direction, 'in')))
    .orderBy(desc(messages.createdAt))
    .limit(1);
  const since = last?.at ?? new Date(0);
  const [{ n } = { n: 0 }] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(turnEvents)
    .where(
      and(
        eq(turnEvents.patientId, patient.id),
        gt(turnEvents.createdAt, since),
        // Scheduled check-ins (a questionnaire offered in their place counts; one the care team asked for does not).
        sql`(${turnEvents.event} = 'checkin' or (${turnEvents.event} = 'questionnaire' and ${turnEvents.detail} not like '%:clinician'))`,
      ),
    );
  if (n < UNANSWERED_NOTICE) return;
  const [noted] = await tx
    .select({ id: auditEvents.id })
    .from(auditEvents)
    .where(and(eq(auditEvents.subjectId, patient.id), eq(auditEvents.action, 'check_ins_unanswered_noticed'), gt(auditEvents.at, since)))
    .limit(1);
  if (noted) return;
  const recipients = await noticeRecipients(tx, now);
  await enqueue(
    tx,
    now,
    recipients.map((c) => ({ channel: 'teams' as const, destination: `teams:${c.id}`, kind: 'adherence_notice', payload: { patientId: patient.id, clinicianId: c.id, count: n, since: last?.at.toISOString() ?? null } })),
  );
  await tx.insert(auditEvents).values({
    at: now,
    actorType: 'system',
    actorId: null,
    action: 'check_ins_unanswered_noticed',
    subjectType: 'patient',
    subjectId: patient.id,
    details: { unanswered: n, notified: recipients.map((c) => c.id) },
  });
}
