import { eq, sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../bot/config.js';
import { messages } from '../db/schema/index.js';
import type { TestRuntime } from './helpers.js';
import { startApp, WebPatient } from './helpers.js';
import { MAX_STREAMS } from '../bot/channels/web/routes.js';

describe('request limits', () => {
  let rt: TestRuntime | undefined;
  afterEach(async () => {
    await rt?.close();
    rt = undefined;
  });

  const newSession = (forwardedFor: string) =>
    rt!.app.inject({ method: 'POST', url: '/api/web/sessions', headers: { 'x-forwarded-for': forwardedFor }, payload: {} });

  it('a client cannot walk past the session limit by claiming another address in X-Forwarded-For', async () => {
    rt = await startApp({ WEB_SESSION_RATE_PER_MIN: '3' });
    const codes = [];
    for (let i = 0; i < 6; i++) codes.push((await newSession(`203.0.113.${i + 1}`)).statusCode);
    expect(codes).toEqual([201, 201, 201, 429, 429, 429]);
  });

  it('behind a proxy the clinic names in TRUST_PROXY, each real client has its own limit', async () => {
    rt = await startApp({ WEB_SESSION_RATE_PER_MIN: '3', TRUST_PROXY: '127.0.0.1' });
    const codes = [];
    for (let i = 0; i < 6; i++) codes.push((await newSession(`203.0.113.${i + 1}`)).statusCode);
    expect(codes).toEqual([201, 201, 201, 201, 201, 201]);
    for (let i = 0; i < 3; i++) await newSession('198.51.100.7');
    expect((await newSession('198.51.100.7')).statusCode).toBe(429);
  });

  it('trusting every proxy hop is refused at start-up, by name', () => {
    for (const value of ['true', '*', 'yes please']) {
      expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(/TRUST_PROXY: must be the proxies' addresses/);
    }
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, loopback' }).TRUST_PROXY).toBe('10.0.0.0/8, loopback');
  });

  it('a patient sending faster than anyone types is told to wait, and every message already accepted is kept and answered', async () => {
    rt = await startApp({ WEB_MESSAGE_RATE_PER_MIN: '5' });
    const p = await WebPatient.create(rt);
    const other = await WebPatient.create(rt);
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await p.send(`message ${i}`)).statusCode);
    expect(statuses).toEqual([202, 202, 202, 202, 202]);
    const refused = await p.send('one too many');
    expect(refused.statusCode).toBe(429);
    expect(refused.json<{ error: { code: string } }>().error.code).toBe('rate_limited');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // Someone else's turn is not held up by it.
    expect((await other.send('hello')).statusCode).toBe(202);
    await rt.settle();
    const [row] = await rt.svc.db.select({ n: sql<number>`count(*)::int` }).from(messages).where(eq(messages.patientId, p.patientId));
    const inbound = (await p.messages()).filter((m) => m.direction === 'in').map((m) => m.text);
    expect(inbound).toEqual(['message 0', 'message 1', 'message 2', 'message 3', 'message 4']);
    expect(row!.n).toBeGreaterThan(5);
  });

  it('every response carries nosniff and HSTS: the API, an error, the widget page', async () => {
    rt = await startApp();
    const responses = [
      await rt.app.inject({ method: 'GET', url: '/healthz' }),
      await rt.app.inject({ method: 'POST', url: '/api/web/sessions', payload: {} }),
      await rt.app.inject({ method: 'GET', url: '/api/web/nope' }),
      await rt.app.inject({ method: 'POST', url: '/api/web/messages', payload: { text: 'hi', clientMessageId: 'x' } }),
      await rt.app.inject({ method: 'GET', url: '/' }),
      await rt.app.inject({ method: 'GET', url: '/widget.js' }),
    ];
    for (const res of responses) {
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['strict-transport-security']).toMatch(/max-age=31536000/);
    }
  });

  it('a session may hold a few event streams open, not an unbounded number; closing one frees its place', async () => {
    rt = await startApp();
    const p = await WebPatient.create(rt);
    await rt.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = rt.app.server.address() as { port: number };
    const open = () => {
      const controller = new AbortController();
      const response = fetch(`http://127.0.0.1:${port}/api/web/events`, { headers: { authorization: `Bearer ${p.token}` }, signal: controller.signal });
      return { controller, response };
    };
    const held = [];
    for (let i = 0; i < MAX_STREAMS; i++) {
      const s = open();
      expect((await s.response).status).toBe(200);
      held.push(s);
    }
    const refused = await open().response;
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('too_many_streams');
    held[0]!.controller.abort();
    let reopened = 429;
    for (let i = 0; i < 40 && reopened !== 200; i++) {
      await new Promise((r) => setTimeout(r, 50));
      const s = open();
      reopened = (await s.response).status;
      if (reopened === 200) held.push(s);
    }
    expect(reopened).toBe(200);
    for (const s of held) s.controller.abort();
  });

  it('a guessable operator token is refused at start-up, by name', () => {
    for (const weak of ['aaaaaaaaaaaaaaaaaaaa', '1212121212121212', 'passwordpassword']) {
      expect(() => loadConfig({ ADMIN_TOKEN: weak })).toThrow(/ADMIN_TOKEN: is too easy to guess/);
    }
    expect(loadConfig({ ADMIN_TOKEN: 'kQ3v9Zr1Lx8mWp2Tb7Yc5Nd0' }).ADMIN_TOKEN).toBe('kQ3v9Zr1Lx8mWp2Tb7Yc5Nd0');
  });
});

