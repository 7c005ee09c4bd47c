import { chmodSync, mkdirSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The embedded database is one process's: two `npm start` on one DATA_DIR both opened the same PGlite
 * files, and messages acknowledged by the first were lost. The lock is a file beside the data naming
 * the holder's process id, created atomically; a lock whose process is gone (a crash, a SIGKILL) is
 * stale and taken over, so a dead process cannot leave the folder locked.
 */
export class DataDirInUse extends Error {
  override name = 'DataDirInUse';
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `the data folder ${dataDir} is in use by another process (pid ${pid}): the embedded database can be opened by one process only. Stop that process, or use DATABASE_URL (a PostgreSQL server) to run more than one.`,
    );
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to another user; still alive.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the folder's lock (creating the folder, private to this user); returns its release. */
export function lockDataDir(dataDir: string): () => void {
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  const file = `${dir}.lock`;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx', mode: 0o600 });
      let released = false;
      return () => {
        if (released) return;
        released = true;
        try {
          if (readFileSync(file, 'utf8').trim() === String(process.pid)) unlinkSync(file);
        } catch {
          // already gone
        }
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const holder = Number(readFileSync(file, 'utf8').trim());
    // This process already holds it (a test reopening after a simulated crash): the same owner.
    if (holder === process.pid) return () => {};
    if (Number.isInteger(holder) && holder > 0 && alive(holder)) throw new DataDirInUse(dir, holder);
    // Stale: its process is gone. Removed, and the create above tried again.
    try {
      unlinkSync(file);
    } catch {
      // someone else removed it first
    }
  }
  throw new Error(`could not lock the data folder ${dir}`);
}

/**
 * Makes everything under a folder private to this user (files 0600, folders 0700). PGlite unpacks
 * its initial database with the archive's modes (0666), which no umask touches; files it creates
 * later follow the process umask that `npm start` sets (077).
 */
export function makePrivate(dir: string): void {
  chmodSync(dir, 0o700);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) makePrivate(path);
    else if (entry.isFile()) chmodSync(path, 0o600);
  }
}
