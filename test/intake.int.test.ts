import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../bot/clock.js';
import type { TestRuntime } from './helpers.js';
import { startApp, WebPatient } from './helpers.js';

const ADMIN_TOKEN = 'intake-admin-token-0123456789abcdef';

async function world() {
  const clock = new ManualClock(new Date('2026-04-14T15:00:00Z'));
  const rt = await startApp({ ADMIN_TOKEN }, { clock });
  const admin = (url: string) => rt.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
  return { rt, clock, admin };
}

describe('the intake on enrolment', () => {
  let rt: TestRuntime;
  afterEach(async () => {
    await rt?.close();
  });

  it('asks consent, a first mood, then what to call them, what they want help with, goals and a check-in time; the clinician sees it', async () => {
    const w = await world();
    rt = w.rt;
    const p = await WebPatient.create(rt, { locale: 'en-US', timezone: 'America/Denver' });
    const hello = (await p.say('hi')).join('\n');
    expect(hello).toMatch(/not an emergency service/);
    expect(hello).toMatch(/may I give your care team a short summary/);
    expect((await p.say('yes that is fine')).join('\n')).toMatch(/from 0 \(very low\) to 10/);
    await p.say('6');
    expect((await p.say('calm')).join('\n')).toMatch(/three quick things/);
    expect((await p.say('sure')).join('\n')).toMatch(/What would you like me to call you/);
    expect((await p.say('you can call me sam')).join('\n')).toMatch(/Thanks, Sam\. What would you most like help with/);
    expect((await p.say('I worry about work all evening and then I can’t sleep')).join('\n')).toMatch(/one or two goals/);
    expect((await p.say('be asleep by midnight on weeknights, and go for a walk at lunch')).join('\n')).toMatch(/check in each day/);
    const done = (await p.say('7pm please')).join('\n');
    expect(done).toMatch(/every day at 7:00 PM/);
    expect(done).toMatch(/Thank you, Sam/);

    const schedule = await w.admin(`/api/admin/patients/${p.patientId}/check-in`);
    expect(schedule.json()).toMatchObject({ checkIn: { time: '19:00', active: true } });
    const summary = (await w.admin(`/api/admin/patients/${p.patientId}/summary`)).json<{ text: string; shared: boolean; intake: Record<string, unknown> }>();
    expect(summary.shared).toBe(true);
    expect(summary.text).toMatch(/Summaries: agreed by the patient on 2026-04-14/);
    expect(summary.text).toMatch(/Intake \(2026-04-14\): goes by "Sam"; wants help with "I worry about work all evening.*"; goals "be asleep by midnight.*"; chose a daily check-in at 19:00\./);
    expect(summary.intake).toMatchObject({ preferredName: 'Sam', checkInTime: '19:00', declined: false });
    const audit = (await w.admin(`/api/admin/audit?subjectId=${p.patientId}`)).json<{ events: Array<{ action: string; actorType: string }> }>();
    expect(audit.events).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'summaries_agreed', actorType: 'patient' })]));
  });

  it('a patient who says no to summaries: the draft keeps only the safety events', async () => {
    const w = await world();
    rt = w.rt;
    const p = await WebPatient.create(rt, { locale: 'en-GB' });
    await p.say('hello');
    expect((await p.say('no')).join('\n')).toMatch(/Okay, no summaries\. Anything about your safety still goes to your care team/);
    await p.say('3');
    await p.say('sad');
    // Put off: the menu reads what they asked for instead.
    expect((await p.say('can we do the breathing one')).join('\n')).toMatch(/breath/i);
    const summary = (await w.admin(`/api/admin/patients/${p.patientId}/summary`)).json<{ text: string; shared: boolean; facts: Record<string, unknown> }>();
    expect(summary.shared).toBe(false);
    expect(summary.text).toMatch(/chose not to have summaries shared/);
    expect(summary.text).toMatch(/Screening: no message screened as a risk/);
    expect(summary.text).not.toMatch(/Mood \(0–10\)|Homework|Intake/);
    expect(summary.facts).not.toHaveProperty('mood');
  });

  it('"not now" puts the intake off, and the clinician reads that; Spanish asks the same in Spanish', async () => {
    const w = await world();
    rt = w.rt;
    const p = await WebPatient.create(rt, { locale: 'en-US' });
    await p.say('hi');
    await p.say('ok sounds good');
    await p.say('5');
    await p.say('tired');
    expect((await p.say('not now')).join('\n')).toMatch(/No problem\.[\s\S]*What would you like to do next/);
    expect((await w.admin(`/api/admin/patients/${p.patientId}/summary`)).json<{ text: string }>().text).toMatch(/Intake: put off by the patient/);
    // Consent changed later, in words: the draft follows it.
    expect((await p.say('no summaries please')).join('\n')).toMatch(/Done: no summaries/);
    expect((await w.admin(`/api/admin/patients/${p.patientId}/summary`)).json<{ shared: boolean }>().shared).toBe(false);
    expect((await p.say('share summaries')).join('\n')).toMatch(/your care team will get a short summary/);
    expect((await w.admin(`/api/admin/patients/${p.patientId}/summary`)).json<{ shared: boolean }>().shared).toBe(true);

    const es = await WebPatient.create(rt, { locale: 'es-MX' });
    expect((await es.say('hola')).join('\n')).toMatch(/¿puedo darle a tu equipo de atención un breve resumen/);
    expect((await es.say('sí, claro')).join('\n')).toMatch(/de 0 \(muy bajo\) a 10/);
    await es.say('4');
    expect((await es.say('triste')).join('\n')).toMatch(/tres preguntas rápidas/);
    expect((await es.say('claro')).join('\n')).toMatch(/Cómo quieres que te llame/);
    expect((await es.say('me llamo lucía')).join('\n')).toMatch(/Gracias, Lucía/);
  });
});
