import type { Tx } from '../../db/client.js';
import type { Channel } from '../../db/schema/index.js';
import type { Escalation } from '../../escalation/lifecycle.js';
import { openEscalation } from '../../escalation/open.js';
import { onCallAt } from '../../escalation/roster.js';
import { crisisReplyKind } from '../../escalation/crisis/crisis-replies.js';
import type { RiskCategory } from '../../escalation/screening.js';
import type { Services } from '../services.js';
import { storeOutbound } from './messages.js';

export interface UrgentMessage {
  patientId: string;
  channel: Channel;
  locale: string;
  categories: readonly RiskCategory[];
  /** What found it urgent: `screen` (at accept), `llm_second_opinion` (in the worker). */
  source: string;
  messageId: string;
}

/**
 * The crisis path for a patient message found urgent, inside the caller's transaction: the
 * escalation is opened (or an open one updated), and the fixed crisis reply is stored in answer to
 * the message - the full reply the first time, a shorter one while the escalation is already open,
 * each saying truthfully whether a clinician is on call to be alerted.
 * It answers a message the patient has just sent, so it goes out even to a number that opted out.
 */
export async function openUrgent(tx: Tx, svc: Services, msg: UrgentMessage, now: Date): Promise<Escalation> {
  const { escalation, created, upgraded } = await openEscalation(
    tx,
    svc.crypto,
    { patientId: msg.patientId, level: 'urgent', categories: msg.categories, source: msg.source, triggerMessageId: msg.messageId },
    now,
  );
  const onCall = (await onCallAt(tx, now)).length > 0;
  await storeOutbound(tx, svc.crypto, now, {
    patientId: msg.patientId,
    channel: msg.channel,
    author: 'system',
    text: svc.crisisText(crisisReplyKind(created || upgraded, onCall), msg.locale),
    replyTo: msg.messageId,
    answersPatient: true,
    kind: 'crisis',
  });
  return escalation;
}
