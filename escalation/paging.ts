import { and, asc, eq, inArray, lte } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.js';
import type { OutboxItem } from '../db/outbox.js';
import { enqueue } from '../db/outbox.js';
import { escalations, outbox } from '../db/schema/index.js';
import type { Escalation } from './lifecycle.js';
import { recordEvent, transition } from './lifecycle.js';
import type { Clinician, OnCall } from './roster.js';
import { activeClinicians, onCallAt } from './roster.js';

export interface PagingPolicy {
  /** How long a page waits for an acknowledgement before the next tier is paged. */
  ackTimeoutMs: number;
  /** SMS to clinicians' phones after the last tier (when the SMS channel is configured). */
  smsFallback: boolean;
}

export interface PagePlan {
  tier: number;
  round: number;
  cards: Clinician[];
  sms: Clinician[];
  nextPageAt: Date | null;
  reason: 'tier' | 'all_on_shift' | 'no_one_on_call' | 'concern_review';
}

/**
 * Who to page next. Urgent: tier 1, then each higher tier in turn, one ack timeout apart; after the
 * last tier, everyone on shift again plus the SMS fallback, every ack timeout, until someone
 * acknowledges: an escalation never expires. With nobody on shift, every active clinician is paged.
 * Concern: the lowest tier on shift gets one review card and is not re-paged.
 */
export function planPage(esc: Escalation, roster: readonly OnCall[], everyone: readonly Clinician[], now: Date, policy: PagingPolicy): PagePlan {
  const withPhone = (cs: readonly Clinician[]) => (policy.smsFallback ? cs.filter((c) => c.phoneEnc) : []);
  const next = new Date(now.getTime() + policy.ackTimeoutMs);
  if (roster.length === 0) {
    return { tier: esc.tier, round: esc.round + 1, cards: [...everyone], sms: esc.level === 'urgent' ? withPhone(everyone) : [], nextPageAt: esc.level === 'urgent' ? next : null, reason: 'no_one_on_call' };
  }
  const tiers = [...new Set(roster.map((r) => r.tier))].sort((a, b) => a - b);
  const at = (tier: number) => roster.filter((r) => r.tier === tier).map((r) => r.clinician);
  if (esc.level === 'concern') {
    const tier = tiers[0]!;
    return { tier, round: 0, cards: at(tier), sms: [], nextPageAt: null, reason: 'concern_review' };
  }
  const nextTier = esc.round === 0 ? tiers.find((t) => t > esc.tier) : undefined;
  if (nextTier !== undefined) return { tier: nextTier, round: 0, cards: at(nextTier), sms: [], nextPageAt: next, reason: 'tier' };
  const all = roster.map((r) => r.clinician);
  return { tier: esc.tier, round: esc.round + 1, cards: all, sms: withPhone(all), nextPageAt: next, reason: 'all_on_shift' };
}

export function cardItem(escalationId: string, clinicianId: string, extra: Record<string, unknown> = {}): OutboxItem {
  return {
    channel: 'teams',
    destination: `teams:${clinicianId}`,
    kind: 'escalation_card',
    payload: { escalationId, clinicianId, ...extra },
    escalationId,
  };
}

/** A clinician a Teams card can reach: they have said hi to the bot, so it knows their chat. */
const reachableInTeams = (c: Clinician) => c.teamsRef !== null;

export type PageOutcome =
  /** `firstPageAfterMs`: on the escalation's first page, how long after it opened; null on a later page. */
  | { escalationId: string; patientId: string; paged: true; firstPageAfterMs: number | null }
  | { escalationId: string; patientId: string; paged: false; first: boolean };

/**
 * Claims one due escalation (SKIP LOCKED: each page is sent by one process) and pages it. When
 * there is nobody to page at all (no clinician on shift or registered, or none reachable), the
 * escalation stays `open`, says so (`nobodyToPageAt`, an audit event the first time), and is tried
 * again after the ack timeout: someone may come on shift.
 */
async function pageOne(tx: Tx, now: Date, policy: PagingPolicy): Promise<PageOutcome | null> {
  const [esc] = await tx
    .select()
    .from(escalations)
    .where(and(inArray(escalations.status, ['open', 'paged']), lte(escalations.nextPageAt, now)))
    .orderBy(asc(escalations.nextPageAt))
    .limit(1)
    .for('update', { skipLocked: true });
  if (!esc) return null;
  const roster = await onCallAt(tx, now);
  const planned = planPage(esc, roster, roster.length ? [] : await activeClinicians(tx), now, policy);
  const plan = { ...planned, cards: planned.cards.filter(reachableInTeams) };
  if (plan.cards.length === 0 && plan.sms.length === 0) {
    const first = esc.nobodyToPageAt === null;
    await tx
      .update(escalations)
      .set({ nobodyToPageAt: now, nextPageAt: new Date(now.getTime() + policy.ackTimeoutMs), updatedAt: now })
      .where(eq(escalations.id, esc.id));
    if (first) {
      await recordEvent(tx, {
        escalationId: esc.id,
        at: now,
        actor: { type: 'system' },
        type: 'nobody_to_page',
        reason: planned.cards.length > 0 ? 'no clinician reachable in Teams' : roster.length === 0 ? 'no clinician on call or registered' : 'no clinician to page',
        details: { onShift: roster.length, planned: planned.cards.length },
      });
    }
    return { escalationId: esc.id, patientId: esc.patientId, paged: false, first };
  }
  await enqueue(tx, now, [
    ...plan.cards.map((c) => cardItem(esc.id, c.id, { tier: plan.tier, round: plan.round })),
    ...plan.sms.map(
      (c): OutboxItem => ({
        channel: 'sms',
        destination: `sms-clinician:${c.id}`,
        kind: 'page_sms',
        payload: { escalationId: esc.id, clinicianId: c.id },
        escalationId: esc.id,
      }),
    ),
  ]);
  const result = await transition(tx, esc.id, { type: 'page', tier: plan.tier, round: plan.round, nextPageAt: plan.nextPageAt }, { type: 'system' }, now, plan.reason);
  if (!result.ok) throw new Error(`paging ${esc.id}: ${result.reason}`);
  if (esc.firstPagedAt === null) await tx.update(escalations).set({ firstPagedAt: now }).where(eq(escalations.id, esc.id));
  const firstPageAfterMs = esc.firstPagedAt === null ? Math.max(0, now.getTime() - esc.openedAt.getTime()) : null;
  return { escalationId: esc.id, patientId: esc.patientId, paged: true, firstPageAfterMs };
}

/**
 * Pages every escalation whose timer is due; returns what happened to each (the caller logs an
 * escalation nobody could be paged for at error level).
 */
export async function pageDueEscalations(db: Db, now: Date, policy: PagingPolicy, limit = 50): Promise<PageOutcome[]> {
  const outcomes: PageOutcome[] = [];
  for (let i = 0; i < limit; i++) {
    const outcome = await db.transaction((tx) => pageOne(tx, now, policy));
    if (!outcome) break;
    outcomes.push(outcome);
  }
  return outcomes;
}

/**
 * After a state change, every card already delivered for this escalation is updated in place, so
 * each clinician who saw it sees who has it now.
 */
export async function queueCardUpdates(tx: Tx, escalationId: string, now: Date): Promise<void> {
  const sent = await tx
    .select({ id: outbox.id, payload: outbox.payload })
    .from(outbox)
    .where(and(eq(outbox.escalationId, escalationId), eq(outbox.kind, 'escalation_card'), eq(outbox.status, 'sent')));
  await enqueue(
    tx,
    now,
    sent.map((row) => ({
      channel: 'teams' as const,
      destination: `teams:${String(row.payload.clinicianId)}`,
      kind: 'card_update',
      payload: { escalationId, clinicianId: row.payload.clinicianId, cardOutboxId: row.id },
      escalationId,
    })),
  );
}
