import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../bot/clock.js';
import { channelIdentities, messages } from '../db/schema/index.js';
import type { TestRuntime } from './helpers.js';
import { durableDatabase, startApp } from './helpers.js';
import { generateKey } from '../db/field-crypto.js';
import { botConnector } from './msw/bot-connector.js';
import { twilioApi } from './msw/twilio.js';
import { newSid, SMS_CONFIG, SmsPatient, twilioPost } from './sms.js';
import { ADMIN_TOKEN, TeamsWorld } from './teams.js';

const api = twilioApi();
const connector = botConnector();
const server = setupServer(...api.handlers, ...connector.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const URGENT = "im going to kill myself tonight i've got the pills";

async function app(overrides: Record<string, string> = {}) {
  const clock = new ManualClock(new Date());
  const rt = await startApp({ ...SMS_CONFIG, ADMIN_TOKEN, TEAMS_EMULATOR: 'true', SMS_ENROLMENT: 'open', ...overrides }, { clock });
  api.sent.length = 0;
  connector.calls.length = 0;
  return { rt, clock };
}

async function inboundCount(rt: TestRuntime, phoneOwner?: string) {
  const [row] = await rt.svc.database.rows<{ n: number }>(
    phoneOwner ? sql`select count(*)::int as n from messages where direction = 'in' and patient_id = ${phoneOwner}` : sql`select count(*)::int as n from messages where direction = 'in'`,
  );
  return row?.n ?? 0;
}

describe('SMS over Twilio', () => {
  let rt: TestRuntime;
  afterEach(async () => {
    await rt?.close();
  });

  it('a full mood check-in works by text, replies sent through the Twilio API in order', async () => {
    ({ rt } = await app());
    const p = new SmsPatient(rt, api);
    const res = await p.text('hi');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/xml/);
    expect(res.body).toContain('<Response/>');
    await rt.settle();
    const hello = p.received();
    expect(hello.join('\n')).toMatch(/automated CBT companion/);
    expect(hello.join('\n')).toMatch(/988/);
    for (const m of hello) expect(m.length).toBeLessThanOrEqual(320);
    expect(hello.at(-1)).toMatch(/may I give your care team a short summary/);
    expect(hello.at(-1)).toMatch(/\(Yes \/ No\)/);
    expect((await p.say('yes')).at(-1)).toMatch(/from 0 \(very low\) to 10/);

    const feeling = await p.say('3');
    expect(feeling.join()).toMatch(/Which word fits/);
    expect(feeling.join()).toMatch(/\(Anxious \/ Sad \/ Stressed/); // quick replies written out for SMS
    const reflection = await p.say('sad');
    expect(reflection.join('\n')).toMatch(/sad, with your mood at 3 out of 10/);
    expect(api.sent.every((s) => s.from === SMS_CONFIG.TWILIO_FROM_NUMBER && s.statusCallback === `${SMS_CONFIG.PUBLIC_URL}/api/sms/status`)).toBe(true);
    expect(api.sent[0]?.auth).toMatch(/^Basic /);
  });

  it('a forged or missing signature is refused with 403 and nothing is stored', async () => {
    ({ rt } = await app());
    const p = new SmsPatient(rt, api);
    const params = { AccountSid: SMS_CONFIG.TWILIO_ACCOUNT_SID, MessageSid: newSid(), From: p.phone, To: SMS_CONFIG.TWILIO_FROM_NUMBER, Body: 'hi', NumMedia: '0' };
    expect((await twilioPost(rt, '/api/sms/inbound', params, { token: 'someone-elses-token' })).statusCode).toBe(403);
    expect((await twilioPost(rt, '/api/sms/inbound', params, { signature: '' })).statusCode).toBe(403);
    // Signed for different content than was posted:
    const signedFor = { ...params, Body: 'something else' };
    const sig = (await import('twilio')).default.getExpectedTwilioSignature(SMS_CONFIG.TWILIO_AUTH_TOKEN, `${SMS_CONFIG.PUBLIC_URL}/api/sms/inbound`, signedFor);
    expect((await twilioPost(rt, '/api/sms/inbound', params, { signature: sig })).statusCode).toBe(403);
    expect(await inboundCount(rt)).toBe(0);
    await rt.settle();
    expect(api.sent).toHaveLength(0);
  });

  it('malformed webhooks get 400 and store nothing', async () => {
    ({ rt } = await app());
    const base = { AccountSid: SMS_CONFIG.TWILIO_ACCOUNT_SID, From: '+15551112222', To: SMS_CONFIG.TWILIO_FROM_NUMBER, Body: 'hi', NumMedia: '0' };
    expect((await twilioPost(rt, '/api/sms/inbound', base)).statusCode).toBe(400); // no MessageSid
    expect((await twilioPost(rt, '/api/sms/inbound', { ...base, MessageSid: 'not-a-sid' })).statusCode).toBe(400);
    expect((await twilioPost(rt, '/api/sms/inbound', { ...base, MessageSid: newSid(), Body: '   ' })).statusCode).toBe(400);
    const junk = await rt.app.inject({ method: 'POST', url: '/api/sms/inbound', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'garbage=%%%' });
    expect(junk.statusCode).toBeGreaterThanOrEqual(400);
    expect(junk.statusCode).toBeLessThan(500);
    expect(await inboundCount(rt)).toBe(0);
  });

  it('a retried MessageSid is answered 200 and produces no second reply', async () => {
    ({ rt } = await app());
    const p = new SmsPatient(rt, api);
    const sid = newSid();
    expect((await p.text('hi', sid)).statusCode).toBe(200);
    await rt.settle();
    const first = p.received().length;
    expect(first).toBeGreaterThan(0);
    const again = await p.text('hi', sid);
    expect(again.statusCode).toBe(200);
    expect(again.body).toContain('<Response/>');
    await rt.settle();
    expect(p.received()).toHaveLength(first);
    expect(await inboundCount(rt)).toBe(1);
  });

  it('STOP opts out, START opts back in, HELP helps; the same words inside a sentence are ordinary text', async () => {
    ({ rt } = await app({ CLINIC_NAME: 'Riverside Psychology', CLINIC_CONTACT: '+1 555 010 0100' }));
    const p = new SmsPatient(rt, api);
    await p.say('hi');
    const help = await p.say('help');
    expect(help.join()).toMatch(/Riverside Psychology CBT companion/);
    expect(help.join()).toContain('+1 555 010 0100');
    expect(help.join()).toMatch(/988/);

    const inSentence = await p.say('I want to stop feeling like this');
    expect(inSentence.join()).not.toMatch(/unsubscribed/);
    expect(inSentence.length).toBeGreaterThan(0);

    const stop = await p.say('  Stop ');
    expect(stop).toHaveLength(1);
    expect(stop[0]).toMatch(/unsubscribed/);
    expect(stop[0]).toMatch(/START/);
    expect(stop[0]).toMatch(/988/);
    expect(await p.say('hello?')).toEqual([]); // no automated messages now

    const start = await p.say('START');
    expect(start.join()).toMatch(/resubscribed/);
    expect((await p.say('menu')).length).toBeGreaterThan(0);
    // "YES" only opts in when opted out; otherwise it is an answer like any other.
    expect((await p.say('YES')).join()).not.toMatch(/resubscribed/);
  });

  it('STOP during an open escalation: opted out, the clinician is told, the confirmation carries crisis resources, the escalation stays open', async () => {
    const made = await app();
    rt = made.rt;
    const w = new TeamsWorld(rt, connector, made.clock);
    const a = await w.clinician('Dr Ada', 1);
    const p = new SmsPatient(rt, api);
    const crisis = await p.say(URGENT);
    expect(crisis.join()).toMatch(/988/);
    const [esc] = await w.escalations();
    await w.click(a, 'acknowledge', { escalationId: esc!.id });

    const stop = await p.say('STOP');
    expect(stop).toHaveLength(1);
    expect(stop[0]).toMatch(/unsubscribed/);
    expect(stop[0]).toMatch(/988/);
    expect(connector.textsTo(a.conversation).join()).toMatch(/texted STOP/);
    const detail = await w.escalation(esc!.id);
    expect(detail.status).toBe('acknowledged');
    expect(detail.events.map((e) => e.type)).toContain('patient_opted_out');
    const [identity] = await rt.svc.db.select().from(channelIdentities).where(eq(channelIdentities.patientId, esc!.patientId));
    expect(identity?.optedOutAt).not.toBeNull();
  });

  it('an unknown number is onboarded when enrolment is open', async () => {
    ({ rt } = await app({ SMS_ENROLMENT: 'open' }));
    const p = new SmsPatient(rt, api);
    expect((await p.say('hello')).join()).toMatch(/automated CBT companion/);
  });

  it('an unknown number is politely pointed to the clinic when enrolment is by invitation, but a crisis is still escalated', async () => {
    ({ rt } = await app({ SMS_ENROLMENT: 'invite', CLINIC_CONTACT: '+1 555 010 0100' }));
    const p = new SmsPatient(rt, api);
    const first = await p.say('hello is this the therapy bot');
    expect(first).toHaveLength(1);
    expect(first[0]).toMatch(/isn't signed up yet/);
    expect(first[0]).toContain('+1 555 010 0100');
    expect(await p.say('hello?')).toEqual([]); // told once, not on every text
    const crisis = await p.say(URGENT);
    expect(crisis.join()).toMatch(/988/);
    expect((await rt.svc.database.rows<{ n: number }>(sql`select count(*)::int as n from escalations`))[0]?.n).toBe(1);
  });

  it('an operator enrols a patient by phone: a welcome and consent message goes out, and their reply starts onboarding', async () => {
    ({ rt } = await app({ SMS_ENROLMENT: 'invite' }));
    const phone = '+15557654321';
    const auth = { authorization: `Bearer ${ADMIN_TOKEN}` };
    const res = await rt.app.inject({ method: 'POST', url: '/api/admin/patients', headers: auth, payload: { phone: '+1 (555) 765-4321', locale: 'en-US', timezone: 'America/Chicago' } });
    expect(res.statusCode).toBe(201);
    await rt.settle();
    expect(api.to(phone).join()).toMatch(/signed you up.*Reply HI to start.*STOP to opt out/s);
    const again = await rt.app.inject({ method: 'POST', url: '/api/admin/patients', headers: auth, payload: { phone } });
    expect(again.statusCode).toBe(409);
    expect((await new SmsPatient(rt, api, phone).say('HI')).join()).toMatch(/automated CBT companion/);
  });

  it('long replies are split at sentences into messages of at most 320 characters, GSM-7 and emoji alike', async () => {
    ({ rt } = await app({ CLINIC_NAME: 'The Riverside Centre for Psychological Therapies and Wellbeing 🌿' }));
    const p = new SmsPatient(rt, api);
    const out = await p.say('hi');
    expect(out.length).toBeGreaterThan(3);
    for (const m of out) expect(m.length).toBeLessThanOrEqual(320);
    const emoji = out.filter((m) => m.includes('🌿'));
    expect(emoji.length).toBeGreaterThan(0);
    for (const m of emoji) expect(m.length).toBeLessThanOrEqual(201); // UCS-2: three segments of 67
    expect(out.join(' ')).toMatch(/^Hi, I'm Companion/); // in order
  });

  it('a 429 from Twilio is retried with backoff and then delivered', async () => {
    const made = await app();
    rt = made.rt;
    const p = new SmsPatient(rt, api);
    api.fail(1, 429, 20429);
    await p.text('hi');
    await rt.settle();
    const [row] = await rt.svc.database.rows<{ status: string; last_error: string }>(sql`select status, last_error from outbox where kind = 'patient_message' order by seq limit 1`);
    expect(row).toMatchObject({ status: 'pending', last_error: 'twilio_429' });
    expect(p.received()).toHaveLength(0);
    made.clock.advance(5_000);
    await rt.settle();
    expect(p.received().join()).toMatch(/automated CBT companion/);
  });

  it('Twilio down for ten minutes: the crisis reply is kept at once, sends are retried with growing gaps, and all arrive once, in order, when it is back', async () => {
    const made = await app();
    rt = made.rt;
    const p = new SmsPatient(rt, api);
    api.fail(10_000, 503);
    await p.text('hi');
    await rt.settle();
    await p.text(URGENT);
    await rt.settle();
    // Stored and waiting, whatever Twilio does: the crisis reply is in the database before any send.
    const stored = await rt.svc.database.rows<{ n: number }>(sql`select count(*)::int as n from messages where direction = 'out' and author = 'system'`);
    expect(stored[0]!.n).toBeGreaterThanOrEqual(1);
    for (let s = 0; s < 600; s += 15) {
      made.clock.advance(15_000);
      await rt.settle();
    }
    expect(p.received()).toHaveLength(0);
    // Backed off, not hammered: the first message was tried a handful of times in ten minutes, and nothing given up.
    const [first] = await rt.svc.database.rows<{ attempts: number; status: string }>(sql`select attempts, status from outbox where kind = 'patient_message' order by seq limit 1`);
    expect(first!.status).toBe('pending');
    expect(first!.attempts).toBeGreaterThanOrEqual(5);
    expect(first!.attempts).toBeLessThanOrEqual(12);

    api.fail(0, 503);
    for (let s = 0; s < 600; s += 15) {
      made.clock.advance(15_000);
      await rt.settle();
    }
    const got = p.received();
    expect(got.join('\n')).toMatch(/automated CBT companion/);
    expect(got.join('\n')).toMatch(/988/);
    expect(new Set(got).size).toBe(got.length);
    // In the order they were written: the welcome before the crisis reply.
    expect(got.findIndex((t) => /automated CBT companion/.test(t))).toBeLessThan(got.findIndex((t) => /988/.test(t)));
  });

  it('error 21610 (the number opted out at the carrier) marks the number and stops sending to it', async () => {
    const made = await app();
    rt = made.rt;
    const p = new SmsPatient(rt, api);
    api.fail(1, 400, 21610);
    await p.text('hi');
    await rt.settle();
    expect(p.received()).toHaveLength(0);
    const [identity] = await rt.svc.db.select().from(channelIdentities).where(eq(channelIdentities.channel, 'sms'));
    expect(identity?.blockedCode).toBe('21610');
    made.clock.advance(3_600_000);
    await p.text('are you there');
    await rt.settle();
    expect(p.received()).toHaveLength(0);
    const failed = await rt.svc.db.select({ status: messages.status, errorCode: messages.errorCode }).from(messages).where(and(eq(messages.direction, 'out'), eq(messages.patientId, identity!.patientId)));
    expect(failed.every((m) => m.status === 'failed')).toBe(true);
  });

  it('status callbacks record delivery, never move a status backwards, and are signed too', async () => {
    ({ rt } = await app());
    const p = new SmsPatient(rt, api);
    await p.say('hi');
    const sid = api.sent[0]!.sid;
    const callback = (status: string, extra: Record<string, string> = {}) => twilioPost(rt, '/api/sms/status', { MessageSid: sid, MessageStatus: status, AccountSid: SMS_CONFIG.TWILIO_ACCOUNT_SID, ...extra });
    expect((await callback('sent')).statusCode).toBe(200);
    expect((await callback('delivered')).statusCode).toBe(200);
    expect((await callback('sent')).statusCode).toBe(200);
    const [m] = await rt.svc.db.select().from(messages).where(eq(messages.externalId, sid));
    expect(m?.status).toBe('delivered');
    const forged = await twilioPost(rt, '/api/sms/status', { MessageSid: sid, MessageStatus: 'failed' }, { token: 'wrong' });
    expect(forged.statusCode).toBe(403);
  });

  it('an undeliverable number reported by a status callback stops further sends', async () => {
    ({ rt } = await app());
    const p = new SmsPatient(rt, api);
    await p.say('hi');
    await twilioPost(rt, '/api/sms/status', { MessageSid: api.sent[0]!.sid, MessageStatus: 'undelivered', ErrorCode: '30006' });
    const before = p.received().length;
    await p.say('7');
    expect(p.received()).toHaveLength(before);
  });

  it('a scheduled check-in arrives at the patient’s local time, and never goes to a number that opted out', async () => {
    const made = await app({ DEFAULT_TIMEZONE: 'UTC' });
    rt = made.rt;
    made.clock.set('2026-05-04T08:00:00Z');
    const auth = { authorization: `Bearer ${ADMIN_TOKEN}` };
    const phone = '+15551230001';
    const res = await rt.app.inject({ method: 'POST', url: '/api/admin/patients', headers: auth, payload: { phone, timezone: 'Europe/London', checkIn: { time: '10:00' } } });
    expect(res.statusCode).toBe(201);
    const p = new SmsPatient(rt, api, phone);
    await p.say('hi');
    await p.say('yes');
    await p.say('5');
    await p.say('Calm');
    const before = p.received().length;
    made.clock.set('2026-05-04T08:59:00Z'); // 09:59 in London (BST)
    await rt.settle();
    expect(p.received()).toHaveLength(before);
    made.clock.set('2026-05-04T09:00:30Z');
    await rt.settle();
    expect(p.received().at(-1)).toMatch(/time for your check-in/);
    await p.say('STOP');
    const stopped = p.received().length;
    made.clock.set('2026-05-05T09:01:00Z');
    await rt.settle();
    expect(p.received()).toHaveLength(stopped);
  });

  it('after the last tier, on-call clinicians with a phone are paged by SMS as a fallback, with no patient content', async () => {
    const made = await app({ ESCALATION_ACK_TIMEOUT_S: '60' });
    rt = made.rt;
    const w = new TeamsWorld(rt, connector, made.clock);
    await w.clinician('Dr Ada', 1, { phone: '+15550001111' });
    await w.clinician('Dr Bo', 2, { phone: '+15550002222' });
    await new SmsPatient(rt, api).say(URGENT);
    expect(api.to('+15550001111')).toHaveLength(0);
    await w.timeout(61);
    expect(api.to('+15550001111')).toHaveLength(0);
    await w.timeout(61);
    const pages = [...api.to('+15550001111'), ...api.to('+15550002222')];
    expect(pages).toHaveLength(2);
    for (const page of pages) {
      expect(page).toMatch(/URGENT: patient P-[A-Z0-9]{5} needs an on-call clinician/);
      expect(page).not.toMatch(/pills|kill/);
    }
  });

  it('inside an exercise by text, "can we stop this" leaves the exercise (not the service), and no reply asks for an opt-out word', async () => {
    ({ rt } = await app());
    const p = new SmsPatient(rt, api);
    for (const t of ['hi', 'yes', '5', 'tired']) await p.say(t);
    const breathing = await p.say('can u do the breathing thing w me');
    expect(breathing.join()).toMatch(/breath/i);
    const left = await p.say('can we stop this');
    expect(left.join()).toMatch(/What would you like to do next/);
    expect(left.join()).not.toMatch(/unsubscribe|opted out/i);
    const grounding = await p.say('grounding pls');
    const everything = [...breathing, ...left, ...grounding].join('\n');
    // Leaving is said with MENU: STOP, QUIT, CANCEL and END are carrier opt-out words on SMS.
    expect(everything).not.toMatch(/\b(type|say|send|reply)\b[^.]*\b(stop|quit|cancel|end)\b/i);
    const [identity] = await rt.svc.db.select().from(channelIdentities).where(eq(channelIdentities.patientId, (await rt.svc.db.select().from(messages).limit(1))[0]!.patientId));
    expect(identity?.optedOutAt ?? null).toBeNull();
  });
});

describe('rotating the encryption key', () => {
  it('keeps every SMS patient recognised by their number, and their history readable, through two rotations', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cbt-rotate-'));
    const durable = await durableDatabase(dataDir);
    const [a, b, c, lookup] = [generateKey(), generateKey(), generateKey(), generateKey()];
    const open = async (keys: Record<string, string>) =>
      startApp({ ...SMS_CONFIG, ADMIN_TOKEN, SMS_ENROLMENT: 'open', SESSION_SECRET: 's'.repeat(8) + generateKey(), ...keys }, { dataDir, database: await durable.open(), clock: new ManualClock(new Date()) });
    const patientsOf = async (r: TestRuntime, phone: string) =>
      (await r.svc.db.select().from(channelIdentities).where(eq(channelIdentities.addressHash, r.svc.crypto.hash(phone)))).map((x) => x.patientId);
    const phone = '+15550107788';
    try {
      // Before a separate lookup key existed: hashes derived from the encryption key.
      let r = await open({ ENCRYPTION_KEY: a });
      await new SmsPatient(r, api, phone).say('hi');
      const [patientId] = await patientsOf(r, phone);
      expect(patientId).toBeDefined();
      await r.close();
      // Rotated, and given its own lookup key: the stored hashes are recomputed at start-up.
      r = await open({ ENCRYPTION_KEY: b, ENCRYPTION_KEYS_RETIRED: a, LOOKUP_KEY: lookup });
      expect(await patientsOf(r, phone)).toEqual([patientId]);
      await new SmsPatient(r, api, phone).say('still me');
      await r.close();
      // Rotated again: the lookup key is unchanged, so nothing to recompute, and the number is known.
      r = await open({ ENCRYPTION_KEY: c, ENCRYPTION_KEYS_RETIRED: `${b},${a}`, LOOKUP_KEY: lookup });
      await new SmsPatient(r, api, phone).say('and again');
      expect(await patientsOf(r, phone)).toEqual([patientId]);
      const inbound = (await r.svc.db.select().from(messages).where(and(eq(messages.patientId, patientId!), eq(messages.direction, 'in')))).map((m) => r.svc.crypto.decrypt(m.bodyEnc));
      expect(inbound.sort()).toEqual(['and again', 'hi', 'still me']);
      await r.close();
    } finally {
      await durable.cleanup();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

