import { eq, sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../bot/config.js';
import { messages } from '../db/schema/index.js';
import type { TestRuntime } from './helpers.js';
import { startApp, WebPatient } from './helpers.js';

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
});
