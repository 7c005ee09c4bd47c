import { and, asc, eq, inArray, ne, or, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Tx } from '../../db/client.js';
import {
  channelIdentities,
  phoneLinks,
  checkInSchedules,
  escalationEvents,
  escalations,
  followUps,
  messages,
  outbox,
  patients,
  questionnaireResponses,
  screenings,
  turnEvents,
} from '../../db/schema/index.js';
import { cssrsOf } from '../../escalation/open.js';
import { Conflict, NotFound } from '../errors.js';
import { parse } from '../http.js';
import type { Services } from '../services.js';
import { auditOperator, authenticateOperator } from './admin-auth.js';
import { readableDetails } from './routes.js';

const patientParams = z.object({ id: z.uuid('not a patient id') });

/**
 * A patient's right of access and erasure, for the clinic's operator:
 * - `GET /api/admin/patients/:id/export`: everything kept about the patient, decrypted, as JSON;
 * - `DELETE /api/admin/patients/:id`: every row of the patient and every checkpoint of their
 *   conversation deleted. Both audited (the audit keeps only ids, action names and counts).
 */
export async function adminPatientDataRoutes(app: FastifyInstance, { svc }: { svc: Services }): Promise<void> {
  app.addHook('onRequest', async (req) => {
    await authenticateOperator(svc, req);
  });

  app.get('/api/admin/patients/:id/export', async (req) => {
    const { id } = parse(patientParams, req.params);
    const [p] = await svc.db.select().from(patients).where(eq(patients.id, id));
    if (!p) throw new NotFound('no patient with that id', 'patient_not_found');
    const open = (v: string) => svc.crypto.decrypt(v);
    const [identities, schedule, msgs, screened, records, escs, plans] = await Promise.all([
      svc.db.select().from(channelIdentities).where(eq(channelIdentities.patientId, id)),
      svc.db.select().from(checkInSchedules).where(eq(checkInSchedules.patientId, id)),
      svc.db.select().from(messages).where(eq(messages.patientId, id)).orderBy(asc(messages.seq)),
      svc.db
        .select({ s: screenings })
        .from(screenings)
        .innerJoin(messages, eq(messages.id, screenings.messageId))
        .where(eq(messages.patientId, id))
        .orderBy(asc(messages.seq)),
      svc.db.select().from(questionnaireResponses).where(eq(questionnaireResponses.patientId, id)).orderBy(asc(questionnaireResponses.createdAt)),
      svc.db.select().from(escalations).where(eq(escalations.patientId, id)).orderBy(asc(escalations.openedAt)),
      svc.db.select().from(followUps).where(eq(followUps.patientId, id)).orderBy(asc(followUps.dueAt)),
    ]);
    const trail = escs.length ? await svc.db.select().from(escalationEvents).where(inArray(escalationEvents.escalationId, escs.map((e) => e.id))).orderBy(asc(escalationEvents.id)) : [];
    const conversation = await svc.engine.saved(id);
    const now = svc.clock.now();
    await auditOperator(svc.db, req, now, 'patient_exported', { type: 'patient', id }, { messages: msgs.length, records: records.length, escalations: escs.length });
    return {
      format: 'cbt-companion.patient-export.v1',
      exportedAt: now.toISOString(),
      patient: { id: p.id, pseudonym: p.pseudonym, locale: p.locale, timezone: p.timezone, enrolment: p.enrolment, mode: p.mode, mergedInto: p.mergedInto, createdAt: p.createdAt.toISOString() },
      channels: identities.map((c) => ({
        channel: c.channel,
        address: c.addressEnc ? open(c.addressEnc) : null,
        optedOutAt: c.optedOutAt?.toISOString() ?? null,
        createdAt: c.createdAt.toISOString(),
      })),
      checkIn: schedule[0] ? { localTime: schedule[0].localTime, days: schedule[0].days, active: schedule[0].active, nextAt: schedule[0].nextAt.toISOString() } : null,
      messages: msgs.map((m) => ({
        id: m.id,
        at: m.createdAt.toISOString(),
        channel: m.channel,
        direction: m.direction,
        author: m.author,
        text: open(m.bodyEnc),
        ...(m.direction === 'out' ? { status: m.status } : {}),
      })),
      screenings: screened.map(({ s }) => ({ messageId: s.messageId, level: s.level, categories: s.categories, screenerVersion: s.version, at: s.createdAt.toISOString() })),
      records: records.map((r) => ({
        id: r.id,
        instrument: r.instrument,
        score: r.scoreEnc === null ? null : Number(open(r.scoreEnc)),
        items: JSON.parse(open(r.itemsEnc)) as unknown,
        createdAt: r.createdAt.toISOString(),
      })),
      escalations: escs.map((e) => ({
        id: e.id,
        level: e.level,
        status: e.status,
        categories: e.categories,
        source: e.source,
        cssrs: cssrsOf(e, svc.crypto),
        openedAt: e.openedAt.toISOString(),
        resolvedAt: e.resolvedAt?.toISOString() ?? null,
        outcome: e.outcome,
        events: trail
          .filter((ev) => ev.escalationId === e.id)
          .map((ev) => ({ at: ev.at.toISOString(), type: ev.type, actorType: ev.actorType, actorId: ev.actorId, details: readableDetails(ev.details, svc.crypto) })),
      })),
      followUps: plans.map((f) => ({ planId: f.planId, dueAt: f.dueAt.toISOString(), sentAt: f.sentAt?.toISOString() ?? null, cancelledAt: f.cancelledAt?.toISOString() ?? null })),
      conversation,
    };
  });

  /**
   * Erasure is final (export first if the record must be kept). Refused while an escalation is
   * active (a clinician resolves it first) or a turn is running (retry in a few seconds). Rows go in
   * one transaction; the conversation's checkpoints after it, and again on a retry, so a crash
   * between the two is finished by repeating the request.
   */
  app.delete('/api/admin/patients/:id', async (req, reply) => {
    const { id } = parse(patientParams, req.params);
    const now = svc.clock.now();
    const erased = await svc.db.transaction(async (tx) => {
      const [p] = await tx.select().from(patients).where(eq(patients.id, id)).for('update');
      if (!p) return null;
      const [active] = await tx
        .select({ id: escalations.id })
        .from(escalations)
        .where(and(eq(escalations.patientId, id), ne(escalations.status, 'resolved')));
      if (active) throw new Conflict('the patient has an active escalation: a clinician must resolve it before the record is erased', 'escalation_active');
      if (p.leaseUntil && p.leaseUntil > now) {
        void reply.header('retry-after', Math.max(1, Math.ceil((p.leaseUntil.getTime() - now.getTime()) / 1000)));
        throw new Conflict('a turn of this patient is running: try again in a few seconds', 'patient_busy');
      }
      const counts = await eraseRows(tx, id);
      await auditOperator(tx, req, now, 'patient_erased', { type: 'patient', id }, counts);
      return counts;
    });
    await svc.engine.forget(id);
    if (!erased) throw new NotFound('no patient with that id', 'patient_not_found');
    svc.log.info({ patientId: id, ...erased }, 'patient erased by an operator');
    return reply.code(200).send({ erased });
  });
}

/** Deletes every row of a patient, children first; returns how many of each. */
async function eraseRows(tx: Tx, patientId: string): Promise<Record<string, number>> {
  const mine = tx.select({ id: messages.id }).from(messages).where(eq(messages.patientId, patientId));
  const theirEscalations = tx.select({ id: escalations.id }).from(escalations).where(eq(escalations.patientId, patientId));
  const count = async (q: Promise<unknown[]>) => (await q).length;
  const counts: Record<string, number> = {};
  counts.outbox = await count(
    tx
      .delete(outbox)
      .where(
        or(
          eq(outbox.destination, `sms:${patientId}`),
          sql`${outbox.payload}->>'linkId' in (select id::text from phone_links where patient_id = ${patientId})`,
          inArray(outbox.escalationId, theirEscalations),
          sql`${outbox.payload}->>'messageId' in (select id::text from messages where patient_id = ${patientId})`,
          sql`${outbox.payload}->>'recordId' in (select id::text from questionnaire_responses where patient_id = ${patientId})`,
        ),
      )
      .returning({ id: outbox.id }),
  );
  counts.screenings = await count(tx.delete(screenings).where(inArray(screenings.messageId, mine)).returning({ id: screenings.messageId }));
  counts.escalationEvents = await count(tx.delete(escalationEvents).where(inArray(escalationEvents.escalationId, theirEscalations)).returning({ id: escalationEvents.id }));
  counts.escalations = await count(tx.delete(escalations).where(eq(escalations.patientId, patientId)).returning({ id: escalations.id }));
  counts.records = await count(tx.delete(questionnaireResponses).where(eq(questionnaireResponses.patientId, patientId)).returning({ id: questionnaireResponses.id }));
  counts.turnEvents = await count(tx.delete(turnEvents).where(eq(turnEvents.patientId, patientId)).returning({ id: turnEvents.id }));
  counts.followUps = await count(tx.delete(followUps).where(eq(followUps.patientId, patientId)).returning({ id: followUps.id }));
  counts.checkIns = await count(tx.delete(checkInSchedules).where(eq(checkInSchedules.patientId, patientId)).returning({ id: checkInSchedules.id }));
  counts.phoneLinks = await count(tx.delete(phoneLinks).where(eq(phoneLinks.patientId, patientId)).returning({ id: phoneLinks.id }));
  counts.channels = await count(tx.delete(channelIdentities).where(eq(channelIdentities.patientId, patientId)).returning({ id: channelIdentities.id }));
  counts.messages = await count(tx.delete(messages).where(eq(messages.patientId, patientId)).returning({ id: messages.id }));
  await tx.delete(patients).where(eq(patients.id, patientId));
  return counts;
}
