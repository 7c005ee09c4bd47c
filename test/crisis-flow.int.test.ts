import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestRuntime } from './helpers.js';
import { startApp, WebPatient } from './helpers.js';

describe('crisis path through the web API', () => {
  let rt: TestRuntime;
  beforeAll(async () => {
    rt = await startApp();
  });
  afterAll(async () => {
    await rt.close();
  });

  const escalationsOf = (patientId: string) =>
    rt.svc.database.rows<{ id: string; level: string; status: string; source: string; cssrs: Record<string, boolean> | null }>(
      sql`select id, level, status, source, cssrs from escalations where patient_id = ${patientId} order by opened_at`,
    );

  it('an urgent message gets the fixed crisis reply at once, an escalation with its audit row, and the exercise stops', async () => {
    const p = await WebPatient.create(rt);
    await p.say('hi'); // now in the mood check-in, waiting for a rating
    const res = await p.send("I've decided to kill myself tonight, I have the pills ready");
    expect(res.statusCode).toBe(202);
    // Before any background work runs, the crisis reply and the escalation already exist.
    const immediate = (await p.messages()).at(-1)!;
    expect(immediate.author).toBe('system');
    expect(immediate.text).toMatch(/988/);
    expect(immediate.text).toMatch(/741741/);
    expect(immediate.text).toMatch(/911/);
    const [esc] = await escalationsOf(p.patientId);
    expect(esc).toMatchObject({ level: 'urgent', status: 'open', source: 'screen' });
    const events = await rt.svc.database.rows<{ type: string }>(sql`select type from escalation_events where escalation_id = ${esc!.id}`);
    expect(events.map((e) => e.type)).toContain('opened');

    await rt.settle();
    const hold = await p.say('5');
    expect(hold.join()).not.toMatch(/Which word fits/); // the mood check-in does not carry on
    expect(hold.join()).toMatch(/care team has been alerted/);
  });

  it('one denial never closes an urgent escalation', async () => {
    const p = await WebPatient.create(rt);
    await p.say('hi');
    await p.say('I am going to kill myself');
    await p.say("never mind, I'm fine now, I was joking");
    await p.say('no really I am ok');
    const [esc] = await escalationsOf(p.patientId);
    expect(esc?.status).not.toBe('resolved');
  });

  it('a concern starts the C-SSRS follow-up; a yes to a plan escalates as urgent with the crisis reply', async () => {
    const p = await WebPatient.create(rt);
    await p.say('hi');
    const asked = await p.say('I feel hopeless, everyone would be better off without me');
    expect(asked.join('\n')).toMatch(/few direct questions/);
    expect(asked.at(-1)).toMatch(/wished you were dead/);
    expect(await p.say('yes')).toEqual([expect.stringMatching(/actual thoughts of killing yourself/)]);
    expect(await p.say('yes')).toEqual([expect.stringMatching(/thinking about how/)]);
    expect(await p.say('no')).toEqual([expect.stringMatching(/intention of acting/)]);
    expect(await p.say('no')).toEqual([expect.stringMatching(/worked out, the details/)]);
    const plan = await p.say('yes');
    expect(plan.join('\n')).toMatch(/alerting a clinician/);
    expect(plan.join('\n')).toMatch(/988/);
    const [esc] = await escalationsOf(p.patientId);
    expect(esc).toMatchObject({ level: 'urgent', source: 'cssrs_positive' });
    expect(esc?.cssrs).toMatchObject({ wishDead: true, thoughts: true, method: false, intent: false, plan: true });
  });

  it('"not sure" to intent counts as yes', async () => {
    const p = await WebPatient.create(rt);
    await p.say('hi');
    await p.say('I feel hopeless');
    await p.say('yes');
    await p.say('yes');
    await p.say('yes');
    const intent = await p.say("I'm not sure");
    expect(intent.join()).toMatch(/alerting a clinician/);
  });

  it('all no: a gentle offer, no escalation, and a closer watch for the rest of the session', async () => {
    const p = await WebPatient.create(rt);
    await p.say('hi');
    await p.say('I feel hopeless');
    await p.say('no');
    await p.say('no');
    const offer = await p.say('no');
    expect(offer.join()).toMatch(/not easy questions/);
    const buttons = (await p.messages()).at(-1)!.quickReplies!.map((q) => q.label);
    expect(buttons).toEqual(expect.arrayContaining(['Grounding (5-4-3-2-1)', 'My safety plan', 'Crisis resources']));
    expect(await escalationsOf(p.patientId)).toHaveLength(0);

    const grounding = await p.say('Grounding (5-4-3-2-1)');
    expect(grounding.join()).toMatch(/5 things you can see/);

    // Later in the same session, another concern: a shorter re-check, and the care team sees it.
    const again = await p.say('honestly everything feels hopeless again');
    expect(again.join('\n')).toMatch(/check in with you again/);
    expect(again.at(-1)).toMatch(/actual thoughts of killing yourself/);
    const [esc] = await escalationsOf(p.patientId);
    expect(esc).toMatchObject({ level: 'concern', source: 'concern_during_watch' });
  });

  it('a new concern right at the offer after the questions gets the re-check, not the menu', async () => {
    const p = await WebPatient.create(rt);
    await p.say('hi');
    await p.say('I feel hopeless');
    await p.say('no');
    await p.say('no');
    await p.say('no');
    const again = await p.say('everything still feels hopeless and I am a burden to everyone');
    expect(again.join('\n')).toMatch(/check in with you again/);
  });

  it('a Spanish-speaking patient in Spain gets the crisis reply in Spanish, with 024 and 112', async () => {
    const p = await WebPatient.create(rt, { locale: 'es-ES' });
    const reply = await p.say('voy a matarme esta noche, ya tengo las pastillas');
    expect(reply.join()).toMatch(/024/);
    expect(reply.join()).toMatch(/112/);
    expect(reply.join()).toMatch(/Me alegra mucho que me lo hayas contado/);
  });
});
