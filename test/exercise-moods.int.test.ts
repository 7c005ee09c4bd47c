import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../bot/clock.js';
import { questionnaireResponses } from '../db/schema/index.js';
import type { TestRuntime } from './helpers.js';
import { startApp, WebPatient } from './helpers.js';

// Mood before and after each exercise, and "what should I do?" answered from this patient's own ratings.
describe('what helps this patient', () => {
  let rt: TestRuntime;
  const clock = new ManualClock('2026-03-02T15:00:00Z');
  beforeAll(async () => {
    rt = await startApp({}, { clock });
  });
  afterAll(async () => {
    await rt.close();
  });

  async function breathe(p: WebPatient, answer: string) {
    await p.say('breathing');
    await p.say('ok');
    return p.say(answer);
  }

  it('asks the mood when an exercise ends, recorded, and suggests first what raised it (at least twice)', async () => {
    const p = await WebPatient.create(rt);
    await p.say('hi');
    await p.say('yes'); // summaries question at enrolment
    await p.say('5');
    await p.say('ok');
    expect((await p.say('what should I do?')).join('\n')).toMatch(/I don't know yet what helps you most/);
    clock.advance(3 * 3_600_000); // the check-in's rating is no longer "before"

    // No recent rating: both are asked at the end, in one answer.
    const ended = await breathe(p, 'a bit calmer');
    expect(ended.at(-1)).toMatch(/how was your mood before we started, and how is it now\?/);
    expect((await p.say('a bit better')).join('\n')).toMatch(/as a number from 0 to 10/i);
    expect((await p.say('4 and 6'))[0]).toMatch(/^From 4 to 6 after the breathing exercise\./);
    expect((await p.say('what should I do?')).join('\n')).toMatch(/From your ratings so far: the breathing exercise \(4 to 6\)/);

    // A rating this recent is the mood before: only "now" is asked.
    const again = await breathe(p, 'calmer');
    expect(again.at(-1)).toMatch(/how is your mood now, from 0/);
    expect((await p.say('8'))[0]).toMatch(/^From 6 to 8 after the breathing exercise\./);

    await p.say('grounding');
    for (const answer of ['lamp desk cup door window', 'chair floor shirt keys', 'fan traffic music', 'coffee soap', 'toast']) await p.say(answer);
    const grounded = await p.say('the same really');
    expect(grounded.at(-1)).toMatch(/how is your mood now/);
    expect((await p.say('8'))[0]).toMatch(/^Steady at 8/);

    const helps = (await p.say('what helps me?')).join('\n');
    expect(helps).toMatch(/these have helped you most: the breathing exercise \(mood up 2 on average, 2 times\)/);
    expect(helps).not.toMatch(/grounding \(mood up/);

    const rows = await rt.svc.db
      .select()
      .from(questionnaireResponses)
      .where(and(eq(questionnaireResponses.patientId, p.patientId), eq(questionnaireResponses.instrument, 'exercise_mood')));
    expect(rows.map((r) => JSON.parse(rt.svc.crypto.decrypt(r.itemsEnc)) as unknown)).toEqual([
      { exercise: 'breathing', before: 4, after: 6 },
      { exercise: 'breathing', before: 6, after: 8 },
      { exercise: 'grounding', before: 8, after: 8 },
    ]);
  });

  it('a request right after an exercise goes where it asks instead of being read as a mood', async () => {
    const p = await WebPatient.create(rt);
    await p.say('hi');
    await p.say('yes'); // summaries question at enrolment
    await p.say('5');
    await p.say('ok');
    await breathe(p, 'better');
    expect((await p.say('thought record')).join('\n')).toMatch(/situation/i);
  });
});
