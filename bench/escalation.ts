/**
 * Urgent message in → Adaptive Card POSTed to the Bot Connector. `npm run bench:escalation [-- N]`
 * times N escalations one at a time (each on its own, then back to back) and a burst of 20, against
 * the service as `npm start` runs it (its own process, background loops on, default poll interval);
 * a local HTTP server stands in for the Bot Connector, reached through the real botbuilder
 * transport. Prints a table and, last, one JSON line. `npm run bench` uses `crisisToCard`.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Service } from './util.js';
import { header, isMain, json, row, startService, summary } from './util.js';
import { UNLIMITED } from './turns.js';

export const ADMIN = 'bench-admin-token-0123456789';
/** What the service needs for this benchmark: the operator API, Teams without an app, pages that wait. */
export const ESCALATION_ENV = { ADMIN_TOKEN: ADMIN, TEAMS_EMULATOR: 'true', ESCALATION_ACK_TIMEOUT_S: '3600', ...UNLIMITED };

/** A local Bot Connector, a clinician on call who has said hi through it, and timed escalations. */
export async function crisisToCard(service: Service) {
  const arrivals: Array<{ at: number; card: boolean }> = [];
  const waiters: Array<() => void> = [];
  const connector = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      arrivals.push({ at: performance.now(), card: body.includes('application/vnd.microsoft.card.adaptive') });
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `act-${arrivals.length}` }));
      waiters.splice(0).forEach((w) => w());
    });
  });
  await new Promise<void>((r) => connector.listen(0, '127.0.0.1', r));
  const serviceUrl = `http://127.0.0.1:${(connector.address() as AddressInfo).port}/`;
  const { base } = service;
  const admin = (path: string, body: unknown) =>
    fetch(`${base}${path}`, { method: 'POST', headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const aad = `aad-bench-${Date.now()}`;
  const { id } = await json<{ id: string }>(await admin('/api/admin/clinicians', { name: 'Dr Bench', teamsUserId: aad }));
  await json(await admin('/api/admin/shifts', { clinicianId: id, tier: 1, startsAt: new Date(Date.now() - 3_600_000).toISOString(), endsAt: new Date(Date.now() + 86_400_000).toISOString() }));
  await fetch(`${base}/api/teams/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message',
      id: `hello-${aad}`,
      text: 'hi',
      channelId: 'msteams',
      serviceUrl,
      from: { id: `29:${aad}`, aadObjectId: aad },
      conversation: { id: `conv-${aad}`, conversationType: 'personal', tenantId: 't1' },
      recipient: { id: '28:bot' },
    }),
  });

  const cards = () => arrivals.filter((a) => a.card);
  const session = async () =>
    (await json<{ token: string }>(await fetch(`${base}/api/web/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }))).token;
  const urgent = (token: string, messageId: string) =>
    fetch(`${base}/api/web/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'I am going to kill myself tonight, I have the pills ready', clientMessageId: messageId }),
    });
  /** A card that never comes is a failure of the run, not a long time. */
  const waitForCards = async (n: number) => {
    const deadline = performance.now() + 60_000;
    while (cards().length < n) {
      if (performance.now() > deadline) throw new Error(`only ${cards().length} of ${n} cards reached the connector in 60 s`);
      await new Promise<void>((r) => {
        waiters.push(r);
        setTimeout(r, 1000);
      });
    }
  };
  /** Lets the previous patient's graph turn and card finish, so each escalation is timed on its own. */
  const quiet = () => new Promise((r) => setTimeout(r, 150));

  return {
    async sequential(n: number, isolated: boolean) {
      const accept: number[] = [];
      const toCard: number[] = [];
      for (let i = 0; i < n; i++) {
        const token = await session();
        if (isolated) await quiet();
        const before = cards().length;
        const t0 = performance.now();
        const res = await urgent(token, `s${i}`);
        accept.push(performance.now() - t0);
        if (res.status !== 202) throw new Error(`send ${res.status}`);
        await res.body?.cancel();
        await waitForCards(before + 1);
        toCard.push(cards()[before]!.at - t0);
      }
      return { accept: summary(accept), card: summary(toCard) };
    },
    /** `size` patients in crisis at the same moment: every card out, and how long each took. */
    async burst(size = 20) {
      const tokens = await Promise.all(Array.from({ length: size }, () => session()));
      await quiet();
      const before = cards().length;
      const t0 = performance.now();
      await Promise.all(tokens.map(async (t, i) => (await urgent(t, `burst${i}`)).body?.cancel()));
      await waitForCards(before + size);
      return summary(cards().slice(before, before + size).map((a) => a.at - t0));
    },
    close: () => new Promise<void>((r) => connector.close(() => r())),
  };
}

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 200);
  const service = await startService(ESCALATION_ENV);
  const bench = await crisisToCard(service);
  const isolated = await bench.sequential(n, true);
  const backToBack = await bench.sequential(n, false);
  const burst20 = await bench.burst();
  const rssMb = service.rssMb();
  await service.stop();
  await bench.close();

  console.log(`escalations: ${n} each way (${service.database === 'pglite' ? 'embedded PGlite' : 'PostgreSQL server'}, service in its own process); times in ms`);
  console.log(header());
  console.log(row('isolated: urgent message accepted (HTTP)', isolated.accept));
  console.log(row('isolated: message in → card at connector', isolated.card));
  console.log(row('back-to-back: message in → card', backToBack.card));
  console.log(row('burst of 20 at once: message in → card', burst20));
  console.log(`service RSS after the run: ${rssMb} MB`);
  console.log(JSON.stringify({ bench: 'escalation', database: service.database, escalations: n, isolated, back_to_back: backToBack, burst20_card_ms: burst20, service_rss_mb: rssMb }));
}

if (isMain(import.meta.url)) await main();
