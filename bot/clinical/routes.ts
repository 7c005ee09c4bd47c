import type { AnyColumn } from 'drizzle-orm';
import { and, asc, desc, eq, inArray, lt, lte, or } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { auditEvents, checkInSchedules, escalationEvents, escalations, messages, patients, questionnaireResponses, screenings, turnEvents } from '../../db/schema/index.js';
import { auditOperator, authenticateOperator } from '../admin/admin-auth.js';
import { UNANSWERED_NOTICE } from '../check-ins.js';
import { AppError, BadRequest, NotFound } from '../errors.js';
import { parse } from '../http.js';
import type { Services } from '../services.js';
import type { PatientFacts } from './facts.js';
import { loadFacts, worsening } from './facts.js';
import { everything, operationOutcome } from './fhir.js';
import { summarise } from './summary.js';

const DAY_MS = 86_400_000;
const patientParams = z.object({ id: z.uuid('not a patient id') });
const FLAGS = ['open_escalation', 'nobody_paged', 'worsening', 'high_score', 'phq9_item9', 'check_ins_unanswered', 'with_clinician', 'enrolment_pending'] as const;
type PatientFlag = (typeof FLAGS)[number];

function flagsOf(f: PatientFacts): PatientFlag[] {
  const flags: PatientFlag[] = [];
  const open = f.escalations.filter((e) => e.status !== 'resolved');
  if (open.length) flags.push('open_escalation');
  if (open.some((e) => e.firstPagedAt === null)) flags.push('nobody_paged');
  for (const instrument of ['phq9', 'gad7'] as const) {
    const t = f[instrument];
    // Worse than the one before (a first score has nothing to be worse than); high in itself.
    if (t.latest && t.previous && worsening(instrument, t.latest.score, t.previous.score) && !flags.includes('worsening')) flags.push('worsening');
    if (t.latest && (t.latest.severity === 'moderately_severe' || t.latest.severity === 'severe') && !flags.includes('high_score')) flags.push('high_score');
  }
  if (f.questionnaires.filter((q) => q.instrument === 'phq9').at(-1)?.item9) flags.push('phq9_item9');
  if (f.checkIns.unansweredInARow >= UNANSWERED_NOTICE) flags.push('check_ins_unanswered');
  if (f.patient.mode === 'clinician') flags.push('with_clinician');
  if (f.patient.enrolment === 'pending') flags.push('enrolment_pending');
  return flags;
}

const latest = (t: PatientFacts['phq9']) =>
  t.latest ? { score: t.latest.score, ...(t.latest.severity ? { severity: t.latest.severity } : {}), at: t.latest.at.toISOString(), change: t.change } : null;

/** Where an event sits in a timeline: newest first by time, then kind, then its own order. */
interface Cursor {
  at: string;
  rank: number;
  ord: number | string;
}
const RANK = { message: 0, record: 1, sent: 2, escalation: 3, action: 4 } as const;
/** Actions about the patient shown in their timeline: their own changes, the care team's requests, notices sent. */
const TIMELINE_ACTIONS = ['check_ins_paused', 'check_ins_resumed', 'check_ins_moved', 'check_ins_turned_off', 'questionnaire_requested', 'teams_command:questionnaire', 'score_worsening_noticed', 'check_ins_unanswered_noticed', 'check_in_set'];

function compareKeys(a: Cursor, b: Cursor): number {
  const t = Date.parse(a.at) - Date.parse(b.at);
  if (t !== 0) return t;
  if (a.rank !== b.rank) return a.rank - b.rank;
  return typeof a.ord === 'number' && typeof b.ord === 'number' ? a.ord - b.ord : String(a.ord) < String(b.ord) ? -1 : String(a.ord) > String(b.ord) ? 1 : 0;
}

function readCursor(raw: string): Cursor {
  try {
    const c = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Partial<Cursor>;
    const ok =
      typeof c.at === 'string' &&
      !Number.isNaN(Date.parse(c.at)) &&
      typeof c.rank === 'number' &&
      Object.values(RANK).includes(c.rank as 0) &&
      (c.rank === RANK.message || c.rank === RANK.escalation || c.rank === RANK.action ? Number.isSafeInteger(c.ord) : typeof c.ord === 'string' && /^[0-9a-f-]{36}$/.test(c.ord));
    if (ok) return c as Cursor;
  } catch {
    // fall through
  }
  throw new BadRequest('cursor is not one this API gave out (use nextCursor as it is)', 'invalid_request');
}

function fhirBase(svc: Services, req: FastifyRequest): string {
  const root = svc.config.PUBLIC_URL ? svc.config.PUBLIC_URL.replace(/\/+$/, '') : `${req.protocol}://${req.host}`;
  return `${root}/api/fhir`;
}

/**
 * What clinicians and the clinic's operators read about patients between sessions: the patient list
 * with latest scores and flags, one patient's timeline, the progress-note draft, and the FHIR R4
 * export. Operator token; every read is audited (ids and counts only).
 */
export async function clinicalRoutes(app: FastifyInstance, { svc }: { svc: Services }): Promise<void> {
  app.addHook('onRequest', async (req) => {
    await authenticateOperator(svc, req);
  });

  app.get('/api/admin/patients', async (req) => {
    const query = parse(
      z.object({
        flag: z.enum(FLAGS).optional(),
        limit: z.coerce.number().int().min(1).max(200).default(50),
        offset: z.coerce.number().int().min(0).default(0),
      }),
      req.query,
    );
    const now = svc.clock.now();
    const rows = await svc.db.select({ id: patients.id }).from(patients).orderBy(asc(patients.createdAt), asc(patients.id));
    const listed: Array<Record<string, unknown>> = [];
    let skipped = 0;
    for (const { id } of rows) {
      if (listed.length >= query.limit) break;
      const f = await loadFacts(svc, id, new Date(now.getTime() - 30 * DAY_MS), now);
      if (!f) continue;
      const flags = flagsOf(f);
      if (query.flag && !flags.includes(query.flag)) continue;
      if (skipped < query.offset) {
        skipped += 1;
        continue;
      }
      listed.push({
        id,
        pseudonym: f.patient.pseudonym,
        channel: f.patient.lastChannel,
        locale: f.patient.locale,
        enrolment: f.patient.enrolment,
        enrolledAt: f.patient.createdAt.toISOString(),
        // This web chat linked a number another patient texted from, and carries on as that patient.
        mergedInto: f.patient.mergedInto ?? null,
        // Whether the patient agreed at enrolment to summaries (null: not asked).
        shareSummaries: f.patient.shareSummaries,
        lastMessageAt: f.lastMessageAt?.toISOString() ?? null,
        latest: { phq9: latest(f.phq9), gad7: latest(f.gad7), mood: latest(f.mood) },
        checkIns: f.checkIns,
        flags,
      });
    }
    await auditOperator(svc.db, req, now, 'patients_listed', { type: 'patient', id: '*' }, { flag: query.flag ?? null, count: listed.length });
    return { patients: listed };
  });

  /** The patient's check-in settings as they are now (the patient may have changed them in words). */
  app.get('/api/admin/patients/:id/check-in', async (req) => {
    const { id } = parse(patientParams, req.params);
    const [p] = await svc.db.select().from(patients).where(eq(patients.id, id));
    if (!p) throw new NotFound('no patient with that id', 'patient_not_found');
    const [s] = await svc.db.select().from(checkInSchedules).where(eq(checkInSchedules.patientId, id));
    await auditOperator(svc.db, req, svc.clock.now(), 'check_in_read', { type: 'patient', id });
    return {
      checkIn: s ? { time: s.localTime, days: s.days, active: s.active, pausedUntil: s.pausedUntil?.toISOString() ?? null, nextAt: s.active ? s.nextAt.toISOString() : null } : null,
      timezone: p.timezone,
      quietHours: p.quietHours ?? svc.config.QUIET_HOURS,
      questionnaireEveryDays: p.questionnaireEveryDays ?? svc.config.QUESTIONNAIRE_EVERY_DAYS,
    };
  });

  app.get('/api/admin/patients/:id/summary', async (req) => {
    const { id } = parse(patientParams, req.params);
    const { days } = parse(z.object({ days: z.coerce.number().int().min(1).max(365).default(14) }), req.query);
    const now = svc.clock.now();
    const f = await loadFacts(svc, id, new Date(now.getTime() - days * DAY_MS), now);
    if (!f) throw new NotFound('no patient with that id', 'patient_not_found');
    await auditOperator(svc.db, req, now, 'patient_summary_read', { type: 'patient', id }, { days });
    const summary = summarise(f);
    const safety = { screenings: f.screenings, escalations: f.escalations.map((e) => ({ id: e.id, level: e.level, status: e.status, openedAt: e.openedAt.toISOString(), outcome: e.outcome })), flags: flagsOf(f) };
    // Declined at enrolment: only what the patient was told always goes to the care team.
    if (f.patient.shareSummaries === false) return { ...summary, shared: false, facts: safety };
    return {
      ...summary,
      shared: true,
      intake: f.intake && { ...f.intake, at: f.intake.at.toISOString() },
      facts: {
        phq9: latest(f.phq9),
        gad7: latest(f.gad7),
        mood: { ...latest(f.mood), ratings: f.mood.series.length },
        screenings: f.screenings,
        escalations: f.escalations.map((e) => ({ id: e.id, level: e.level, status: e.status, openedAt: e.openedAt.toISOString(), outcome: e.outcome })),
        exercises: { ...f.exercises, safetyPlanUpdated: f.exercises.safetyPlanUpdated?.toISOString() ?? null },
        checkIns: f.checkIns,
        flags: flagsOf(f),
      },
    };
  });

  /**
   * Everything that happened with one patient, newest first: messages (decrypted, with their
   * screening), records, check-ins and follow-ups sent, escalation events. `cursor` (from
   * `nextCursor`) pages back; events at one instant (a turn's messages share one) are ordered by kind
   * and then by their own order, so a page boundary never loses or repeats one.
   */
  app.get('/api/admin/patients/:id/timeline', async (req) => {
    const { id } = parse(patientParams, req.params);
    const query = parse(z.object({ limit: z.coerce.number().int().min(1).max(500).default(100), cursor: z.string().max(200).optional() }), req.query);
    const [p] = await svc.db.select({ id: patients.id }).from(patients).where(eq(patients.id, id));
    if (!p) throw new NotFound('no patient with that id', 'patient_not_found');
    const cursor = query.cursor ? readCursor(query.cursor) : null;
    /** Rows of one kind strictly after the cursor in newest-first order. */
    const older = <T extends AnyColumn>(rank: number, at: AnyColumn, ord: T) => {
      if (!cursor) return undefined;
      const when = new Date(cursor.at);
      if (rank < cursor.rank) return lte(at, when);
      if (rank > cursor.rank) return lt(at, when);
      return or(lt(at, when), and(eq(at, when), lt(ord, cursor.ord)));
    };
    const open = (v: string) => svc.crypto.decrypt(v);
    const [msgs, records, sent, escs] = await Promise.all([
      svc.db
        .select({ m: messages, level: screenings.level, categories: screenings.categories })
        .from(messages)
        .leftJoin(screenings, eq(screenings.messageId, messages.id))
        .where(and(eq(messages.patientId, id), older(RANK.message, messages.createdAt, messages.seq)))
        .orderBy(desc(messages.createdAt), desc(messages.seq))
        .limit(query.limit),
      svc.db
        .select()
        .from(questionnaireResponses)
        .where(and(eq(questionnaireResponses.patientId, id), older(RANK.record, questionnaireResponses.createdAt, questionnaireResponses.id)))
        .orderBy(desc(questionnaireResponses.createdAt), desc(questionnaireResponses.id))
        .limit(query.limit),
      svc.db
        .select()
        .from(turnEvents)
        .where(and(eq(turnEvents.patientId, id), inArray(turnEvents.event, ['checkin', 'followup', 'questionnaire']), older(RANK.sent, turnEvents.createdAt, turnEvents.id)))
        .orderBy(desc(turnEvents.createdAt), desc(turnEvents.id))
        .limit(query.limit),
      svc.db.select({ id: escalations.id, level: escalations.level }).from(escalations).where(eq(escalations.patientId, id)),
    ]);
    const trail = escs.length
      ? await svc.db
          .select()
          .from(escalationEvents)
          .where(and(inArray(escalationEvents.escalationId, escs.map((e) => e.id)), older(RANK.escalation, escalationEvents.at, escalationEvents.id)))
          .orderBy(desc(escalationEvents.at), desc(escalationEvents.id))
          .limit(query.limit)
      : [];
    const actions = await svc.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectType, 'patient'), eq(auditEvents.subjectId, id), inArray(auditEvents.action, TIMELINE_ACTIONS), older(RANK.action, auditEvents.at, auditEvents.id)))
      .orderBy(desc(auditEvents.at), desc(auditEvents.id))
      .limit(query.limit);
    type Item = { key: Cursor; event: { type: string } & Record<string, unknown> };
    const items: Item[] = [
      ...msgs.map(({ m, level, categories }) => ({
        key: { at: m.createdAt.toISOString(), rank: RANK.message, ord: m.seq },
        event: { type: 'message', direction: m.direction, author: m.author, channel: m.channel, text: open(m.bodyEnc), ...(level ? { screening: { level, categories } } : {}) },
      })),
      ...records.map((r) => ({
        key: { at: r.createdAt.toISOString(), rank: RANK.record, ord: r.id },
        event: { type: 'record', instrument: r.instrument, score: r.scoreEnc === null ? null : Number(open(r.scoreEnc)), items: JSON.parse(open(r.itemsEnc)) as unknown },
      })),
      ...sent.map((e) => ({
        key: { at: e.createdAt.toISOString(), rank: RANK.sent, ord: e.id },
        event: e.event === 'questionnaire' ? { type: 'questionnaire_offered', offer: e.detail } : { type: e.event === 'checkin' ? 'check_in_sent' : 'follow_up_sent' },
      })),
      ...trail.map((e) => ({
        key: { at: e.at.toISOString(), rank: RANK.escalation, ord: e.id },
        event: { type: 'escalation_event', escalationId: e.escalationId, level: escs.find((x) => x.id === e.escalationId)?.level ?? null, event: e.type, from: e.fromStatus, to: e.toStatus, actorType: e.actorType },
      })),
    ];
    items.push(
      ...actions.map((a) => ({
        key: { at: a.at.toISOString(), rank: RANK.action, ord: a.id },
        event: { type: 'action', action: a.action, actorType: a.actorType, details: a.details },
      })),
    );
    items.sort((a, b) => compareKeys(b.key, a.key));
    const page = items.slice(0, query.limit);
    await auditOperator(svc.db, req, svc.clock.now(), 'patient_timeline_read', { type: 'patient', id }, { count: page.length });
    const more = items.length > query.limit || [msgs, records, sent, trail, actions].some((rows) => rows.length === query.limit);
    return {
      events: page.map((i) => ({ at: i.key.at, ...i.event })),
      nextCursor: more && page.length ? Buffer.from(JSON.stringify(page.at(-1)!.key)).toString('base64url') : null,
    };
  });
}

/**
 * The FHIR R4 API (operator token): `Patient/:id/$everything`. Errors, authentication's included,
 * are OperationOutcome resources, as FHIR clients expect.
 */
export async function fhirRoutes(app: FastifyInstance, { svc }: { svc: Services }): Promise<void> {
  app.setErrorHandler((err, _req, reply) => {
    if (err instanceof AppError) return reply.code(err.statusCode).type('application/fhir+json').send(operationOutcome(err.statusCode, err.code, err.message));
    throw err;
  });
  app.addHook('onRequest', async (req) => {
    // What the server can do is public (FHIR clients ask before they authenticate); the data is not.
    if (req.url.split('?')[0] !== '/api/fhir/metadata') await authenticateOperator(svc, req);
  });

  app.get('/api/fhir/metadata', async (req, reply) =>
    reply.type('application/fhir+json').send({
      resourceType: 'CapabilityStatement',
      status: 'active',
      date: svc.clock.now().toISOString().slice(0, 10),
      kind: 'instance',
      software: { name: 'cbt-companion' },
      implementation: { description: 'CBT companion: between-session scores and flags for the care team', url: fhirBase(svc, req) },
      fhirVersion: '4.0.1',
      format: ['application/fhir+json'],
      rest: [
        {
          mode: 'server',
          security: { description: 'Bearer operator token (ADMIN_TOKEN or a named operator token); every read is audited' },
          resource: [{ type: 'Patient', operation: [{ name: 'everything', definition: 'http://hl7.org/fhir/OperationDefinition/Patient-everything' }] }],
        },
      ],
    }),
  );

  app.get('/api/fhir/Patient/:id/$everything', async (req, reply) => {
    const { id } = parse(patientParams, req.params);
    const now = svc.clock.now();
    const f = await loadFacts(svc, id, new Date(0), new Date(now.getTime() + 1));
    if (!f) throw new NotFound('no patient with that id', 'patient_not_found');
    const bundle = everything(f, now, fhirBase(svc, req));
    await auditOperator(svc.db, req, now, 'patient_fhir_exported', { type: 'patient', id }, { resources: bundle.entry?.length ?? 0 });
    return reply.type('application/fhir+json').send(bundle);
  });
}
