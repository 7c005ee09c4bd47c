import { and, desc, eq, gt, lt, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import type { FieldCrypto } from '../../db/field-crypto.js';
import { enqueue } from '../../db/outbox.js';
import type { Author, Channel, MessageKind, QuickReply } from '../../db/schema/index.js';
import { messages, patients } from '../../db/schema/index.js';
import { renderForSms } from '../channels/sms/render.js';

/** Takes the patient's next message number. This locks the patient row until the transaction ends. */
export async function nextSeq(tx: Tx, patientId: string): Promise<number> {
  const [row] = await tx
    .update(patients)
    .set({ msgSeq: sql`${patients.msgSeq} + 1` })
    .where(eq(patients.id, patientId))
    .returning({ seq: patients.msgSeq });
  if (!row) throw new Error(`no patient ${patientId}`);
  return row.seq;
}

export interface Outgoing {
  patientId: string;
  channel: Channel;
  author: Exclude<Author, 'patient'>;
  text: string;
  quickReplies?: readonly QuickReply[] | undefined;
  replyTo?: string | null;
  clinicianId?: string | null;
  /** The crisis reply, a clinician joining or leaving: shown as such by the web widget. */
  kind?: MessageKind;
  /**
   * Sent in direct answer to a message the patient just sent (the crisis reply, a STOP
   * confirmation): delivered even if the number has opted out of automated messages.
   */
  answersPatient?: boolean;
}

/**
 * Stores a message to a patient and, for SMS, queues its delivery, in the caller's transaction.
 * SMS replies are split into messages of at most 320 characters; each is stored as the patient
 * will see it.
 */
export async function storeOutbound(tx: Tx, crypto: FieldCrypto, now: Date, out: Outgoing): Promise<string[]> {
  const parts = out.channel === 'sms' ? renderForSms(out.text, out.quickReplies) : [out.text];
  const ids: string[] = [];
  for (const part of parts) {
    const seq = await nextSeq(tx, out.patientId);
    const [row] = await tx
      .insert(messages)
      .values({
        patientId: out.patientId,
        seq,
        channel: out.channel,
        direction: 'out',
        author: out.author,
        bodyEnc: crypto.encrypt(part),
        quickReplies: out.channel === 'web' && out.quickReplies?.length ? [...out.quickReplies] : null,
        replyTo: out.replyTo ?? null,
        clinicianId: out.clinicianId ?? null,
        kind: out.kind ?? null,
        createdAt: now,
        status: out.channel === 'sms' ? 'queued' : 'delivered',
        statusAt: now,
      })
      .returning({ id: messages.id });
    ids.push(row!.id);
    if (out.channel === 'sms') {
      await enqueue(tx, now, [
        { channel: 'sms', destination: `sms:${out.patientId}`, kind: 'patient_message', payload: { messageId: row!.id, ...(out.answersPatient ? { answersPatient: true } : {}) } },
      ]);
    }
  }
  return ids;
}

/** The patient's last few messages (since a time, and before a message number if given), oldest first. */
export async function recentPatientTurns(tx: Tx, crypto: FieldCrypto, patientId: string, since: Date, limit = 3, beforeSeq?: number): Promise<string[]> {
  const rows = await tx
    .select({ bodyEnc: messages.bodyEnc })
    .from(messages)
    .where(
      and(
        eq(messages.patientId, patientId),
        eq(messages.direction, 'in'),
        gt(messages.createdAt, since),
        beforeSeq === undefined ? undefined : lt(messages.seq, beforeSeq),
      ),
    )
    .orderBy(desc(messages.seq))
    .limit(limit);
  return rows.reverse().map((r) => crypto.decrypt(r.bodyEnc));
}
