import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { questionnaireResponses } from '../db/schema/index.js';
import type { TestRuntime } from './helpers.js';
import { durableDatabase, startApp, WebPatient } from './helpers.js';

async function recorded(rt: TestRuntime, patientId: string, instrument: string): Promise<unknown[]> {
  const rows = await rt.svc.db
    .select()
    .from(questionnaireResponses)
    .where(and(eq(questionnaireResponses.patientId, patientId), eq(questionnaireResponses.instrument, instrument)));
  return rows.map((r) => JSON.parse(rt.svc.crypto.decrypt(r.itemsEnc)) as unknown);
}

// The sleep wind-down and spotting thinking traps, walked end to end over the web API: started in
// the patient's words, paused by a restart and by leaving, picked up again, finished and recorded.
describe('sleep wind-down and spotting thinking traps over HTTP', () => {
  it('a wind-down for tonight survives a restart mid-way and says tonight\'s plan back', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cbt-winddown-'));
    try {
      const durable = await durableDatabase(dataDir);
      const open = async () => startApp({}, { dataDir, database: await durable.open() });
      const first = await open();
      const p = await WebPatient.create(first, { locale: 'en-GB' });
      await p.say('hi');
      await p.say('yes'); // summaries question at enrolment
      await p.say('5');
      await p.say('tired');
      const sleep = (await p.say("i can't sleep")).join('\n');
      expect(sleep).toMatch(/Source: /);
      expect((await p.messages()).at(-1)?.quickReplies?.map((q) => q.label)).toContain('Bedtime wind-down routine');
      expect((await p.say('Bedtime wind-down routine')).join('\n')).toMatch(/What time would you like to be in bed tonight/);
      expect((await p.say('11')).join('\n')).toMatch(/what time will you get up/);
      await first.close();

      const second = await open();
      const q = new WebPatient(second, p.token, p.patientId);
      expect((await q.say('7am')).join('\n')).toMatch(/Pick two or three things/);
      expect((await q.say('1, 5 and a cup of chamomile')).join('\n')).toMatch(/keep the bed for sleep/);
      const plan = (await q.say('yes')).join('\n');
      expect(plan).toMatch(/From 22:00: dim the lights; write tomorrow's to-do list or worries down; a cup of chamomile\./);
      expect(plan).toMatch(/In bed at 23:00, up at 07:00, days off too\./);
      expect(await recorded(second, p.patientId, 'sleep_wind_down')).toEqual([
        { bedtime: '23:00', waketime: '07:00', routine: ['dim the lights', "write tomorrow's to-do list or worries down", 'a cup of chamomile'], willTry: true },
      ]);
      await second.close();
      await durable.cleanup();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('spotting thinking traps: left half-way, picked up, a restart, unsure gets the likeliest, then its question and a fairer thought', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cbt-traps-'));
    const durable = await durableDatabase(dataDir);
    const open = async () => startApp({}, { dataDir, database: await durable.open() });
    let rt = await open();
    try {
      let p = await WebPatient.create(rt, { locale: 'en-US' });
      await p.say('hi');
      await p.say('yes'); // summaries question at enrolment
      await p.say('5');
      await p.say('ok');
      expect((await p.say('can we spot the thinking traps in a thought?')).join('\n')).toMatch(/What is the thought\?/);
      expect((await p.say("I'm such an idiot, I always mess things up at work")).join('\n')).toMatch(/1\. All-or-nothing: seeing things in black and white/);
      expect((await p.say('menu')).join('\n')).toMatch(/I've kept your answers/);
      expect((await p.say('spot thinking traps')).join('\n')).toMatch(/You started "Spot thinking traps" earlier/);
      const resumed = (await p.say('carry on')).join('\n');
      expect(resumed).toMatch(/carry on with the thought: I'm such an idiot, I always mess things up at work/);
      await rt.close();
      rt = await open();
      p = new WebPatient(rt, p.token, p.patientId);
      const suggested = (await p.say('not sure')).join('\n');
      expect(suggested).toMatch(/Labeling: calling yourself a name/); // en-US spelling
      expect(suggested).toMatch(/Overgeneralizing/);
      expect((await p.say('yes')).join('\n')).toMatch(/A question for "Labeling": What did you actually do/);
      expect((await p.say('I sent the report with one wrong figure')).join('\n')).toMatch(/a fairer way to put the thought/);
      const done = (await p.say('I made one mistake in a report, and most of my work is fine')).join('\n');
      expect(done).toMatch(/Thinking traps: Labeling, Overgeneralizing/);
      expect(done).toMatch(/A fairer version: I made one mistake in a report/);
      expect(done).toMatch(/how is your mood now/);
      expect(await recorded(rt, p.patientId, 'thinking_traps')).toEqual([
        {
          thought: "I'm such an idiot, I always mess things up at work",
          traps: ['labelling', 'overgeneralising'],
          answer: 'I sent the report with one wrong figure',
          fairer: 'I made one mistake in a report, and most of my work is fine',
        },
      ]);
    } finally {
      await rt.close();
      await durable.cleanup();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
