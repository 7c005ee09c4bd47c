import type { Tx } from './client.js';
import type { OutboxChannel } from './schema/outbox.js';
import { outbox } from './schema/outbox.js';

export interface OutboxItem {
  channel: OutboxChannel;
  /** Rows with the same destination are delivered in order, one at a time. */
  destination: string;
  kind: string;
  /** Ids only: the sender renders text from the database when it sends. */
  payload: Record<string, unknown>;
  escalationId?: string | null;
  /** Not before this time (defaults to now). */
  notBefore?: Date;
}

/** Queues deliveries in the caller's transaction, so they exist exactly when the change that caused them does. */
export async function enqueue(tx: Tx, now: Date, items: readonly OutboxItem[]): Promise<void> {
  if (items.length === 0) return;
  await tx.insert(outbox).values(
    items.map((i) => ({
      channel: i.channel,
      destination: i.destination,
      kind: i.kind,
      payload: i.payload,
      escalationId: i.escalationId ?? null,
      nextAttemptAt: i.notBefore ?? now,
    })),
  );
}
