import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, desc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../bot/clock.js';
import { auditEvents, questionnaireResponses } from '../db/schema/index.js';
import type { TestRuntime } from './helpers.js';
import { durableDatabase, startApp, WebPatient } from './helpers.js';

const ADMIN_TOKEN = 'exercises-admin-token-0123456789';

/** What the patient's clinician reads through the operator API (each read audited), and that it is encrypted at rest. */
async function recorded(rt: TestRuntime, patientId: string, instrument: string): Promise<Array<Record<string, unknown>>> {
  const res = await rt.app.inject({ method: 'GET', url: `/api/admin/patients/${patientId}/records?instrument=${instrument}`, headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
  expect(res.statusCode).toBe(200);
  const records = res.json<{ records: Array<{ instrument: string; items: Record<string, unknown> }> }>().records;
  expect(records.every((r) => r.instrument === instrument)).toBe(true);
  const stored = await rt.svc.db
    .select()
    .from(questionnaireResponses)
    .where(and(eq(questionnaireResponses.patientId, patientId), eq(questionnaireResponses.instrument, instrument)));
  expect(stored).toHaveLength(records.length);
  for (const row of stored) expect(row.itemsEnc).not.toMatch(/[{}"]/);
  const [audit] = await rt.svc.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, 'patient_records_read'), eq(auditEvents.subjectId, patientId)))
    .orderBy(desc(auditEvents.id))
    .limit(1);
  expect(audit?.details).toEqual({ instrument, count: records.length });
  return records.map((r) => r.items);
}

/**
 * A London web patient on a durable database, onboarded; `patient()` talks to the current app
 * instance, `restart()` replaces it with a new one over the same data, `app()` is the current one.
 */
async function durablePatient(clock: ManualClock, run: (h: { patient: () => WebPatient; restart: () => Promise<void>; app: () => TestRuntime; id: string }) => Promise<void>) {
  const dataDir = mkdtempSync(join(tmpdir(), 'cbt-exercises-'));
  const durable = await durableDatabase(dataDir);
  const open = async () => startApp({ ADMIN_TOKEN }, { dataDir, database: await durable.open(), clock });
  let rt = await open();
  try {
    const first = await WebPatient.create(rt, { locale: 'en-GB', timezone: 'Europe/London' });
    await first.say('hi');
    await first.say('yes'); // summaries question at enrolment
    await first.say('5');
    await first.say('ok');
    await run({
      patient: () => new WebPatient(rt, first.token, first.patientId),
      restart: async () => {
        await rt.close();
        rt = await open();
      },
      app: () => rt,
      id: first.patientId,
    });
  } finally {
    await rt.close();
    await durable.cleanup();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

// Each exercise walked end to end over the web API on one durable database: asked for in the
// patient's words, left half-way with "menu" and picked up again, interrupted by a restart of the
// service between two answers, finished, recorded, and its mood asked at the end.
describe('the exercises over HTTP, across a restart', () => {
  it('thought record, problem solving and worry time: paused, restarted, resumed, finished and recorded', async () => {
    // A Wednesday morning in London.
    await durablePatient(new ManualClock('2026-03-04T10:00:00Z'), async ({ patient, restart, app, id }) => {

      // Thought record: left with "menu" after two answers, restarted, carried on.
      expect((await patient().say('can we do a thought record? my therapist said they help')).join('\n')).toMatch(/What was the situation\?/);
      await patient().say('My manager moved our 1:1 to next week');
      await patient().say("She's getting ready to let me go");
      expect((await patient().say('menu')).join('\n')).toMatch(/I've kept your answers/);
      await restart();
      expect((await patient().say('thought record')).join('\n')).toMatch(/You started "Thought record" earlier/);
      expect((await patient().say('carry on')).join('\n')).toMatch(/What did you feel/);
      await patient().say('dread 85, sad 40');
      await patient().say('She cancelled once before too');
      await restart();
      await patient().say('She said my last project went well');
      await patient().say('2, 4');
      await patient().say('Meetings move all the time, and there is no sign she is unhappy with me');
      const rerated = (await patient().say('dread 40, sad 20')).join('\n');
      expect(rerated).toMatch(/Balanced thought: Meetings move all the time/);
      expect(rerated).toMatch(/how is your mood now/);
      await patient().say('6');
      expect(await recorded(app(), id, 'thought_record')).toEqual([
        expect.objectContaining({ situation: 'My manager moved our 1:1 to next week', thought: "She's getting ready to let me go", traps: ['catastrophising', 'fortune_telling'] }),
      ]);

      // Problem solving: a restart between the options and the pros and cons.
      expect((await patient().say("help me sort out a problem, my landlord wants to raise the rent by 20% next month")).join('\n')).toMatch(/landlord/);
      await patient().say('yes');
      await patient().say('Negotiate\nMove back home for a while\ndone');
      await restart();
      await patient().say('Keeps my flat');
      await patient().say('He could refuse');
      await patient().say('Saves money');
      await patient().say('I would miss my friends');
      expect((await patient().say('1')).join('\n')).toMatch(/Let's go with "Negotiate"/);
      await patient().say('Write down what I can afford');
      const planned = (await patient().say('thursday after work')).join('\n');
      expect(planned).toMatch(/First step: Write down what I can afford/);
      await patient().say('skip');
      expect(await recorded(app(), id, 'problem_solving')).toEqual([expect.objectContaining({ chosen: 'Negotiate', options: ['Negotiate', 'Move back home for a while'] })]);

      // Worry time: asked for in other words, a restart before parking the worry.
      // Told as a statement, it is heard first, with worry time offered first.
      await patient().say("i can't stop worrying about money all day");
      expect((await patient().messages()).at(-1)?.quickReplies?.[0]?.label).toBe('Worry time');
      const worry = (await patient().say('worry time')).join('\n');
      expect(worry).toMatch(/When could your 15 to 20 minutes of worry time be/);
      await patient().say('6pm for 20 minutes');
      await restart();
      const parked = (await patient().say('whether I can pay the gas bill')).join('\n');
      expect(parked).toMatch(/18:00/);
      expect(await recorded(app(), id, 'worry_time')).toEqual([expect.objectContaining({ slot: '18:00', minutes: 20, postponedWorry: 'whether I can pay the gas bill' })]);
    });
  });

  it('safety plan, grounding and breathing: a restart between answers, the plan left and carried on, each finished', async () => {
    await durablePatient(new ManualClock(), async ({ patient, restart, app, id }) => {

      expect((await patient().say('can we write my safety plan')).join('\n')).toMatch(/1\/6\./);
      await patient().say('not sleeping and cancelling plans with friends');
      await restart();
      expect((await patient().say('a walk and loud music')).join('\n')).toMatch(/3\/6\./);
      expect((await patient().say('menu')).join('\n')).toMatch(/I've kept your answers/);
      await patient().say('my safety plan');
      expect((await patient().say('carry on')).join('\n')).toMatch(/3\/6\./);
      await patient().say("the park and my sister's house");
      await patient().say('Sam, my sister');
      await patient().say('my GP');
      const plan = (await patient().say('keep my phone charged and stay with Sam')).join('\n');
      expect(plan).toMatch(/a walk and loud music/);
      expect(plan).toMatch(/keep my phone charged and stay with Sam/);
      expect(await recorded(app(), id, 'safety_plan')).toHaveLength(1);

      expect((await patient().say('grounding please')).join('\n')).toMatch(/Name 5 things you can see/);
      await patient().say('lamp, desk, cup, door, window');
      await restart();
      expect((await patient().say('chair, floor, shirt, keys')).join('\n')).toMatch(/3 things you can hear/);
      await patient().say('fan, traffic, music');
      await patient().say('coffee, soap');
      await patient().say('toast');
      expect((await patient().say('calmer')).join('\n')).toMatch(/how is your mood now/);
      await patient().say('7');

      expect((await patient().say('breathing')).join('\n')).toMatch(/box breathing/);
      await restart();
      expect((await patient().say('done')).join('\n')).toMatch(/How do you feel now\?/);
      expect((await patient().say('a bit better')).join('\n')).toMatch(/how is your mood now/);
      await patient().say('8');
      expect((await recorded(app(), id, 'exercise_mood')).map((m) => m.exercise)).toEqual(['breathing', 'grounding']) // newest first;
    });
  });
});
