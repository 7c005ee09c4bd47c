/**
 * Crisis screener benchmark: `npx tsx bench/screener.ts [file.jsonl]`.
 * Screens at least 100k messages (cycling through the file, default the crisis dev set, else the
 * screener's built-in probe mix) after a warm-up, timing every call, and prints a small table and
 * one JSON line last.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SCREENER_VERSION, screen } from '../escalation/screener/index.js';
import { BORDERLINE, CONTEXT_PROBES, PROBES } from '../escalation/screener/probes-data.js';
import { isMain } from './util.js';

const MIN_MESSAGES = 100_000;
const WARMUP_MESSAGES = 5_000;
const DEFAULT_FILE = fileURLToPath(new URL('../../shared/evals/crisis/dev.jsonl', import.meta.url));

interface Message {
  readonly text: string;
  readonly previous: readonly string[];
}

function fromJsonl(file: string): Message[] {
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim().length > 0)
    .map((l, i) => {
      let row: unknown;
      try {
        row = JSON.parse(l);
      } catch {
        throw new Error(`${file}: line ${i + 1}: invalid JSON`);
      }
      const text = typeof row === 'object' && row !== null && 'text' in row && typeof row.text === 'string' ? row.text : '';
      const turns = text.split('\n');
      return { text: turns[turns.length - 1] ?? '', previous: turns.slice(0, -1) };
    });
}

function builtIn(): Message[] {
  return [...PROBES, ...BORDERLINE, ...CONTEXT_PROBES].map((p) => ({ text: p.text, previous: p.previous ?? [] }));
}

/** Runs the benchmark on a file (default as above), prints its table, and returns the figures. */
export function benchScreener(arg: string | undefined = process.argv[2]): { msgsPerS: number; p99Ms: number } {
  const source = arg ?? (existsSync(DEFAULT_FILE) ? DEFAULT_FILE : 'built-in probe mix');
  const messages = arg !== undefined || existsSync(DEFAULT_FILE) ? fromJsonl(source) : builtIn();
  if (messages.length === 0) throw new Error(`${source}: no messages`);
  const screenOne = (m: Message) => screen(m.text, m.previous.length > 0 ? { previous: m.previous } : undefined);

  for (let i = 0; i < WARMUP_MESSAGES; i++) screenOne(messages[i % messages.length] as Message);

  const passes = Math.ceil(MIN_MESSAGES / messages.length);
  const total = passes * messages.length;
  const durations = new Float64Array(total);
  const levels = { none: 0, concern: 0, urgent: 0 };
  let k = 0;
  const wall0 = process.hrtime.bigint();
  for (let pass = 0; pass < passes; pass++) {
    for (const m of messages) {
      const t0 = process.hrtime.bigint();
      const s = screenOne(m);
      durations[k++] = Number(process.hrtime.bigint() - t0) / 1000;
      if (pass === 0) levels[s.level]++;
    }
  }
  const wallSeconds = Number(process.hrtime.bigint() - wall0) / 1e9;
  const sorted = Array.from(durations).sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
  const r = (v: number) => Math.round(v * 10) / 10;

  console.log(`Crisis screener benchmark  version ${SCREENER_VERSION}`);
  console.log(`source      ${source} (${messages.length} messages x ${passes} passes)`);
  console.log(`levels      urgent ${levels.urgent}  concern ${levels.concern}  none ${levels.none} (first pass)`);
  console.log('');
  console.log('messages    msgs/sec    p50 us   p90 us   p99 us   max us');
  console.log(
    `${String(total).padEnd(12)}${String(Math.round(total / wallSeconds)).padEnd(12)}${String(r(at(0.5))).padEnd(9)}${String(r(at(0.9))).padEnd(9)}${String(r(at(0.99))).padEnd(9)}${r(at(1))}`,
  );
  console.log(
    JSON.stringify({
      bench: 'screener',
      messages: total,
      msgs_per_sec: Math.round(total / wallSeconds),
      p50_us: r(at(0.5)),
      p99_us: r(at(0.99)),
      max_us: r(at(1)),
      version: SCREENER_VERSION,
    }),
  );
  return { msgsPerS: Math.round(total / wallSeconds), p99Ms: Math.round(at(0.99)) / 1000 };
}

if (isMain(import.meta.url)) benchScreener();
