import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, messages, patients, screenings } from '../db/schema/index.js';
import { LEASE_MS } from '../bot/turn/process.js';
import { ManualClock } from '../bot/clock.js';
import type { TestRuntime } from './helpers.js';
import { durableDatabase, startApp, WebPatient } from './helpers.js';
import { issueToken } from '../bot/channels/web/session-token.js';

/** A token signed with the service's own secret for an arbitrary subject. */
function signedFor(rt: TestRuntime, subject: string): string {
  return issueToken(rt.svc.sessionSecret, subject, new Date(), 600).token;
}

describe('web chat', () => {
  let rt: TestRuntime;
  beforeAll(async () => {
    rt = await startApp();
  });
  afterAll(async () => {
    await rt.close();
  });

  it('a patient is told what the bot is and walked through a mood check-in', async () => {
    const p = await WebPatient.create(rt);
    const hello = await p.say('hi');
    expect(hello.join('\n')).toMatch(/automated CBT companion/);
    expect(hello.join('\n')).toMatch(/not a therapist/);
    expect(hello.join('\n')).toMatch(/not an emergency service/);
    expect(hello.join('\n')).toMatch(/988/);
    expect(hello.at(-1)).toMatch(/may I give your care team a short summary/);
    expect((await p.say('yes')).at(-1)).toMatch(/from 0 .* to 10/);

    const feeling = await p.say('4');
    expect(feeling).toHaveLength(1);
    expect(feeling[0]).toMatch(/which word fits/i);
    const offered = (await p.messages()).at(-1)?.quickReplies?.map((q) => q.label);
    expect(offered).toContain('Anxious');

    const reflection = await p.say('Anxious');
    expect(reflection[0]).toMatch(/anxious, with your mood at 4 out of 10/i);
    // Then the intake is offered (what to call them, what they want help with, a check-in time).
    expect(reflection.at(-1)).toMatch(/three quick things/i);

    // Kept for the care team, sealed: the rating reads back with the key only.
    const [stored] = await rt.svc.database.rows<{ instrument: string; score_enc: string }>(
      sql`select instrument, score_enc from questionnaire_responses where patient_id = ${p.patientId}`,
    );
    expect(stored?.instrument).toBe('mood');
    expect(rt.svc.crypto.decrypt(stored!.score_enc)).toBe('4');
  });

  it('a patient in Mexico is onboarded in Spanish with Mexican crisis numbers, and the check-in works in Spanish', async () => {
    const p = await WebPatient.create(rt, { locale: 'es-MX', timezone: 'America/Mexico_City' });
    const hello = await p.say('hola');
    await p.say('sí'); // summaries question at enrolment
    expect(hello[0]).toMatch(/acompañante automático de TCC/);
    expect(hello[0]).toMatch(/800 911 2000/);
    expect(hello[0]).not.toMatch(/988/);
    expect((await p.say('siete'))[0]).toMatch(/Qué palabra describe mejor/);
    const reflection = await p.say('Tranquilo/a');
    expect(reflection[0]).toMatch(/tranquilo\/a, con el ánimo en 7 de 10/);
    expect((await p.say('respiración')).join()).toMatch(/respiración en caja/);
  });

  it('the widget can mark out the crisis reply, and shows the crisis numbers as links before any session', async () => {
    const p = await WebPatient.create(rt, { locale: 'en-US' });
    await p.say("i'm going to kill myself tonight, i've saved up the pills");
    const crisis = (await p.messages()).filter((m) => m.kind === 'crisis');
    expect(crisis).toHaveLength(1);
    expect(crisis[0]!.text).toMatch(/988/);
    expect((await p.messages()).filter((m) => m.direction === 'out' && !m.kind).length).toBeGreaterThan(0);

    // Public, by locale: the link works before a conversation starts and after a session expires.
    const gb = await rt.app.inject({ method: 'GET', url: '/api/web/resources?locale=en-GB' });
    expect(gb.statusCode).toBe(200);
    expect(gb.json()).toMatchObject({ headline: 'In crisis? Call Samaritans on 116 123', numbers: expect.arrayContaining([{ number: '116 123', tel: 'tel:116123' }, { number: '85258', sms: 'sms:85258?body=SHOUT' }]), emergency: [{ number: '999', tel: 'tel:999' }] });
    // A text line that serves English speakers only is not offered on a Spanish page.
    const us = await rt.app.inject({ method: 'GET', url: '/api/web/resources?locale=es-US' });
    expect(us.json<{ numbers: { number: string }[] }>().numbers.map((n) => n.number)).toEqual(['988']);
    expect((await rt.app.inject({ method: 'GET', url: '/api/web/resources', headers: { authorization: 'Bearer nonsense' } })).statusCode).toBe(401);
  });

  it('the widget script: revalidated at its pasted URL, immutable under its content hash', async () => {
    const first = await rt.app.inject({ method: 'GET', url: '/widget.js' });
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toMatch(/javascript/);
    const etag = String(first.headers.etag);
    expect(first.headers['cache-control']).toMatch(/max-age=300/);
    expect((await rt.app.inject({ method: 'GET', url: '/widget.js', headers: { 'if-none-match': etag } })).statusCode).toBe(304);
    const pinned = await rt.app.inject({ method: 'GET', url: `/widget-${etag.replaceAll('"', '')}.js` });
    expect(pinned.statusCode).toBe(200);
    expect(pinned.headers['cache-control']).toMatch(/immutable/);
    expect(pinned.body).toBe(first.body);
    // The demo page embeds it the way a clinic does.
    expect((await rt.app.inject({ method: 'GET', url: '/' })).body).toMatch(/<script src="\/widget\.js"( data-[a-z]+="[^"]+")* async><\/script>/);
  });

  it('a repeated clientMessageId is accepted once and gets exactly one reply', async () => {
    const p = await WebPatient.create(rt);
    const first = await p.send('hi', 'same-id');
    expect(first.statusCode).toBe(202);
    await rt.settle();
    const repliesAfterFirst = (await p.replies()).length;
    const second = await p.send('hi', 'same-id');
    expect([200, 202]).toContain(second.statusCode);
    expect(second.json()).toMatchObject({ id: first.json<{ id: string }>().id, duplicate: true });
    await rt.settle();
    expect(await p.replies()).toHaveLength(repliesAfterFirst);
    expect((await p.messages()).filter((m) => m.direction === 'in')).toHaveLength(1);
  });

  it('two patients may use the same clientMessageId without colliding', async () => {
    const a = await WebPatient.create(rt);
    const b = await WebPatient.create(rt);
    expect((await a.send('hi', 'c1')).statusCode).toBe(202);
    expect((await b.send('hi', 'c1')).statusCode).toBe(202);
  });

  it('bad input gets a clear JSON error and stores nothing', async () => {
    const p = await WebPatient.create(rt);
    const auth = { authorization: `Bearer ${p.token}` };
    const cases: Array<[string, InjectOptions, number, string]> = [
      ['empty text', { method: 'POST', url: '/api/web/messages', headers: auth, payload: { text: '', clientMessageId: 'a' } }, 400, 'empty_text'],
      ['whitespace text', { method: 'POST', url: '/api/web/messages', headers: auth, payload: { text: ' \n\t ', clientMessageId: 'b' } }, 400, 'empty_text'],
      ['text over 4,000 characters', { method: 'POST', url: '/api/web/messages', headers: auth, payload: { text: 'a'.repeat(4001), clientMessageId: 'c' } }, 413, 'text_too_long'],
      ['a body over the limit', { method: 'POST', url: '/api/web/messages', headers: { ...auth, 'content-type': 'application/json' }, payload: JSON.stringify({ text: 'a'.repeat(70_000), clientMessageId: 'd' }) }, 413, 'payload_too_large'],
      ['malformed JSON', { method: 'POST', url: '/api/web/messages', headers: { ...auth, 'content-type': 'application/json' }, payload: '{"text":' }, 400, 'bad_request'],
      ['text of the wrong type', { method: 'POST', url: '/api/web/messages', headers: auth, payload: { text: 42, clientMessageId: 'e' } }, 400, 'invalid_request'],
      ['no clientMessageId', { method: 'POST', url: '/api/web/messages', headers: auth, payload: { text: 'hi' } }, 400, 'invalid_request'],
      ['no token', { method: 'POST', url: '/api/web/messages', payload: { text: 'hi', clientMessageId: 'f' } }, 401, 'unauthorized'],
      ['a forged token', { method: 'POST', url: '/api/web/messages', headers: { authorization: `Bearer ${p.token.slice(0, -3)}${p.token.endsWith('abc') ? 'xyz' : 'abc'}` }, payload: { text: 'hi', clientMessageId: 'g' } }, 401, 'invalid_token'],
      ['a signed token that names no patient id', { method: 'POST', url: '/api/web/messages', headers: { authorization: `Bearer ${signedFor(rt, 'not-a-uuid')}` }, payload: { text: 'hi', clientMessageId: 'i' } }, 401, 'invalid_token'],
      ['a token for another purpose', { method: 'POST', url: '/api/web/messages', headers: { authorization: 'Bearer v1.e30.AAAA' }, payload: { text: 'hi', clientMessageId: 'h' } }, 401, 'invalid_token'],
      ['an unknown route', { method: 'GET', url: '/api/web/nope', headers: auth }, 404, 'not_found'],
      ['a bad locale', { method: 'POST', url: '/api/web/sessions', payload: { locale: 'not a locale!' } }, 400, 'invalid_request'],
      ['a bad time zone', { method: 'POST', url: '/api/web/sessions', payload: { timezone: 'Mars/Olympus' } }, 400, 'invalid_request'],
    ];
    for (const [what, request, status, code] of cases) {
      const res = await rt.app.inject(request);
      expect(res.statusCode, what).toBe(status);
      const body = res.json<{ error: { code: string; message: string } }>();
      expect(body.error.code, what).toBe(code);
      expect(body.error.message, what).not.toMatch(/\bat \S+\.(ts|js):\d+/);
    }
    const [row] = await rt.svc.db.select({ n: sql<number>`count(*)::int` }).from(messages).where(eq(messages.patientId, p.patientId));
    expect(row?.n).toBe(0);
  });

  it('every patient turn has a stored screening result', async () => {
    const p = await WebPatient.create(rt);
    await p.say('hi');
    await p.say('yes'); // summaries question at enrolment
    await p.say('6');
    await p.say('I feel hopeless, like nothing will ever change');
    const inbound = await rt.svc.db
      .select({ id: messages.id, level: screenings.level, version: screenings.version })
      .from(messages)
      .leftJoin(screenings, eq(screenings.messageId, messages.id))
      .where(sql`${messages.patientId} = ${p.patientId} and ${messages.direction} = 'in'`);
    expect(inbound).toHaveLength(4);
    for (const m of inbound) {
      expect(m.level).not.toBeNull();
      expect(m.version).toBeTruthy();
    }
    expect(inbound.map((m) => m.level)).toContain('concern');
  });

  it('message bodies are encrypted at rest', async () => {
    const p = await WebPatient.create(rt);
    await p.say('my secret worry about the exam');
    const raw = await rt.svc.database.rows<{ body_enc: string }>(sql`select body_enc from messages where patient_id = ${p.patientId}`);
    expect(raw.length).toBeGreaterThan(1);
    for (const r of raw) {
      expect(r.body_enc).toMatch(/^v1\./);
      expect(r.body_enc).not.toContain('secret worry');
    }
  });
});

describe('ending a patient\'s web sessions', () => {
  it('an operator revokes them: every token issued before stops working at once, audited, and a new session works', async () => {
    const rt = await startApp({ ADMIN_TOKEN: 'revoke-admin-token-0123456789' });
    try {
      const p = await WebPatient.create(rt);
      expect((await p.send('hi')).statusCode).toBe(202);
      const res = await rt.app.inject({ method: 'POST', url: `/api/admin/patients/${p.patientId}/sessions/revoke`, headers: { authorization: 'Bearer revoke-admin-token-0123456789' } });
      expect(res.statusCode).toBe(204);
      for (const request of [p.send('are you there?'), rt.app.inject({ method: 'GET', url: '/api/web/messages', headers: { authorization: `Bearer ${p.token}` } })]) {
        const refused = await request;
        expect(refused.statusCode).toBe(401);
        expect(refused.json<{ error: { code: string } }>().error.code).toBe('session_revoked');
      }
      const [audit] = await rt.svc.db.select().from(auditEvents).where(eq(auditEvents.action, 'web_sessions_revoked'));
      expect(audit?.subjectId).toBe(p.patientId);
      expect((await (await WebPatient.create(rt)).send('hi')).statusCode).toBe(202);
      const unknown = await rt.app.inject({ method: 'POST', url: '/api/admin/patients/00000000-0000-4000-8000-000000000000/sessions/revoke', headers: { authorization: 'Bearer revoke-admin-token-0123456789' } });
      expect(unknown.statusCode).toBe(404);
    } finally {
      await rt.close();
    }
  });
});

describe('a claim left by a process that died', () => {
  it('holds the patient up only for the short lease, then their message is answered', async () => {
    const clock = new ManualClock(new Date('2026-05-04T10:00:00Z'));
    const rt = await startApp({}, { clock });
    try {
      const p = await WebPatient.create(rt);
      await p.say('hi');
      await p.say('yes'); // summaries question at enrolment
      // Another process took this patient's turns and was SIGKILLed before releasing them.
      await rt.svc.db.update(patients).set({ leaseOwner: 'dead-process:1', leaseUntil: new Date(clock.now().getTime() + LEASE_MS) }).where(eq(patients.id, p.patientId));
      const before = (await p.replies()).length;
      expect((await p.send('are you there?')).statusCode).toBe(202);
      await rt.settle();
      expect(await p.replies()).toHaveLength(before);
      clock.advance(LEASE_MS + 1);
      await rt.settle();
      expect((await p.replies()).length).toBeGreaterThan(before);
    } finally {
      await rt.close();
    }
  });
});

describe('restart', () => {
  it('a new app instance over the same data continues the same conversation', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cbt-restart-'));
    try {
      const durable = await durableDatabase(dataDir);
      const open = async () => startApp({}, { dataDir, database: await durable.open() });
      const first = await open();
      const p = await WebPatient.create(first);
      await p.say('hi');
      await p.say('yes'); // summaries question at enrolment
      await p.say('8');
      const before = await p.messages();
      await first.close();

      const second = await open();
      const again = new WebPatient(second, p.token, p.patientId);
      expect(await again.messages()).toEqual(before);
      const next = await again.say('Hopeful');
      expect(next[0]).toMatch(/hopeful, with your mood at 8 out of 10/i);
      await second.close();
      await durable.cleanup();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('which sites may embed the widget', () => {
  it('only the origins in WEB_ALLOWED_ORIGINS may call the widget API from a browser, with every method it uses', async () => {
    const rt = await startApp({ WEB_ALLOWED_ORIGINS: 'https://www.riverside-clinic.example, https://portal.riverside-clinic.example' });
    try {
      const preflight = (origin: string, method: string, url: string) =>
        rt.app.inject({ method: 'OPTIONS', url, headers: { origin, 'access-control-request-method': method, 'access-control-request-headers': 'authorization,content-type' } });
      for (const [method, url] of [['POST', '/api/web/messages'], ['DELETE', '/api/web/phone'], ['GET', '/api/web/events']] as const) {
        const ok = await preflight('https://portal.riverside-clinic.example', method, url);
        expect(ok.headers['access-control-allow-origin']).toBe('https://portal.riverside-clinic.example');
        expect(String(ok.headers['access-control-allow-methods'])).toContain(method);
      }
      expect((await preflight('https://elsewhere.example', 'POST', '/api/web/messages')).headers['access-control-allow-origin']).toBeUndefined();
      // The admin API is never for browsers on other sites.
      expect((await preflight('https://portal.riverside-clinic.example', 'GET', '/api/admin/patients')).headers['access-control-allow-origin']).toBeUndefined();
    } finally {
      await rt.close();
    }
  });
});
