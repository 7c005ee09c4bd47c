import { and, asc, desc, eq, inArray, ne } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { clinicians, escalationEvents, escalations, onCallShifts, patients } from '../../db/schema/index.js';
import type { EscalationStatus } from '../../db/schema/index.js';
import { BadRequest, Conflict, NotFound } from '../errors.js';
import { parse } from '../http.js';
import type { Services } from '../services.js';
import { auditOperator, authenticateOperator } from './admin-auth.js';

const E164 = /^\+[1-9]\d{6,14}$/;
const STATUSES = ['open', 'paged', 'acknowledged', 'taken_over', 'resolved'] as const;

const clinicianBody = z.object({
  name: z.string().trim().min(1, 'name is required').max(120),
  teamsUserId: z.string().trim().min(1, 'teamsUserId is required').max(100),
  phone: z.string().trim().regex(E164, 'phone must be E.164, like +15550001234').optional(),
});

const shiftBody = z
  .object({
    clinicianId: z.uuid('clinicianId must be a clinician id'),
    tier: z.number().int().min(1, 'tier starts at 1').max(10),
    startsAt: z.iso.datetime({ offset: true, error: 'startsAt must be an ISO 8601 date-time' }),
    endsAt: z.iso.datetime({ offset: true, error: 'endsAt must be an ISO 8601 date-time' }),
  })
  .refine((s) => new Date(s.endsAt) > new Date(s.startsAt), { message: 'endsAt must be after startsAt', path: ['endsAt'] });

const escalationQuery = z.object({
  status: z.union([z.enum([...STATUSES, 'active']), z.string().regex(/^[a-z_,]+$/)]).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/** The operator API: roster and escalations. Guarded by ADMIN_TOKEN; every change is audited. */
export async function adminRoutes(app: FastifyInstance, { svc }: { svc: Services }): Promise<void> {
  app.addHook('onRequest', async (req) => {
    await authenticateOperator(svc, req);
  });

  const audit = (req: FastifyRequest, action: string, subjectType: string, subjectId: string, details?: Record<string, unknown>) =>
    auditOperator(svc.db, req, svc.clock.now(), action, { type: subjectType, id: subjectId }, details);

  app.post('/api/admin/clinicians', async (req, reply) => {
    const body = parse(clinicianBody, req.body);
    const [row] = await svc.db
      .insert(clinicians)
      .values({ name: body.name, teamsUserId: body.teamsUserId, phoneEnc: body.phone ? svc.crypto.encrypt(body.phone) : null })
      .onConflictDoNothing({ target: clinicians.teamsUserId })
      .returning({ id: clinicians.id });
    if (!row) throw new Conflict('a clinician with this teamsUserId already exists', 'clinician_exists');
    await audit(req, 'clinician_created', 'clinician', row.id, { hasPhone: Boolean(body.phone) });
    return reply.code(201).send({ id: row.id });
  });

  app.get('/api/admin/clinicians', async () => ({
    clinicians: (await svc.db.select().from(clinicians).orderBy(asc(clinicians.createdAt))).map((c) => ({
      id: c.id,
      name: c.name,
      teamsUserId: c.teamsUserId,
      hasPhone: Boolean(c.phoneEnc),
      reachableInTeams: Boolean(c.teamsRef),
      active: c.active,
    })),
  }));

  app.post('/api/admin/shifts', async (req, reply) => {
    const body = parse(shiftBody, req.body);
    const [clinician] = await svc.db.select({ id: clinicians.id }).from(clinicians).where(eq(clinicians.id, body.clinicianId));
    if (!clinician) throw new NotFound('no clinician with that id', 'clinician_not_found');
    const [row] = await svc.db
      .insert(onCallShifts)
      .values({ clinicianId: body.clinicianId, tier: body.tier, startsAt: new Date(body.startsAt), endsAt: new Date(body.endsAt) })
      .returning({ id: onCallShifts.id });
    await audit(req, 'shift_created', 'shift', row!.id, { clinicianId: body.clinicianId, tier: body.tier, startsAt: body.startsAt, endsAt: body.endsAt });
    return reply.code(201).send({ id: row!.id });
  });

  app.get('/api/admin/shifts', async () => ({
    shifts: (await svc.db.select().from(onCallShifts).orderBy(asc(onCallShifts.startsAt))).map((s) => ({
      id: s.id,
      clinicianId: s.clinicianId,
      tier: s.tier,
      startsAt: s.startsAt.toISOString(),
      endsAt: s.endsAt.toISOString(),
    })),
  }));

  app.get('/api/admin/escalations', async (req) => {
    const q = parse(escalationQuery, req.query);
    let filter;
    if (q.status === 'active') filter = ne(escalations.status, 'resolved');
    else if (q.status) {
      const wanted = q.status.split(',');
      const bad = wanted.find((s) => !(STATUSES as readonly string[]).includes(s));
      if (bad) throw new BadRequest(`status must be one of ${STATUSES.join(', ')} or active`, 'invalid_request');
      filter = inArray(escalations.status, wanted as EscalationStatus[]);
    }
    const rows = await svc.db
      .select({ e: escalations, pseudonym: patients.pseudonym })
      .from(escalations)
      .innerJoin(patients, eq(patients.id, escalations.patientId))
      .where(filter)
      .orderBy(desc(escalations.openedAt))
      .limit(q.limit);
    // An active escalation nobody could be paged for comes first: someone must act on it by hand.
    const views = rows.map(({ e, pseudonym }) => view(e, pseudonym));
    // Reading which patients are in crisis is a read of patient data: audited, with whose rows were seen.
    await audit(req, 'escalations_listed', 'escalation_list', q.status ?? 'all', { count: views.length, patientIds: [...new Set(views.map((v) => v.patientId))] });
    return { escalations: [...views.filter((v) => v.attention), ...views.filter((v) => !v.attention)] };
  });

  app.get('/api/admin/escalations/:id', async (req) => {
    const { id } = parse(z.object({ id: z.uuid('not an escalation id') }), req.params);
    const [row] = await svc.db
      .select({ e: escalations, pseudonym: patients.pseudonym })
      .from(escalations)
      .innerJoin(patients, eq(patients.id, escalations.patientId))
      .where(eq(escalations.id, id));
    if (!row) throw new NotFound('no escalation with that id', 'escalation_not_found');
    const events = await svc.db.select().from(escalationEvents).where(and(eq(escalationEvents.escalationId, id))).orderBy(asc(escalationEvents.id));
    await audit(req, 'escalation_read', 'escalation', id, { patientId: row.e.patientId });
    return {
      ...view(row.e, row.pseudonym),
      events: events.map((ev) => ({
        at: ev.at.toISOString(),
        type: ev.type,
        actorType: ev.actorType,
        actorId: ev.actorId,
        fromStatus: ev.fromStatus,
        toStatus: ev.toStatus,
        tier: ev.tier,
        reason: ev.reason,
        details: readableDetails(ev.details, svc.crypto),
      })),
    };
  });

  app.get('/api/admin/metrics', async () => ({ counters: svc.metrics.snapshot() }));
  // The same counters and more (latency histograms, backlogs read at scrape time) for Prometheus.
  app.get('/api/admin/metrics/prometheus', async (_req, reply) => {
    const { registry } = svc.prometheus;
    return reply.header('content-type', registry.contentType).header('cache-control', 'no-store').send(await registry.metrics());
  });
}

/** An event's details as the operator reads them: a resolve note is stored sealed (`noteEnc`) and shown opened. */
export function readableDetails(details: Record<string, unknown> | null, crypto: Services['crypto']): Record<string, unknown> | null {
  if (!details || typeof details.noteEnc !== 'string') return details;
  const { noteEnc, ...rest } = details;
  return { ...rest, note: crypto.decrypt(noteEnc) };
}

function view(e: typeof escalations.$inferSelect, pseudonym: string) {
  return {
    id: e.id,
    patientId: e.patientId,
    pseudonym,
    level: e.level,
    status: e.status,
    tier: e.tier,
    round: e.round,
    categories: e.categories,
    source: e.source,
    openedAt: e.openedAt.toISOString(),
    acknowledgedBy: e.acknowledgedBy,
    acknowledgedAt: e.acknowledgedAt?.toISOString() ?? null,
    takenOverBy: e.takenOverBy,
    resolvedBy: e.resolvedBy,
    resolvedAt: e.resolvedAt?.toISOString() ?? null,
    outcome: e.outcome,
    nextPageAt: e.nextPageAt?.toISOString() ?? null,
    /** Whether any clinician has actually been paged (sent a card or an SMS). */
    paged: e.firstPagedAt !== null,
    firstPagedAt: e.firstPagedAt?.toISOString() ?? null,
    /** `nobody_paged`: active, and paging found nobody to page (no clinician on call or reachable). */
    attention: e.status !== 'resolved' && e.firstPagedAt === null && e.nobodyToPageAt !== null ? ('nobody_paged' as const) : null,
  };
}
