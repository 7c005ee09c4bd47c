import { and, asc, eq, lte } from 'drizzle-orm';
import type { Tx } from '../db/client.js';
import { channelIdentities, checkInSchedules, patients, turnEvents } from '../db/schema/index.js';
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
      const [sms] = await tx
        .select()
        .from(channelIdentities)
        .where(and(eq(channelIdentities.patientId, due.p.id), eq(channelIdentities.channel, 'sms')));
      const reachable = due.p.lastChannel !== 'sms' || (sms && !sms.optedOutAt && !sms.blockedCode);
      const send = reachable && due.p.enrolment === 'active' && due.p.mode === 'bot';
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
