/**
 * Conversation-level safety, through the web and SMS APIs as a patient uses them: what a turn means
 * in context (control words, answers to safety questions, new danger during a hold), a follow-up in
 * proportion, a hold that talks and tells the truth about who is coming, and a service that never
 * says someone was alerted when nobody could be.
 */
import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { setupServer } from 'msw/node';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../bot/clock.js';
import { warnIfNobodyOnCall } from '../bot/startup-checks.js';
import type { TestRuntime } from './helpers.js';
import { startApp, WebPatient } from './helpers.js';
import { botConnector } from './msw/bot-connector.js';
import { ADMIN_TOKEN, TeamsWorld } from './teams.js';

const connector = botConnector();
const server = setupServer(...connector.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

async function world(log?: pino.Logger) {
  const clock = new ManualClock(new Date('2026-06-03T14:00:00Z'));
  const rt = await startApp({ ADMIN_TOKEN, TEAMS_EMULATOR: 'true' }, { clock, ...(log ? { log } : {}) });
  connector.calls.length = 0;
  return { rt, w: new TeamsWorld(rt, connector, clock), clock };
}

/** Onboarding and the first check-in, so the patient is at rest at the menu. */
async function onboarded(rt: TestRuntime, body: Record<string, unknown> = {}): Promise<WebPatient> {
  const p = await WebPatient.create(rt, body);
  await p.say('hi');
  await p.say('yes'); // summaries question at enrolment
  await p.say('6');
  await p.say('calm');
  return p;
}

const SAFETY = /wished you were dead|thoughts of not wanting to be alive|thoughts of killing yourself|are you somewhere safe|thoughts like that/i;

async function escalations(rt: TestRuntime, patientId: string) {
  return rt.svc.database.rows<{ id: string; level: string; status: string; next_page_at: Date | null; first_paged_at: Date | null }>(
    sql`select id, level, status, next_page_at, first_paged_at from escalations where patient_id = ${patientId} order by opened_at`,
  );
}

describe('conversation safety', () => {
  let rt: TestRuntime;
  afterEach(async () => {
    await rt?.close();
  });

  it('"stop", "enough" and "back" inside an exercise move or leave it, and are never a risk signal, whatever came before', async () => {
    ({ rt } = await world());
    const p = await onboarded(rt);
    await p.say('I have a job interview tomorrow and I am a wreck, can we do grounding');
    await p.say('the desk, a lamp, my bag, the window, a poster');
    await p.say('my jumper, the chair, cold feet, my watch');
    const stop = await p.say('stop');
    expect(stop.join('\n')).not.toMatch(SAFETY);
    expect(stop.join('\n')).toMatch(/What would you like to do next/);
    await p.say('safety plan');
    await p.say('when I stop replying to anyone and stay in bed');
    const back = await p.say('back');
    expect(back.join('\n')).toMatch(/1\/6/); // the first question again
    const enough = await p.say('enough for today');
    expect(enough.join('\n')).toMatch(/kept your answers/);
    const weather = await p.say("what's the weather like today?");
    expect(weather.join('\n')).not.toMatch(SAFETY);
    expect(await escalations(rt, p.patientId)).toHaveLength(0);
    // The safety plan left half-way is offered again where it was.
    const again = await p.say('my safety plan');
    expect(again.join('\n')).toMatch(/carry on where you left off/);
    const carried = await p.say('Carry on');
    expect(carried.join('\n')).toMatch(/1\/6/);
  });

  it('an answer that carries risk is a yes, whatever word it starts with; a clear no returns the patient to where they were', async () => {
    ({ rt } = await world());
    const p = await onboarded(rt);
    const asked = await p.say('everything feels hopeless lately');
    expect(asked.join()).toMatch(/thoughts of not wanting to be alive/);
    const next = await p.say("I don't see the point of being here anymore");
    expect(next.at(-1)).toMatch(/actual thoughts of killing yourself/);
    expect((await escalations(rt, p.patientId))[0]).toMatchObject({ level: 'concern' });

    const q = await onboarded(rt);
    await q.say('I just want everything to stop');
    const no = await q.say('god no, nothing like that, I mean the builders next door');
    expect(no.join('\n')).toMatch(/glad/);
    expect(no.join('\n')).not.toMatch(SAFETY);
    expect(await escalations(rt, q.patientId)).toHaveLength(0);
  });

  it('a concern raised inside the safety plan is followed up, then the plan resumes where it was with its answers kept', async () => {
    ({ rt } = await world());
    const p = await onboarded(rt);
    await p.say('safety plan');
    const trapped = await p.say('feeling trapped, like nothing will ever change');
    expect(trapped.join()).toMatch(/thoughts of not wanting to be alive/);
    const back = await p.say('no, not like that');
    // The answer that raised the question is kept: on to step 2, nothing typed twice.
    expect(back.join('\n')).toMatch(/2\/6/);
    await p.say('walk the dog');
    for (const a of ['my sister', 'Jo, 0123', 'my GP']) await p.say(a);
    const done = await p.say('put the razors in the shed');
    expect(done.join('\n')).toMatch(/Warning signs: feeling trapped, like nothing will ever change/);
    expect(await escalations(rt, p.patientId)).toHaveLength(0);
  });

  it('a scheduled check-in during the safety questions waits: the next answer is still read as the answer', async () => {
    const { rt: r, clock } = await world();
    rt = r;
    const p = await onboarded(rt);
    await p.say("honestly I'm so tired of being alive");
    const at = new Date(clock.now().getTime() + 60_000);
    const res = await rt.app.inject({
      method: 'POST',
      url: `/api/admin/patients/${p.patientId}/check-in`,
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
      payload: { time: `${String(at.getUTCHours()).padStart(2, '0')}:${String(at.getUTCMinutes()).padStart(2, '0')}` },
    });
    expect(res.statusCode).toBe(204);
    const before = (await p.replies()).length;
    clock.advance(120_000);
    await rt.settle();
    expect((await p.replies()).slice(before).join()).not.toMatch(/time for your check-in/);
    const next = await p.say('yeah, a lot lately');
    expect(next.at(-1)).toMatch(/actual thoughts of killing yourself/);
  });

  it('during a hold: new danger brings the crisis reply again and a page now; the hold varies, answers "when", and a denial never closes it', async () => {
    const { rt: r, w } = await world();
    rt = r;
    const ada = await w.clinician('Dr Ada Lovelace', 1);
    await w.clinician('Dr Bo', 2);
    const p = await onboarded(rt);
    const first = await p.say('I cannot do this anymore, I am going to kill myself tonight');
    expect(first.join('\n')).toMatch(/alerting your care team's on-call clinician now/);
    expect(first.join('\n')).toMatch(/are you somewhere safe right now/);
    const when = await p.say('when will someone actually contact me?');
    expect(when.join('\n')).toMatch(/has been paged, but nobody has picked it up yet/);
    const fine1 = await p.say("I'm fine, forget it");
    const fine2 = await p.say('seriously im fine');
    expect(fine1.join()).not.toEqual(fine2.join());
    expect((await escalations(rt, p.patientId))[0]).toMatchObject({ level: 'urgent' });

    // Ada acknowledges: the next "when" names her, by first name only.
    const [esc] = await escalations(rt, p.patientId);
    await w.click(ada, 'acknowledge', { escalationId: esc!.id });
    const named = await p.say('is anyone going to call me');
    expect(named.join()).toMatch(/\bAda\b/);
    expect(named.join()).not.toMatch(/Lovelace/);

    const danger = await p.say('I have the pills in front of me');
    expect(danger.join('\n')).toMatch(/988/);
    const events = await rt.svc.database.rows<{ type: string }>(sql`select type from escalation_events where escalation_id = ${esc!.id} order by id`);
    expect(events.map((e) => e.type)).toContain('new_danger');
    // The clinician who has it is told at once.
    expect(connector.textsTo(ada.conversation).join('\n')).toMatch(/New danger/);
    expect((await escalations(rt, p.patientId))[0]!.status).not.toBe('resolved');
  });

  it('with nobody on call: the patient is told so and given the crisis line, the escalation shows nobody was paged, and it is logged as an error', async () => {
    const lines: string[] = [];
    const log = pino(
      { level: 'info' },
      new Writable({
        write(chunk, _enc, done) {
          lines.push(String(chunk));
          done();
        },
      }),
    );
    ({ rt } = await world(log));
    expect(await warnIfNobodyOnCall(rt.svc)).toBe(false);
    expect(lines.join()).toMatch(/no clinician is on call/);
    const p = await onboarded(rt);
    const reply = await p.say('gonna kms tonight, got the pills lined up');
    expect(reply.join('\n')).toMatch(/Nobody from your care team is on call right now/);
    expect(reply.join('\n')).not.toMatch(/alerted|alerting/);
    const when = await p.say('when is someone going to call me');
    expect(when.join('\n')).toMatch(/nobody from your care team is on call right now/);
    expect(when.join('\n')).toMatch(/988/);

    const list = await rt.app.inject({ method: 'GET', url: '/api/admin/escalations?status=active', headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    const [esc] = list.json<{ escalations: Array<{ status: string; paged: boolean; attention: string | null }> }>().escalations;
    expect(esc).toMatchObject({ status: 'open', paged: false, attention: 'nobody_paged' });
    const errors = lines.map((l) => JSON.parse(l) as { level: number; msg: string }).filter((l) => l.level >= 50);
    expect(errors.map((e) => e.msg).join()).toMatch(/nobody could be paged/);
  });

  it('"can we stop this" inside breathing leaves the exercise, and nothing else', async () => {
    ({ rt } = await world());
    const p = await onboarded(rt);
    const breathing = await p.say('can you do the breathing thing with me');
    expect(breathing.join()).toMatch(/breath/i);
    const left = await p.say('can we stop this');
    expect(left.join()).toMatch(/What would you like to do next/);
    expect(left.join()).not.toMatch(/unsubscribe|opted out/i);
  });

  it('worry about a friend at risk gets the crisis line for the friend and no safety questions for the patient', async () => {
    ({ rt } = await world());
    const p = await onboarded(rt);
    const reply = await p.say("my flatmate told me last night she doesn't want to be alive anymore, I'm okay but I don't know how to help her");
    expect(reply.join('\n')).toMatch(/988/);
    expect(reply.join('\n')).not.toMatch(SAFETY);
    expect(await escalations(rt, p.patientId)).toHaveLength(0);
  });
});
