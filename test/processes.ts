import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import { createServer } from 'node:http';
import { createServer as createTcpServer } from 'node:net';
import { teamsActivity } from './msw/bot-connector.js';

/** The service run as its own OS process, as an operator runs it, for tests that kill it for real. */

/** A free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createTcpServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export interface Started {
  child: ChildProcess;
  stderr: () => string;
  exited: Promise<number | null>;
}

/** `npm start` as an operator runs it (the real entry point, its own OS process), on one data folder. */
export async function start(dataDir: string, env: Record<string, string> = {}): Promise<Started & { port: number }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'bot/main.ts'], {
    env: { ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'warn', DATA_DIR: dataDir, PORT: String(port), DATABASE_URL: '', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, port, stderr: () => err, exited };
}

export async function ready(port: number, exited: Promise<number | null>): Promise<boolean> {
  let gone = false;
  void exited.then(() => (gone = true));
  for (let i = 0; i < 240 && !gone; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/readyz`)).ok) return true;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}


export interface Posted {
  method: string;
  path: string;
  body: { type?: string; text?: string; attachments?: unknown[] };
  /** False for a card the connector took and never answered. */
  answered: boolean;
}

/**
 * A Bot Connector on this machine (the service runs with TEAMS_EMULATOR, which talks only to
 * loopback). `hangCards`: cards are taken and never answered (a connector outage mid-page).
 */
export async function fakeConnector(options: { hangCards?: () => boolean } = {}): Promise<{ serviceUrl: string; posted: Posted[]; close: () => Promise<void> }> {
  const posted: Posted[] = [];
  const held: Array<{ destroy: () => void }> = [];
  const server: Server = createServer((req: IncomingMessage, res) => {
    let raw = '';
    req.on('data', (d: Buffer) => (raw += d.toString()));
    req.on('end', () => {
      const body = raw ? (JSON.parse(raw) as Posted['body']) : {};
      const card = (body.attachments ?? []).length > 0;
      posted.push({ method: req.method ?? '', path: req.url ?? '', body, answered: !(card && options.hangCards?.()) });
      if (card && options.hangCards?.()) {
        held.push(res.socket ?? { destroy: () => {} });
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: randomUUID() }));
    });
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    serviceUrl: `http://127.0.0.1:${port}/teams/`,
    posted,
    close: () =>
      new Promise((resolve) => {
        for (const s of held) s.destroy();
        server.close(() => resolve());
      }),
  };
}


/** Polls until `what` gives a value (errors count as not yet), or gives up after `ms`. */
export async function until<T>(what: () => Promise<T | undefined>, ms: number, everyMs = 200): Promise<T | undefined> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const found = await what().catch(() => undefined);
    if (found !== undefined) return found;
    await new Promise((r) => setTimeout(r, everyMs));
  }
  return undefined;
}

/** A JSON call to a running service, with a bearer token. */
export function caller(adminToken: string) {
  return (port: number, method: string, path: string, body?: unknown, token = adminToken) =>
    fetch(`http://127.0.0.1:${port}${path}`, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
}

/**
 * Registers a clinician on shift at tier 1 through the operator API of the service on `port`, who then
 * says hi to the bot in Teams (through `teamsPort`) from a connector at `serviceUrl`; returns their Entra id.
 */
export async function onCallClinician(port: number, adminToken: string, serviceUrl: string, teamsPort = port): Promise<string> {
  const call = caller(adminToken);
  const aad = `aad-${randomUUID()}`;
  const created = await call(port, 'POST', '/api/admin/clinicians', { name: 'Dr Ada', teamsUserId: aad });
  const { id } = (await created.json()) as { id: string };
  const shift = await call(port, 'POST', '/api/admin/shifts', { clinicianId: id, tier: 1, startsAt: new Date(Date.now() - 3_600_000).toISOString(), endsAt: new Date(Date.now() + 12 * 3_600_000).toISOString() });
  if (shift.status !== 201) throw new Error(`shift: ${shift.status}`);
  const hello = teamsActivity({ aad, name: 'Dr Ada' }, 'message', { text: 'hi', serviceUrl });
  const said = await fetch(`http://127.0.0.1:${teamsPort}/api/teams/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(hello) });
  if (said.status >= 300) throw new Error(`teams hello: ${said.status}`);
  return aad;
}
