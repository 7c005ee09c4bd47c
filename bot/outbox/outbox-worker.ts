import { eq, sql } from 'drizzle-orm';
import type { outbox as outboxTable } from '../../db/schema/index.js';
import { outbox } from '../../db/schema/index.js';
import type { Services } from '../services.js';

export type OutboxRow = typeof outboxTable.$inferSelect;

export type SendOutcome =
  | { type: 'sent'; result?: Record<string, unknown> }
  /** Try again later (429, 5xx, a network error); `afterMs` from Retry-After when the provider said. */
  | { type: 'retry'; code: string; afterMs?: number }
  /** Will never work (opted out, no such conversation): stop and record why. */
  | { type: 'failed'; code: string };

export type Sender = (row: OutboxRow) => Promise<SendOutcome>;

export interface BackoffPolicy {
  baseMs: number;
  maxMs: number;
  /** Attempts after which a row is given up on; null: never (escalation pages). */
  maxAttempts(row: OutboxRow): number | null;
}

export const defaultBackoff: BackoffPolicy = {
  baseMs: 1_000,
  maxMs: 5 * 60_000,
  // An escalation card is retried until it gets through; a chat message a day late helps no one.
  maxAttempts: (row) => (row.escalationId ? null : 25),
};

/** How long a claimed row is reserved for the process sending it. */
const CLAIM_MS = 30_000;

export function backoffMs(attempt: number, policy: BackoffPolicy, random = Math.random): number {
  const exp = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(exp * (0.75 + random() * 0.5));
}

/**
 * Delivers what the outbox holds. A row is claimed by one process (lease + SKIP LOCKED) and only
 * when no earlier row to the same destination is still pending, so a patient's SMS arrive in order
 * and a clinician's chat is not flooded in parallel.
 */
export class OutboxWorker {
  constructor(
    private readonly svc: Services,
    private readonly senders: Readonly<Record<string, Sender>>,
    private readonly policy: BackoffPolicy = defaultBackoff,
  ) {}

  async claim(limit: number): Promise<OutboxRow[]> {
    const now = this.svc.clock.now();
    const until = new Date(now.getTime() + CLAIM_MS);
    return this.svc.database.rows<OutboxRow>(sql`
      update outbox set locked_until = ${until.toISOString()}::timestamptz, attempts = attempts + 1
      where id in (
        select o.id from outbox o
        where o.status = 'pending' and o.next_attempt_at <= ${now.toISOString()}::timestamptz
          and (o.locked_until is null or o.locked_until < ${now.toISOString()}::timestamptz)
          and not exists (select 1 from outbox p where p.destination = o.destination and p.status = 'pending' and p.seq < o.seq)
        order by o.seq limit ${limit}
        for update skip locked)
      returning id, seq, channel, destination, kind, payload, status, attempts,
        next_attempt_at as "nextAttemptAt", locked_until as "lockedUntil", last_error as "lastError", result,
        escalation_id as "escalationId", created_at as "createdAt", sent_at as "sentAt"`);
  }

  /**
   * Sends what is due; returns how many rows were attempted. A claim holds at most one row per
   * destination (the earliest pending), so the rows go out in parallel without breaking any
   * destination's order, and one slow chat does not hold up a page to another.
   */
  async runDue(limit = 20): Promise<number> {
    const rows = await this.claim(limit);
    await Promise.all(rows.map((row) => this.deliver(row)));
    return rows.length;
  }

  private async deliver(row: OutboxRow): Promise<void> {
    const send = this.senders[row.kind];
    let outcome: SendOutcome;
    if (!send) outcome = { type: 'failed', code: 'no_sender' };
    else {
      try {
        outcome = await send(row);
      } catch (err) {
        this.svc.log.error({ err, outboxId: row.id, kind: row.kind }, 'sender threw');
        outcome = { type: 'retry', code: 'exception' };
      }
    }
    const now = this.svc.clock.now();
    switch (outcome.type) {
      case 'sent':
        await this.svc.db.update(outbox).set({ status: 'sent', sentAt: now, lockedUntil: null, lastError: null, result: outcome.result ?? null }).where(eq(outbox.id, row.id));
        this.svc.metrics.increment(`outbox.sent.${row.kind}`);
        this.svc.prometheus.deliverySeconds.observe({ kind: row.kind }, Math.max(0, now.getTime() - new Date(row.createdAt).getTime()) / 1000);
        break;
      case 'retry': {
        const max = this.policy.maxAttempts(row);
        if (max !== null && row.attempts >= max) {
          await this.fail(row, `gave_up:${outcome.code}`);
          break;
        }
        const delay = Math.max(outcome.afterMs ?? 0, backoffMs(row.attempts, this.policy));
        await this.svc.db
          .update(outbox)
          .set({ nextAttemptAt: new Date(now.getTime() + delay), lockedUntil: null, lastError: outcome.code })
          .where(eq(outbox.id, row.id));
        this.svc.metrics.increment(`outbox.retry.${row.kind}`);
        this.svc.log.warn({ outboxId: row.id, kind: row.kind, attempt: row.attempts, code: outcome.code, delayMs: delay }, 'delivery will be retried');
        break;
      }
      case 'failed':
        await this.fail(row, outcome.code);
        break;
      default:
        outcome satisfies never;
    }
  }

  private async fail(row: OutboxRow, code: string): Promise<void> {
    await this.svc.db.update(outbox).set({ status: 'failed', lockedUntil: null, lastError: code }).where(eq(outbox.id, row.id));
    this.svc.metrics.increment(`outbox.failed.${row.kind}`);
    this.svc.log.error({ outboxId: row.id, kind: row.kind, code, escalationId: row.escalationId }, 'delivery failed permanently');
  }
}
