import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../bot/clock.js';
import type { TestRuntime } from './helpers.js';
import { startApp, WebPatient } from './helpers.js';

const ADMIN_TOKEN = 'check-ins-admin-token-0123456789';
const HOUR = 3_600_000;
const CHECK_IN = /time for your check-in|hora de tu registro/i;

async function world(start: string, overrides: Record<string, string> = {}) {
  const clock = new ManualClock(new Date(start));
  const rt = await startApp({ ADMIN_TOKEN, ...overrides }, { clock });
  const admin = (method: 'GET' | 'POST', url: string, payload?: object) =>
    rt.app.inject({ method, url, headers: { authorization: `Bearer ${ADMIN_TOKEN}` }, ...(payload ? { payload } : {}) });
  return { rt, clock, admin };
}

/** Moves the clock an hour at a time, running what is due, and returns when each check-in arrived (UTC ISO). */
async function hours(rt: TestRuntime, clock: ManualClock, p: WebPatient, n: number): Promise<string[]> {
  const arrived: string[] = [];
  for (let i = 0; i < n; i++) {
    clock.advance(HOUR);
    const before = (await p.replies()).length;
    await rt.settle();
    if ((await p.replies()).slice(before).some((r) => CHECK_IN.test(r))) arrived.push(clock.now().toISOString());
  }
  return arrived;
}

describe('check-ins that respect the patient', () => {
  let rt: TestRuntime;
  afterEach(async () => {
    await rt?.close();
  });

  it('a check-in due in quiet hours waits until they end, at the same local time either side of a DST change', async () => {
    // Chicago: CDT (UTC−5) until 2 am on Sunday 1 November 2026, then CST (UTC−6).
    const w = await world('2026-10-30T17:00:00Z');
    rt = w.rt;
    const p = await WebPatient.create(rt, { locale: 'en-US', timezone: 'America/Chicago' });
    await p.say('hi');
    await p.say('yes'); // summaries question at enrolment
    expect((await w.admin('POST', `/api/admin/patients/${p.patientId}/check-in`, { time: '07:00' })).statusCode).toBe(204);
    const arrived = await hours(rt, w.clock, p, 4 * 24);
    // 08:00 local each day (the default quiet hours are 21:00–08:00), never 07:00.
    expect(arrived).toEqual(['2026-10-31T13:00:00.000Z', '2026-11-01T14:00:00.000Z', '2026-11-02T14:00:00.000Z', '2026-11-03T14:00:00.000Z']);

    // A clinic can give a patient their own quiet hours: 06:30 is outside 23:00–06:00.
    expect((await w.admin('POST', `/api/admin/patients/${p.patientId}/check-in`, { time: '06:00', quietHours: '23:00-05:00' })).statusCode).toBe(204);
    expect(await hours(rt, w.clock, p, 24)).toEqual(['2026-11-04T12:00:00.000Z']);
    const bad = await w.admin('POST', `/api/admin/patients/${p.patientId}/check-in`, { time: '06:00', quietHours: '11pm-6am' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { code: string } }>().error.code).toBe('invalid_request');
  });

  it('an activity follow-up due late at night is asked the next morning', async () => {
    const w = await world('2026-03-04T15:00:00Z');
    rt = w.rt;
    const p = await WebPatient.create(rt, { locale: 'en-US', timezone: 'America/New_York' });
    await p.say('hi');
    await p.say('yes'); // summaries question at enrolment
    await p.say('5');
    await p.say('ok');
    await p.say('can we plan an activity?');
    await p.say('connection');
    await p.say('call my brother');
    await p.say('tonight at 10:30pm');
    expect((await p.say('8, nothing really')).join('\n')).toMatch(/10:30/);
    w.clock.set('2026-03-05T03:45:00Z'); // 22:45 in New York: quiet
    await rt.settle();
    expect((await p.replies()).join('\n')).not.toMatch(/did you (manage|get to)|how did .* go/i);
    w.clock.set('2026-03-05T13:05:00Z'); // 08:05
    await rt.settle();
    expect((await p.replies()).slice(-2).join('\n')).toMatch(/call my brother/i);
  });

  it('a patient pauses, moves, turns off and restarts check-ins in their own words, and is told the truth each time', async () => {
    const w = await world('2026-11-09T15:00:00Z'); // Monday 09:00 in Chicago
    rt = w.rt;
    const p = await WebPatient.create(rt, { locale: 'en-US', timezone: 'America/Chicago' });
    await p.say('hi');
    await p.say('yes'); // summaries question at enrolment
    await p.say('6');
    await p.say('calm');
    // No schedule yet: said so, nothing paused.
    expect((await p.say('will you keep messaging me?')).join('\n')).toMatch(/don't have daily check-ins set up/);
    expect((await p.say('check in with me every day at 6pm')).join('\n')).toMatch(/every day at 6:00 PM\. The next one is today 6:00 PM/);
    expect((await p.say('when do you check in?')).join('\n')).toMatch(/I check in every day at 6:00 PM\. The next one is today 6:00 PM/);

    expect((await p.say('pause the check ins for 3 days please')).join('\n')).toMatch(/no check-ins until Thursday\. After that I'll check in at 6:00 PM again/);
    expect(await hours(rt, w.clock, p, 3 * 24)).toEqual([]);
    expect(await hours(rt, w.clock, p, 24)).toEqual(['2026-11-13T00:00:00.000Z']); // Thursday 18:00 CST

    expect((await p.say('can you check in at 7:30pm instead')).join('\n')).toMatch(/I'll check in at 7:30 PM from now on/);
    // Inside the quiet hours: refused plainly, the time kept.
    expect((await p.say('actually check in at 11pm')).join('\n')).toMatch(/11:00 PM is inside your quiet hours \(9:00 PM to 8:00 AM\)/);
    // (Due at 19:30 CST, 01:30 UTC; the clock here moves an hour at a time.)
    expect(await hours(rt, w.clock, p, 24)).toEqual(['2026-11-14T02:00:00.000Z']);

    expect((await p.say('no more check-ins please')).join('\n')).toMatch(/check-ins are off: I won't message you unprompted/);
    expect(await hours(rt, w.clock, p, 48)).toEqual([]);
    expect((await p.say('will you still text me?')).join('\n')).toMatch(/Check-ins are off/);
    expect((await p.say('start the check-ins again')).join('\n')).toMatch(/back on\. The next one is today 7:30 PM/);
    expect((await hours(rt, w.clock, p, 24)).length).toBe(1);

    const actions = await rt.svc.database.rows<{ action: string; actor_type: string }>(sql`select action, actor_type from audit_events where subject_id = ${p.patientId} and action like 'check_ins_%' order by id`);
    expect(actions.map((a) => a.action)).toEqual(['check_ins_moved', 'check_ins_paused', 'check_ins_moved', 'check_ins_turned_off', 'check_ins_resumed']);
    expect(actions.every((a) => a.actor_type === 'patient')).toBe(true);
  });

  it('every two weeks a check-in offers the PHQ-9 or GAD-7 instead; "later" is not asked again the next day; a done one waits two weeks', async () => {
    // The patient's enrolment is stamped by the database's own clock, so start near now — but at a fixed
    // time of day (the next 13:00 UTC), so that the daily noon check-in is never due inside the quiet hours
    // (a run started at 21:03 UTC once waited for 08:00 and failed).
    const start = new Date();
    if (start.getUTCHours() >= 13) start.setUTCDate(start.getUTCDate() + 1);
    start.setUTCHours(13, 0, 0, 0);
    const w = await world(start.toISOString(), { WEB_SESSION_TTL_S: String(365 * 86_400) });
    rt = w.rt;
    const p = await WebPatient.create(rt, { locale: 'en-US', timezone: 'UTC' });
    await p.say('hi');
    await p.say('yes'); // summaries question at enrolment
    expect((await w.admin('POST', `/api/admin/patients/${p.patientId}/check-in`, { time: '12:00' })).statusCode).toBe(204);
    const checkIn = async (days: number) => {
      w.clock.advance(days * 86_400_000);
      const before = (await p.replies()).length;
      await rt.settle();
      return (await p.replies()).slice(before).join('\n');
    };
    // New patients settle in first: plain check-ins.
    expect(await checkIn(1)).toMatch(CHECK_IN);
    await p.say('6');
    await p.say('ok');
    expect(await checkIn(14)).toMatch(/Your care team uses a short questionnaire, the PHQ-9, .* Shall we do it now\?/);
    expect((await p.say('later')).join('\n')).toMatch(/Whenever you're ready, just say "PHQ-9"/);
    expect(await checkIn(1)).toMatch(/the GAD-7/);
    expect((await p.say('Yes, now')).join('\n')).toMatch(/1\/7\. Feeling nervous/);
    for (const a of ['0', '1', '0', '0', '1', '0', '0', 'not difficult at all']) await p.say(a);
    // Neither again for now: the PHQ-9 was offered a day ago, the GAD-7 is done.
    expect(await checkIn(1)).toMatch(CHECK_IN);
    await p.say('7');
    await p.say('good');
    expect(await checkIn(7)).toMatch(/the PHQ-9/);
    // A clinic can turn the offers off for a patient.
    expect((await w.admin('POST', `/api/admin/patients/${p.patientId}/check-in`, { time: '12:00', questionnaireEveryDays: 0 })).statusCode).toBe(204);
    await p.say('no thanks');
    expect(await checkIn(30)).toMatch(CHECK_IN);
  });

  it('the care team asks for a questionnaire: offered now, or when the exercise under way ends', async () => {
    const w = await world('2026-11-09T15:00:00Z');
    rt = w.rt;
    const p = await WebPatient.create(rt, { locale: 'en-US', timezone: 'America/Chicago' });
    await p.say('hi');
    await p.say('yes'); // summaries question at enrolment
    await p.say('5');
    await p.say('meh');
    const asked = await w.admin('POST', `/api/admin/patients/${p.patientId}/questionnaires`, { instrument: 'phq9' });
    expect(asked.statusCode).toBe(202);
    await rt.settle();
    expect((await p.replies()).at(-1)).toMatch(/^Your care team asked if you'd fill in the PHQ-9: .* Shall we do it now\?/);
    expect((await p.say('ok')).join('\n')).toMatch(/1\/9\. Little interest/);
    await p.say('menu');

    await p.say('can we do box breathing');
    expect((await w.admin('POST', `/api/admin/patients/${p.patientId}/questionnaires`, { instrument: 'gad7' })).statusCode).toBe(202);
    const before = (await p.replies()).length;
    await rt.settle();
    expect((await p.replies()).slice(before)).toEqual([]);
    const after = [...(await p.say('done')), ...(await p.say('a bit calmer'))];
    expect(after.join('\n')).toMatch(/asked if you'd fill in the GAD-7/);
    expect((await p.say('not now')).join('\n')).toMatch(/just say "GAD-7"/);

    expect((await w.admin('POST', `/api/admin/patients/${p.patientId}/questionnaires`, { instrument: 'bdi' })).json<{ error: { code: string } }>().error.code).toBe('invalid_request');
    expect((await w.admin('POST', '/api/admin/patients/00000000-0000-4000-8000-000000000000/questionnaires', { instrument: 'phq9' })).statusCode).toBe(404);
    const audited = await rt.svc.database.rows<{ action: string }>(sql`select action from audit_events where subject_id = ${p.patientId} and action = 'questionnaire_requested'`);
    expect(audited).toHaveLength(2);
  });

  it('in Spanish, and in the middle of an exercise', async () => {
    const w = await world('2026-11-09T15:00:00Z');
    rt = w.rt;
    const p = await WebPatient.create(rt, { locale: 'es-MX', timezone: 'America/Mexico_City' });
    await p.say('hola');
    await p.say('sí'); // summaries question at enrolment
    await p.say('5');
    await p.say('tranquila');
    expect((await w.admin('POST', `/api/admin/patients/${p.patientId}/check-in`, { time: '18:00' })).statusCode).toBe(204);
    await p.say('quiero hacer un registro de pensamientos');
    const paused = (await p.say('oye pausa los recordatorios una semana porfa')).join('\n');
    expect(paused).toMatch(/no te escribiré hasta el lunes 16 de noviembre\. Después volveré a escribirte a las 6:00 p\.m\. Puedes/);
    expect(await hours(rt, w.clock, p, 6 * 24)).toEqual([]);
    expect((await p.say('mejor escríbeme a las 8 de la noche')).join('\n')).toMatch(/te escribiré a las 8:00 p\.m\. a partir de ahora/);
  });
});
