import { and, asc, eq, isNull, lte } from 'drizzle-orm';
import type { Tx } from '../db/client.js';
import { channelIdentities, checkInSchedules, followUps, patients, turnEvents } from '../db/schema/index.js';
import { nextCheckIn } from '../graph/check-in-time.js';
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

/**
 * Whether the bot may message a patient unprompted (a check-in, a follow-up): enrolled, not talking
 * to a clinician, and, on SMS, a number that has not opted out and is not unreachable.
 */
async function mayMessageFirst(tx: Tx, patient: typeof patients.$inferSelect): Promise<boolean> {
  if (patient.enrolment !== 'active' || patient.mode !== 'bot') return false;
  if (patient.lastChannel !== 'sms') return true;
  const [sms] = await tx
    .select()
    .from(channelIdentities)
    .where(and(eq(channelIdentities.patientId, patient.id), eq(channelIdentities.channel, 'sms')));
  return Boolean(sms && !sms.optedOutAt && !sms.blockedCode);
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
      const send = await mayMessageFirst(tx, due.p);
      if (send) await tx.insert(turnEvents).values({ patientId: due.p.id, event: 'checkin', createdAt: now });
      await tx
        .update(checkInSchedules)
        .set({ nextAt: nextCheckIn(due.s.localTime, due.s.days, due.p.timezone, now) })
        .where(eq(checkInSchedules.id, due.s.id));
      return { send, patientId: due.p.id };
    });
    if (!claimed) break;
    if (claimed.send) started += 1;
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
      if (send) await tx.insert(turnEvents).values({ patientId: due.p.id, event: 'followup', createdAt: now });
      await tx
        .update(followUps)
        .set(send ? { sentAt: now } : { cancelledAt: now })
        .where(eq(followUps.id, due.f.id));
      return { send, patientId: due.p.id };
    });
    if (!claimed) break;
    if (claimed.send) started += 1;
    else svc.log.info({ patientId: claimed.patientId }, 'activity follow-up skipped: patient not reachable by automated messages');
  }
  return started;
}
