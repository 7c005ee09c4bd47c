/**
 * `npm run bench`: every benchmark, on the embedded PGlite and then, when BENCH_DATABASE_URL names
 * a PostgreSQL server (with pgvector), on that server. Prints each part as it runs, then a table of
 * the summary figures with the reason for any that could not be measured, and ends with one JSON
 * line per database (PGlite first), each with exactly the keys of SUMMARY_KEYS (null where a part
 * could not run). `BENCH_QUICK=1` runs every part at a tenth of its size (for trying the harness).
 *
 * The service always runs in its own process as `npm start` runs it; each part starts it on a copy
 * of a data folder made once (migrated, library ingested), so one part's patients and backlog never
 * slow the next, and every such start is also a restart timing.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMS_ENV, bareLoad, smsLoad, startBare, webLoad } from './ack.js';
import type { LoadFigures } from './ack.js';
import { ESCALATION_ENV, crisisToCard } from './escalation.js';
import { slowLlm } from './fake-llm.js';
import { patientsMemory } from './memory.js';
import { benchRetrieval } from './retrieval.js';
import { benchScreener } from './screener.js';
import { serverDatabases } from './server-databases.js';
import { UNLIMITED, turnsAt } from './turns.js';
import type { Service } from './util.js';
import { percentile, startService } from './util.js';

export const SUMMARY_KEYS = [
  'screen_msgs_per_s',
  'screen_p99_ms',
  'ack_rps',
  'bare_rps',
  'ack_ratio_vs_bare',
  'ack_p99_ms',
  'ack_p99_ms_slow_llm',
  'turn_p50_ms',
  'turn_p99_ms',
  'turns_per_s',
  'crisis_card_p50_ms',
  'crisis_card_p99_ms',
  'retrieval_p50_ms',
  'retrieval_p99_ms',
  'retrieval_recall_at_10',
  'rss_mb_10k_patients',
  'startup_ms',
] as const;
type Key = (typeof SUMMARY_KEYS)[number];
type Summary = Record<Key, number | null> & { db: 'pglite' | 'postgres' };

const quick = process.env.BENCH_QUICK === '1';
const TURNS_PART = `turns at ${quick ? '1, 10 and 20' : '1, 10 and 100'} patients at once`;
const scale = (n: number) => (quick ? Math.max(1, Math.round(n / 10)) : n);
const SIZES = {
  ackSeconds: quick ? 2 : 5,
  crisisEscalations: scale(200),
  retrievalChunks: scale(100_000),
  memoryPatients: scale(10_000),
  turnLevels: [1, 10, quick ? 20 : 100] as const,
  /** Rounds of the 9-turn script per patient at each level, so small levels have enough turns for a p99. */
  turnRounds: { 1: quick ? 2 : 10, 10: quick ? 1 : 3, 20: 1, 100: 1 } as Record<number, number>,
  slowLlmMs: 5_000,
};

const round = (n: number, places = 1) => Math.round(n * 10 ** places) / 10 ** places;
const log = (line: string) => console.log(line);

/** A part's figures, or null and why: one failing part never stops the others. */
async function attempt<T>(name: string, reasons: Map<string, string>, fn: () => Promise<T>): Promise<T | null> {
  const t0 = performance.now();
  log(`- ${name} …`);
  try {
    const r = await fn();
    log(`  ${name}: done in ${Math.round((performance.now() - t0) / 1000)} s`);
    return r;
  } catch (err) {
    const reason = err instanceof Error ? err.message.split('\n')[0]! : String(err);
    reasons.set(name, reason);
    log(`  ${name}: FAILED after ${Math.round((performance.now() - t0) / 1000)} s: ${reason}`);
    return null;
  }
}

interface DbRun {
  summary: Summary;
  reasons: Map<string, string>;
  notes: string[];
}

async function runOn(db: 'pglite' | 'postgres', url: string | null, screener: { msgsPerS: number; p99Ms: number } | null): Promise<DbRun> {
  const reasons = new Map<string, string>();
  const notes: string[] = [];
  const summary = { ...(Object.fromEntries(SUMMARY_KEYS.map((k) => [k, null])) as Record<Key, null>), db } as Summary;
  if (screener) {
    summary.screen_msgs_per_s = screener.msgsPerS;
    summary.screen_p99_ms = screener.p99Ms;
  }
  log(`\n== ${db === 'pglite' ? 'embedded PGlite' : 'PostgreSQL server (BENCH_DATABASE_URL)'} ==`);
  const template = mkdtempSync(join(tmpdir(), 'cbt-bench-template-'));
  const server = url ? await serverDatabases(url) : null;
  if (server?.shared) notes.push(`every part ran on BENCH_DATABASE_URL's one database, so a part's leftover work may slow the next: ${server.shared}`);
  const restarts: number[] = [];
  /**
   * A service on a copy of the template folder (the keys in secrets.json are the same for every
   * start) and, on a server, on a copy of the template database.
   */
  const service = async (env: Record<string, string>): Promise<Service> => {
    const dir = mkdtempSync(join(tmpdir(), 'cbt-bench-'));
    cpSync(template, dir, { recursive: true });
    const s = await startService(env, { dataDir: dir, databaseUrl: server ? await server.copy() : null });
    restarts.push(s.startupMs);
    return s;
  };
  const using = async <T>(env: Record<string, string>, fn: (s: Service) => Promise<T>): Promise<T> => {
    const s = await service(env);
    try {
      return await fn(s);
    } finally {
      await s.stop();
    }
  };

  try {
    const fresh = await attempt('start-up', reasons, async () => {
      const first = await startService({}, { dataDir: template, databaseUrl: server?.template ?? null });
      await first.stop({ keepData: true });
      log(`  first start (${db === 'pglite' ? 'new data folder: migrations, library ingest' : 'on the server database'}): ready in ${first.startupMs} ms`);
      return first.startupMs;
    });
    // Without a service only the parts that need none run (the bare route, retrieval); the rest say why.
    const serviceDown = fresh === null ? `the service did not start (${reasons.get('start-up')}; its own error is printed above)` : null;
    const needsService = <T>(name: string, fn: () => Promise<T>): Promise<T | null> => {
      if (!serviceDown) return attempt(name, reasons, fn);
      reasons.set(name, serviceDown);
      return Promise.resolve(null);
    };

    const bare = await startBare();
    try {
      const b = await attempt('acknowledgement: bare fastify route', reasons, () => bareLoad(bare.origin, SIZES.ackSeconds));
      const normal = await needsService('acknowledgement: web and signed SMS', () =>
        using({ ...UNLIMITED, ...SMS_ENV }, async (s) => ({ web: await webLoad(s.base, SIZES.ackSeconds), sms: await smsLoad(s.base, SIZES.ackSeconds) })),
      );
      const slow = await needsService(`acknowledgement with an LLM answering after ${SIZES.slowLlmMs / 1000} s`, async () => {
        const llm = await slowLlm(SIZES.slowLlmMs);
        try {
          const r = await using({ ...UNLIMITED, ...SMS_ENV, OPENAI_API_KEY: 'bench-key', OPENAI_BASE_URL: llm.baseUrl }, async (s) => ({ web: await webLoad(s.base, SIZES.ackSeconds), sms: await smsLoad(s.base, SIZES.ackSeconds) }));
          if (llm.calls() === 0) throw new Error('the service never called the slow LLM: the measurement would not show its effect');
          log(`  the slow LLM was asked ${llm.calls()} times`);
          return r;
        } finally {
          await llm.close();
        }
      });
      const show = (label: string, f: LoadFigures) => log(`  ${label.padEnd(34)} ${String(f.rps).padStart(7)} req/s  p99 ${String(f.p99Ms).padStart(6)} ms  (${f.ok} answered, ${f.failed} failed)`);
      if (b) show('bare fastify POST', b);
      if (normal) {
        show('POST /api/web/messages', normal.web);
        show('POST /api/sms/inbound (signed)', normal.sms);
      }
      if (slow) {
        show('web, slow LLM', slow.web);
        show('SMS, slow LLM', slow.sms);
      }
      const valid = (f: LoadFigures) => f.ok > 0 && f.failed <= f.ok * 0.01;
      if (b && valid(b)) summary.bare_rps = b.rps;
      else if (b) reasons.set('bare_rps', `${b.failed} of ${b.ok + b.failed} requests failed`);
      if (normal) {
        const bad = [normal.web, normal.sms].find((f) => !valid(f));
        if (bad) reasons.set('ack_rps', `${bad.failed} of ${bad.ok + bad.failed} requests failed`);
        else {
          // The worse of the two channels: both must keep up.
          summary.ack_rps = Math.min(normal.web.rps, normal.sms.rps);
          summary.ack_p99_ms = Math.max(normal.web.p99Ms, normal.sms.p99Ms);
          if (summary.bare_rps) summary.ack_ratio_vs_bare = round(summary.ack_rps / summary.bare_rps, 4);
        }
      }
      if (slow) {
        const bad = [slow.web, slow.sms].find((f) => !valid(f));
        if (bad) reasons.set('ack_p99_ms_slow_llm', `${bad.failed} of ${bad.ok + bad.failed} requests failed`);
        else summary.ack_p99_ms_slow_llm = Math.max(slow.web.p99Ms, slow.sms.p99Ms);
      }
    } finally {
      await bare.stop();
    }

    await needsService(TURNS_PART, () =>
      using(UNLIMITED, async (s) => {
        for (const patients of SIZES.turnLevels) {
          const t = await turnsAt(s.base, patients, SIZES.turnRounds[patients] ?? 1);
          log(`  ${String(patients).padStart(3)} at once: ${t.turns} turns, p50 ${t.latency.p50} ms, p99 ${t.latency.p99} ms, ${t.turnsPerS} turns/s (of which the 202: p50 ${t.ack.p50} ms, p99 ${t.ack.p99} ms)`);
          if (patients === SIZES.turnLevels.at(-1)) {
            summary.turn_p50_ms = t.latency.p50;
            summary.turn_p99_ms = t.latency.p99;
            summary.turns_per_s = t.turnsPerS;
          }
        }
      }),
    );

    await needsService(`crisis → card, ${SIZES.crisisEscalations} escalations one at a time`, () =>
      using(ESCALATION_ENV, async (s) => {
        const bench = await crisisToCard(s);
        try {
          const { accept, card } = await bench.sequential(SIZES.crisisEscalations, true);
          log(`  accepted (HTTP 202) p50 ${accept.p50} / p99 ${accept.p99} ms; card at the connector p50 ${card.p50} / p99 ${card.p99} ms`);
          summary.crisis_card_p50_ms = card.p50;
          summary.crisis_card_p99_ms = card.p99;
        } finally {
          await bench.close();
        }
      }),
    );

    await needsService(`memory with ${SIZES.memoryPatients} patients`, () =>
      using(ESCALATION_ENV, async (s) => {
        const m = await patientsMemory(s, SIZES.memoryPatients);
        log(`  RSS ${m.rssReadyMb} MB when ready, ${m.rssMb} MB after ${m.patients} patients with a check-in each (created in ${m.createS} s)`);
        summary.rss_mb_10k_patients = m.rssMb;
      }),
    );

    await attempt(`retrieval over ${SIZES.retrievalChunks} chunks`, reasons, async () => {
      const r = await benchRetrieval(server ? await server.copy() : null, SIZES.retrievalChunks, log);
      log(`  top-5 p50 ${r.top5.p50} / p99 ${r.top5.p99} ms (exact search p50 ${r.exact.p50} ms); recall@10 ${r.recallAt10} over ${r.queries} queries`);
      summary.retrieval_p50_ms = r.top5.p50;
      summary.retrieval_p99_ms = r.top5.p99;
      summary.retrieval_recall_at_10 = r.recallAt10;
    });

    if (restarts.length > 0) {
      const sorted = [...restarts].sort((a, b) => a - b);
      summary.startup_ms = percentile(sorted, 50);
      notes.push(`startup_ms: median of ${restarts.length} restarts on an existing data folder (${restarts.join(', ')} ms); the first start took ${fresh} ms`);
    }
  } finally {
    rmSync(template, { recursive: true, force: true });
    await server?.dropAll();
  }
  return { summary, reasons, notes };
}

/** Which part each key comes from, for saying why a key is null. */
const PART_OF: Record<Key, string> = {
  screen_msgs_per_s: 'screener',
  screen_p99_ms: 'screener',
  ack_rps: 'acknowledgement: web and signed SMS',
  bare_rps: 'acknowledgement: bare fastify route',
  ack_ratio_vs_bare: 'acknowledgement: web and signed SMS',
  ack_p99_ms: 'acknowledgement: web and signed SMS',
  ack_p99_ms_slow_llm: `acknowledgement with an LLM answering after ${SIZES.slowLlmMs / 1000} s`,
  turn_p50_ms: TURNS_PART,
  turn_p99_ms: TURNS_PART,
  turns_per_s: TURNS_PART,
  crisis_card_p50_ms: `crisis → card, ${SIZES.crisisEscalations} escalations one at a time`,
  crisis_card_p99_ms: `crisis → card, ${SIZES.crisisEscalations} escalations one at a time`,
  retrieval_p50_ms: `retrieval over ${SIZES.retrievalChunks} chunks`,
  retrieval_p99_ms: `retrieval over ${SIZES.retrievalChunks} chunks`,
  retrieval_recall_at_10: `retrieval over ${SIZES.retrievalChunks} chunks`,
  rss_mb_10k_patients: `memory with ${SIZES.memoryPatients} patients`,
  startup_ms: 'start-up',
};

function why(run: DbRun, key: Key): string {
  return run.reasons.get(key) ?? run.reasons.get(PART_OF[key]) ?? 'not measured';
}

async function main(): Promise<void> {
  const started = performance.now();
  const url = process.env.BENCH_DATABASE_URL || null;
  log(`npm run bench: ${new Date().toISOString()}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}${quick ? ', BENCH_QUICK: every part at a tenth of its size' : ''}`);
  log(
    `sizes: acknowledgement ${SIZES.ackSeconds} s per route after 1 s warm-up; turns at ${SIZES.turnLevels.join(', ')} patients at once; ` +
      `${SIZES.crisisEscalations} escalations; ${SIZES.retrievalChunks} retrieval chunks; ${SIZES.memoryPatients} patients for memory`,
  );
  const screenerReasons = new Map<string, string>();
  log('\n== crisis screener (no database: the same figures on every line) ==');
  const screener = await attempt('screener', screenerReasons, async () => benchScreener(undefined));
  const runs: DbRun[] = [];
  for (const [db, dbUrl] of [['pglite', null], ...(url ? [['postgres', url]] : [])] as Array<['pglite' | 'postgres', string | null]>) {
    const run = await runOn(db, dbUrl, screener);
    for (const [k, v] of screenerReasons) run.reasons.set(k, v);
    runs.push(run);
  }

  const width = 26;
  log(`\n== summary (${Math.round((performance.now() - started) / 1000)} s in all) ==`);
  log(['key'.padEnd(width), ...runs.map((r) => r.summary.db.padStart(12))].join(''));
  for (const key of SUMMARY_KEYS) log([key.padEnd(width), ...runs.map((r) => String(r.summary[key] ?? 'null').padStart(12))].join(''));
  for (const run of runs) {
    for (const note of run.notes) log(`${run.summary.db}: ${note}`);
    for (const key of SUMMARY_KEYS) if (run.summary[key] === null) log(`${run.summary.db}: ${key} is null: ${why(run, key)}`);
  }
  log('ack_rps and ack_p99_ms are the worse of the web and SMS channels; turn figures are at the largest number of patients at once.');
  for (const run of runs) console.log(JSON.stringify(run.summary));
}

await main();
