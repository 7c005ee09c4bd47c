import { sql } from 'drizzle-orm';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { TestRuntime } from './helpers.js';
import { startApp, WebPatient } from './helpers.js';
import { OPENAI_BASE, openAi } from './msw/openai.js';

const llm = openAi();
const server = setupServer(...llm.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const WITH_LLM = { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: OPENAI_BASE, OPENAI_MODEL: 'test-model', LLM_TIMEOUT_MS: '300' };

describe('with an LLM configured', () => {
  let rt: TestRuntime;
  afterEach(async () => {
    await rt?.close();
    llm.requests.length = 0;
  });

  it('a generated reflection replaces the scripted one, and the webhook never waits on the model', async () => {
    rt = await startApp(WITH_LLM);
    llm.respond((system) => (system.includes('reflecting back') ? 'Feeling drained at a 3 sounds heavy, and it makes sense to notice it.' : 'chat'));
    const p = await WebPatient.create(rt);
    await p.say('hi');
    await p.say('yes'); // summaries question at enrolment
    await p.say('3');
    const before = llm.requests.length;
    const res = await p.send('drained');
    expect(res.statusCode).toBe(202);
    expect(llm.requests).toHaveLength(before); // accepted before any model call
    await rt.settle();
    const replies = await p.replies();
    expect(replies.at(-2)).toBe('Feeling drained at a 3 sounds heavy, and it makes sense to notice it.');
    expect(llm.requests.some((r) => r.system.includes('reflecting back') && r.user.includes('drained'))).toBe(true);
  });

  it('a generated reply that fails the output guard is discarded for the script, and counted', async () => {
    rt = await startApp(WITH_LLM);
    llm.respond(() => 'It sounds like you have major depressive disorder.');
    const p = await WebPatient.create(rt);
    await p.say('hi');
    await p.say('yes'); // summaries question at enrolment
    await p.say('2');
    const out = await p.say('empty');
    expect(out[0]).toMatch(/Thank you for telling me\. Feeling empty, with your mood at 2 out of 10/);
    expect(out.join()).not.toMatch(/depressive/);
    expect(rt.svc.metrics.snapshot()['guard.blocked.llm.diagnosis.you_have']).toBe(1);
  });

  it('a slow or failing model falls back to the script within the timeout', async () => {
    rt = await startApp(WITH_LLM);
    llm.respond(() => ({ delayMs: 2_000, content: 'too late' }));
    const p = await WebPatient.create(rt);
    await p.say('hi');
    await p.say('yes'); // summaries question at enrolment
    await p.say('6');
    const started = Date.now();
    const out = await p.say('okay');
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(out[0]).toMatch(/okay, with your mood at 6 out of 10/i);
    llm.respond(() => ({ status: 500 }));
    expect((await p.say('blah blah unknown words')).join()).toMatch(/scripted companion/);
  });

  it('free text in the menu is routed to an exercise', async () => {
    rt = await startApp(WITH_LLM);
    llm.respond((system) => (system.includes('Classify') ? 'grounding' : 'chat'));
    const p = await WebPatient.create(rt);
    await p.say('hi');
    await p.say('yes'); // summaries question at enrolment
    await p.say('5');
    await p.say('Calm');
    const out = await p.say('my head is spinning and I can not focus on anything');
    expect(out.join()).toMatch(/5-4-3-2-1 grounding/);
  });
});

describe('answers from the vetted library with an LLM', () => {
  it('answers only from the retrieved passages, and falls back to the passage itself when the model says they do not answer', async () => {
    const rt = await startApp(WITH_LLM);
    try {
      llm.respond((system) =>
        system.includes('ONLY the passages') ? 'A thought record helps you look at one upsetting moment, separating what happened from what you told yourself.' : 'chat',
      );
      const p = await WebPatient.create(rt);
      await p.say('hi');
      await p.say('yes'); // summaries question at enrolment
      await p.say('5');
      await p.say('Calm');
      const answer = await p.say('what is a thought record?');
      expect(answer[0]).toBe('A thought record helps you look at one upsetting moment, separating what happened from what you told yourself.');
      expect(answer[1]).toMatch(/Source: Greenberger/);
      const grounded = llm.requests.find((r) => r.system.includes('ONLY the passages'));
      expect(grounded?.system).toMatch(/worksheet for looking at one upsetting moment/); // the passage was given to the model

      llm.respond((system) => (system.includes('ONLY the passages') ? 'NONE' : 'chat'));
      expect((await p.say('what are thinking traps?'))[0]).toMatch(/Our minds take shortcuts|Name it, then ask|All-or-nothing/);
    } finally {
      await rt.close();
    }
  });
});

describe('the LLM as a second reader of risk', () => {
  it('may raise a message the screener passed to urgent (escalation and crisis reply), and never lowers one', async () => {
    const rt = await startApp(WITH_LLM);
    try {
      // The deterministic screener reads this as none; the "model" reads it as preparation.
      llm.respond((system) => (system.includes('second reader') ? 'urgent preparatory_behavior' : 'chat'));
      const p = await WebPatient.create(rt);
      await p.say('hi');
      await p.say('yes'); // summaries question at enrolment
      const out = await p.say('the guitar is with my cousin now');
      expect(out.join()).toMatch(/988/);
      const [esc] = await rt.svc.database.rows<{ source: string; level: string }>(sql`select source, level from escalations where patient_id = ${p.patientId}`);
      expect(esc).toMatchObject({ level: 'urgent' });
      const levels = await rt.svc.database.rows<{ level: string; signals: string[] }>(sql`select s.level, s.signals from screenings s join messages m on m.id = s.message_id where m.patient_id = ${p.patientId} order by m.seq`);
      expect(levels.at(-1)?.level).toBe('urgent');

      // A model that says "none" about a message the screener found urgent changes nothing.
      llm.respond(() => 'none none');
      const q = await WebPatient.create(rt);
      const urgent = await q.say('I am going to kill myself tonight');
      expect(urgent.join()).toMatch(/988/);
      expect(llm.requests.filter((r) => r.system.includes('second reader') && r.user.includes('kill myself'))).toHaveLength(0);
    } finally {
      await rt.close();
    }
  });
});

describe('without an LLM', () => {
  it('the bot runs fully scripted and makes no model calls', async () => {
    llm.requests.length = 0;
    const rt = await startApp();
    try {
      const p = await WebPatient.create(rt);
      await p.say('hi');
      await p.say('yes'); // summaries question at enrolment
      await p.say('5');
      await p.say('Calm');
      // Heard, with the exercises that fit, from the script alone.
      expect((await p.say('my head is spinning')).join()).toMatch(/Thank you for telling me/);
      expect((await p.say('blah blah unknown words')).join()).toMatch(/scripted companion/);
      expect(llm.requests).toHaveLength(0);
    } finally {
      await rt.close();
    }
  });
});
