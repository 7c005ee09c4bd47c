import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import { createServer } from 'node:http';
import { createServer as createTcpServer } from 'node:net';

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

