import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { BadRequest, Unauthorized } from './errors.js';

/** Parses a request part with a zod schema; a failure is a 400 naming the first bad field. */
export function parse<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
  throw new BadRequest(`${where}${issue?.message ?? 'invalid request'}`, 'invalid_request');
}

/** The bearer token of a request, or a 401. */
export function bearer(req: FastifyRequest): string {
  const header = req.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  if (!match?.[1]) throw new Unauthorized('a Bearer token is required');
  return match[1];
}
