import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ready, start } from './processes.js';

/** Every path under a folder with its permission bits. */
function modes(dir: string): Array<[string, number]> {
  const out: Array<[string, number]> = [[dir, statSync(dir).mode & 0o777]];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...modes(path));
    else out.push([path, statSync(path).mode & 0o777]);
  }
  return out;
}

// Real processes on the embedded database: nothing to do with a server Postgres, so not run twice.
describe.skipIf(Boolean(process.env.TEST_DATABASE_URL))('the embedded database folder', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'cbt-datadir-'));
  const running: ChildProcess[] = [];
  afterAll(() => {
    for (const c of running) c.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('is opened by one process only: a second start on it exits at once naming the folder and the holder; after a SIGKILL the next start takes it over; every file is private', async () => {
    const first = await start(dataDir);
    running.push(first.child);
    expect(await ready(first.port, first.exited)).toBe(true);

    const second = await start(dataDir);
    running.push(second.child);
    const code = await Promise.race([second.exited, new Promise<'still running'>((r) => setTimeout(() => r('still running'), 60_000))]);
    expect(code).not.toBe('still running');
    expect(code).not.toBe(0);
    expect(second.stderr()).toContain(join(dataDir, 'pgdata'));
    expect(second.stderr()).toContain(`pid ${first.child.pid}`);
    // The first is untouched.
    expect((await fetch(`http://127.0.0.1:${first.port}/readyz`)).ok).toBe(true);

    // A crash leaves no lock behind that blocks the next start.
    first.child.kill('SIGKILL');
    await first.exited;
    const third = await start(dataDir);
    running.push(third.child);
    expect(await ready(third.port, third.exited)).toBe(true);

    // Private to the service's user: no group or other permission on anything it created.
    const open = modes(dataDir).filter(([, mode]) => (mode & 0o077) !== 0);
    expect(open.map(([path, mode]) => `${path} ${mode.toString(8)}`)).toEqual([]);
    third.child.kill('SIGTERM');
    await third.exited;
  }, 240_000);
});
