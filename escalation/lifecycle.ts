import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../db/client.js';
import type { ActorType, EscalationStatus } from '../db/schema/index.js';
import { escalationEvents, escalations, patients } from '../db/schema/index.js';

export type Escalation = typeof escalations.$inferSelect;

export type Actor = { type: 'system'; id?: string } | { type: 'clinician'; id: string } | { type: 'operator'; id?: string } | { type: 'patient'; id: string };

/** Everything that can happen to an escalation, and who may do it. */
export type EscalationAction =
  | { type: 'page'; tier: number; round: number; nextPageAt: Date | null }
  | { type: 'acknowledge' }
  | { type: 'take_over' }
  | { type: 'hand_back' }
  /** `noteEnc`: the clinician's free-text note for the record, encrypted by the caller. */
  | { type: 'resolve'; outcome: string; noteEnc?: string };

const RULES: { [K in EscalationAction['type']]: { from: readonly EscalationStatus[]; to: EscalationStatus; actor: ActorType } } = {
  page: { from: ['open', 'paged'], to: 'paged', actor: 'system' },
  acknowledge: { from: ['open', 'paged'], to: 'acknowledged', actor: 'clinician' },
  // Taking over an unacknowledged escalation acknowledges it too; an acknowledged one only by its owner.
  take_over: { from: ['open', 'paged', 'acknowledged'], to: 'taken_over', actor: 'clinician' },
  hand_back: { from: ['taken_over'], to: 'acknowledged', actor: 'clinician' },
  resolve: { from: ['acknowledged', 'taken_over'], to: 'resolved', actor: 'clinician' },
};

export const OUTCOMES = ['safety_plan_reviewed', 'emergency_services_contacted', 'no_risk_found', 'referred', 'patient_unreachable', 'other'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export type TransitionResult =
  | { ok: true; escalation: Escalation; from: EscalationStatus }
  | { ok: false; escalation: Escalation | null; reason: 'not_found' | 'illegal' | 'not_owner' | 'busy' };

/**
 * The one way an escalation changes state. The update is conditional on the state it expects, so
 * of two concurrent acknowledgements exactly one wins and the other gets the escalation as it now
 * is (to show who has it). The audit row is written in the same transaction.
 */
export async function transition(
  tx: Tx,
  escalationId: string,
  action: EscalationAction,
  actor: Actor,
  now: Date,
  reason?: string,
): Promise<TransitionResult> {
  const rule = RULES[action.type];
  const [current] = await tx.select().from(escalations).where(eq(escalations.id, escalationId));
  if (!current) return { ok: false, escalation: null, reason: 'not_found' };
  if (actor.type !== rule.actor && !(actor.type === 'operator' && action.type === 'resolve')) {
    return { ok: false, escalation: current, reason: 'illegal' };
  }
  if (!rule.from.includes(current.status)) return { ok: false, escalation: current, reason: 'illegal' };
  const owner = current.takenOverBy ?? current.acknowledgedBy;
  if (actor.type === 'clinician' && owner && owner !== actor.id && action.type !== 'acknowledge') {
    return { ok: false, escalation: current, reason: 'not_owner' };
  }

  const set: Partial<typeof escalations.$inferInsert> = { status: rule.to, updatedAt: now };
  const clinicianId = actor.type === 'clinician' ? actor.id : null;
  switch (action.type) {
    case 'page':
      Object.assign(set, { tier: action.tier, round: action.round, nextPageAt: action.nextPageAt });
      break;
    case 'acknowledge':
      Object.assign(set, { acknowledgedBy: clinicianId, acknowledgedAt: now, nextPageAt: null });
      break;
    case 'take_over':
      Object.assign(set, { takenOverBy: clinicianId, nextPageAt: null });
      if (!current.acknowledgedBy) Object.assign(set, { acknowledgedBy: clinicianId, acknowledgedAt: now });
      break;
    case 'hand_back':
      Object.assign(set, { takenOverBy: null });
      break;
    case 'resolve':
      Object.assign(set, { resolvedBy: clinicianId, resolvedAt: now, outcome: action.outcome, nextPageAt: null, takenOverBy: null });
      break;
    default:
      return action satisfies never;
  }

  const [updated] = await tx
    .update(escalations)
    .set(set)
    .where(and(eq(escalations.id, escalationId), eq(escalations.status, current.status), inArray(escalations.status, [...rule.from])))
    .returning();
  if (!updated) {
    const [now_] = await tx.select().from(escalations).where(eq(escalations.id, escalationId));
    return { ok: false, escalation: now_ ?? null, reason: 'busy' };
  }

  // The conversation follows the escalation: a takeover routes the patient to the clinician, and
  // handing back or resolving returns them to the bot.
  if (action.type === 'take_over') {
    await tx.update(patients).set({ mode: 'clinician', clinicianId }).where(eq(patients.id, updated.patientId));
  } else if (action.type === 'hand_back' || (action.type === 'resolve' && current.status === 'taken_over')) {
    await tx.update(patients).set({ mode: 'bot', clinicianId: null }).where(eq(patients.id, updated.patientId));
  }

  await recordEvent(tx, {
    escalationId,
    at: now,
    actor,
    type: action.type,
    fromStatus: current.status,
    toStatus: rule.to,
    tier: action.type === 'page' ? action.tier : null,
    reason: reason ?? null,
    details:
      action.type === 'resolve'
        ? { outcome: action.outcome, ...(action.noteEnc ? { noteEnc: action.noteEnc } : {}) }
        : action.type === 'page'
          ? { round: action.round }
          : null,
  });
  return { ok: true, escalation: updated, from: current.status };
}

export interface EventRecord {
  escalationId: string;
  at: Date;
  actor: Actor;
  type: string;
  fromStatus?: EscalationStatus | null;
  toStatus?: EscalationStatus | null;
  tier?: number | null;
  reason?: string | null;
  details?: Record<string, unknown> | null;
}

/** Appends to an escalation's audit trail (also for things that are not state changes). */
export async function recordEvent(tx: Tx, e: EventRecord): Promise<void> {
  await tx.insert(escalationEvents).values({
    escalationId: e.escalationId,
    at: e.at,
    actorType: e.actor.type,
    actorId: e.actor.id ?? null,
    type: e.type,
    fromStatus: e.fromStatus ?? null,
    toStatus: e.toStatus ?? null,
    tier: e.tier ?? null,
    reason: e.reason ?? null,
    details: e.details ?? null,
  });
}

export async function activeEscalation(tx: Tx, patientId: string): Promise<Escalation | null> {
  const [row] = await tx
    .select()
    .from(escalations)
    .where(and(eq(escalations.patientId, patientId), sql`${escalations.status} <> 'resolved'`));
  return row ?? null;
}
