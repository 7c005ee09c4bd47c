/**
 * Web chat turns: message POSTed → the bot's reply readable through GET /api/web/messages, for
 * patients walking through onboarding, a mood check-in and an exercise. `npm run bench:turns [-- N]`
 * runs N patients one at a time, then 20 at once (throughput), against the service in its own
 * process as `npm start` runs it, and prints a table and, last, one JSON line. `npm run bench`
 * uses `turnsAt` for 1, 10 and 100 patients at once.
 */
import { header, isMain, json, row, startService, summary } from './util.js';

const SCRIPT = ['hi', '6', 'Calm', 'breathing', 'done', 'better', 'grounding', 'a lamp', 'my chair'];
/** A reply not seen in this long is a lost turn, not a slow one: the run stops and says so. */
const REPLY_TIMEOUT_MS = 60_000;

/** A patient as the widget behaves: send, then fetch new messages when the event stream says so. */
async function patient(base: string) {
  const { token } = await json<{ token: string }>(await fetch(`${base}/api/web/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }));
  const auth = { authorization: `Bearer ${token}` };
  let cursor = '0';
  let n = 0;
  // An event that arrives while no one waits is remembered, so a wake-up is never lost.
  let pending = false;
  let wake = null as (() => void) | null;
  const stream = await fetch(`${base}/api/web/events`, { headers: auth });
  const reader = stream.body!.pipeThrough(new TextDecoderStream()).getReader();
  void (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: '', done: true }));
      if (done) return;
      if (value.includes('event: messages')) {
        pending = true;
        wake?.();
      }
    }
  })();
  const next = () =>
    new Promise<void>((r) => {
      if (pending) r();
      else wake = r;
    });
  /** One turn: how long the 202 took, and how long until the reply was readable (both from the POST). */
  const turn = async (text: string): Promise<{ ack: number; reply: number }> => {
    const t0 = performance.now();
    const res = await fetch(`${base}/api/web/messages`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ text, clientMessageId: `t${n++}` }) });
    if (res.status !== 202) throw new Error(`send ${res.status}`);
    await res.body?.cancel();
    const ack = performance.now() - t0;
    for (;;) {
      pending = false;
      wake = null;
      const { messages, cursor: c } = await json<{ messages: Array<{ direction: string }>; cursor: string }>(await fetch(`${base}/api/web/messages?after=${cursor}`, { headers: auth }));
      cursor = c;
      if (messages.some((m) => m.direction === 'out')) return { ack, reply: performance.now() - t0 };
      if (performance.now() - t0 > REPLY_TIMEOUT_MS) throw new Error(`no reply to a turn in ${REPLY_TIMEOUT_MS / 1000} s`);
      await Promise.race([next(), new Promise((r) => setTimeout(r, 1000))]);
    }
  };
  return Object.assign(turn, { close: () => reader.cancel() });
}

export interface TurnFigures {
  patients: number;
  turns: number;
  latency: ReturnType<typeof summary>;
  /** The POST alone (message accepted, screened, 202): the rest of a turn's time is the worker's. */
  ack: ReturnType<typeof summary>;
  turnsPerS: number;
}

/**
 * `patients` at once, each walking the script (`rounds` times over for small groups, so there are
 * enough turns to read a p99 from). Turns per second is over the whole wall time.
 */
export async function turnsAt(base: string, patients: number, rounds = 1): Promise<TurnFigures> {
  const latencies: number[] = [];
  const acks: number[] = [];
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: patients }, async () => {
      for (let r = 0; r < rounds; r++) {
        const turn = await patient(base);
        try {
          for (const text of SCRIPT) {
            const { ack, reply } = await turn(text);
            acks.push(ack);
            latencies.push(reply);
          }
        } finally {
          await turn.close();
        }
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  return { patients, turns: latencies.length, latency: summary(latencies), ack: summary(acks), turnsPerS: Math.round((latencies.length / seconds) * 10) / 10 };
}

/** Settings that keep the per-address and per-patient limits out of a benchmark's way. */
export const UNLIMITED = { WEB_SESSION_RATE_PER_MIN: '100000', WEB_MESSAGE_RATE_PER_MIN: '100000' };

async function main(): Promise<void> {
  const patients = Number(process.argv[2] ?? 60);
  const service = await startService(UNLIMITED);
  const sequential = await turnsAt(service.base, 1, patients);
  const concurrent = await turnsAt(service.base, 20);
  const rss = service.rssMb();
  await service.stop();
  console.log(`web turns: ${sequential.turns} one patient at a time, ${concurrent.turns} with 20 patients at once (${service.database}); times in ms`);
  console.log(header(40));
  console.log(row('one at a time: message → reply readable', sequential.latency, 40));
  console.log(row('20 at once: message → reply readable', concurrent.latency, 40));
  console.log(`20 at once: ${concurrent.turnsPerS} turns/s; service RSS ${rss} MB`);
  console.log(JSON.stringify({ bench: 'turns', database: service.database, sequential_ms: sequential.latency, concurrent20_ms: concurrent.latency, concurrent20_turns_per_s: concurrent.turnsPerS, service_rss_mb: rss }));
}

if (isMain(import.meta.url)) await main();
