import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../bot/clock.js';
import { followUps, questionnaireResponses } from '../db/schema/index.js';
import { durableDatabase, startApp, WebPatient } from './helpers.js';

// Behavioural activation walked end to end over the web API: planned in the patient's zone, paused
// and picked up after a restart, followed up at the local time the patient was told, and a plan
// listed and dropped.
describe('behavioural activation with a follow-up at the planned local time', () => {
  it('plans an activity for tomorrow 5pm in New York, survives a restart mid-plan, and asks how it went at 6pm local', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cbt-activation-'));
    const clock = new ManualClock('2026-03-02T15:00:00Z'); // Monday 10:00 in New York (EST)
    try {
      const durable = await durableDatabase(dataDir);
      const open = async () => startApp({}, { dataDir, database: await durable.open(), clock });
      const first = await open();
      const p = await WebPatient.create(first, { locale: 'en-US', timezone: 'America/New_York' });
      await p.say('hi');
      await p.say('yes'); // summaries question at enrolment
      await p.say('4');
      await p.say('flat');
      expect((await p.say('help me plan something small for tomorrow')).join('\n')).toMatch(/Which area would you like to focus on/);
      await p.say('1');
      expect((await p.say('call my sister for 10 minutes')).join('\n')).toMatch(/When will you do it/);
      await first.close();

      // A restart between two answers: the plan is picked up where it was.
      const second = await open();
      const q = new WebPatient(second, p.token, p.patientId);
      expect((await q.say('tomorrow at 5pm')).join('\n')).toMatch(/How likely are you to do it/);
      const planned = (await q.say('8')).join('\n');
      expect(planned).toMatch(/Tomorrow 5:00 PM: call my sister for 10 minutes/i);
      expect(planned).toMatch(/I'll ask you how it went tomorrow at 6:00 PM/);

      // Nothing before 18:00 New York time (23:00 UTC); the question at 18:00.
      const before = (await q.replies()).length;
      clock.set('2026-03-03T22:59:00Z');
      await second.settle();
      expect(await q.replies()).toHaveLength(before);
      clock.set('2026-03-03T23:00:30Z');
      await second.settle();
      const asked = (await q.replies()).slice(before);
      expect(asked).toHaveLength(1);
      expect(asked[0]).toMatch(/You planned: call my sister for 10 minutes \(today 5:00 PM\)\. Did you get to do it\?/);
      expect((await q.messages()).at(-1)?.quickReplies?.map((r) => r.label)).toEqual(['Yes', 'Partly', 'No']);
      // Asked once only.
      clock.advance(3_600_000);
      await second.settle();
      expect((await q.replies()).length).toBe(before + 1);

      expect((await q.say('yes I did!')).join('\n')).toMatch(/mood just before/);
      await q.say('4');
      const reflected = await q.say('7');
      expect(reflected[0]).toMatch(/Your mood went from 4 to 7/);
      const [review] = await second.svc.db
        .select()
        .from(questionnaireResponses)
        .where(and(eq(questionnaireResponses.patientId, p.patientId), eq(questionnaireResponses.instrument, 'activation_review')));
      const items = JSON.parse(second.svc.crypto.decrypt(review!.itemsEnc)) as Record<string, unknown>;
      expect(items).toMatchObject({ activity: 'call my sister for 10 minutes', outcome: 'done', moodBefore: 4, moodAfter: 7 });
      // What was planned is health data: stored encrypted, never in the follow-up row.
      expect(review!.itemsEnc).not.toContain('sister');
      await second.close();
      await durable.cleanup();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('lists plans soonest first, drops one (no follow-up for it), and a missed one asks what got in the way', async () => {
    const clock = new ManualClock('2026-03-02T15:00:00Z');
    const rt = await startApp({}, { clock });
    try {
      const p = await WebPatient.create(rt, { locale: 'en-GB', timezone: 'Europe/London' });
      await p.say('hi');
      await p.say('yes'); // summaries question at enrolment
      await p.say('5');
      await p.say('ok');
      for (const [activity, when] of [
        ['a walk round the park', 'tomorrow at 9am'],
        ['bake bread', 'Wednesday at 3pm'],
      ]) {
        await p.say('plan an activity');
        await p.say('2');
        await p.say(activity!);
        await p.say(when!);
        await p.say('skip');
      }
      const list = (await p.say('show my plans')).join('\n');
      expect(list).toMatch(/Here are your 2 plans, soonest first:\n?.*1\. tomorrow 09:00: a walk round the park\n2\. Wednesday 15:00: bake bread/is);
      expect((await p.say('drop plan 2')).join('\n')).toMatch(/taken it off your list: bake bread/);
      // Moved in one message, keeping its time.
      expect((await p.say('can i move it to thursday instead, same time?')).join('\n')).toMatch(/Thursday 09:00: a walk round the park/);
      expect((await p.say('move it back to tomorrow, same time')).join('\n')).toMatch(/Tomorrow 09:00: a walk round the park/);
      const rows = await rt.svc.db.select().from(followUps).where(eq(followUps.patientId, p.patientId));
      expect(rows.map((r) => r.cancelledAt !== null).sort()).toEqual([false, true]);

      clock.set('2026-03-03T10:00:30Z'); // 10:00 in London, an hour after the walk
      await rt.settle();
      expect((await p.replies()).at(-1)).toMatch(/You planned: a walk round the park/);
      expect((await p.say('no')).join('\n')).toMatch(/What got in the way/);
      expect((await p.say('it rained all morning')).join('\n')).toMatch(/try it again at another time/);
      expect((await p.say('yes')).join('\n')).toMatch(/When will you do it/);
      expect((await p.say('tomorrow at 11am')).join('\n')).toMatch(/How likely/);
      expect((await p.say('9')).join('\n')).toMatch(/Tomorrow 11:00: a walk round the park/i);

      clock.set('2026-03-04T16:00:00Z'); // the dropped bread plan's time has passed: never asked
      await rt.settle();
      const all = (await p.replies()).join('\n');
      expect(all).not.toMatch(/You planned: bake bread/);
    } finally {
      await rt.close();
    }
  });
});
