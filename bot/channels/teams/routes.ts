import type { FastifyInstance } from 'fastify';
import { BadRequest } from '../../errors.js';
import type { Services } from '../../services.js';
import type { TeamsLogic, TeamsTransport } from './bot-framework.js';

/** POST /api/teams/messages: the Bot Framework endpoint (authenticated by botbuilder). */
export async function teamsRoutes(app: FastifyInstance, { svc, transport, logic }: { svc: Services; transport: TeamsTransport; logic: TeamsLogic }): Promise<void> {
  app.post('/api/teams/messages', async (req, reply) => {
    const body = req.body as { type?: unknown } | null;
    if (!body || typeof body !== 'object' || Array.isArray(body) || typeof body.type !== 'string') {
      throw new BadRequest('expected a Bot Framework activity (JSON with a type)', 'invalid_activity');
    }
    let result;
    try {
      result = await transport.handle({ body, headers: req.headers }, logic);
    } catch (err) {
      req.log.error({ err }, 'Teams activity failed');
      return reply.code(500).send({ error: { code: 'internal', message: 'something went wrong on our side' } });
    }
    if (result.status === 401 || result.status === 403) {
      svc.metrics.increment('teams.unauthenticated');
      return reply.code(result.status).send({ error: { code: 'unauthorized', message: 'the Bot Framework token is missing or invalid' } });
    }
    if (result.status >= 500) return reply.code(500).send({ error: { code: 'internal', message: 'something went wrong on our side' } });
    return reply.code(result.status).send(result.body ?? '');
  });
}
