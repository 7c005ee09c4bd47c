import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMS_CONFIG } from './sms.js';
import type { TestRuntime } from './helpers.js';
import { startApp, WebPatient } from './helpers.js';

const ADMIN_TOKEN = 'fuzz-admin-token-Zq8-0123456789';
const RUNS = 10_000;

/** Every route the service serves, with its path parameters as `:id`. */
const ROUTES: ReadonlyArray<readonly [string, string]> = [
  ['GET', '/healthz'],
  ['GET', '/readyz'],
  ['GET', '/'],
  ['POST', '/api/web/sessions'],
  ['POST', '/api/web/messages'],
  ['GET', '/api/web/messages'],
  ['GET', '/api/web/resources'],
  ['GET', '/api/web/events'],
  ['POST', '/api/teams/messages'],
  ['POST', '/api/sms/inbound'],
  ['POST', '/api/sms/status'],
  ['POST', '/api/admin/clinicians'],
  ['GET', '/api/admin/clinicians'],
  ['POST', '/api/admin/shifts'],
  ['GET', '/api/admin/shifts'],
  ['GET', '/api/admin/escalations'],
  ['GET', '/api/admin/escalations/:id'],
  ['GET', '/api/admin/metrics'],
  ['GET', '/api/admin/metrics/prometheus'],
  ['POST', '/api/admin/patients'],
  ['POST', '/api/admin/patients/:id/check-in'],
  ['POST', '/api/admin/patients/:id/sessions/revoke'],
  ['GET', '/api/admin/patients/:id/records'],
  ['GET', '/api/admin/patients/:id/export'],
  ['DELETE', '/api/admin/patients/:id'],
  ['POST', '/api/admin/operators'],
  ['GET', '/api/admin/operators'],
  ['DELETE', '/api/admin/operators/:id'],
  ['GET', '/api/admin/audit'],
];

/** Field names the endpoints read, so generated bodies get past "not an object" and into validation. */
const FIELDS = [
  'text', 'clientMessageId', 'locale', 'timezone', 'name', 'teamsUserId', 'phone', 'clinicianId', 'tier', 'startsAt', 'endsAt', 'checkIn', 'time', 'days',
  'type', 'id', 'conversation', 'serviceUrl', 'from', 'recipient', 'channelId', 'value', 'action', 'data', 'verb', 'escalationId', 'outcome', 'note',
  'Body', 'From', 'To', 'MessageSid', 'AccountSid', 'MessageStatus', 'ErrorCode', 'NumMedia', 'instrument',
];

const printable = (max: number) => fc.stringMatching(new RegExp(`^[\\x20-\\x7e]{0,${max}}$`));
const nasty = fc.constantFrom('', '\u0000', 'a\u0000b', '\ud800', '💥'.repeat(50), 'x'.repeat(5000), '../../etc/passwd', '%00', "' or 1=1 --", '<script>', '1e309', '-1', 'NaN', '2026-13-45T25:61:00Z', '+0', '00000000-0000-0000-0000-000000000000');
const scalar = fc.oneof(fc.string({ maxLength: 60 }), nasty, fc.integer(), fc.double(), fc.boolean(), fc.constant(null));
const value = fc.oneof({ depthSize: 'small' }, scalar, fc.array(scalar, { maxLength: 4 }), fc.dictionary(fc.constantFrom(...FIELDS), scalar, { maxKeys: 4 }));

describe.skipIf(Boolean(process.env.TEST_DATABASE_URL))('fuzzing every endpoint', () => {
  let rt: TestRuntime;
  let patient: WebPatient;
  beforeAll(async () => {
    rt = await startApp({ ADMIN_TOKEN, ...SMS_CONFIG, WEB_SESSION_RATE_PER_MIN: '100000', WEB_MESSAGE_RATE_PER_MIN: '100000' });
    patient = await WebPatient.create(rt);
  });
  afterAll(async () => {
    await rt.close();
  });

  it(`${RUNS.toLocaleString('en')} generated requests (bodies, headers, paths, queries) get no 5xx, and the service still answers`, async () => {
    const request = fc.record({
      route: fc.constantFrom(...ROUTES),
      id: fc.oneof(fc.constant(patient.patientId), fc.uuid(), printable(40), nasty),
      query: fc.dictionary(fc.constantFrom('after', 'status', 'limit', 'instrument', 'before', 'actorId', 'subjectId', 'action', 'x'), fc.oneof(printable(30), nasty), { maxKeys: 3 }),
      auth: fc.oneof(
        fc.constant(undefined),
        fc.constant(`Bearer ${ADMIN_TOKEN}`),
        fc.constant(`Bearer ${patient.token}`),
        printable(60).map((s) => `Bearer ${s}`),
        printable(60),
      ),
      contentType: fc.constantFrom(undefined, 'application/json', 'application/json; charset=utf-8', 'application/x-www-form-urlencoded', 'text/plain', 'multipart/form-data; boundary=x', 'application/xml'),
      extraHeader: fc.option(fc.tuple(fc.constantFrom('x-twilio-signature', 'x-forwarded-for', 'accept', 'last-event-id', 'content-encoding'), printable(80))),
      body: fc.oneof(
        fc.constant(undefined),
        fc.dictionary(fc.constantFrom(...FIELDS), value, { maxKeys: 8 }).map((o) => JSON.stringify(o)),
        fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
        fc.string({ maxLength: 200 }),
        fc.dictionary(fc.constantFrom(...FIELDS), printable(40), { maxKeys: 6 }).map((o) => new URLSearchParams(o).toString()),
        nasty,
      ),
    });
    let served = 0;
    const succeeded = new Set<string>();
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const [method, path] = r.route;
        // A stream with a valid session would stay open: the event stream is fuzzed with the other credentials.
        if (path === '/api/web/events' && r.auth === `Bearer ${patient.token}`) return;
        const qs = new URLSearchParams(r.query).toString();
        // A lone surrogate cannot be percent-encoded as UTF-8: sent as the raw bytes a client could send.
        let segment = '%ED%A0%80';
        try {
          segment = encodeURIComponent(r.id);
        } catch {
          // kept as the raw bytes
        }
        const url = `${path.replace(':id', segment)}${qs ? `?${qs}` : ''}`;
        const headers: Record<string, string> = {};
        if (r.auth !== undefined) headers.authorization = r.auth;
        if (r.contentType) headers['content-type'] = r.contentType;
        if (r.extraHeader) headers[r.extraHeader[0]] = r.extraHeader[1];
        const res = await rt.app.inject({ method: method as 'GET', url, headers, ...(r.body !== undefined && method !== 'GET' ? { payload: r.body } : {}) });
        served += 1;
        if (res.statusCode < 300) succeeded.add(`${method} ${path}`);
        expect(res.statusCode, `${method} ${url} -> ${res.statusCode} ${res.body.slice(0, 200)}`).toBeLessThan(500);
        if (res.statusCode >= 400) expect(res.json<{ error?: { code?: string } }>().error?.code, `${method} ${url}: ${res.body.slice(0, 200)}`).toMatch(/^[a-z_]+$/);
      }),
      { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 20261207) },
    );
    expect(served).toBeGreaterThan(RUNS * 0.9);
    // Not all refused at the door: well-formed requests got through to the handlers too.
    expect(succeeded.size, [...succeeded].join(', ')).toBeGreaterThanOrEqual(10);
    expect((await rt.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    expect((await rt.app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
  }, 600_000);
});
