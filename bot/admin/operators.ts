import { and, desc, eq, inArray, isNull, lt } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { auditEvents, clinicians, operatorTokens } from '../../db/schema/index.js';
import { NotFound } from '../errors.js';
import { parse } from '../http.js';
import type { Services } from '../services.js';
import { BOOTSTRAP_OPERATOR, auditOperator, authenticateOperator, newOperatorToken, requireBootstrap } from './admin-auth.js';

const operatorBody = z.object({ name: z.string().trim().min(1, 'name is required').max(120) });

const auditQuery = z.object({
  actorId: z.string().max(64).optional(),
  subjectId: z.string().max(64).optional(),
  action: z
    .string()
    .regex(/^[a-z0-9_:]{1,60}$/, 'action is a name like patient_records_read')
    .optional(),
  /** Events before this id (the `next` of the previous page). */
  before: z.coerce.number().int().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/**
 * Named operator tokens (made and revoked with ADMIN_TOKEN; each shown once) and the audit trail of
 * operator and clinician actions, newest first, each naming who did it.
 */
export async function adminOperatorRoutes(app: FastifyInstance, { svc }: { svc: Services }): Promise<void> {
  app.addHook('onRequest', async (req) => {
    await authenticateOperator(svc, req);
  });

  app.post('/api/admin/operators', async (req, reply) => {
    requireBootstrap(req);
    const body = parse(operatorBody, req.body);
    const { token, hash } = newOperatorToken();
    const now = svc.clock.now();
    const row = await svc.db.transaction(async (tx) => {
      const [created] = await tx.insert(operatorTokens).values({ name: body.name, tokenHash: hash, createdAt: now }).returning({ id: operatorTokens.id });
      await auditOperator(tx, req, now, 'operator_created', { type: 'operator', id: created!.id }, { name: body.name });
      return created!;
    });
    return reply.code(201).send({ id: row.id, name: body.name, token });
  });

  app.get('/api/admin/operators', async () => ({
    operators: (await svc.db.select().from(operatorTokens).orderBy(desc(operatorTokens.createdAt))).map((o) => ({
      id: o.id,
      name: o.name,
      createdAt: o.createdAt.toISOString(),
      revokedAt: o.revokedAt?.toISOString() ?? null,
    })),
  }));

  app.delete('/api/admin/operators/:id', async (req, reply) => {
    requireBootstrap(req);
    const { id } = parse(z.object({ id: z.uuid('not an operator id') }), req.params);
    const now = svc.clock.now();
    const revoked = await svc.db.transaction(async (tx) => {
      const [row] = await tx
        .update(operatorTokens)
        .set({ revokedAt: now })
        .where(and(eq(operatorTokens.id, id), isNull(operatorTokens.revokedAt)))
        .returning({ id: operatorTokens.id });
      if (row) await auditOperator(tx, req, now, 'operator_revoked', { type: 'operator', id });
      return Boolean(row);
    });
    if (!revoked) throw new NotFound('no active operator token with that id', 'operator_not_found');
    return reply.code(204).send();
  });

  app.get('/api/admin/audit', async (req) => {
    const q = parse(auditQuery, req.query);
    const where: SQL[] = [];
    if (q.actorId) where.push(eq(auditEvents.actorId, q.actorId));
    if (q.subjectId) where.push(eq(auditEvents.subjectId, q.subjectId));
    if (q.action) where.push(eq(auditEvents.action, q.action));
    if (q.before) where.push(lt(auditEvents.id, q.before));
    const rows = await svc.db
      .select()
      .from(auditEvents)
      .where(where.length ? and(...where) : undefined)
      .orderBy(desc(auditEvents.id))
      .limit(q.limit);
    // Actors by name: operator tokens and clinicians (ids that are not uuids are the bootstrap or system).
    const ids = (type: string) => [...new Set(rows.filter((r) => r.actorType === type && r.actorId && z.uuid().safeParse(r.actorId).success).map((r) => r.actorId!))];
    const [operatorIds, clinicianIds] = [ids('operator'), ids('clinician')];
    const names = new Map<string, string>([
      ...(operatorIds.length ? await svc.db.select({ id: operatorTokens.id, name: operatorTokens.name }).from(operatorTokens).where(inArray(operatorTokens.id, operatorIds)) : []).map(
        (o): [string, string] => [o.id, o.name],
      ),
      ...(clinicianIds.length ? await svc.db.select({ id: clinicians.id, name: clinicians.name }).from(clinicians).where(inArray(clinicians.id, clinicianIds)) : []).map(
        (c): [string, string] => [c.id, c.name],
      ),
    ]);
    return {
      events: rows.map((r) => ({
        id: r.id,
        at: r.at.toISOString(),
        actorType: r.actorType,
        actorId: r.actorId,
        actorName: r.actorId === BOOTSTRAP_OPERATOR.id && r.actorType === 'operator' ? BOOTSTRAP_OPERATOR.name : r.actorId ? (names.get(r.actorId) ?? null) : null,
        action: r.action,
        subjectType: r.subjectType,
        subjectId: r.subjectId,
        details: r.details,
      })),
      next: rows.length === q.limit ? (rows.at(-1)?.id ?? null) : null,
    };
  });
}
