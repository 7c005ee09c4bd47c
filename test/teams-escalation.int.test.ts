import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../bot/clock.js';
import { loadConfig } from '../bot/config.js';
import type { TestRuntime } from './helpers.js';
import { durableDatabase, freshDatabase, startApp, WebPatient } from './helpers.js';
import type { Database } from '../db/client.js';
import { openDatabase } from '../db/client.js';
import { botConnector, SERVICE_URL, TEAMS_SERVICE_URL, teamsActivity } from './msw/bot-connector.js';
import { ADMIN_TOKEN, TeamsWorld } from './teams.js';

const connector = botConnector();
const server = setupServer(...connector.handlers);
const URGENT = 'I am going to kill myself tonight, I have the pills ready';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** Each test gets its own app and database, so rosters never overlap. */
async function world(overrides: Record<string, string> = {}, options: { dataDir?: string; database?: Database } = {}) {
  const clock = new ManualClock(new Date());
  const rt = await startApp({ ADMIN_TOKEN, TEAMS_EMULATOR: 'true', ESCALATION_ACK_TIMEOUT_S: '300', ...overrides }, { clock, ...options });
  connector.calls.length = 0;
  return { rt, w: new TeamsWorld(rt, connector, clock), clock };
}

describe('Teams escalation', () => {
  let rt: TestRuntime;
  afterEach(async () => {
    await rt?.close();
  });

  it('an urgent web message puts a card in the tier-1 clinician’s chat and tells the patient without promising a time', async () => {
    const { rt: r, w } = await world();
    rt = r;
    const a = await w.clinician('Dr Ada', 1);
    const b = await w.clinician('Dr Bo', 2);
    expect(connector.textsTo(a.conversation).join()).toMatch(/set up to receive escalations/);
    const p = await WebPatient.create(rt);
    const replies = await p.say(URGENT);

    const cards = connector.cardsTo(a.conversation);
    expect(cards).toHaveLength(1);
    expect(connector.cardsTo(b.conversation)).toHaveLength(0);
    const card = JSON.stringify(cards[0]!.body.attachments![0]!.content);
    expect(card).toContain('URGENT');
    expect(card).toContain('pills ready');
    expect(card).toContain('"verb":"acknowledge"');
    expect(card).toMatch(/P-[A-Z0-9]{5}/);
    expect(card).toContain('"version":"1.5"');

    expect(replies.join('\n')).toMatch(/988/);
    expect(replies.join('\n')).toMatch(/alerting your care team's on-call clinician now/i);
    expect(replies.join('\n')).not.toMatch(/\b(minutes?|within|shortly|soon)\b/i);
  });

  it('nobody acknowledges: tier 2 is paged after the timeout, then everyone on shift, and it never expires', async () => {
    const { rt: r, w } = await world();
    rt = r;
    const a = await w.clinician('Dr Ada', 1);
    const b = await w.clinician('Dr Bo', 2);
    const p = await WebPatient.create(rt);
    await p.say(URGENT);
    expect(connector.cardsTo(b.conversation)).toHaveLength(0);

    await w.timeout(299);
    expect(connector.cardsTo(b.conversation)).toHaveLength(0);
    await w.timeout(2);
    expect(connector.cardsTo(b.conversation)).toHaveLength(1);
    expect(connector.cardsTo(a.conversation)).toHaveLength(1);

    await w.timeout();
    expect(connector.cardsTo(a.conversation)).toHaveLength(2);
    expect(connector.cardsTo(b.conversation)).toHaveLength(2);
    await w.timeout(3600);
    await w.timeout();
    const [esc] = await w.escalations();
    expect(esc?.status).toBe('paged');
    const detail = await w.escalation(esc!.id);
    expect(detail.events.filter((e) => e.type === 'page').map((e) => [e.tier, e.details?.round])).toEqual([
      [1, 0],
      [2, 0],
      [2, 1],
      [2, 2],
      [2, 3],
    ]);
  });

  it('two clinicians acknowledge at once: exactly one owns it, and every card shows who', async () => {
    const { rt: r, w } = await world({ ESCALATION_ACK_TIMEOUT_S: '1' });
    rt = r;
    const a = await w.clinician('Dr Ada', 1);
    const b = await w.clinician('Dr Bo', 2);
    const p = await WebPatient.create(rt);
    await p.say(URGENT);
    await w.timeout(2);
    const [esc] = await w.escalations();
    const [ra, rb] = await Promise.all([w.click(a, 'acknowledge', { escalationId: esc!.id }), w.click(b, 'acknowledge', { escalationId: esc!.id })]);
    expect(ra.status).toBe(200);
    expect(rb.status).toBe(200);

    const detail = await w.escalation(esc!.id);
    const acks = detail.events.filter((e) => e.type === 'acknowledge');
    expect(acks).toHaveLength(1);
    const winner = acks[0]!.actorId === a.id ? { me: ra, other: rb, name: 'Dr Ada' } : { me: rb, other: ra, name: 'Dr Bo' };
    expect(winner.other.text).toMatch(/already acknowledged/);
    expect(winner.other.text).toContain(`Acknowledged by ${winner.name}`);
    expect(winner.me.text).toContain(`Acknowledged by ${winner.name}`);
    expect(detail.events.filter((e) => e.type === 'acknowledge_refused')).toHaveLength(1);

    await rt.settle();
    const updates = connector.calls.filter((c) => c.method === 'PUT');
    expect(new Set(updates.map((u) => u.conversationId))).toEqual(new Set([a.conversation, b.conversation]));
    for (const u of updates) expect(JSON.stringify(u.body)).toContain(`Acknowledged by ${winner.name}`);
    // Paging stops once someone has it.
    await w.timeout(3600);
    expect(connector.cardsTo(a.conversation).length + connector.cardsTo(b.conversation).length).toBe(2);
  });

  it('a clinician takes over: the patient is told, and messages relay both ways, still screened', async () => {
    const { rt: r, w } = await world();
    rt = r;
    const a = await w.clinician('Dr Ada', 1);
    const p = await WebPatient.create(rt);
    await p.say(URGENT);
    const [esc] = await w.escalations();
    const taken = await w.click(a, 'takeover', { escalationId: esc!.id });
    expect(taken.text).toContain('Dr Ada is talking with the patient');
    await rt.settle();
    const joined = (await p.messages()).at(-1)!;
    expect(joined.author).toBe('system');
    expect(joined.text).toMatch(/Dr Ada, a clinician .* has joined/);
    // Marked so the web widget shows a banner while the clinician is in the chat.
    expect(joined.kind).toBe('clinician_joined');
    expect(connector.textsTo(a.conversation).join()).toMatch(/now in the conversation with P-/);

    await w.say(a, 'Hi, I am Ada from your care team. Are you safe right now?');
    await rt.settle();
    const fromClinician = (await p.messages()).at(-1)!;
    expect(fromClinician).toMatchObject({ author: 'clinician', text: 'Hi, I am Ada from your care team. Are you safe right now?' });

    const before = (await p.replies()).length;
    await p.say('I am at home, my sister is here');
    expect(await p.replies()).toHaveLength(before); // the bot stays quiet while a clinician has the conversation
    const relayed = connector.textsTo(a.conversation).at(-1)!;
    expect(relayed).toContain('I am at home, my sister is here');
    expect(relayed).toMatch(/P-[A-Z0-9]{5}/);

    await p.say('but honestly I still want to kill myself');
    expect(connector.textsTo(a.conversation).at(-1)).toMatch(/URGENT|Concern/);
    const screened = await rt.svc.database.rows<{ n: number }>(sql`select count(*)::int as n from messages m join screenings s on s.message_id = m.id where m.patient_id = ${p.patientId}`);
    expect(screened[0]?.n).toBe(3);
  });

  it('hand-back returns the patient to the bot at a safe point, not mid-exercise', async () => {
    const { rt: r, w } = await world();
    rt = r;
    const a = await w.clinician('Dr Ada', 1);
    const p = await WebPatient.create(rt);
    await p.say('hi');
    await p.say('yes'); // summaries question at enrolment
    await p.say(URGENT);
    const [esc] = await w.escalations();
    await w.click(a, 'takeover', { escalationId: esc!.id });
    await w.say(a, 'Let us make a plan together.');
    const back = await w.click(a, 'handback', { escalationId: esc!.id });
    expect(back.text).toContain('Acknowledged by Dr Ada');
    await rt.settle();
    const last = await p.messages();
    expect(last.at(-2)!.text).toMatch(/Dr Ada has left the conversation/);
    expect(last.at(-2)!.kind).toBe('clinician_left');
    expect(last.at(-1)!.text).toMatch(/I'm back/);
    expect(await p.say('breathing')).toEqual([expect.stringMatching(/box breathing/)]);
  });

  it('resolving asks for an outcome, then records it and closes the escalation', async () => {
    const { rt: r, w } = await world();
    rt = r;
    const a = await w.clinician('Dr Ada', 1);
    const p = await WebPatient.create(rt);
    await p.say('hi');
    await p.say('yes'); // summaries question at enrolment
    await p.say(URGENT);
    const [esc] = await w.escalations();
    await w.click(a, 'acknowledge', { escalationId: esc!.id });
    const missing = await w.click(a, 'resolve', { escalationId: esc!.id });
    expect(missing.text).toMatch(/Choose an outcome/);
    expect((await w.escalations())[0]?.status).toBe('acknowledged');

    const done = await w.click(a, 'resolve', { escalationId: esc!.id, outcome: 'safety_plan_reviewed', note: 'Called, reviewed plan' });
    expect(done.text).toContain('Resolved by Dr Ada');
    const detail = await w.escalation(esc!.id);
    expect(detail.status).toBe('resolved');
    expect(detail.outcome).toBe('safety_plan_reviewed');
    expect(detail.events.at(-1)).toMatchObject({ type: 'resolve', actorId: a.id, details: { outcome: 'safety_plan_reviewed', note: 'Called, reviewed plan' } });
    // The note is health data: the operator reads it, the database holds it sealed.
    const trail = await rt.svc.database.rows<{ details: unknown }>(sql`select details from escalation_events where escalation_id = ${esc!.id}`);
    expect(JSON.stringify(trail)).not.toContain('reviewed plan');
    // A resolved escalation ends the hold: the bot answers normally again.
    expect((await p.say('menu')).join()).toMatch(/What would you like to do next/);
  });

  it('a failing connector: the card is retried with backoff, the escalation is kept, and the next tier is paged', async () => {
    const { rt: r, w, clock } = await world();
    rt = r;
    const a = await w.clinician('Dr Ada', 1);
    const b = await w.clinician('Dr Bo', 2);
    connector.fail(3, 502);
    const p = await WebPatient.create(rt);
    const replies = await p.say(URGENT);
    expect(replies.join()).toMatch(/988/); // the patient's crisis reply never waits on Teams
    expect(connector.cardsTo(a.conversation)).toHaveLength(0);
    const [row] = await rt.svc.database.rows<{ status: string; attempts: number; last_error: string }>(sql`select status, attempts, last_error from outbox where kind = 'escalation_card'`);
    expect(row).toMatchObject({ status: 'pending', attempts: 1, last_error: 'teams_502' });
    expect((await w.escalations())[0]?.status).toBe('paged');

    for (let i = 0; i < 3; i++) {
      clock.advance(10_000);
      await rt.settle();
    }
    expect(connector.cardsTo(a.conversation)).toHaveLength(1);

    // Tier 1 is unreachable from now on (Teams keeps failing for that chat): tier 2 is still paged on time.
    connector.fail(1000, 503);
    await w.timeout();
    connector.fail(0, 200);
    await rt.settle();
    clock.advance(600_000);
    await rt.settle();
    expect(connector.cardsTo(b.conversation).length).toBeGreaterThanOrEqual(1);
  });

  it('a 429 from Teams is retried after the time it asks for', async () => {
    const { rt: r, w, clock } = await world();
    rt = r;
    const a = await w.clinician('Dr Ada', 1);
    connector.fail(1, 429, 30);
    const p = await WebPatient.create(rt);
    await p.say(URGENT);
    expect(connector.cardsTo(a.conversation)).toHaveLength(0);
    clock.advance(20_000);
    await rt.settle();
    expect(connector.cardsTo(a.conversation)).toHaveLength(0);
    clock.advance(11_000);
    await rt.settle();
    expect(connector.cardsTo(a.conversation)).toHaveLength(1);
  });

  it('a concern escalation sends one review card to tier 1 and does not page further', async () => {
    const { rt: r, w } = await world();
    rt = r;
    const a = await w.clinician('Dr Ada', 1);
    const b = await w.clinician('Dr Bo', 2);
    const p = await WebPatient.create(rt);
    await p.say('hi');
    await p.say('yes'); // summaries question at enrolment
    await p.say('6');
    await p.say('calm');
    await p.say('I feel hopeless, like nothing will ever change');
    await p.say('yes'); // wished to be dead
    await p.say('yes'); // thoughts of killing themselves
    await p.say('no'); // thought about how
    await p.say('no'); // intent
    await p.say('no'); // plan
    const last = await p.say('no'); // ever prepared
    expect(last.join()).toMatch(/passed on how you're feeling to your care team/);
    const cards = connector.cardsTo(a.conversation);
    expect(cards).toHaveLength(1);
    expect(JSON.stringify(cards[0]!.body)).toContain('Review (not urgent)');
    await w.timeout(3600);
    expect(connector.cardsTo(b.conversation)).toHaveLength(0);
    expect(connector.cardsTo(a.conversation)).toHaveLength(1);
  });

  it('clinicians can ask who is on call and what is open; strangers are told they are not registered', async () => {
    const { rt: r, w } = await world();
    rt = r;
    const a = await w.clinician('Dr Ada', 1);
    await w.clinician('Dr Bo', 2);
    await w.say(a, 'on call?');
    expect(connector.textsTo(a.conversation).at(-1)).toMatch(/Tier 1: Dr Ada[\s\S]*Tier 2: Dr Bo/);
    await w.say(a, 'my open cases');
    expect(connector.textsTo(a.conversation).at(-1)).toMatch(/no open cases/);
    const audited = await rt.svc.database.rows<{ action: string }>(sql`select action from audit_events where actor_id = ${a.id} order by id`);
    expect(audited.map((r) => r.action)).toEqual(['teams_linked', 'teams_command:on_call', 'teams_command:open_cases']);
    await w.say({ aad: 'aad-stranger' }, 'hello');
    expect(connector.textsTo('a:conv-aad-stranger').at(-1)).toMatch(/not registered/);
  });

  it('malformed activities are refused with 400 and nothing happens', async () => {
    const { rt: r } = await world();
    rt = r;
    const valid = teamsActivity({ aad: 'aad-fuzz' }, 'message', { text: 'hi' });
    const { conversation: _c, ...noConversation } = valid;
    const malformed = [
      noConversation,
      { ...valid, text: { not: 'a string' } },
      { ...valid, serviceUrl: 'file:///etc/passwd' },
      { ...valid, serviceUrl: 42 },
      { ...valid, conversation: 'conv' },
      { ...valid, from: { name: 'no id' } },
    ];
    for (const payload of ['not json at all', JSON.stringify({ text: 'no type' }), JSON.stringify([1, 2]), ...malformed.map((m) => JSON.stringify(m))]) {
      const res = await rt.app.inject({ method: 'POST', url: '/api/teams/messages', headers: { 'content-type': 'application/json' }, payload });
      expect(res.statusCode).toBe(400);
    }
  });
});

describe('Teams without credentials', () => {
  const post = (r: TestRuntime, serviceUrl: string) =>
    r.app.inject({ method: 'POST', url: '/api/teams/messages', payload: teamsActivity({ aad: 'aad-outsider' }, 'message', { text: 'hi', serviceUrl }) });

  it('is closed unless the emulator mode is asked for: nobody can post activities to a service with no app id', async () => {
    const r = await startApp({ ADMIN_TOKEN });
    try {
      connector.calls.length = 0;
      const res = await post(r, SERVICE_URL);
      expect(res.statusCode).toBe(401);
      expect(res.json<{ error: { code: string } }>().error.code).toBe('teams_not_configured');
      expect(connector.calls).toHaveLength(0);
    } finally {
      await r.close();
    }
  });

  it('in the emulator mode, talks only to a connector on this machine: an outsider cannot make it call their URL or take a clinician\'s cards', async () => {
    const { rt: r, w } = await world();
    try {
      const a = await w.clinician('Dr Ada', 1);
      connector.calls.length = 0;
      for (const url of ['https://evil.example/', 'http://10.0.0.5/', 'http://127.0.0.1.evil.example/', 'file:///etc/passwd']) {
        const res = await r.app.inject({
          method: 'POST',
          url: '/api/teams/messages',
          payload: teamsActivity({ aad: a.aad }, 'message', { text: 'hi', serviceUrl: url }),
        });
        expect(res.statusCode, url).toBeGreaterThanOrEqual(400);
        expect(res.statusCode, url).toBeLessThan(500);
      }
      expect(connector.calls).toHaveLength(0);
      // The clinician's cards still go to the conversation they greeted from.
      await (await WebPatient.create(r)).say(URGENT);
      expect(connector.cardsTo(a.conversation)).toHaveLength(1);
    } finally {
      await r.close();
    }
  });

  it('refuses the emulator mode in production, by name', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', TEAMS_EMULATOR: 'true', MICROSOFT_APP_ID: 'x', MICROSOFT_APP_PASSWORD: 'y', MICROSOFT_APP_TENANT_ID: 'z' })).toThrow(
      /TEAMS_EMULATOR: is refused in production/,
    );
  });
});

describe('Teams escalation across a restart', () => {
  it('a restart while paging resumes where it was: the next tier is paged on time, tier 1 is not paged twice', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cbt-page-restart-'));
    const durable = await durableDatabase(dataDir);
    const open = async (clock: ManualClock) => startApp({ ADMIN_TOKEN, TEAMS_EMULATOR: 'true', ESCALATION_ACK_TIMEOUT_S: '300' }, { clock, dataDir, database: await durable.open() });
    try {
      const clock = new ManualClock(new Date());
      const first = await open(clock);
      connector.calls.length = 0;
      const w = new TeamsWorld(first, connector, clock);
      const a = await w.clinician('Dr Ada', 1);
      const b = await w.clinician('Dr Bo', 2);
      await (await WebPatient.create(first)).say(URGENT);
      expect(connector.cardsTo(a.conversation)).toHaveLength(1);
      clock.advance(200_000);
      await first.close();

      const second = await open(clock);
      await second.settle();
      expect(connector.cardsTo(b.conversation)).toHaveLength(0);
      clock.advance(101_000);
      await second.settle();
      expect(connector.cardsTo(b.conversation)).toHaveLength(1);
      expect(connector.cardsTo(a.conversation)).toHaveLength(1);
      await second.close();
    } finally {
      await durable.cleanup();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('Teams escalation with several processes', () => {
  it('two app processes on one database page each tier exactly once', async () => {
    const clock = new ManualClock(new Date());
    const shared = await freshDatabase();
    const keep = { ...shared, close: async () => {} };
    const dataDir = mkdtempSync(join(tmpdir(), 'cbt-two-'));
    // Both processes share keys (as production requires) and the database; each has its own loops.
    const one = await startApp({ ADMIN_TOKEN, TEAMS_EMULATOR: 'true', ESCALATION_ACK_TIMEOUT_S: '300' }, { clock, dataDir, database: keep });
    const two = await startApp(
      { ADMIN_TOKEN, TEAMS_EMULATOR: 'true', ESCALATION_ACK_TIMEOUT_S: '300' },
      { clock, dataDir, database: shared.url ? await openDatabase({ url: shared.url, poolSize: 4 }) : keep },
    );
    try {
      connector.calls.length = 0;
      const w = new TeamsWorld(one, connector, clock);
      const a = await w.clinician('Dr Ada', 1);
      const b = await w.clinician('Dr Bo', 2);
      const p = await WebPatient.create(one);
      await p.send(URGENT);
      for (let i = 0; i < 3; i++) {
        await Promise.all([one.settle(), two.settle(), one.settle(), two.settle()]);
        clock.advance(150_000);
      }
      expect(connector.cardsTo(a.conversation)).toHaveLength(1);
      expect(connector.cardsTo(b.conversation)).toHaveLength(1);
      const crisis = (await p.messages()).filter((m) => m.author === 'system');
      expect(crisis).toHaveLength(1);
      const bot = (await p.messages()).filter((m) => m.author === 'bot');
      expect(bot).toHaveLength(1);
    } finally {
      await one.close();
      await two.close();
      await shared.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('Teams authentication', () => {
  const APP_ID = '00000000-0000-0000-0000-0000000000ab';
  it('with an app id configured, unauthenticated and forged activities get 401; a Bot Framework-signed one is accepted', async () => {
    const clock = new ManualClock(new Date());
    const rt = await startApp(
      { ADMIN_TOKEN, MICROSOFT_APP_ID: APP_ID, MICROSOFT_APP_PASSWORD: 'secret', MICROSOFT_APP_TENANT_ID: 'tenant-1' },
      { clock },
    );
    try {
      const activity = teamsActivity({ aad: 'aad-x' }, 'message', { text: 'hi', serviceUrl: TEAMS_SERVICE_URL });
      const post = (headers: Record<string, string>) => rt.app.inject({ method: 'POST', url: '/api/teams/messages', headers, payload: activity });
      expect((await post({})).statusCode).toBe(401);
      expect((await post({ authorization: `Bearer ${connector.forgedToken(APP_ID)}` })).statusCode).toBe(401);
      expect((await post({ authorization: `Bearer ${connector.channelToken('another-app', TEAMS_SERVICE_URL)}` })).statusCode).toBe(401);
      expect((await post({ authorization: `Bearer ${connector.channelToken(APP_ID, 'https://evil.example/')}` })).statusCode).toBe(401);
      const ok = await post({ authorization: `Bearer ${connector.channelToken(APP_ID, TEAMS_SERVICE_URL)}` });
      expect(ok.statusCode).toBe(200);
      expect(connector.calls.at(-1)?.conversationId).toBe('a:conv-aad-x');
    } finally {
      await rt.close();
    }
  });
});
