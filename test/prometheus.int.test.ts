import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../bot/clock.js';
import type { TestRuntime } from './helpers.js';
import { startApp, WebPatient } from './helpers.js';
import { botConnector } from './msw/bot-connector.js';
import { ADMIN_TOKEN, TeamsWorld } from './teams.js';

const connector = botConnector();
const server = setupServer(...connector.handlers);
const URGENT = 'I am going to kill myself tonight, I have the pills ready';
const URL = '/api/admin/metrics/prometheus';

/** A sample's value from Prometheus text format, e.g. `cbt_escalations{state="paged"}`; NaN when absent. */
function sample(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : NaN;
}

describe('Prometheus metrics', () => {
  let rt: TestRuntime;
  let w: TeamsWorld;
  beforeAll(async () => {
    server.listen({ onUnhandledRequest: 'error' });
    const clock = new ManualClock(new Date());
    rt = await startApp({ ADMIN_TOKEN, TEAMS_EMULATOR: 'true' }, { clock });
    w = new TeamsWorld(rt, connector, clock);
  });
  afterEach(() => server.resetHandlers());
  afterAll(async () => {
    await rt.close();
    server.close();
  });

  const scrape = async () => {
    const res = await rt.app.inject({ method: 'GET', url: URL, headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    return res.body;
  };

  it('is refused without the operator token, or with a wrong one', async () => {
    expect((await rt.app.inject({ method: 'GET', url: URL })).statusCode).toBe(401);
    expect((await rt.app.inject({ method: 'GET', url: URL, headers: { authorization: 'Bearer not-the-operator-token-000' } })).statusCode).toBe(401);
  });

  it('a scrape after a turn counts the turn, and the queue it waited in is empty again', async () => {
    const before = sample(await scrape(), 'cbt_turn_duration_seconds_count{channel="web"}');
    const p = await WebPatient.create(rt);
    expect((await p.send('hi')).statusCode).toBe(202);
    const waiting = await scrape();
    expect(sample(waiting, 'cbt_turn_queue_depth{kind="message"}')).toBe(1);

    await rt.settle();
    const text = await scrape();
    expect(sample(text, 'cbt_turn_duration_seconds_count{channel="web"}')).toBe((Number.isNaN(before) ? 0 : before) + 1);
    expect(sample(text, 'cbt_turn_queue_depth{kind="message"}')).toBe(0);
    expect(sample(text, 'cbt_events_total{event="screen.none"}')).toBeGreaterThanOrEqual(1);
    // Process default metrics, from this app's own registry.
    expect(text).toMatch(/^process_resident_memory_bytes \d+/m);
  });

  it('an urgent message shows up as an escalation by state and as one page timed, with no patient text in any label', async () => {
    await w.clinician('Dr Prom', 1);
    const p = await WebPatient.create(rt);
    expect((await p.send(URGENT)).statusCode).toBe(202);
    const opened = await scrape();
    expect(sample(opened, 'cbt_escalations{state="open"}')).toBe(1);

    await rt.settle();
    const text = await scrape();
    expect(sample(text, 'cbt_escalations{state="open"}')).toBe(0);
    expect(sample(text, 'cbt_escalations{state="paged"}')).toBe(1);
    expect(sample(text, 'cbt_escalation_page_seconds_count')).toBe(1);
    expect(sample(text, 'cbt_outbox_delivery_seconds_count{kind="escalation_card"}')).toBe(1);
    // The card went out: nothing is left for Teams in the outbox.
    expect(sample(text, 'cbt_outbox_backlog{channel="teams"}')).toBe(0);
    expect(text).not.toMatch(/pills|kill|Dr Prom/i);
    expect(text).not.toContain(p.patientId);
  });

  it('the JSON metrics stay as they were', async () => {
    const res = await rt.app.inject({ method: 'GET', url: '/api/admin/metrics', headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    expect(res.statusCode).toBe(200);
    const body = res.json<{ counters: Record<string, number> }>();
    expect(Object.keys(body)).toEqual(['counters']);
    expect(body.counters['screen.urgent']).toBe(1);
  });

  it('each app has its own registry: a second app starts from zero', async () => {
    const other = await startApp({ ADMIN_TOKEN });
    try {
      const res = await other.app.inject({ method: 'GET', url: URL, headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
      expect(sample(res.body, 'cbt_escalation_page_seconds_count')).toBe(0);
      expect(sample(res.body, 'cbt_turn_duration_seconds_count{channel="web"}')).toBeNaN();
    } finally {
      await other.close();
    }
  });
});
