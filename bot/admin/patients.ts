import { and, desc, eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { channelIdentities, messages, patients, questionnaireResponses } from '../../db/schema/index.js';
import { copyFor } from '../../graph/copy/index.js';
import { normalisePhone } from '../channels/sms/parse.js';
import { requestQuestionnaire, setCheckIn } from '../check-ins.js';
import { BadRequest, Conflict, NotFound, Unavailable } from '../errors.js';
import { parse } from '../http.js';
import { canonicalLocale, createPatient, isTimeZone } from '../patients.js';
import type { Services } from '../services.js';
import { storeOutbound } from '../turn/messages.js';
import { auditOperator, authenticateOperator } from './admin-auth.js';

const checkIn = z.object({
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time must be HH:MM (24-hour)'),
  days: z
    .string()
    .regex(/^[0-6]{1,7}$/, 'days are digits 0 (Sunday) to 6 (Saturday), e.g. "12345"')
    .default('0123456'),
  /** Local hours with no check-ins or follow-ups, e.g. "22:00-07:30"; null returns the patient to the clinic's QUIET_HOURS. */
  quietHours: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/, 'quietHours must be HH:MM-HH:MM (24-hour), e.g. 21:00-08:00')
    .nullable()
    .optional(),
  /** Offer the PHQ-9 and GAD-7 at a check-in every this many days (0: never unprompted); null: the clinic's QUESTIONNAIRE_EVERY_DAYS. */
  questionnaireEveryDays: z.number().int().min(0).max(365).nullable().optional(),
});

const enrolBody = z.object({
  phone: z.string().trim().min(6, 'phone is required'),
  locale: z.string().max(35).optional(),
  timezone: z.string().max(64).optional(),
  checkIn: checkIn.optional(),
});

/** Operator enrolment of SMS patients, and their check-in schedules. */
export async function adminPatientRoutes(app: FastifyInstance, { svc }: { svc: Services }): Promise<void> {
  app.addHook('onRequest', async (req) => {
    await authenticateOperator(svc, req);
  });

  app.post('/api/admin/patients', async (req, reply) => {
    if (!svc.smsEnabled) throw new Unavailable('the SMS channel is not configured (TWILIO_* settings)', 'sms_disabled');
    const body = parse(enrolBody, req.body);
    const phone = normalisePhone(body.phone);
    if (!/^\+[1-9]\d{6,14}$/.test(phone)) throw new BadRequest('phone must be a number in international form, like +15550001234', 'invalid_request');
    const locale = body.locale ? canonicalLocale(body.locale) : svc.config.DEFAULT_LOCALE;
    if (!locale) throw new BadRequest('locale must be a language tag like en-US', 'invalid_request');
    const timezone = body.timezone ?? svc.config.DEFAULT_TIMEZONE;
    if (!isTimeZone(timezone)) throw new BadRequest('timezone must be an IANA time zone like America/Chicago', 'invalid_request');
    const hash = svc.crypto.hash(phone);
    const now = svc.clock.now();
    const result = await svc.db.transaction(async (tx) => {
      const [identity] = await tx.select().from(channelIdentities).where(and(eq(channelIdentities.channel, 'sms'), eq(channelIdentities.addressHash, hash)));
      let patientId: string;
      if (identity) {
        const [p] = await tx.select().from(patients).where(eq(patients.id, identity.patientId));
        if (p?.enrolment === 'active') return { conflict: identity.patientId };
        // They texted before being invited: enrol the record that already holds their messages.
        await tx.update(patients).set({ enrolment: 'active', locale, timezone }).where(eq(patients.id, identity.patientId));
        patientId = identity.patientId;
      } else {
        patientId = (await createPatient(tx, { locale, timezone, channel: 'sms', address: { hash, encrypted: svc.crypto.encrypt(phone) } })).id;
      }
      const copy = copyFor(locale);
      await storeOutbound(tx, svc.crypto, now, {
        patientId,
        channel: 'sms',
        author: 'system',
        text: copy.sms.welcome(svc.config.BOT_NAME, svc.config.CLINIC_NAME ?? copy.defaultClinic, svc.crisisText('short', locale)),
      });
      if (body.checkIn) {
        await setCheckIn(tx, patientId, timezone, { localTime: body.checkIn.time, days: body.checkIn.days }, now);
        const { quietHours, questionnaireEveryDays } = body.checkIn;
        if (quietHours !== undefined || questionnaireEveryDays !== undefined) {
          await tx.update(patients).set({ ...(quietHours !== undefined ? { quietHours } : {}), ...(questionnaireEveryDays !== undefined ? { questionnaireEveryDays } : {}) }).where(eq(patients.id, patientId));
        }
      }
      await auditOperator(tx, req, now, 'patient_enrolled', { type: 'patient', id: patientId }, { channel: 'sms', checkIn: body.checkIn ?? null });
      const [p] = await tx.select({ pseudonym: patients.pseudonym }).from(patients).where(eq(patients.id, patientId));
      return { patientId, pseudonym: p!.pseudonym };
    });
    if ('conflict' in result) throw new Conflict('this number is already enrolled', 'already_enrolled');
    svc.kick();
    return reply.code(201).send({ id: result.patientId, patientId: result.patientId, pseudonym: result.pseudonym });
  });

  app.post('/api/admin/patients/:id/check-in', async (req, reply) => {
    const { id } = parse(z.object({ id: z.uuid('not a patient id') }), req.params);
    const body = parse(checkIn, req.body);
    const [p] = await svc.db.select().from(patients).where(eq(patients.id, id));
    if (!p) throw new NotFound('no patient with that id', 'patient_not_found');
    await svc.db.transaction(async (tx) => {
      await setCheckIn(tx, id, p.timezone, { localTime: body.time, days: body.days }, svc.clock.now());
      if (body.quietHours !== undefined) await tx.update(patients).set({ quietHours: body.quietHours }).where(eq(patients.id, id));
      if (body.questionnaireEveryDays !== undefined) await tx.update(patients).set({ questionnaireEveryDays: body.questionnaireEveryDays }).where(eq(patients.id, id));
      await auditOperator(tx, req, svc.clock.now(), 'check_in_set', { type: 'patient', id }, { time: body.time, days: body.days, quietHours: body.quietHours ?? null, questionnaireEveryDays: body.questionnaireEveryDays ?? null });
    });
    return reply.code(204).send();
  });

  /** The care team asks the patient to fill in the PHQ-9 or GAD-7 now (offered in the conversation). */
  app.post('/api/admin/patients/:id/questionnaires', async (req, reply) => {
    const { id } = parse(z.object({ id: z.uuid('not a patient id') }), req.params);
    const { instrument } = parse(z.object({ instrument: z.enum(['phq9', 'gad7'], 'instrument must be "phq9" or "gad7"') }), req.body);
    const now = svc.clock.now();
    const queued = await svc.db.transaction(async (tx) => {
      const [p] = await tx.select().from(patients).where(eq(patients.id, id));
      if (!p) return null;
      const ok = await requestQuestionnaire(tx, p, instrument, now);
      if (ok) await auditOperator(tx, req, now, 'questionnaire_requested', { type: 'patient', id }, { instrument });
      return ok;
    });
    if (queued === null) throw new NotFound('no patient with that id', 'patient_not_found');
    if (!queued) throw new Conflict('the patient cannot be messaged now (not enrolled, opted out of SMS, or talking with a clinician)', 'patient_unreachable');
    svc.kick();
    return reply.code(202).send({ instrument, offered: true });
  });

  /** Ends every web session of a patient (a lost phone, a shared computer): their tokens stop working now. */
  app.post('/api/admin/patients/:id/sessions/revoke', async (req, reply) => {
    const { id } = parse(z.object({ id: z.uuid('not a patient id') }), req.params);
    const now = svc.clock.now();
    const revoked = await svc.db.transaction(async (tx) => {
      const [row] = await tx.update(patients).set({ sessionsValidFrom: now }).where(eq(patients.id, id)).returning({ id: patients.id });
      if (!row) return false;
      await auditOperator(tx, req, now, 'web_sessions_revoked', { type: 'patient', id });
      return true;
    });
    if (!revoked) throw new NotFound('no patient with that id', 'patient_not_found');
    return reply.code(204).send();
  });

  /**
   * What the patient recorded between sessions, for their clinician: thought records, activity plans
   * and how they went, problem solving, worry time, thinking traps, questionnaires and mood ratings,
   * newest first, decrypted. Every read is audited.
   */
  app.get('/api/admin/patients/:id/records', async (req) => {
    const { id } = parse(z.object({ id: z.uuid('not a patient id') }), req.params);
    const query = parse(
      z.object({
        instrument: z
          .string()
          .regex(/^[a-z0-9_]{1,40}$/, 'instrument is a name like thought_record or phq9')
          .optional(),
        limit: z.coerce.number().int().min(1).max(500).default(100),
      }),
      req.query,
    );
    const [p] = await svc.db.select({ id: patients.id }).from(patients).where(eq(patients.id, id));
    if (!p) throw new NotFound('no patient with that id', 'patient_not_found');
    // (Records of one instant, as under a test's fixed clock, in the order of the messages that made them.)
    const rows = (
      await svc.db
        .select({ r: questionnaireResponses })
        .from(questionnaireResponses)
        .leftJoin(messages, eq(messages.id, questionnaireResponses.messageId))
        .where(query.instrument ? and(eq(questionnaireResponses.patientId, id), eq(questionnaireResponses.instrument, query.instrument)) : eq(questionnaireResponses.patientId, id))
        .orderBy(desc(questionnaireResponses.createdAt), sql`${messages.seq} desc nulls last`)
        .limit(query.limit)
    ).map((x) => x.r);
    await auditOperator(svc.db, req, svc.clock.now(), 'patient_records_read', { type: 'patient', id }, { instrument: query.instrument ?? null, count: rows.length });
    return {
      records: rows.map((r) => ({ id: r.id, instrument: r.instrument, score: r.scoreEnc === null ? null : Number(svc.crypto.decrypt(r.scoreEnc)), items: JSON.parse(svc.crypto.decrypt(r.itemsEnc)) as unknown, createdAt: r.createdAt.toISOString() })),
    };
  });
}
