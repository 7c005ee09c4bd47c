import { readFileSync } from 'node:fs';
import cors from '@fastify/cors';
import formbody from '@fastify/formbody';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyBaseLogger, FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import Fastify from 'fastify';
import { sql } from 'drizzle-orm';
import { webRoutes } from './channels/web/routes.js';
import { widgetBundle } from './channels/web/widget-bundle.js';
import { AppError, BadRequest, isDatabaseUnavailable } from './errors.js';
import { parseTrustProxy } from './config.js';
import type { Services } from './services.js';

/** Largest request body accepted, in bytes (a message is at most 4,000 characters). */
export const BODY_LIMIT = 64 * 1024;

const PUBLIC = new URL('./channels/web/public/', import.meta.url);
/** The demo host page at `/`: a stand-in clinic site that embeds the widget with its one script tag. */
const STATIC: Record<string, { file: string; type: string }> = {
  '/': { file: 'demo.html', type: 'text/html; charset=utf-8' },
  '/demo.css': { file: 'demo.css', type: 'text/css; charset=utf-8' },
};

/** Routes whose bodies are messages between people (kept whole, encrypted, screened). */
const MESSAGE_ROUTES = ['/api/web/messages', '/api/sms', '/api/teams/messages'];

/** Whether a parsed body, query or params holds a NUL character anywhere (nested a few levels). */
function hasNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 8 || !value || typeof value !== 'object') return false;
  return Object.entries(value).some(([k, v]) => k.includes('\u0000') || hasNul(v, depth + 1));
}

/**
 * Builds the HTTP app: infrastructure plugins first, then routes. Services are built by the caller
 * (main.ts, or a test) and passed in; nothing here opens connections or starts timers.
 */
export async function buildApp(svc: Services, plugins: ReadonlyArray<(app: FastifyInstance) => PromiseLike<unknown>> = []): Promise<FastifyInstance> {
  const trustProxy = parseTrustProxy(svc.config.TRUST_PROXY) ?? false;
  const app: FastifyInstance = Fastify({
    loggerInstance: svc.log as FastifyBaseLogger,
    bodyLimit: BODY_LIMIT,
    // Off unless TRUST_PROXY names the proxies (config.ts parseTrustProxy).
    trustProxy,
    // Request ids in logs; never the query string's contents beyond the path.
    genReqId: () => crypto.randomUUID(),
    // A URL that cannot be decoded ("%ED%A0%80", a lone surrogate) or a malformed content type:
    // answered in the service's own error shape, without echoing the URL back.
    frameworkErrors: (err, _req, reply) => {
      const status = (err as FastifyError).statusCode ?? 400;
      const code = (err as FastifyError).code === 'FST_ERR_BAD_URL' ? 'bad_url' : status === 415 ? 'unsupported_media_type' : 'bad_request';
      void (reply as unknown as FastifyReply).code(status >= 500 ? 400 : status).send({ error: { code, message: code === 'bad_url' ? 'the URL is not valid' : 'the request is not valid' } });
    },
  });

  // Security headers on every response: nosniff, HSTS (browsers honour it over TLS), no referrer
  // leaks. The pages set their own content security policy; the widget's script must stay loadable
  // from a clinic's own site, so cross-origin resource policy is left to the CORS rules below.
  await app.register(helmet, { contentSecurityPolicy: false, crossOriginResourcePolicy: false, crossOriginEmbedderPolicy: false, frameguard: false, hsts: { maxAge: 31_536_000, includeSubDomains: true } });
  await app.register(formbody, { bodyLimit: BODY_LIMIT });
  const origins = (svc.config.WEB_ALLOWED_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  await app.register(cors, {
    // Only the widget API is meant to be called from a clinic's own site.
    delegator: (req, cb) => cb(null, { origin: req.url?.startsWith('/api/web/') ? origins : false, methods: ['GET', 'POST', 'DELETE'], maxAge: 600 }),
  });
  await app.register(rateLimit, { global: false });

  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err instanceof AppError) return reply.code(err.statusCode).send({ error: { code: err.code, message: err.message } });
    const status = err.statusCode ?? 500;
    // The database is down or restarting: refused cleanly, to be tried again; /readyz says so too.
    if (status >= 500 && isDatabaseUnavailable(err)) {
      req.log.warn({ err: { code: (err as { code?: string }).code } }, 'request refused: the database is unavailable');
      return reply.code(503).header('retry-after', '5').send({ error: { code: 'database_unavailable', message: 'the service cannot reach its database right now; try again shortly' } });
    }
    if (status >= 500) {
      req.log.error({ err }, 'request failed');
      return reply.code(500).send({ error: { code: 'internal', message: 'something went wrong on our side' } });
    }
    // fastify's own 4xx (bad JSON, body too large, unsupported media type, rate limit) are safe to echo.
    const code = status === 413 ? 'payload_too_large' : status === 415 ? 'unsupported_media_type' : status === 429 ? 'rate_limited' : 'bad_request';
    return reply.code(status).send({ error: { code, message: err.message } });
  });
  // A NUL character is not text Postgres can store: refused as bad input (it was a 500 with the value
  // in the log). Not in what patients and clinicians write to each other: a message is never refused
  // (a crisis written with a stray NUL must still be read); it is stored encrypted and screened cleaned.
  app.addHook('preValidation', async (req) => {
    const messageBody = req.method === 'POST' && MESSAGE_ROUTES.some((r) => req.url.split('?')[0] === r || req.url.startsWith(`${r}/`));
    if ((!messageBody && hasNul(req.body)) || hasNul(req.query) || hasNul(req.params)) {
      throw new BadRequest('the request contains a NUL character, which is not allowed in text', 'invalid_characters');
    }
  });
  app.setNotFoundHandler((req, reply) => reply.code(404).send({ error: { code: 'not_found', message: `no route ${req.method} ${req.url.split('?')[0]}` } }));

  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_req, reply) => {
    try {
      await svc.db.execute(sql`select 1`);
      return { status: 'ready', database: svc.database.kind };
    } catch {
      return reply.code(503).send({ status: 'unavailable', database: svc.database.kind });
    }
  });

  for (const [path, { file, type }] of Object.entries(STATIC)) {
    const body = readFileSync(new URL(file, PUBLIC));
    app.get(path, async (_req, reply) =>
      reply
        .header('content-type', type)
        .header('cache-control', 'no-cache')
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'self'; img-src 'self' data:; frame-ancestors 'self'")
        .send(body),
    );
  }
  // The widget: `/widget.js` is the URL clinics paste (revalidated, so a new version reaches them
  // within minutes); `/widget-<hash>.js` the same bytes under their content hash, cacheable for a year.
  const widget = await widgetBundle();
  const sendWidget = (reply: FastifyReply, cache: string) =>
    reply
      .header('content-type', 'text/javascript; charset=utf-8')
      .header('cache-control', cache)
      .header('etag', `"${widget.hash}"`)
      .header('access-control-allow-origin', '*')
      .header('x-content-type-options', 'nosniff')
      .send(widget.code);
  app.get('/widget.js', async (req, reply) => {
    if (req.headers['if-none-match'] === `"${widget.hash}"`) return reply.code(304).header('etag', `"${widget.hash}"`).send();
    return sendWidget(reply, 'public, max-age=300, must-revalidate');
  });
  app.get(`/widget-${widget.hash}.js`, async (_req, reply) => sendWidget(reply, 'public, max-age=31536000, immutable'));

  await app.register(webRoutes, { svc });
  for (const register of plugins) await register(app);
  return app;
}
