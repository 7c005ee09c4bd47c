import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import type { Logger } from 'pino';
import { inject } from 'vitest';
import type { Clock } from '../bot/clock.js';
import type { Config } from '../bot/config.js';
import { testConfig } from '../bot/config.js';
import type { Runtime } from '../bot/runtime.js';
import { createRuntime } from '../bot/runtime.js';
import type { Database } from '../db/client.js';
import { openDatabase } from '../db/client.js';
import { withDatabase } from './global-setup.js';

export type Overrides = Partial<Record<keyof Config, string>>;

/**
 * A fresh, migrated database for one test file: a copy of the run's snapshot (PGlite in process),
 * or a clone of the template database on the server named by TEST_DATABASE_URL.
 */
export async function freshDatabase(dataDir?: string): Promise<Database> {
  const url = process.env.TEST_DATABASE_URL;
  const template = inject('templateDatabase');
  if (url && template) {
    const name = `cbt_test_${randomUUID().replaceAll('-', '').slice(0, 12)}_${template.split('_').at(-1)}`;
    const admin = postgres(url, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name} template ${template}`);
    await admin.end();
    const db = await openDatabase({ url: withDatabase(url, name), poolSize: 6 });
    const close = db.close;
    return {
      ...db,
      close: async () => {
        await close();
        const drop = postgres(url, { max: 1, onnotice: () => {} });
        await drop.unsafe(`drop database if exists ${name} with (force)`);
        await drop.end();
      },
    };
  }
  const snapshot = new Blob([readFileSync(inject('pgliteSnapshot'))]);
  return openDatabase({ dataDir, loadDataDir: snapshot });
}

/**
 * A database that outlives one app instance, for restart tests: on PGlite a data dir (the first
 * open copies the migrated snapshot into it, later opens read what is there); on a server, one
 * database opened again by each instance. `cleanup` drops it.
 */
export async function durableDatabase(dataDir: string): Promise<{ open(): Promise<Database>; cleanup(): Promise<void> }> {
  const server = process.env.TEST_DATABASE_URL ? await freshDatabase() : undefined;
  let opened = false;
  return {
    async open() {
      if (server) return { ...server, close: async () => {} };
      const dir = join(dataDir, 'pgdata');
      const db = opened ? await openDatabase({ dataDir: dir }) : await freshDatabase(dir);
      opened = true;
      return db;
    },
    async cleanup() {
      await server?.close();
    },
  };
}

export interface TestRuntime extends Runtime {
  dataDir: string;
  /** Runs the background work (turns, paging, outbox) until nothing is due. */
  settle(): Promise<void>;
}

/**
 * The real app, services and background work over a fresh database, with the worker loops off:
 * a test calls `settle()` to run what is due, and moves an injected clock instead of waiting.
 */
export async function startApp(
  overrides: Overrides = {},
  options: { clock?: Clock; database?: Database; dataDir?: string; log?: Logger } = {},
): Promise<TestRuntime> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'cbt-test-'));
  const config = testConfig({ DATA_DIR: dataDir, ...overrides });
  const database = options.database ?? (await freshDatabase());
  const runtime = await createRuntime(config, { database, ...(options.clock ? { clock: options.clock } : {}), ...(options.log ? { log: options.log } : {}) });
  return {
    ...runtime,
    dataDir,
    settle: () => runtime.background.runOnce(),
    async close() {
      await runtime.close();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A patient talking to the web API, as the widget does. */
export class WebPatient {
  constructor(
    readonly rt: TestRuntime,
    readonly token: string,
    readonly patientId: string,
  ) {}

  static async create(rt: TestRuntime, body: Record<string, unknown> = {}): Promise<WebPatient> {
    const res = await rt.app.inject({ method: 'POST', url: '/api/web/sessions', payload: body });
    if (res.statusCode !== 201) throw new Error(`session: ${res.statusCode} ${res.body}`);
    const { token, patientId } = res.json<{ token: string; patientId: string }>();
    return new WebPatient(rt, token, patientId);
  }

  async send(text: string, clientMessageId: string = randomUUID()) {
    return this.rt.app.inject({
      method: 'POST',
      url: '/api/web/messages',
      headers: { authorization: `Bearer ${this.token}` },
      payload: { text, clientMessageId },
    });
  }

  async messages(): Promise<Array<{ id: string; direction: 'in' | 'out'; author: string; text: string; kind?: string; quickReplies?: Array<{ label: string; value: string }> }>> {
    const res = await this.rt.app.inject({ method: 'GET', url: '/api/web/messages', headers: { authorization: `Bearer ${this.token}` } });
    if (res.statusCode !== 200) throw new Error(`messages: ${res.statusCode} ${res.body}`);
    return res.json<{ messages: [] }>().messages;
  }

  async replies(): Promise<string[]> {
    return (await this.messages()).filter((m) => m.direction === 'out').map((m) => m.text);
  }

  /** Sends a message, lets the background work run, and returns the replies it produced. */
  async say(text: string): Promise<string[]> {
    const before = (await this.replies()).length;
    const res = await this.send(text);
    if (res.statusCode !== 202) throw new Error(`send: ${res.statusCode} ${res.body}`);
    await this.rt.settle();
    return (await this.replies()).slice(before);
  }
}
