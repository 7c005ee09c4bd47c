import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { caller, fakeConnector, freePort, onCallClinician, ready, start, until } from './processes.js';

interface Message {
  id: string;
  direction: 'in' | 'out';
  author: string;
  text: string;
}

/** An OpenAI-compatible provider that takes requests and never answers them: an outage that hangs. */
async function hangingProvider(): Promise<{ url: string; requests: () => number; close: () => Promise<void> }> {
  let requests = 0;
  const held: Array<{ destroy: () => void }> = [];
  const server: Server = createServer((req, res) => {
    requests += 1;
    held.push(res.socket ?? { destroy: () => {} });
    req.resume();
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests: () => requests,
    close: () =>
      new Promise((resolve) => {
        for (const s of held) s.destroy();
        server.close(() => resolve());
      }),
  };
}


// Real processes on the embedded database (the server lane runs the same code paths in process).
describe.skipIf(Boolean(process.env.TEST_DATABASE_URL))('a SIGKILL in the middle of a turn', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'cbt-crash-'));
  const running: ChildProcess[] = [];
  afterAll(() => {
    for (const c of running) c.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('loses nothing: while the LLM hangs a crisis still gets its reply at once; after the kill and a restart the turn is finished once', async () => {
    const provider = await hangingProvider();
    try {
      // The LLM is configured but hangs: every turn waits on its second opinion of the message.
      const first = await start(dataDir, { OPENAI_API_KEY: 'sk-test-hanging', OPENAI_BASE_URL: provider.url, LLM_TIMEOUT_MS: '60000' });
      running.push(first.child);
      expect(await ready(first.port, first.exited)).toBe(true);
      const base = `http://127.0.0.1:${first.port}`;
      const session = (await (await fetch(`${base}/api/web/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json()) as { token: string };
      const auth = { authorization: `Bearer ${session.token}`, 'content-type': 'application/json' };
      const send = async (port: number, text: string, clientMessageId: string) =>
        (await fetch(`http://127.0.0.1:${port}/api/web/messages`, { method: 'POST', headers: auth, body: JSON.stringify({ text, clientMessageId }) })).status;
      const messages = async (port: number) => ((await (await fetch(`http://127.0.0.1:${port}/api/web/messages`, { headers: auth })).json()) as { messages: Message[] }).messages;

      expect(await send(first.port, 'hi', 'm1')).toBe(202);
      // The turn is under way: the provider has the request and is not answering.
      expect(await until(async () => (provider.requests() > 0 ? true : undefined), 30_000)).toBe(true);
      // The safety path does not wait on it: an urgent message is answered with the crisis reply now.
      expect(await send(first.port, 'I have the pills in my hand and I am going to take them all now', 'm2')).toBe(202);
      const crisis = await until(async () => (await messages(first.port)).find((m) => m.direction === 'out' && /988|crisis|emergency|911/i.test(m.text)), 10_000);
      expect(crisis).toBeDefined();

      // Killed mid-turn, with no chance to release anything.
      first.child.kill('SIGKILL');
      await first.exited;

      // Restarted on the same folder, the provider still down (now simply absent): the turn left
      // half-way is taken up again within seconds, finished once, and nothing accepted is lost.
      const second = await start(dataDir, { OPENAI_API_KEY: '' });
      running.push(second.child);
      expect(await ready(second.port, second.exited)).toBe(true);
      const done = await until(async () => {
        const all = await messages(second.port);
        const greeted = all.some((m) => m.direction === 'out' && /short summary|mood/i.test(m.text));
        return greeted ? all : undefined;
      }, 30_000);
      expect(done).toBeDefined();
      const inbound = done!.filter((m) => m.direction === 'in').map((m) => m.text);
      expect(inbound).toEqual(['hi', 'I have the pills in my hand and I am going to take them all now']);
      // One crisis reply for the one urgent message, and the greeting once: no turn ran twice.
      const out = done!.filter((m) => m.direction === 'out').map((m) => m.text);
      expect(out.filter((t) => t === crisis!.text)).toHaveLength(1);
      expect(new Set(out).size).toBe(out.length);
      second.child.kill('SIGTERM');
      await second.exited;
    } finally {
      await provider.close();
    }
  }, 240_000);

  it('mid-page: a card the connector took but never answered is sent again after the restart, and the escalation is still paging', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cbt-crash-page-'));
    let hang = true;
    const connector = await fakeConnector({ hangCards: () => hang });
    const admin = `crash-admin-${randomBytes(12).toString('hex')}`;
    const env = { TEAMS_EMULATOR: 'true', ADMIN_TOKEN: admin };
    try {
      const first = await start(dir, env);
      running.push(first.child);
      expect(await ready(first.port, first.exited)).toBe(true);
      const call = caller(admin);
      await onCallClinician(first.port, admin, connector.serviceUrl);
      const session = (await (await fetch(`http://127.0.0.1:${first.port}/api/web/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json()) as { token: string };
      expect((await call(first.port, 'POST', '/api/web/messages', { text: 'I have the pills in my hand and I am going to take them all now', clientMessageId: 'u1' }, session.token)).status).toBe(202);
      const cards = () => connector.posted.filter((p) => (p.body.attachments ?? []).length > 0);
      // The page is under way: the connector has the card and is not answering.
      expect(await until(async () => (cards().length > 0 ? true : undefined), 30_000)).toBe(true);
      first.child.kill('SIGKILL');
      await first.exited;

      hang = false;
      const second = await start(dir, env);
      running.push(second.child);
      expect(await ready(second.port, second.exited)).toBe(true);
      // Sent again once the dead process's claim on it runs out, and answered this time.
      expect(await until(async () => (cards().some((p) => p.answered) ? true : undefined), 90_000)).toBe(true);
      const [esc] = ((await (await call(second.port, 'GET', '/api/admin/escalations')).json()) as { escalations: Array<{ status: string; level: string; paged: boolean }> }).escalations;
      expect(esc).toMatchObject({ level: 'urgent', status: 'paged', paged: true });
      second.child.kill('SIGTERM');
      await second.exited;
    } finally {
      await connector.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
