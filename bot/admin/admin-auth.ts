import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { Unauthorized, Unavailable } from '../errors.js';
import { bearer } from '../http.js';

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Checks the operator token (ADMIN_TOKEN) in constant time; the operator API is off without one. */
export function requireAdmin(adminToken: string | undefined, req: FastifyRequest): void {
  if (!adminToken) throw new Unavailable('the operator API is disabled: set ADMIN_TOKEN', 'admin_disabled');
  const given = bearer(req);
  if (!timingSafeEqual(digest(given), digest(adminToken))) throw new Unauthorized('invalid operator token');
}
