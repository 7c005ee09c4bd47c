import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import type { Channel } from '../../db/schema/index.js';
import { messages, patients, screenings } from '../../db/schema/index.js';
import { activeEscalation } from '../../escalation/lifecycle.js';
import type { RiskCategory, Screening } from '../../escalation/screening.js';
import type { Patient } from '../patients.js';
import type { Services } from '../services.js';
import { nextSeq, recentPatientTurns } from './messages.js';
import { openUrgent } from './crisis-path.js';

/** One inbound patient message, whatever channel it came on. */
export interface InboundMessage {
  patientId: string;
  channel: Channel;
  /** The provider's id for the message (Twilio MessageSid; the widget's clientMessageId, scoped to the patient). */
  providerId: string;
  text: string;
  receivedAt: Date;
}

/**
 * Runs inside the accept transaction after screening (and after the crisis path). Returning true
 * means the channel has fully handled the message (an SMS keyword, an unenrolled number): it is
 * marked processed and the graph never sees it.
 */
export type Intercept = (tx: Tx, accepted: { messageId: string; screening: Screening; patient: Patient; escalationId: string | null }) => Promise<boolean>;

export type AcceptResult =
  | { duplicate: false; messageId: string; screening: Screening; escalationId: string | null }
  | { duplicate: true; messageId: string };

/** Screening looks back this far for the patient's earlier turns. */
const CONTEXT_WINDOW_MS = 24 * 3_600_000;

class Duplicate extends Error {}

/**
 * The safety-critical first step of every patient turn, in one transaction:
 * dedupe on the provider id → store the message (encrypted) → screen it with the last few turns as
 * context → store the screening → on urgent, open (or add to) the escalation and store the fixed
 * crisis reply. No network and no LLM: when this commits, the crisis reply and the escalation exist,
 * and paging and delivery follow from the rows. The rest of the turn (the graph) runs later, in the
 * worker.
 */
export async function acceptInbound(svc: Services, msg: InboundMessage, intercept?: Intercept): Promise<AcceptResult> {
  const existing = await findInbound(svc, msg);
  if (existing) return { duplicate: true, messageId: existing };
  try {
    const result = await svc.db.transaction(async (tx) => {
      const seq = await nextSeq(tx, msg.patientId);
      const [patient] = await tx.update(patients).set({ lastChannel: msg.channel }).where(eq(patients.id, msg.patientId)).returning();
      const previous = await recentPatientTurns(tx, svc.crypto, msg.patientId, new Date(msg.receivedAt.getTime() - CONTEXT_WINDOW_MS));
      const [row] = await tx
        .insert(messages)
        .values({
          patientId: msg.patientId,
          seq,
          channel: msg.channel,
          direction: 'in',
          author: 'patient',
          providerId: msg.providerId,
          bodyEnc: svc.crypto.encrypt(msg.text),
          createdAt: msg.receivedAt,
        })
        .onConflictDoNothing({ target: [messages.channel, messages.providerId] })
        .returning({ id: messages.id });
      // A concurrent request with the same provider id won the insert: undo this one.
      if (!row) throw new Duplicate();

      // During a crisis hold, what the patient says next is read for new danger too.
      const open = await activeEscalation(tx, msg.patientId);
      const holding = open?.level === 'urgent' ? { categories: open.categories as RiskCategory[] } : undefined;
      const screening = svc.screen(msg.text, { previous, locale: patient!.locale, ...(holding ? { holding } : {}) });
      await tx.insert(screenings).values({
        messageId: row.id,
        level: screening.level,
        categories: screening.categories,
        signals: screening.signals,
        version: screening.version,
      });

      let escalationId: string | null = null;
      if (screening.level === 'urgent') {
        const escalation = await openUrgent(
          tx,
          svc,
          { patientId: msg.patientId, channel: msg.channel, locale: patient!.locale, categories: screening.categories, source: 'screen', messageId: row.id },
          msg.receivedAt,
        );
        escalationId = escalation.id;
      }
      if (intercept && (await intercept(tx, { messageId: row.id, screening, patient: patient!, escalationId }))) {
        await tx.update(messages).set({ processedAt: msg.receivedAt }).where(eq(messages.id, row.id));
      }
      return { duplicate: false as const, messageId: row.id, screening, escalationId };
    });
    svc.metrics.increment(`screen.${result.screening.level}`);
    svc.log.info(
      { patientId: msg.patientId, messageId: result.messageId, channel: msg.channel, level: result.screening.level, signals: result.screening.signals, escalationId: result.escalationId },
      'inbound accepted',
    );
    svc.bus.notify(msg.patientId);
    svc.kick();
    return result;
  } catch (err) {
    if (!(err instanceof Duplicate)) throw err;
    const id = await findInbound(svc, msg);
    return { duplicate: true, messageId: id ?? '' };
  }
}

async function findInbound(svc: Services, msg: InboundMessage): Promise<string | null> {
  const [row] = await svc.db
    .select({ id: messages.id })
    .from(messages)
    .where(and(eq(messages.channel, msg.channel), eq(messages.providerId, msg.providerId)));
  return row?.id ?? null;
}

/** Whether the patient has an active escalation (for the graph's context). */
export async function hasActiveEscalation(svc: Services, patientId: string): Promise<boolean> {
  return (await activeEscalation(svc.db, patientId)) !== null;
}
