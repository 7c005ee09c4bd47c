/**
 * `npm run bench:load [-- SECONDS RATE]`: a steady load on the web channel for five minutes (by
 * default 5 turns a second), against the service as `npm start` runs it (its own process; PGlite
 * unless BENCH_DATABASE_URL names a server). Patients arrive over time and each walks a script of
 * ordinary turns, as the widget does (send, then read the reply). It counts every request that did
 * not succeed and every turn whose reply never came, and samples the service's resident memory
 * each 10 s: flat memory means the last minute's mean is close to the second minute's (the first
 * minute is warm-up). Prints a table and, last, one JSON line.
 */
import { header, json, row, startService, summary } from './util.js';

const SECONDS = Number(process.argv[2] ?? 300);
const RATE = Number(process.argv[3] ?? 5);
/** Turns per patient before a new one takes their place. */
const SCRIPT = ['hi', '6', 'Calm', 'breathing', 'done', '7', 'grounding', 'a lamp', 'my chair', 'the fridge hum', 'coffee', 'mint', 'ok', 'thanks, bye'];
const REPLY_TIMEOUT_MS = 15_000;

const service = await startService({ WEB_SESSION_RATE_PER_MIN: '100000', WEB_MESSAGE_RATE_PER_MIN: '100000' });
const { base } = service;

let errors = 0;
let lost = 0;
const latencies: number[] = [];
const memory: Array<{ t: number; mb: number }> = [];

interface Patient {
  token: string;
  cursor: string;
  step: number;
  busy: boolean;
}

async function newPatient(): Promise<Patient> {
  const { token } = await json<{ token: string }>(await fetch(`${base}/api/web/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }));
  return { token, cursor: '0', step: 0, busy: false };
}

/** One turn: send, then read until a reply arrives (polling as the widget's fallback does). */
async function turn(p: Patient): Promise<void> {
  const auth = { authorization: `Bearer ${p.token}` };
  const text = SCRIPT[p.step % SCRIPT.length]!;
  p.step += 1;
  const t0 = performance.now();
  const res = await fetch(`${base}/api/web/messages`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ text, clientMessageId: `m${p.step}` }) });
  if (res.status !== 202) {
    errors += 1;
    await res.body?.cancel();
    return;
  }
  await res.body?.cancel();
  while (performance.now() - t0 < REPLY_TIMEOUT_MS) {
    const read = await fetch(`${base}/api/web/messages?after=${p.cursor}`, { headers: auth });
    if (!read.ok) {
      errors += 1;
      await read.body?.cancel();
      return;
    }
    const { messages, cursor } = (await read.json()) as { messages: Array<{ direction: string }>; cursor: string };
    p.cursor = cursor;
    if (messages.some((m) => m.direction === 'out')) {
      latencies.push(performance.now() - t0);
      return;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  lost += 1;
}

// Enough patients that each writes about once every 4 s, as a person typing would at most.
const pool: Patient[] = [];
for (let i = 0; i < Math.max(4, RATE * 4); i++) pool.push(await newPatient());

const started = performance.now();
const sampler = setInterval(() => memory.push({ t: (performance.now() - started) / 1000, mb: service.rssMb() }), 10_000);
const inflight = new Set<Promise<void>>();
let sent = 0;
let skipped = 0;
while (performance.now() - started < SECONDS * 1000) {
  const due = Math.floor(((performance.now() - started) / 1000) * RATE);
  while (sent < due) {
    sent += 1;
    const free = pool.find((p) => !p.busy);
    if (!free) {
      skipped += 1;
      continue;
    }
    free.busy = true;
    const work = (async () => {
      try {
        await turn(free);
        // A patient who finished the script leaves; a new one comes.
        if (free.step >= SCRIPT.length) pool[pool.indexOf(free)] = await newPatient();
      } catch {
        errors += 1;
      } finally {
        free.busy = false;
      }
    })();
    inflight.add(work);
    void work.finally(() => inflight.delete(work));
  }
  await new Promise((r) => setTimeout(r, 20));
}
await Promise.all(inflight);
clearInterval(sampler);
const rssEnd = service.rssMb();
await service.stop();

const mean = (xs: readonly number[]) => (xs.length ? Math.round(xs.reduce((a, b) => a + b, 0) / xs.length) : NaN);
const second = memory.filter((m) => m.t >= 60 && m.t < 120).map((m) => m.mb);
const last = memory.filter((m) => m.t >= SECONDS - 60).map((m) => m.mb);
const lat = summary(latencies);
console.log(`\nWeb load: ${SECONDS} s at ${RATE} turns/s (${service.database})\n`);
console.log(header());
console.log(row('message → reply (ms)', lat));
console.log(`\nturns ${latencies.length}, errors ${errors}, replies never seen ${lost}, not sent (all patients busy) ${skipped}`);
console.log(`memory (MB): 2nd minute mean ${mean(second)}, last minute mean ${mean(last)}, end ${rssEnd}`);
console.log(
  JSON.stringify({
    bench: 'web_load',
    db: service.database,
    seconds: SECONDS,
    rate: RATE,
    turns: latencies.length,
    errors,
    lost,
    skipped,
    reply_p50_ms: lat.p50,
    reply_p95_ms: lat.p95,
    reply_p99_ms: lat.p99,
    rss_mb_second_minute: mean(second),
    rss_mb_last_minute: mean(last),
    rss_mb_end: rssEnd,
  }),
);
process.exit(errors + lost === 0 ? 0 : 1);
