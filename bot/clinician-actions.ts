import { and, eq } from 'drizzle-orm';
import type { Tx } from '../db/client.js';
import { enqueue } from '../db/outbox.js';
import { escalations, patients, turnEvents } from '../db/schema/index.js';
import type { EscalationAction, Outcome } from '../escalation/lifecycle.js';
import { OUTCOMES, recordEvent, transition } from '../escalation/lifecycle.js';
import { queueCardUpdates } from '../escalation/paging.js';
import type { Clinician } from '../escalation/roster.js';
import { copyFor } from '../graph/copy/index.js';
import type { Services } from './services.js';
import { storeOutbound } from './turn/messages.js';

export const VERBS = ['acknowledge', 'takeover', 'handback', 'resolve'] as const;
export type Verb = (typeof VERBS)[number];

export interface ActionRequest {
  escalationId: string;
  verb: Verb;
  clinician: Clinician;
  outcome?: string | undefined;
  note?: string | undefined;
}

export interface ActionResult {
  ok: boolean;
  /** Shown to the clinician on the returned card when the action did not happen, or needs saying. */
  notice?: string;
}

function toAction(req: ActionRequest, crypto: Services['crypto']): EscalationAction | { error: string } {
  switch (req.verb) {
    case 'acknowledge':
      return { type: 'acknowledge' };
    case 'takeover':
      return { type: 'take_over' };
    case 'handback':
      return { type: 'hand_back' };
    case 'resolve':
      if (!req.outcome || !(OUTCOMES as readonly string[]).includes(req.outcome)) return { error: 'Choose an outcome to resolve the escalation.' };
      return { type: 'resolve', outcome: req.outcome as Outcome, ...(req.note?.trim() ? { noteEnc: crypto.encrypt(req.note.trim().slice(0, 500)) } : {}) };
    default:
      return req.verb satisfies never;
  }
}

/**
 * A clinician's action on an escalation, from a card: the transition (audited), the patient told
 * when a clinician joins or leaves, the bot resumed at a safe point on hand-back, and every card
 * already sent updated to show who has it. All in one transaction.
 */
export async function performClinicianAction(svc: Services, req: ActionRequest): Promise<ActionResult> {
  const action = toAction(req, svc.crypto);
  if ('error' in action) return { ok: false, notice: action.error };
  const now = svc.clock.now();
  const actor = { type: 'clinician' as const, id: req.clinician.id };
  const result = await svc.db.transaction(async (tx): Promise<ActionResult & { patientId?: string }> => {
    if (action.type === 'take_over') {
      const [other] = await tx
        .select({ id: escalations.id, patientId: escalations.patientId })
        .from(escalations)
        .where(and(eq(escalations.takenOverBy, req.clinician.id), eq(escalations.status, 'taken_over')));
      if (other && other.id !== req.escalationId) return { ok: false, notice: 'You are already talking with another patient: hand that conversation back first.' };
    }
    const t = await transition(tx, req.escalationId, action, actor, now, `card:${req.verb}`);
    if (!t.ok) {
      if (t.escalation) {
        await recordEvent(tx, { escalationId: t.escalation.id, at: now, actor, type: `${action.type}_refused`, reason: t.reason, fromStatus: t.escalation.status });
      }
      return { ok: false, notice: refusal(t.reason, req.verb) };
    }
    const esc = t.escalation;
    const [patient] = await tx.select().from(patients).where(eq(patients.id, esc.patientId));
    const copy = copyFor(patient!.locale).clinician;
    const notify = (text: string, kind: 'clinician_joined' | 'clinician_left') =>
      storeOutbound(tx, svc.crypto, now, { patientId: esc.patientId, channel: patient!.lastChannel, author: 'system', text, clinicianId: req.clinician.id, kind });
    switch (action.type) {
      case 'take_over':
        await notify(copy.joined(req.clinician.name, svc.config.CLINIC_NAME ?? copyFor(patient!.locale).defaultClinic), 'clinician_joined');
        await enqueue(tx, now, [
          { channel: 'teams', destination: `teams:${req.clinician.id}`, kind: 'clinician_notice', payload: { clinicianId: req.clinician.id, escalationId: esc.id, notice: 'takeover_started' }, escalationId: esc.id },
        ]);
        break;
      case 'hand_back':
        await leave(tx, svc, esc.patientId, now);
        await notify(copy.left(req.clinician.name), 'clinician_left');
        break;
      case 'resolve':
        if (t.from === 'taken_over') {
          await leave(tx, svc, esc.patientId, now);
          await notify(copy.left(req.clinician.name), 'clinician_left');
        }
        break;
      case 'acknowledge':
      case 'page':
        break;
      default:
        action satisfies never;
    }
    await queueCardUpdates(tx, esc.id, now);
    return { ok: true, patientId: esc.patientId };
  });
  if (result.patientId) svc.bus.notify(result.patientId);
  svc.kick();
  svc.log.info({ escalationId: req.escalationId, clinicianId: req.clinician.id, verb: req.verb, ok: result.ok }, 'clinician action');
  return result.ok ? { ok: true } : { ok: false, ...(result.notice ? { notice: result.notice } : {}) };
}

/** The bot takes the conversation back at a safe point: a hand-back turn event, run by the worker. */
async function leave(tx: Tx, _svc: Services, patientId: string, now: Date): Promise<void> {
  await tx.insert(turnEvents).values({ patientId, event: 'handback', createdAt: now });
}

function refusal(reason: 'not_found' | 'illegal' | 'not_owner' | 'busy', verb: Verb): string {
  switch (reason) {
    case 'not_found':
      return 'This escalation no longer exists.';
    case 'not_owner':
      return 'Another clinician has this escalation.';
    case 'busy':
    case 'illegal':
      return verb === 'acknowledge' ? 'Someone else has already acknowledged this escalation.' : 'That is no longer possible: the card shows where things stand now.';
    default:
      return reason satisfies never;
  }
}

/**
 * A message a clinician typed in Teams while they have a patient's conversation: it goes to the
 * patient on the patient's channel, labelled as from a clinician, and into the audit trail.
 * Returns false when the clinician has no conversation taken over.
 */
export async function relayClinicianMessage(svc: Services, clinician: Clinician, text: string): Promise<boolean> {
  const now = svc.clock.now();
  const patientId = await svc.db.transaction(async (tx) => {
    const [esc] = await tx
      .select()
      .from(escalations)
      .where(and(eq(escalations.takenOverBy, clinician.id), eq(escalations.status, 'taken_over')));
    if (!esc) return null;
    const [patient] = await tx.select().from(patients).where(eq(patients.id, esc.patientId));
    const channel = patient!.lastChannel;
    const body = channel === 'sms' ? `${copyFor(patient!.locale).clinician.smsLabel(clinician.name)}: ${text}` : text;
    const [messageId] = await storeOutbound(tx, svc.crypto, now, { patientId: esc.patientId, channel, author: 'clinician', text: body, clinicianId: clinician.id });
    await recordEvent(tx, { escalationId: esc.id, at: now, actor: { type: 'clinician', id: clinician.id }, type: 'clinician_message', details: { messageId } });
    return esc.patientId;
  });
  if (!patientId) return false;
  svc.bus.notify(patientId);
  svc.kick();
  return true;
}
