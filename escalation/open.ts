import { eq } from 'drizzle-orm';
import type { Tx } from '../db/client.js';
import type { FieldCrypto } from '../db/field-crypto.js';
import type { EscalationLevel } from '../db/schema/index.js';
import { escalations } from '../db/schema/index.js';
import { enqueue } from '../db/outbox.js';
import type { Escalation } from './lifecycle.js';
import { activeEscalation, recordEvent } from './lifecycle.js';
import type { RiskCategory } from './screening.js';

export interface OpenRequest {
  patientId: string;
  level: EscalationLevel;
  categories: readonly RiskCategory[];
  /** What raised it: `screen`, `cssrs_positive`, `cssrs_ideation`, `concern_during_watch` … */
  source: string;
  triggerMessageId: string | null;
  cssrs?: Record<string, boolean> | undefined;
}

/** What opening an escalation needs of the field crypto: the C-SSRS answers are health data, kept sealed. */
export type Sealer = Pick<FieldCrypto, 'encrypt' | 'decrypt'>;

/** The C-SSRS answers an escalation holds (null when none were asked). */
export function cssrsOf(esc: Pick<Escalation, 'cssrsEnc'>, crypto: Pick<FieldCrypto, 'decrypt'>): Record<string, boolean> | null {
  return esc.cssrsEnc ? (JSON.parse(crypto.decrypt(esc.cssrsEnc)) as Record<string, boolean>) : null;
}

export interface OpenResult {
  escalation: Escalation;
  /** False when the patient already had an active escalation (it was updated instead). */
  created: boolean;
  /** An existing concern escalation became urgent. */
  upgraded: boolean;
}

/**
 * Opens an escalation, committed with the caller's transaction (paging starts from the row:
 * `nextPageAt = now`). A patient has at most one active escalation: a new signal is added to it,
 * and an urgent signal on a concern escalation makes it urgent and pages again from tier 1.
 */
export async function openEscalation(tx: Tx, crypto: Sealer, req: OpenRequest, now: Date): Promise<OpenResult> {
  const existing = await activeEscalation(tx, req.patientId);
  if (existing) {
    const upgrade = existing.level === 'concern' && req.level === 'urgent';
    // New danger while an urgent escalation is open (pills in front of them, feeling faint): nobody
    // has answered yet, so the next page goes out now instead of at the ack timeout; whoever has
    // acknowledged it is told at once.
    const newDanger = existing.level === 'urgent' && req.level === 'urgent';
    const categories = [...new Set([...existing.categories, ...req.categories])];
    const unacknowledged = existing.status === 'open' || existing.status === 'paged';
    const [updated] = await tx
      .update(escalations)
      .set({
        categories,
        updatedAt: now,
        ...(req.cssrs ? { cssrsEnc: crypto.encrypt(JSON.stringify({ ...cssrsOf(existing, crypto), ...req.cssrs })) } : {}),
        ...(upgrade ? { level: 'urgent' as const, ...(unacknowledged ? { tier: 0, round: 0, nextPageAt: now } : {}) } : {}),
        ...(newDanger && unacknowledged ? { nextPageAt: now } : {}),
      })
      .where(eq(escalations.id, existing.id))
      .returning();
    await recordEvent(tx, {
      escalationId: existing.id,
      at: now,
      actor: { type: 'system' },
      type: upgrade ? 'upgraded' : newDanger ? 'new_danger' : 'new_signal',
      reason: req.source,
      details: { level: req.level, categories: [...req.categories], messageId: req.triggerMessageId, ...(newDanger ? { repage: unacknowledged ? 'now' : 'owner_notified' } : {}) },
    });
    const owner = existing.takenOverBy ?? existing.acknowledgedBy;
    if (newDanger && !unacknowledged && owner) {
      await enqueue(tx, now, [
        {
          channel: 'teams',
          destination: `teams:${owner}`,
          kind: 'clinician_notice',
          payload: { clinicianId: owner, escalationId: existing.id, notice: 'new_danger' },
          escalationId: existing.id,
        },
      ]);
    }
    return { escalation: updated!, created: false, upgraded: upgrade };
  }
  const [created] = await tx
    .insert(escalations)
    .values({
      patientId: req.patientId,
      level: req.level,
      status: 'open',
      categories: [...req.categories],
      source: req.source,
      triggerMessageId: req.triggerMessageId,
      cssrsEnc: req.cssrs ? crypto.encrypt(JSON.stringify(req.cssrs)) : null,
      openedAt: now,
      updatedAt: now,
      nextPageAt: now,
    })
    .returning();
  await recordEvent(tx, {
    escalationId: created!.id,
    at: now,
    actor: { type: 'system' },
    type: 'opened',
    toStatus: 'open',
    reason: req.source,
    details: { level: req.level, categories: [...req.categories], messageId: req.triggerMessageId },
  });
  return { escalation: created!, created: true, upgraded: false };
}
