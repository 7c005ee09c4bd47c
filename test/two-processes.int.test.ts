import type { ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { withDatabase } from './global-setup.js';
import { caller, fakeConnector, onCallClinician, ready, start, until } from './processes.js';

const url = process.env.TEST_DATABASE_URL;
const ADMIN_TOKEN = `two-proc-${randomBytes(16).toString('hex')}`;



// Two service processes on one server Postgres: only where a server runs (the server lane).
describe.skipIf(!url)('two service processes on one server Postgres', () => {
  const running: ChildProcess[] = [];
  const dirs: string[] = [];
  const name = `cbt_two_${randomBytes(5).toString('hex')}`;
  const admin = url ? postgres(url, { max: 1, onnotice: () => {} }) : null;
  afterAll(async () => {
    for (const c of running) c.kill('SIGKILL');
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
    await admin?.unsafe(`alter database ${name} allow_connections true`).catch(() => {});
    await admin?.unsafe(`drop database if exists ${name} with (force)`).catch(() => {});
    await admin?.end();
  });

  it('answer each message once, page and send once, refuse cleanly while the database is unreachable, and carry on after with nothing lost', async () => {
    await admin!.unsafe(`create database ${name} template ${inject('templateDatabase')}`);
    const connector = await fakeConnector();
    try {
      // Both share the database and the secrets, as two replicas behind a load balancer do.
      const env = {
        DATABASE_URL: withDatabase(url!, name),
        SESSION_SECRET: randomBytes(32).toString('hex'),
        ENCRYPTION_KEY: randomBytes(32).toString('base64'),
        LOOKUP_KEY: randomBytes(32).toString('base64'),
        ADMIN_TOKEN,
        TEAMS_EMULATOR: 'true',
      };
      const procs = [];
      for (let i = 0; i < 2; i++) {
        const dir = mkdtempSync(join(tmpdir(), 'cbt-two-'));
        dirs.push(dir);
        const p = await start(dir, env);
        running.push(p.child);
        procs.push(p);
      }
      for (const p of procs) expect(await ready(p.port, p.exited)).toBe(true);
      const [a, b] = procs as [(typeof procs)[number], (typeof procs)[number]];
      const call = caller(ADMIN_TOKEN);
      // A clinician on shift who has said hi to the bot in Teams.
      const aad = await onCallClinician(a.port, ADMIN_TOKEN, connector.serviceUrl, b.port);

      // Six patients, their messages sent to either process: each answered once.
      const patients: string[] = [];
      for (let i = 0; i < 6; i++) {
        const via = i % 2 ? a : b;
        const session = (await (await fetch(`http://127.0.0.1:${via.port}/api/web/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json()) as { token: string };
        patients.push(session.token);
      }
      const send = (port: number, token: string, text: string) => call(port, 'POST', '/api/web/messages', { text, clientMessageId: randomUUID() }, token);
      const outbound = async (token: string) =>
        ((await (await call(a.port, 'GET', '/api/web/messages', undefined, token)).json()) as { messages: Array<{ direction: string; text: string }> }).messages.filter((m) => m.direction === 'out').map((m) => m.text);
      for (const [i, token] of patients.entries()) expect((await send(i % 2 ? b.port : a.port, token, 'hi')).status).toBe(202);
      // (The summaries question at enrolment.)
      for (const [i, token] of patients.entries()) expect((await send(i % 2 ? b.port : a.port, token, 'yes')).status).toBe(202);
      for (const [i, token] of patients.entries()) expect((await send(i % 2 ? a.port : b.port, token, '7')).status).toBe(202);
      const answered = await until(async () => {
        const all = await Promise.all(patients.map(outbound));
        return all.every((o) => o.some((t) => /which word fits/i.test(t))) ? all : undefined;
      }, 60_000);
      expect(answered).toBeDefined();
      // The greeting and the follow-up question once each: no message ran twice across the two processes.
      for (const o of answered!) expect(new Set(o).size).toBe(o.length);

      // The database becomes unreachable (its connections ended, new ones refused, as during a restart).
      await admin!.unsafe(`alter database ${name} allow_connections false`);
      await admin!.unsafe(`select pg_terminate_backend(pid) from pg_stat_activity where datname = '${name}'`);
      expect(await until(async () => ((await fetch(`http://127.0.0.1:${a.port}/readyz`)).status === 503 ? true : undefined), 20_000)).toBe(true);
      const refused = await send(b.port, patients[0]!, 'still there?');
      expect(refused.status).toBe(503);
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('database_unavailable');
      await new Promise((r) => setTimeout(r, 3000));

      // Back: both processes carry on by themselves, nothing restarted.
      await admin!.unsafe(`alter database ${name} allow_connections true`);
      for (const p of procs) expect(await until(async () => ((await fetch(`http://127.0.0.1:${p.port}/readyz`)).ok ? true : undefined), 30_000)).toBe(true);
      expect(a.child.exitCode).toBeNull();
      expect(b.child.exitCode).toBeNull();

      // A crisis after the outage: the reply at once, and the on-call clinician paged exactly once.
      const urgent = await send(b.port, patients[1]!, 'I have the pills in my hand and I am going to take them all now');
      expect(urgent.status).toBe(202);
      const cards = () => connector.posted.filter((p) => p.method === 'POST' && decodeURIComponent(p.path).includes(`a:conv-${aad}`));
      const paged = await until(async () => (cards().some((p) => (p.body.attachments ?? []).length > 0) ? true : undefined), 30_000);
      expect(paged).toBe(true);
      await new Promise((r) => setTimeout(r, 5000));
      expect(cards().filter((p) => (p.body.attachments ?? []).length > 0)).toHaveLength(1);
      expect((await outbound(patients[1]!)).some((t) => /988|emergency|911/i.test(t))).toBe(true);
      for (const p of procs) p.child.kill('SIGTERM');
      await Promise.all(procs.map((p) => p.exited));
    } finally {
      await connector.close();
    }
  }, 300_000);
});
