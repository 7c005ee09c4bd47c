import { eq } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { DeliveryStatus } from '../../../db/schema/index.js';
import { channelIdentities, messages } from '../../../db/schema/index.js';
import { BadRequest, Forbidden, Unavailable } from '../../errors.js';
import type { Services } from '../../services.js';
import { parseInboundSms } from './parse.js';
import { receiveSms } from './sms-inbound.js';
import { PERMANENT_CODES } from './twilio-sender.js';
import { twilioSignatureValid } from './twilio-signature.js';

const EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response/>';

const STATUS: Record<string, DeliveryStatus> = {
  accepted: 'queued',
  scheduled: 'queued',
  queued: 'queued',
  sending: 'sent',
  sent: 'sent',
  delivered: 'delivered',
  read: 'delivered',
  undelivered: 'undelivered',
  failed: 'failed',
  canceled: 'failed',
};
/** Callbacks can arrive out of order: a status never moves backwards. */
const RANK: Record<DeliveryStatus, number> = { stored: 0, queued: 1, sent: 2, delivered: 3, undelivered: 3, failed: 3 };

/**
 * Twilio's webhooks: inbound messages (answered at once with empty TwiML; replies go out through
 * the REST API from the outbox) and delivery status callbacks. Both are signed: a missing or wrong
 * X-Twilio-Signature is a 403 and nothing is stored.
 */
export async function smsRoutes(app: FastifyInstance, { svc }: { svc: Services }): Promise<void> {
  function verified(req: FastifyRequest): Record<string, unknown> {
    const { TWILIO_AUTH_TOKEN: token, PUBLIC_URL: publicUrl } = svc.config;
    if (!svc.smsEnabled || !token || !publicUrl) throw new Unavailable('the SMS channel is not configured', 'sms_disabled');
    const form = req.body;
    if (!form || typeof form !== 'object' || Array.isArray(form)) throw new BadRequest('expected a form-encoded Twilio webhook', 'invalid_webhook');
    const signature = req.headers['x-twilio-signature'];
    if (!twilioSignatureValid(token, publicUrl, req.url, typeof signature === 'string' ? signature : undefined, form as Record<string, unknown>)) {
      svc.metrics.increment('sms.forged');
      throw new Forbidden('the Twilio signature is missing or does not match', 'invalid_signature');
    }
    return form as Record<string, unknown>;
  }

  const twiml = (reply: FastifyReply) => reply.code(200).header('content-type', 'text/xml; charset=utf-8').send(EMPTY_TWIML);

  app.post('/api/sms/inbound', async (req, reply) => {
    const sms = parseInboundSms(verified(req));
    if (sms.kind === 'invalid') throw new BadRequest(sms.reason, 'invalid_webhook');
    const result = await receiveSms(svc, sms);
    req.log.info({ messageId: result.messageId, duplicate: result.duplicate }, 'SMS received');
    return twiml(reply);
  });

  app.post('/api/sms/status', async (req, reply) => {
    const form = verified(req);
    const sid = typeof form.MessageSid === 'string' ? form.MessageSid : undefined;
    const status = typeof form.MessageStatus === 'string' ? STATUS[form.MessageStatus] : undefined;
    if (!sid || !status) throw new BadRequest('MessageSid and a known MessageStatus are required', 'invalid_webhook');
    const errorCode = typeof form.ErrorCode === 'string' && form.ErrorCode ? form.ErrorCode : null;
    const [message] = await svc.db.select().from(messages).where(eq(messages.externalId, sid));
    if (message && RANK[status] >= RANK[message.status ?? 'stored']) {
      await svc.db.update(messages).set({ status, statusAt: svc.clock.now(), errorCode }).where(eq(messages.id, message.id));
      if (errorCode && PERMANENT_CODES.has(errorCode)) {
        await svc.db
          .update(channelIdentities)
          .set({ blockedCode: errorCode })
          .where(eq(channelIdentities.patientId, message.patientId));
        svc.log.warn({ patientId: message.patientId, errorCode }, 'SMS number marked unreachable');
      }
    }
    return twiml(reply);
  });
}
