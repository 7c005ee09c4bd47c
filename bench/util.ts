import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export function summary(values: readonly number[]) {
  const s = [...values].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return { n: s.length, p50: round(percentile(s, 50)), p95: round(percentile(s, 95)), p99: round(percentile(s, 99)), max: round(s.at(-1) ?? NaN), mean: round(s.reduce((a, b) => a + b, 0) / (s.length || 1)) };
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

export interface Service {
  base: string;
  child: ChildProcess;
  database: string;
  dataDir: string;
  /** Spawn → first ready answer from /readyz, ms. */
  startupMs: number;
  /** Resident memory of the service process, MB. */
  rssMb(): number;
  /** Stops the service; its data folder is removed unless `keepData`. */
  stop(options?: { keepData?: boolean }): Promise<void>;
}

export interface ServiceOptions {
  /** An existing data folder to start on (a restart); default a new temporary one. */
  dataDir?: string;
  /** A PostgreSQL URL instead of the embedded database; default BENCH_DATABASE_URL when set. */
  databaseUrl?: string | null;
}

/**
 * The service as `npm start` runs it, in its own process (embedded PGlite in a temp dir unless
 * a PostgreSQL URL is given), so the benchmark's client and fake providers do not share its event
 * loop.
 */
export async function startService(env: Record<string, string> = {}, options: ServiceOptions = {}): Promise<Service> {
  const port = await freePort();
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'cbt-bench-'));
  const databaseUrl = options.databaseUrl === undefined ? process.env.BENCH_DATABASE_URL : options.databaseUrl;
  const { DATABASE_URL: _ignored, ...parentEnv } = process.env;
  const t0 = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'bot/main.ts'], {
    env: {
      ...parentEnv,
      NODE_ENV: 'development',
      LOG_LEVEL: 'error',
      DATA_DIR: dataDir,
      PORT: String(port),
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
      ...env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  // Polled often, so the start-up time is measured to within a few tens of milliseconds.
  for (;;) {
    if (child.exitCode !== null) throw new Error(`service exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/readyz`)).ok) break;
    } catch {
      /* not yet */
    }
    if (performance.now() - t0 > 120_000) {
      child.kill('SIGKILL');
      throw new Error('service not ready in 120 s');
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  const startupMs = Math.round(performance.now() - t0);
  const ready = (await (await fetch(`${base}/readyz`)).json()) as { database: string };
  return {
    base,
    child,
    database: ready.database,
    dataDir,
    startupMs,
    rssMb() {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
      } catch {
        return NaN;
      }
    },
    async stop({ keepData = false } = {}) {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      if (!keepData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Whether this module is the script node was asked to run (so a benchmark file is also a library). */
export function isMain(moduleUrl: string): boolean {
  return process.argv[1] !== undefined && moduleUrl === pathToFileURL(resolve(process.argv[1])).href;
}

export async function json<T>(res: Response): Promise<T> {
  if (!res.ok) throw new Error(`${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

export function row(label: string, s: ReturnType<typeof summary>, width = 44): string {
  return `${label.padEnd(width)}${[s.p50, s.p95, s.p99, s.max].map((v) => String(v).padStart(8)).join('')}`;
}

export function header(width = 44): string {
  return `${''.padEnd(width)}${['p50', 'p95', 'p99', 'max'].map((h) => h.padStart(8)).join('')}`;
}
