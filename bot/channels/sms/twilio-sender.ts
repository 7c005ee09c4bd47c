import { and, eq } from 'drizzle-orm';
import twilio from 'twilio';
import { channelIdentities, clinicians, escalations, messages, patients } from '../../../db/schema/index.js';
import type { Config } from '../../config.js';
import type { OutboxRow, Sender, SendOutcome } from '../../outbox/outbox-worker.js';
import { linkCodeSender } from '../../phone-link.js';
import type { Services } from '../../services.js';

/**
 * Twilio error codes after which sending to a number again is pointless until something changes:
 * 21610 the recipient replied STOP at the carrier, 21211/21614 not a valid mobile number,
 * 30004 blocked, 30005 unknown number, 30006 landline or unreachable carrier.
 */
export const PERMANENT_CODES = new Set(['21610', '21211', '21614', '30004', '30005', '30006']);

export interface SmsApi {
  send(to: string, body: string): Promise<{ sid: string; status: string }>;
}

/** A Twilio API failure: the HTTP status and Twilio's error code when there is one. */
export class SmsError extends Error {
  constructor(
    readonly status: number | undefined,
    readonly code: string | undefined,
  ) {
    super(`Twilio ${status ?? 'network error'}${code ? ` (${code})` : ''}`);
    this.name = 'SmsError';
  }
}

export function createTwilioApi(config: Config): SmsApi {
  // No automatic retries in the client: the outbox retries durably and without blocking.
  const client = twilio(config.TWILIO_ACCOUNT_SID, config.TWILIO_AUTH_TOKEN, { autoRetry: false, timeout: 15_000 });
  const from = config.TWILIO_MESSAGING_SERVICE_SID ? { messagingServiceSid: config.TWILIO_MESSAGING_SERVICE_SID } : { from: config.TWILIO_FROM_NUMBER! };
  const statusCallback = `${config.PUBLIC_URL!.replace(/\/+$/, '')}/api/sms/status`;
  return {
    async send(to, body) {
      try {
        const m = await client.messages.create({ to, body, statusCallback, ...from });
        return { sid: m.sid, status: m.status };
      } catch (err) {
        const e = err as { status?: number; code?: number | string };
        throw new SmsError(typeof e.status === 'number' ? e.status : undefined, e.code !== undefined ? String(e.code) : undefined);
      }
    },
  };
}

function outcomeOf(err: unknown): SendOutcome {
  if (!(err instanceof SmsError)) throw err;
  if (err.code && PERMANENT_CODES.has(err.code)) return { type: 'failed', code: `twilio_${err.code}` };
  if (err.status === undefined || err.status === 429 || err.status >= 500) return { type: 'retry', code: `twilio_${err.status ?? 'network'}` };
  return { type: 'failed', code: `twilio_${err.code ?? err.status}` };
}

/** Outbox senders for SMS: replies to patients, codes to numbers being linked, and the paging fallback to clinicians' phones. */
export function smsSenders(svc: Services, api: SmsApi): Record<string, Sender> {
  async function patientMessage(row: OutboxRow): Promise<SendOutcome> {
    const messageId = String(row.payload.messageId);
    const [m] = await svc.db.select().from(messages).where(eq(messages.id, messageId));
    if (!m) return { type: 'failed', code: 'no_message' };
    const [identity] = await svc.db
      .select()
      .from(channelIdentities)
      .where(and(eq(channelIdentities.patientId, m.patientId), eq(channelIdentities.channel, 'sms')));
    const fail = async (code: string): Promise<SendOutcome> => {
      await svc.db.update(messages).set({ status: 'failed', statusAt: svc.clock.now(), errorCode: code }).where(eq(messages.id, messageId));
      return { type: 'failed', code };
    };
    if (!identity?.addressEnc) return fail('no_number');
    if (identity.blockedCode) return fail(`blocked_${identity.blockedCode}`);
    if (identity.optedOutAt && !row.payload.answersPatient) return fail('opted_out');
    try {
      const sent = await api.send(svc.crypto.decrypt(identity.addressEnc), svc.crypto.decrypt(m.bodyEnc));
      await svc.db.update(messages).set({ status: 'queued', statusAt: svc.clock.now(), externalId: sent.sid }).where(eq(messages.id, messageId));
      return { type: 'sent', result: { sid: sent.sid } };
    } catch (err) {
      const outcome = outcomeOf(err);
      if (outcome.type === 'failed') {
        if (err instanceof SmsError && err.code && PERMANENT_CODES.has(err.code)) {
          await svc.db.update(channelIdentities).set({ blockedCode: err.code }).where(eq(channelIdentities.id, identity.id));
          svc.log.warn({ patientId: m.patientId, code: err.code }, 'SMS number marked unreachable; sending stops');
        }
        return fail(outcome.code);
      }
      return outcome;
    }
  }

  async function pageSms(row: OutboxRow): Promise<SendOutcome> {
    const [c] = await svc.db.select().from(clinicians).where(eq(clinicians.id, String(row.payload.clinicianId)));
    const [esc] = await svc.db
      .select({ status: escalations.status, openedAt: escalations.openedAt, pseudonym: patients.pseudonym })
      .from(escalations)
      .innerJoin(patients, eq(patients.id, escalations.patientId))
      .where(eq(escalations.id, String(row.payload.escalationId)));
    if (!c?.phoneEnc || !esc) return { type: 'failed', code: 'no_number' };
    if (esc.status !== 'open' && esc.status !== 'paged') return { type: 'sent', result: { skipped: 'already acknowledged' } };
    const minutes = Math.max(1, Math.round((svc.clock.now().getTime() - esc.openedAt.getTime()) / 60_000));
    // No patient content by SMS: the pseudonym and a pointer to Teams.
    const body = `URGENT: patient ${esc.pseudonym} needs an on-call clinician. Escalation opened ${minutes} min ago and nobody has acknowledged it. Open Teams to respond.`;
    try {
      const sent = await api.send(svc.crypto.decrypt(c.phoneEnc), body);
      return { type: 'sent', result: { sid: sent.sid } };
    } catch (err) {
      return outcomeOf(err);
    }
  }

  const linkCode = linkCodeSender(svc, (to, body) => api.send(to, body));
  async function sendLinkCode(row: OutboxRow): Promise<SendOutcome> {
    try {
      return await linkCode(row);
    } catch (err) {
      return outcomeOf(err);
    }
  }

  return { patient_message: patientMessage, page_sms: pageSms, link_code: sendLinkCode };
}
