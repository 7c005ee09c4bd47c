import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Tx } from '../../db/client.js';
import { auditEvents, operatorTokens } from '../../db/schema/index.js';
import { Forbidden, Unauthorized, Unavailable } from '../errors.js';
import { bearer } from '../http.js';
import type { Services } from '../services.js';

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Who is calling the operator API: the bootstrap `ADMIN_TOKEN`, or a named operator token. */
export interface Operator {
  /** An operator token's id, or `admin_token` for the bootstrap token. */
  id: string;
  name: string;
  bootstrap: boolean;
}

export const BOOTSTRAP_OPERATOR: Operator = { id: 'admin_token', name: 'ADMIN_TOKEN', bootstrap: true };
const TOKEN_PREFIX = 'op_';

const callers = new WeakMap<FastifyRequest, Operator>();

/** A new operator token (shown once) and the hash that is stored. */
export function newOperatorToken(): { token: string; hash: string } {
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { token, hash: digest(token).toString('hex') };
}

/**
 * Checks the caller's token: `ADMIN_TOKEN` in constant time, a named token by its hash (revoked ones
 * are refused). The operator API is off without `ADMIN_TOKEN`, the bootstrap that names the others.
 */
export async function authenticateOperator(svc: Services, req: FastifyRequest): Promise<Operator> {
  const adminToken = svc.config.ADMIN_TOKEN;
  if (!adminToken) throw new Unavailable('the operator API is disabled: set ADMIN_TOKEN', 'admin_disabled');
  const given = bearer(req);
  let operator: Operator | undefined;
  if (timingSafeEqual(digest(given), digest(adminToken))) {
    operator = BOOTSTRAP_OPERATOR;
  } else if (given.startsWith(TOKEN_PREFIX) && given.length < 100) {
    const [row] = await svc.db
      .select({ id: operatorTokens.id, name: operatorTokens.name })
      .from(operatorTokens)
      .where(and(eq(operatorTokens.tokenHash, digest(given).toString('hex')), isNull(operatorTokens.revokedAt)));
    if (row) operator = { ...row, bootstrap: false };
  }
  if (!operator) throw new Unauthorized('invalid operator token');
  callers.set(req, operator);
  return operator;
}

/** The operator a request was authenticated as (the route's hook ran first). */
export function operatorOf(req: FastifyRequest): Operator {
  const operator = callers.get(req);
  if (!operator) throw new Unauthorized('invalid operator token');
  return operator;
}

/** Refuses a named operator: making and revoking operator tokens is for the bootstrap token only. */
export function requireBootstrap(req: FastifyRequest): void {
  if (!operatorOf(req).bootstrap) throw new Forbidden('only ADMIN_TOKEN can manage operator tokens', 'bootstrap_only');
}

/** Appends an operator action or read to the audit trail, naming who did it. */
export async function auditOperator(
  tx: Tx,
  req: FastifyRequest,
  at: Date,
  action: string,
  subject: { type: string; id: string },
  details?: Record<string, unknown> | null,
): Promise<void> {
  await tx.insert(auditEvents).values({ at, actorType: 'operator', actorId: operatorOf(req).id, action, subjectType: subject.type, subjectId: subject.id, details: details ?? null });
}
