/**
 * Web chat turns: message POSTed → the bot's reply readable through GET /api/web/messages, for
 * patients walking through onboarding, a mood check-in and an exercise. First one patient at a
 * time, then 20 at once (throughput). The service runs in its own process as `npm start` does.
 * Prints a table and, last, one JSON line.
 */
import { header, json, row, startService, summary } from './util.js';

const PATIENTS = Number(process.argv[2] ?? 60);
const SCRIPT = ['hi', '6', 'Calm', 'breathing', 'done', 'better', 'grounding', 'a lamp', 'my chair'];

const service = await startService({ WEB_SESSION_RATE_PER_MIN: '100000', WEB_MESSAGE_RATE_PER_MIN: '100000' });
const { base } = service;

/** A patient as the widget behaves: send, then fetch new messages when the event stream says so. */
async function patient() {
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
      const { value, done } = await reader.read();
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
  const turn = async (text: string): Promise<number> => {
    const t0 = performance.now();
    const res = await fetch(`${base}/api/web/messages`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ text, clientMessageId: `t${n++}` }) });
    if (res.status !== 202) throw new Error(`send ${res.status}`);
    for (;;) {
      pending = false;
      wake = null;
      const { messages, cursor: c } = await json<{ messages: Array<{ direction: string }>; cursor: string }>(await fetch(`${base}/api/web/messages?after=${cursor}`, { headers: auth }));
      cursor = c;
      if (messages.some((m) => m.direction === 'out')) return performance.now() - t0;
      await Promise.race([next(), new Promise((r) => setTimeout(r, 1000))]);
    }
  };
  return Object.assign(turn, { close: () => reader.cancel() });
}

const sequential: number[] = [];
for (let i = 0; i < PATIENTS; i++) {
  const turn = await patient();
  for (const text of SCRIPT) sequential.push(await turn(text));
  await turn.close();
}

const concurrent: number[] = [];
const t0 = performance.now();
await Promise.all(
  Array.from({ length: 20 }, async () => {
    const turn = await patient();
    for (const text of SCRIPT) concurrent.push(await turn(text));
    await turn.close();
  }),
);
const seconds = (performance.now() - t0) / 1000;
const rss = service.rssMb();
await service.stop();

const s = summary(sequential);
const c = summary(concurrent);
console.log(`web turns: ${sequential.length} one patient at a time, ${concurrent.length} with 20 patients at once (${service.database}); times in ms`);
console.log(header(40));
console.log(row('one at a time: message → reply readable', s, 40));
console.log(row('20 at once: message → reply readable', c, 40));
console.log(`20 at once: ${(concurrent.length / seconds).toFixed(1)} turns/s; service RSS ${rss} MB`);
console.log(JSON.stringify({ bench: 'turns', database: service.database, sequential_ms: s, concurrent20_ms: c, concurrent20_turns_per_s: Math.round((concurrent.length / seconds) * 10) / 10, service_rss_mb: rss }));
