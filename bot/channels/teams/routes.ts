import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { BadRequest } from '../../errors.js';
import type { Services } from '../../services.js';
import type { TeamsLogic, TeamsTransport } from './bot-framework.js';

const id = z.string().min(1).max(1024);
/**
 * What an activity must carry before botbuilder sees it: botbuilder trusts the shape and throws (a
 * 500) on a missing conversation, a non-string text or a `serviceUrl` it cannot call.
 */
const activitySchema = z.looseObject({
  type: z.string().min(1).max(64),
  serviceUrl: z
    .string()
    .max(2048)
    .refine((u) => URL.canParse(u) && /^https?:$/.test(new URL(u).protocol), 'serviceUrl must be an http(s) URL'),
  conversation: z.looseObject({ id }),
  from: z.looseObject({ id, aadObjectId: z.string().max(128).optional() }).optional(),
  recipient: z.looseObject({ id }).optional(),
  text: z.string().max(28_000).optional(),
  name: z.string().max(256).optional(),
});

const REFUSED = {
  teams_not_configured: 'Teams is not configured: set MICROSOFT_APP_ID (or TEAMS_EMULATOR=true for local development)',
  service_url_not_allowed: 'the Teams emulator mode only talks to a serviceUrl on this machine (loopback)',
} as const;

/** POST /api/teams/messages: the Bot Framework endpoint (authenticated by botbuilder). */
export async function teamsRoutes(app: FastifyInstance, { svc, transport, logic }: { svc: Services; transport: TeamsTransport; logic: TeamsLogic }): Promise<void> {
  app.post('/api/teams/messages', async (req, reply) => {
    const body = req.body as { type?: unknown } | null;
    if (!body || typeof body !== 'object' || Array.isArray(body) || typeof body.type !== 'string') {
      throw new BadRequest('expected a Bot Framework activity (JSON with a type)', 'invalid_activity');
    }
    const checked = activitySchema.safeParse(body);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      throw new BadRequest(`not a Bot Framework activity: ${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}`, 'invalid_activity');
    }
    let result;
    try {
      result = await transport.handle({ body, headers: req.headers }, logic);
    } catch (err) {
      req.log.error({ err }, 'Teams activity failed');
      return reply.code(500).send({ error: { code: 'internal', message: 'something went wrong on our side' } });
    }
    if (result.refused) {
      svc.metrics.increment('teams.unauthenticated');
      return reply.code(result.status).send({ error: { code: result.refused, message: REFUSED[result.refused] } });
    }
    if (result.status === 401 || result.status === 403) {
      svc.metrics.increment('teams.unauthenticated');
      return reply.code(result.status).send({ error: { code: 'unauthorized', message: 'the Bot Framework token is missing or invalid' } });
    }
    if (result.status >= 500) return reply.code(500).send({ error: { code: 'internal', message: 'something went wrong on our side' } });
    return reply.code(result.status).send(result.body ?? '');
  });
}
