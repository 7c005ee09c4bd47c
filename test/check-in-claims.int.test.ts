import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { runDueCheckIns, runDueReminders } from '../bot/check-ins.js';
import { ManualClock } from '../bot/clock.js';
import type { TestRuntime } from './helpers.js';
import { freshDatabase, startApp, WebPatient } from './helpers.js';

const ADMIN_TOKEN = 'claims-admin-token-0123456789';
const HOUR = 3_600_000;

/**
 * Two app instances on one database (as two replicas are), both running the schedulers at once:
 * each check-in and each reminder is started exactly once. On the PostgreSQL-server lane the two
 * instances race on real connections, so the SKIP LOCKED claims are what keeps it to once.
 */
describe('check-ins and reminders are sent once by two instances', () => {
  const running: TestRuntime[] = [];
  afterAll(async () => {
    await running[1]?.app.close();
    await running[0]?.close();
  });

  it('five patients, two instances claiming at the same time: five check-ins, five reminders, one nudge each', async () => {
    const database = await freshDatabase();
    const clock = new ManualClock(new Date('2026-11-02T08:00:00Z'));
    const shared = { ADMIN_TOKEN, SESSION_SECRET: randomBytes(32).toString('hex'), ENCRYPTION_KEY: randomBytes(32).toString('base64'), LOOKUP_KEY: randomBytes(32).toString('base64') };
    const a = await startApp(shared, { clock, database });
    running.push(a);
    const b = await startApp(shared, { clock, database });
    running.push(b);
    const patients: WebPatient[] = [];
    for (let i = 0; i < 5; i++) {
      const p = await WebPatient.create(i % 2 ? a : b, { timezone: 'UTC' });
      await p.say('hi');
      await p.say('yes'); // summaries question at enrolment
      const set = await a.app.inject({ method: 'POST', url: `/api/admin/patients/${p.patientId}/check-in`, headers: { authorization: `Bearer ${ADMIN_TOKEN}` }, payload: { time: '10:00' } });
      expect(set.statusCode).toBe(204);
      patients.push(p);
    }
    const events = async (kind: string) => (await a.svc.database.rows<{ n: number }>(sql`select count(*)::int as n from turn_events where event = ${kind}`))[0]!.n;

    clock.advance(2 * HOUR + 60_000);
    const started = await Promise.all([runDueCheckIns(a.svc), runDueCheckIns(b.svc), runDueCheckIns(a.svc), runDueCheckIns(b.svc)]);
    expect(started.reduce((x, y) => x + y, 0)).toBe(5);
    expect(await events('checkin')).toBe(5);
    await Promise.all([a.settle(), b.settle()]);

    clock.advance(3 * HOUR);
    const reminded = await Promise.all([runDueReminders(a.svc), runDueReminders(b.svc), runDueReminders(a.svc), runDueReminders(b.svc)]);
    expect(reminded.reduce((x, y) => x + y, 0)).toBe(5);
    expect(await events('reminder')).toBe(5);
    await Promise.all([a.settle(), b.settle()]);
    for (const p of patients) {
      const replies = await p.replies();
      expect(replies.filter((t) => /time for your check-in/.test(t))).toHaveLength(1);
      expect(replies.filter((t) => /gentle nudge/.test(t))).toHaveLength(1);
    }
    // Nothing more, however often the schedulers run.
    clock.advance(HOUR);
    expect(await Promise.all([runDueReminders(a.svc), runDueReminders(b.svc)])).toEqual([0, 0]);
  });
});
