import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestRuntime } from './helpers.js';
import { startApp, WebPatient } from './helpers.js';

/** Onboarding and the first mood check-in, so the conversation is at rest at the menu. */
async function onboard(p: WebPatient): Promise<void> {
  await p.say('hi');
  await p.say('yes'); // summaries question at enrolment
  await p.say('6');
  await p.say('calm');
}

describe('crisis path through the web API', () => {
  let rt: TestRuntime;
  beforeAll(async () => {
    rt = await startApp();
  });
  afterAll(async () => {
    await rt.close();
  });

  const escalationsOf = (patientId: string) =>
    rt.svc.database
      .rows<{ id: string; level: string; status: string; source: string; plain: unknown; sealed: string | null }>(
        sql`select id, level, status, source, cssrs as plain, cssrs_enc as sealed from escalations where patient_id = ${patientId} order by opened_at`,
      )
      .then((rows) =>
        rows.map(({ plain, sealed, ...e }) => {
          // The answers are health data: never in plaintext at rest, readable with the key.
          expect(plain).toBeNull();
          return { ...e, cssrs: sealed === null ? null : (JSON.parse(rt.svc.crypto.decrypt(sealed)) as Record<string, boolean>) };
        }),
      );

  it('an urgent message gets the fixed crisis reply at once, an escalation with its audit row, and the exercise stops', async () => {
    const p = await WebPatient.create(rt);
    await p.say('hi'); // now in the mood check-in, waiting for a rating
    await p.say('yes'); // summaries question at enrolment
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

    // Nobody is on call in this test: the reply says so and points to the crisis line now.
    expect(immediate.text).toMatch(/Nobody from your care team is on call right now/);
    expect(immediate.text).not.toMatch(/alerting|alerted/);
    await rt.settle();
    const hold = await p.say('5');
    expect(hold.join()).not.toMatch(/Which word fits/); // the mood check-in does not carry on
    expect(hold.join()).toMatch(/988/);
  });

  it('one denial never closes an urgent escalation', async () => {
    const p = await WebPatient.create(rt);
    await p.say('hi');
    await p.say('yes'); // summaries question at enrolment
    await p.say('I am going to kill myself');
    await p.say("never mind, I'm fine now, I was joking");
    await p.say('no really I am ok');
    const [esc] = await escalationsOf(p.patientId);
    expect(esc?.status).not.toBe('resolved');
  });

  it('a concern gets one direct question first; a yes leads to the C-SSRS, and a yes to a plan escalates as urgent with the crisis reply', async () => {
    const p = await WebPatient.create(rt);
    await p.say('hi');
    await p.say('yes'); // summaries question at enrolment
    const asked = await p.say('I feel hopeless, everyone would be better off without me');
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatch(/thoughts of not wanting to be alive/);
    const more = await p.say('yes');
    expect(more.join('\n')).toMatch(/few more direct questions/);
    expect(more.at(-1)).toMatch(/actual thoughts of killing yourself/);
    expect((await escalationsOf(p.patientId))[0]).toMatchObject({ level: 'concern' }); // the wish to be dead, confirmed
    expect(await p.say('yes')).toEqual([expect.stringMatching(/thinking about how/)]);
    expect(await p.say('no')).toEqual([expect.stringMatching(/intention of acting/)]);
    expect(await p.say('no')).toEqual([expect.stringMatching(/worked out, the details/)]);
    const plan = await p.say('yes');
    expect(plan.join('\n')).toMatch(/took courage/);
    expect(plan.join('\n')).toMatch(/988/);
    const [esc] = await escalationsOf(p.patientId);
    expect(esc).toMatchObject({ level: 'urgent' });
    expect(esc?.cssrs).toMatchObject({ wishDead: true, thoughts: true, method: false, intent: false, plan: true });
  });

  it('"not sure" to intent counts as yes', async () => {
    const p = await WebPatient.create(rt);
    await p.say('hi');
    await p.say('yes'); // summaries question at enrolment
    await p.say('I feel hopeless');
    await p.say('yes');
    await p.say('yes');
    await p.say('yes');
    const intent = await p.say("I'm not sure");
    expect(intent.join()).toMatch(/took courage/);
    expect((await escalationsOf(p.patientId))[0]).toMatchObject({ level: 'urgent' });
  });

  it('a clear no to the first question returns the patient to the menu, with no escalation and a closer watch', async () => {
    const p = await WebPatient.create(rt);
    await onboard(p);
    await p.say('I feel hopeless');
    const back = await p.say('no, nothing like that, it is just my exams');
    expect(back.join('\n')).toMatch(/glad/);
    expect(back.join('\n')).toMatch(/What would you like to do next/);
    expect(await escalationsOf(p.patientId)).toHaveLength(0);
    const grounding = await p.say('Grounding (5-4-3-2-1)');
    expect(grounding.join()).toMatch(/5 things you can see/);

    // Later in the same session, another concern: a shorter re-check, straight to the question that
    // decides safety. Nothing is passed on before the answers: a patient who says no is not reported.
    const again = await p.say('honestly everything feels hopeless again');
    expect(again.join('\n')).toMatch(/check in with you about how safe you are feeling/);
    expect(again.at(-1)).toMatch(/actual thoughts of killing yourself/);
    expect(await escalationsOf(p.patientId)).toHaveLength(0);
    await p.say('yes, sometimes');
    const [esc] = await escalationsOf(p.patientId);
    expect(esc).toBeUndefined();
    for (const a of ['no', 'no', 'no', 'no']) if ((await escalationsOf(p.patientId)).length === 0) await p.say(a);
    expect((await escalationsOf(p.patientId))[0]).toMatchObject({ level: 'concern', source: 'cssrs_ideation' });
  });

  it('all no to the questions: a gentle offer, and the offer is left cleanly whatever comes next', async () => {
    const p = await WebPatient.create(rt);
    await onboard(p);
    await p.say('I feel hopeless');
    await p.say('yes');
    await p.say('no');
    const offer = await p.say('no');
    expect(offer.join()).toMatch(/not easy questions/);
    const buttons = (await p.messages()).at(-1)!.quickReplies!.map((q) => q.label);
    expect(buttons).toEqual(expect.arrayContaining(['Grounding (5-4-3-2-1)', 'My safety plan', 'Crisis resources', 'Not now']));
    // "Not now", then anything unrecognised: never "could you answer yes or no?" with no question showing.
    const notNow = await p.say('Not now');
    expect(notNow.join()).not.toMatch(/yes or no/);
    const next = await p.say('purple elephants');
    expect(next.join()).not.toMatch(/yes or no|wished you were dead/);
    expect(next.join()).toMatch(/what I can help with/);
  });

  it('a new concern right at the offer after the questions gets the re-check, not the menu', async () => {
    const p = await WebPatient.create(rt);
    await p.say('hi');
    await p.say('yes'); // summaries question at enrolment
    await p.say('I feel hopeless');
    await p.say('yes');
    await p.say('no');
    await p.say('no');
    const again = await p.say('everything still feels hopeless and I am a burden to everyone');
    expect(again.join('\n')).toMatch(/check in with you about how safe you are feeling/);
  });

  it('a Spanish-speaking patient in Spain gets the crisis reply in Spanish, with 024 and 112', async () => {
    const p = await WebPatient.create(rt, { locale: 'es-ES' });
    const reply = await p.say('voy a matarme esta noche, ya tengo las pastillas');
    expect(reply.join()).toMatch(/024/);
    expect(reply.join()).toMatch(/112/);
    expect(reply.join()).toMatch(/Me alegra mucho que me lo hayas contado/);
  });
});
