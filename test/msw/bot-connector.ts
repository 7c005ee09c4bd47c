import { generateKeyPairSync, createSign, randomUUID } from 'node:crypto';
import { http, HttpResponse } from 'msw';

/** What the bot sent to the Bot Connector, as the connector would see it. */
export interface ConnectorCall {
  method: 'POST' | 'PUT';
  conversationId: string;
  activityId: string | null;
  body: { type?: string; text?: string; attachments?: Array<{ contentType: string; content: Record<string, unknown> }> };
  at: number;
}

/** Where Teams' Bot Connector is, as an authenticated activity names it. */
export const TEAMS_SERVICE_URL = 'https://smba.trafficmanager.net/teams/';
/** A connector on this machine: the only kind the unauthenticated emulator mode talks to. */
export const SERVICE_URL = 'http://127.0.0.1:3978/teams/';

/**
 * msw handlers for the Bot Connector REST API (send, reply, update activity), the token endpoint,
 * and the Bot Framework OpenID metadata + signing keys (so incoming JWTs are really validated).
 * `fail` lets a test make the connector answer with an error for a while.
 */
export function botConnector() {
  const calls: ConnectorCall[] = [];
  let failures: Array<{ status: number; retryAfter?: number }> = [];
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = 'test-key';
  const jwk = publicKey.export({ format: 'jwk' });

  function next(): HttpResponse<never> | null {
    const f = failures.shift();
    if (!f) return null;
    return new HttpResponse(null, { status: f.status, headers: f.retryAfter ? { 'retry-after': String(f.retryAfter) } : {} }) as HttpResponse<never>;
  }

  const record = (method: 'POST' | 'PUT') => async ({ request, params }: { request: Request; params: Record<string, string | readonly string[] | undefined> }) => {
    const failure = next();
    if (failure) return failure;
    const id = randomUUID();
    calls.push({ method, conversationId: decodeURIComponent(String(params.conversationId)), activityId: params.activityId ? String(params.activityId) : null, body: (await request.json()) as ConnectorCall['body'], at: Date.now() });
    return HttpResponse.json({ id: method === 'PUT' ? String(params.activityId) : id });
  };

  const handlers = [
    ...[SERVICE_URL, TEAMS_SERVICE_URL].flatMap((base) => [
      http.post(`${base}v3/conversations/:conversationId/activities`, record('POST')),
      http.post(`${base}v3/conversations/:conversationId/activities/:activityId`, record('POST')),
      http.put(`${base}v3/conversations/:conversationId/activities/:activityId`, record('PUT')),
    ]),
    http.post('https://login.microsoftonline.com/:tenant/oauth2/v2.0/token', () =>
      HttpResponse.json({ token_type: 'Bearer', expires_in: 3600, ext_expires_in: 3600, access_token: 'test-access-token' }),
    ),
    http.get('https://login.botframework.com/v1/.well-known/openidconfiguration', () =>
      HttpResponse.json({ issuer: 'https://api.botframework.com', jwks_uri: 'https://login.botframework.com/v1/.well-known/keys', id_token_signing_alg_values_supported: ['RS256'] }),
    ),
    http.get('https://login.botframework.com/v1/.well-known/keys', () => HttpResponse.json({ keys: [{ ...jwk, kid, use: 'sig', alg: 'RS256', endorsements: ['msteams'] }] })),
  ];

  return {
    handlers,
    calls,
    /** The next `n` connector calls fail with this status. */
    fail(n: number, status: number, retryAfter?: number) {
      failures = Array.from({ length: n }, () => ({ status, ...(retryAfter !== undefined ? { retryAfter } : {}) }));
    },
    cardsTo(conversationId: string) {
      return calls.filter((c) => c.conversationId === conversationId && c.method === 'POST' && c.body.attachments?.some((a) => a.contentType === 'application/vnd.microsoft.card.adaptive'));
    },
    textsTo(conversationId: string) {
      return calls.filter((c) => c.conversationId === conversationId && c.method === 'POST' && c.body.text).map((c) => c.body.text!);
    },
    /** A channel token as the Bot Framework would sign it (with this fake's key). */
    channelToken(appId: string, serviceUrl = SERVICE_URL, key = privateKey) {
      const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
      const now = Math.floor(Date.now() / 1000);
      const head = b64({ alg: 'RS256', typ: 'JWT', kid });
      const body = b64({ iss: 'https://api.botframework.com', aud: appId, serviceurl: serviceUrl, nbf: now - 10, exp: now + 600 });
      const sig = createSign('RSA-SHA256').update(`${head}.${body}`).sign(key).toString('base64url');
      return `${head}.${body}.${sig}`;
    },
    /** A token signed with a key the Bot Framework never published. */
    forgedToken(appId: string) {
      return this.channelToken(appId, SERVICE_URL, generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey);
    },
  };
}

export type BotConnector = ReturnType<typeof botConnector>;

/** An activity from a clinician in a personal chat with the bot, as Teams sends it. */
export function teamsActivity(who: { aad: string; name?: string }, type: 'message' | 'invoke', extra: Record<string, unknown> = {}) {
  return {
    type,
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl: SERVICE_URL,
    from: { id: `29:${who.aad}`, name: who.name ?? 'Clinician', aadObjectId: who.aad },
    conversation: { id: `a:conv-${who.aad}`, conversationType: 'personal', tenantId: 'tenant-1' },
    recipient: { id: '28:bot', name: 'Companion' },
    channelData: { tenant: { id: 'tenant-1' } },
    ...extra,
  };
}

export function cardAction(verb: string, data: Record<string, unknown>) {
  return { name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb, data } } };
}
