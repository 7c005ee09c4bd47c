/**
 * Urgent message in → Adaptive Card POSTed to the Bot Connector, over 200 escalations.
 * The service runs as `npm start` does (embedded PGlite, background loops on, default poll
 * interval); a local HTTP server stands in for the Bot Connector, reached through the real
 * botbuilder transport. Prints a table and, last, one JSON line.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { header, json, row, startService, summary } from './util.js';

const N = Number(process.argv[2] ?? 200);
const ADMIN = 'bench-admin-token-0123456789';

const arrivals: Array<{ at: number; conversation: string; card: boolean }> = [];
const waiters: Array<() => void> = [];
const connector = createServer((req, res) => {
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', () => {
    const conversation = decodeURIComponent(/conversations\/([^/]+)/.exec(req.url ?? '')?.[1] ?? '');
    arrivals.push({ at: performance.now(), conversation, card: body.includes('application/vnd.microsoft.card.adaptive') });
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `act-${arrivals.length}` }));
    waiters.splice(0).forEach((w) => w());
  });
});
await new Promise<void>((r) => connector.listen(0, '127.0.0.1', r));
const serviceUrl = `http://127.0.0.1:${(connector.address() as AddressInfo).port}/`;

const service = await startService({ ADMIN_TOKEN: ADMIN, TEAMS_EMULATOR: 'true', ESCALATION_ACK_TIMEOUT_S: '3600', WEB_SESSION_RATE_PER_MIN: '100000', WEB_MESSAGE_RATE_PER_MIN: '100000' });
const { base } = service;
const admin = (path: string, body: unknown) =>
  fetch(`${base}${path}`, { method: 'POST', headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
const { id } = await json<{ id: string }>(await admin('/api/admin/clinicians', { name: 'Dr Bench', teamsUserId: 'aad-bench' }));
await json(await admin('/api/admin/shifts', { clinicianId: id, tier: 1, startsAt: new Date(Date.now() - 3_600_000).toISOString(), endsAt: new Date(Date.now() + 86_400_000).toISOString() }));
await fetch(`${base}/api/teams/messages`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({
    type: 'message',
    id: 'hello',
    text: 'hi',
    channelId: 'msteams',
    serviceUrl,
    from: { id: '29:bench', aadObjectId: 'aad-bench' },
    conversation: { id: 'conv-bench', conversationType: 'personal', tenantId: 't1' },
    recipient: { id: '28:bot' },
  }),
});

const cardsSoFar = () => arrivals.filter((a) => a.card).length;
const session = async () =>
  (await json<{ token: string }>(await fetch(`${base}/api/web/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }))).token;
const urgent = (token: string, id: string) =>
  fetch(`${base}/api/web/messages`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ text: 'I am going to kill myself tonight, I have the pills ready', clientMessageId: id }),
  });
const waitForCards = async (n: number) => {
  while (cardsSoFar() < n) await new Promise<void>((r) => waiters.push(r));
};
/** Lets the previous patient's graph turn and card finish, so each escalation is timed on its own. */
const quiet = () => new Promise((r) => setTimeout(r, 150));

async function sequential(isolated: boolean) {
  const accept: number[] = [];
  const toCard: number[] = [];
  for (let i = 0; i < N; i++) {
    const token = await session();
    if (isolated) await quiet();
    const before = cardsSoFar();
    const t0 = performance.now();
    const res = await urgent(token, `s${i}`);
    accept.push(performance.now() - t0);
    if (res.status !== 202) throw new Error(`send ${res.status}`);
    await waitForCards(before + 1);
    toCard.push(arrivals.filter((a) => a.card)[before]!.at - t0);
  }
  return { accept: summary(accept), card: summary(toCard) };
}

/** 20 patients in crisis at the same moment: every card out, and how long the last one took. */
async function burst(size = 20) {
  const tokens = await Promise.all(Array.from({ length: size }, () => session()));
  await quiet();
  const before = cardsSoFar();
  const t0 = performance.now();
  await Promise.all(tokens.map((t, i) => urgent(t, `burst${i}`)));
  await waitForCards(before + size);
  const times = arrivals.filter((a) => a.card).slice(before, before + size).map((a) => a.at - t0);
  return summary(times);
}

const isolated = await sequential(true);
const backToBack = await sequential(false);
const burst20 = await burst();
const rssMb = service.rssMb();
await service.stop();
connector.close();

console.log(`escalations: ${N} each way (${service.database === 'pglite' ? 'embedded PGlite' : 'PostgreSQL server'}, service in its own process); times in ms`);
console.log(header());
console.log(row('isolated: urgent message accepted (HTTP)', isolated.accept));
console.log(row('isolated: message in → card at connector', isolated.card));
console.log(row('back-to-back: message in → card', backToBack.card));
console.log(row('burst of 20 at once: message in → card', burst20));
console.log(`service RSS after the run: ${rssMb} MB`);
console.log(JSON.stringify({ bench: 'escalation', database: service.database, escalations: N, isolated, back_to_back: backToBack, burst20_card_ms: burst20, service_rss_mb: rssMb }));
