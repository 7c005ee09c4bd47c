import { and, asc, eq, gt } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { crisisContacts } from '../../../escalation/crisis/crisis-replies.js';
import { messages, patients } from '../../../db/schema/index.js';
import { BadRequest, PayloadTooLarge, TooManyRequests, Unauthorized } from '../../errors.js';
import { bearer, parse } from '../../http.js';
import { canonicalLocale, createPatient, isTimeZone } from '../../patients.js';
import { confirmCode, phoneStatus, requestCode, unlinkPhone } from '../../phone-link.js';
import type { Services } from '../../services.js';
import { acceptInbound } from '../../turn/accept.js';
import { issueToken, verifyToken } from './session-token.js';

/** Longest patient message accepted, in characters. */
export const MAX_TEXT = 4000;

const sessionBody = z
  .object({
    locale: z.string().max(35).optional(),
    timezone: z.string().max(64).optional(),
  })
  .strict();

const messageBody = z.object({
  text: z.string({ error: 'text must be a string' }),
  clientMessageId: z
    .string({ error: 'clientMessageId must be a string' })
    .min(1, 'clientMessageId is required')
    .max(100, 'clientMessageId is at most 100 characters')
    .regex(/^[\w.:-]+$/, 'clientMessageId may use letters, digits and . _ : -'),
});

const listQuery = z.object({
  after: z
    .string()
    .regex(/^\d{1,15}$/, 'after must be a cursor from a previous response')
    .optional(),
  limit: z.coerce.number().int().min(1).max(200).default(100),
});

const resourcesQuery = z.object({ locale: z.string().max(35).optional() });

const phoneBody = z.object({ phone: z.string({ error: 'phone must be a string' }).min(1, 'phone is required').max(40, 'phone is at most 40 characters') }).strict();
const codeBody = z.object({ code: z.string({ error: 'code must be a string' }).regex(/^\s*\d[\d\s-]{4,10}\d\s*$/, 'code is the six digits sent by text') }).strict();

/** Open event streams allowed per patient at once (tabs, devices). */
export const MAX_STREAMS = 5;

export async function webRoutes(app: FastifyInstance, { svc }: { svc: Services }): Promise<void> {
  const streams = new Map<string, number>();
  async function patientOf(req: FastifyRequest): Promise<typeof patients.$inferSelect> {
    const claims = verifyToken(svc.sessionSecret, bearer(req), svc.clock.now());
    if (!claims) throw new Unauthorized('the session token is invalid or has expired', 'invalid_token');
    const [patient] = await svc.db.select().from(patients).where(eq(patients.id, claims.patientId));
    if (!patient) throw new Unauthorized('the session token is invalid or has expired', 'invalid_token');
    // Revoked by an operator (a lost phone, a shared computer): every token issued before then.
    if (patient.sessionsValidFrom && claims.issuedAt < patient.sessionsValidFrom.getTime()) throw new Unauthorized('this session was ended; start a new one', 'session_revoked');
    // The patient linked a number that was already enrolled: the conversation goes on under that patient's token.
    if (patient.mergedInto) throw new Unauthorized('this chat now carries on under the phone number it was linked to; use the token that linking returned', 'session_moved');
    return patient;
  }

  app.post('/api/web/sessions', { config: { rateLimit: { max: svc.config.WEB_SESSION_RATE_PER_MIN, timeWindow: '1 minute' } } }, async (req, reply) => {
    const body = parse(sessionBody, req.body);
    const locale = body.locale ? canonicalLocale(body.locale) : svc.config.DEFAULT_LOCALE;
    if (!locale) throw new BadRequest('locale must be a language tag like en-US', 'invalid_request');
    const timezone = body.timezone ?? svc.config.DEFAULT_TIMEZONE;
    if (!isTimeZone(timezone)) throw new BadRequest('timezone must be an IANA time zone like Europe/London', 'invalid_request');
    const patient = await svc.db.transaction((tx) => createPatient(tx, { locale, timezone, channel: 'web' }));
    const { token, expiresAt } = issueToken(svc.sessionSecret, patient.id, svc.clock.now(), svc.config.WEB_SESSION_TTL_S);
    req.log.info({ patientId: patient.id }, 'web session created');
    return reply.code(201).send({ token, patientId: patient.id, expiresAt: expiresAt.toISOString() });
  });

  // Per patient (per address without a valid token): a burst no typing person reaches, so a runaway
  // script is told to wait (429 with Retry-After) while what it already sent stays accepted.
  const perPatient = (req: FastifyRequest) => {
    try {
      const claims = verifyToken(svc.sessionSecret, bearer(req), svc.clock.now());
      if (claims) return `patient:${claims.patientId}`;
    } catch {
      // no token: limited by address; the handler answers 401
    }
    return `ip:${req.ip}`;
  };
  app.post('/api/web/messages', { config: { rateLimit: { max: svc.config.WEB_MESSAGE_RATE_PER_MIN, timeWindow: '1 minute', keyGenerator: perPatient } } }, async (req, reply) => {
    const patient = await patientOf(req);
    const body = parse(messageBody, req.body);
    const text = body.text.trim();
    if (text.length === 0) throw new BadRequest('text must not be empty', 'empty_text');
    if (text.length > MAX_TEXT) throw new PayloadTooLarge(`text is at most ${MAX_TEXT} characters`, 'text_too_long');
    const result = await acceptInbound(svc, {
      patientId: patient.id,
      channel: 'web',
      // Scoped to the patient: two browsers may both number their messages from 1.
      providerId: `${patient.id}:${body.clientMessageId}`,
      text,
      receivedAt: svc.clock.now(),
    });
    if (result.duplicate) return reply.code(200).send({ id: result.messageId, duplicate: true });
    return reply.code(202).send({ id: result.messageId, status: 'accepted' });
  });

  app.get('/api/web/messages', async (req) => {
    const patient = await patientOf(req);
    const query = parse(listQuery, req.query);
    const after = Number(query.after ?? 0);
    const rows = await svc.db
      .select()
      .from(messages)
      .where(and(eq(messages.patientId, patient.id), gt(messages.seq, after)))
      .orderBy(asc(messages.seq))
      .limit(query.limit);
    return {
      messages: rows.map((m) => ({
        id: m.id,
        direction: m.direction,
        author: m.author,
        text: svc.crypto.decrypt(m.bodyEnc),
        createdAt: m.createdAt.toISOString(),
        ...(m.kind ? { kind: m.kind } : {}),
        ...(m.quickReplies?.length ? { quickReplies: m.quickReplies } : {}),
      })),
      cursor: String(rows.at(-1)?.seq ?? after),
    };
  });

  /**
   * Linking a phone number: check-ins by text, and SMS and web as one conversation. A code is texted
   * to the number and typed back here; the number is never shown in full again.
   */
  app.get('/api/web/phone', async (req) => phoneStatus(svc, await patientOf(req)));
  app.post('/api/web/phone', { config: { rateLimit: { max: 10, timeWindow: '1 minute', keyGenerator: perPatient } } }, async (req, reply) => {
    const patient = await patientOf(req);
    const body = parse(phoneBody, req.body);
    return reply.code(202).send({ status: 'code_sent', ...(await requestCode(svc, patient, body.phone)) });
  });
  app.post('/api/web/phone/confirm', { config: { rateLimit: { max: 10, timeWindow: '1 minute', keyGenerator: perPatient } } }, async (req, reply) => {
    const patient = await patientOf(req);
    const body = parse(codeBody, req.body);
    const result = await confirmCode(svc, patient, body.code);
    if (!result.linked) {
      return reply.code(400).send({ error: { code: 'wrong_code', message: result.attemptsLeft > 0 ? `that code is not right; ${result.attemptsLeft} tries left` : 'that code is not right, and it can no longer be used; ask for a new one', attemptsLeft: result.attemptsLeft } });
    }
    return result;
  });
  app.delete('/api/web/phone', async (req) => unlinkPhone(svc, await patientOf(req)));

  /** What the widget shows in its header before a conversation starts: public, no session needed. */
  app.get('/api/web/widget-config', async () => ({ botName: svc.config.BOT_NAME, clinicName: svc.config.CLINIC_NAME ?? null }));

  /**
   * The crisis resources (the widget's always-visible "In crisis?" link and its panel): for the
   * patient's locale with a session token, otherwise for `?locale=` — public information, so the
   * link works before a conversation has started or after a session has expired.
   */
  app.get('/api/web/resources', async (req) => {
    const query = parse(resourcesQuery, req.query);
    const locale = req.headers.authorization ? (await patientOf(req)).locale : query.locale ? (canonicalLocale(query.locale) ?? svc.config.DEFAULT_LOCALE) : svc.config.DEFAULT_LOCALE;
    return crisisContacts(svc.crisis, { locale, clinicLocale: svc.config.DEFAULT_LOCALE });
  });

  /**
   * Server-sent events: a `messages` event whenever there is something new to fetch. Authenticated
   * like the rest (the widget reads it with fetch, not EventSource, so the token stays out of URLs
   * and logs).
   */
  app.get('/api/web/events', async (req, reply) => {
    const patient = await patientOf(req);
    // A few tabs or devices, not an unbounded number of held-open connections per patient.
    const open = streams.get(patient.id) ?? 0;
    if (open >= MAX_STREAMS) throw new TooManyRequests(`at most ${MAX_STREAMS} open event streams per session`, 'too_many_streams');
    streams.set(patient.id, open + 1);
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive', 'x-accel-buffering': 'no' });
    res.write('retry: 3000\n\n');
    const unsubscribe = svc.bus.subscribe(patient.id, () => res.write('event: messages\ndata: {}\n\n'));
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), 25_000);
    heartbeat.unref();
    req.raw.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
      const left = (streams.get(patient.id) ?? 1) - 1;
      if (left > 0) streams.set(patient.id, left);
      else streams.delete(patient.id);
    });
  });
}
