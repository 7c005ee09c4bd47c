import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { testConfig } from '../bot/config.js';
import { createLogger } from '../bot/services.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestRuntime } from './helpers.js';
import { startApp, WebPatient } from './helpers.js';

const ADMIN_TOKEN = 'privacy-admin-token-0123456789';

describe('privacy', () => {
  const lines: string[] = [];
  let rt: TestRuntime;
  beforeAll(async () => {
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    // The service's own logger configuration (redaction and the error serializer), writing to the sink.
    rt = await startApp({ LOG_LEVEL: 'trace', ADMIN_TOKEN }, { log: createLogger(testConfig({ LOG_LEVEL: 'trace' }), sink) });
  });
  afterAll(async () => {
    await rt.close();
  });

  it('nothing a patient writes appears in the logs, even on the crisis path', async () => {
    const p = await WebPatient.create(rt);
    await p.say('hi');
    await p.say('yes'); // summaries question at enrolment
    await p.say('7');
    await p.say('Zanzibarian-feeling');
    await p.say('I took all my pills tonight, goodbye Quetzalcoatl');
    await p.send('', 'bad');
    const logs = lines.join('\n');
    expect(lines.length).toBeGreaterThan(5);
    for (const secret of ['Zanzibarian', 'Quetzalcoatl', 'pills tonight']) expect(logs).not.toContain(secret);
    expect(logs).not.toContain(p.token);
    expect(logs).toContain(p.patientId);
  });

  it('a failing query or bad input never puts its values in the log, at any depth', async () => {
    lines.length = 0;
    // A NUL in a clinician's name: a clear 400, and the name nowhere in the log.
    const res = await rt.app.inject({ method: 'POST', url: '/api/admin/clinicians', headers: { authorization: `Bearer ${ADMIN_TOKEN}` }, payload: { name: 'Dr Xochiquetzal\u0000', teamsUserId: 'aad-nul' } });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { code: string } }>().error.code).toBe('invalid_characters');
    // A database error carrying a parameter and a detail, logged as the service logs errors.
    const failed = await rt.svc.db.execute(sql`select ${'Tlaloc-Huitzilopochtli'}::int`).then(
      () => null,
      (err: unknown) => err,
    );
    expect(failed).not.toBeNull();
    rt.svc.log.error({ err: failed }, 'query failed');
    const logs = lines.join('\n');
    expect(logs).toContain('query failed');
    for (const secret of ['Xochiquetzal', 'Tlaloc', 'Huitzilopochtli']) expect(logs).not.toContain(secret);
  });
});

