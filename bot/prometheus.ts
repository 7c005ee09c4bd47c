import { sql } from 'drizzle-orm';
import type { Histogram } from 'prom-client';
import { Counter, Gauge, Histogram as PromHistogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Database } from '../db/client.js';
import type { Metrics } from './metrics.js';

const ESCALATION_STATES = ['open', 'paged', 'acknowledged', 'taken_over', 'resolved'] as const;
const OUTBOX_CHANNELS = ['sms', 'teams'] as const;

/** Seconds; a turn is tens of milliseconds without an LLM and seconds with one. */
const TURN_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
/** Seconds; a page should be queued within a second or two of the crisis message. */
const PAGE_BUCKETS = [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60];

/** Sets one gauge value per known key (zero for a key with no rows), so a state never vanishes from a scrape. */
function setCounts<L extends string>(gauge: Gauge<L>, label: L, keys: readonly string[], rows: ReadonlyArray<{ key: string; n: number | string }>): void {
  for (const key of keys) gauge.set({ [label]: key } as Record<L, string>, Number(rows.find((r) => r.key === key)?.n ?? 0));
}

/** What an operator's Prometheus scrapes (GET /api/admin/metrics/prometheus). */
export interface Prometheus {
  /** One per app instance, so several apps in one process (tests) never share or clash. */
  registry: Registry;
  /** Message accepted → the turn's replies stored (graph turns only; the crisis reply is stored at accept). */
  turnSeconds: Histogram<'channel'>;
  /** Escalation opened → its first page committed to the outbox (a card or an SMS for a clinician). */
  pageSeconds: Histogram;
  /** An outbox row queued → delivered, by kind (`escalation_card`, `page_sms`, `reply`…): the rest of a page's way. */
  deliverySeconds: Histogram<'kind'>;
}

/**
 * The service's Prometheus metrics. The backlogs (pending turns, the outbox, escalations by state)
 * are read from the database at scrape time, so every process reports the same shared figures and
 * nothing drifts when another process does the work. Labels are fixed vocabularies (channels,
 * states, counter names from the code): never message text, names or phone numbers.
 */
export function createPrometheus(database: Database, counters: Metrics): Prometheus {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  const histogram = <L extends string>(name: string, help: string, buckets: number[], labelNames: readonly L[]) =>
    new PromHistogram<L>({ name, help: `${help}, in seconds`, buckets, labelNames, registers });
  const turnSeconds = histogram('cbt_turn_duration_seconds', 'Patient message accepted to the turn\'s replies stored', TURN_BUCKETS, ['channel']);
  const pageSeconds = histogram('cbt_escalation_page_seconds', 'Escalation opened to its first page queued for a clinician (Teams card or SMS in the outbox)', PAGE_BUCKETS, []);
  const deliverySeconds = histogram('cbt_outbox_delivery_seconds', 'Outbox row queued to delivered (the provider accepted it), by kind', PAGE_BUCKETS, ['kind']);
  new Gauge({
    name: 'cbt_turn_queue_depth',
    help: 'Inbound turns waiting for the graph: unprocessed patient messages and scheduled events',
    labelNames: ['kind'] as const,
    registers,
    async collect() {
      const [row] = await database.rows<{ messages: number | string; events: number | string }>(sql`
        select (select count(*) from messages where direction = 'in' and processed_at is null) as messages,
               (select count(*) from turn_events where processed_at is null) as events`);
      this.set({ kind: 'message' }, Number(row?.messages ?? 0));
      this.set({ kind: 'event' }, Number(row?.events ?? 0));
    },
  });
  new Gauge({
    name: 'cbt_outbox_backlog',
    help: 'Deliveries waiting in the outbox (pending, including ones waiting to be retried)',
    labelNames: ['channel'] as const,
    registers,
    async collect() {
      const rows = await database.rows<{ key: string; n: number | string }>(sql`select channel as key, count(*) as n from outbox where status = 'pending' group by channel`);
      setCounts(this, 'channel', OUTBOX_CHANNELS, rows);
    },
  });
  new Gauge({
    name: 'cbt_escalations',
    help: 'Escalations by state',
    labelNames: ['state'] as const,
    registers,
    async collect() {
      setCounts(this, 'state', ESCALATION_STATES, await database.rows(sql`select status as key, count(*) as n from escalations group by status`));
    },
  });
  // The JSON endpoint's counters (screenings by level, outbox sends, guard blocks…), under one name.
  new Counter({
    name: 'cbt_events_total',
    help: 'The service\'s event counters since the process started, as GET /api/admin/metrics reports them',
    labelNames: ['event'] as const,
    registers,
    collect() {
      this.reset();
      for (const [event, n] of Object.entries(counters.snapshot())) this.inc({ event }, n);
    },
  });
  return { registry, turnSeconds, pageSeconds, deliverySeconds };
}
