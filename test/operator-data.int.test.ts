import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { performClinicianAction } from '../bot/clinician-actions.js';
import { clinicians } from '../db/schema/index.js';
import type { TestRuntime } from './helpers.js';
import { startApp, WebPatient } from './helpers.js';

const ADMIN_TOKEN = 'operator-data-admin-token-0123456789';

interface AuditRow {
  action: string;
  actorType: string;
  actorId: string | null;
  actorName: string | null;
  subjectType: string | null;
  subjectId: string | null;
  details: Record<string, unknown> | null;
}

describe('operators: named tokens, the audit trail, export and erasure', () => {
  let rt: TestRuntime;
  beforeAll(async () => {
    rt = await startApp({ ADMIN_TOKEN });
  });
  afterAll(async () => {
    await rt.close();
  });

  const call = (token: string, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: unknown) =>
    rt.app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });
  const audit = async (query = '') => (await call(ADMIN_TOKEN, 'GET', `/api/admin/audit${query}`)).json<{ events: AuditRow[] }>().events;

  /** A patient who rated their mood, answered the safety questions (a concern), and whose escalation a clinician resolved with a note. */
  async function patientWithHistory(): Promise<WebPatient> {
    const p = await WebPatient.create(rt);
    await p.say('hi');
    await p.say('yes'); // summaries question at enrolment
    await p.say('3');
    await p.say('Tlacuache-lonely');
    await p.say('I feel hopeless, everyone would be better off without me');
    await p.say('yes');
    for (let i = 0; i < 3; i += 1) await p.say('no');
    const created = await call(ADMIN_TOKEN, 'POST', '/api/admin/clinicians', { name: 'Dr Ada', teamsUserId: `aad-${randomUUID()}` });
    const [clinician] = await rt.svc.db.select().from(clinicians).where(eq(clinicians.id, created.json<{ id: string }>().id));
    const [esc] = await rt.svc.database.rows<{ id: string }>(sql`select id from escalations where patient_id = ${p.patientId}`);
    await performClinicianAction(rt.svc, { escalationId: esc!.id, verb: 'acknowledge', clinician: clinician! });
    await performClinicianAction(rt.svc, { escalationId: esc!.id, verb: 'resolve', clinician: clinician!, outcome: 'other', note: 'Phoned Tlacuache, safe' });
    return p;
  }

  it('a named operator reads with their own token, the audit names them, and a revoked token stops working', async () => {
    const made = await call(ADMIN_TOKEN, 'POST', '/api/admin/operators', { name: 'Rosa (clinic ops)' });
    expect(made.statusCode).toBe(201);
    const { id, token } = made.json<{ id: string; token: string }>();
    expect(token).toMatch(/^op_[A-Za-z0-9_-]{40,}$/);
    // The token is shown once: neither the list nor the database holds it.
    expect((await call(ADMIN_TOKEN, 'GET', '/api/admin/operators')).body).not.toContain(token);
    expect(JSON.stringify(await rt.svc.database.rows(sql`select * from operator_tokens`))).not.toContain(token);

    const p = await WebPatient.create(rt);
    await p.say('hi');
    await p.say('yes'); // summaries question at enrolment
    await p.say('6');
    expect((await call(token, 'GET', `/api/admin/patients/${p.patientId}/records`)).statusCode).toBe(200);
    expect((await call(token, 'GET', '/api/admin/escalations')).statusCode).toBe(200);
    const mine = await audit(`?actorId=${id}`);
    expect(mine.map((e) => e.action)).toEqual(['escalations_listed', 'patient_records_read']);
    expect(mine[1]).toMatchObject({ actorType: 'operator', actorName: 'Rosa (clinic ops)', subjectType: 'patient', subjectId: p.patientId });

    // Only the bootstrap token makes or revokes tokens.
    const refused = await call(token, 'POST', '/api/admin/operators', { name: 'Mallory' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json<{ error: { code: string } }>().error.code).toBe('bootstrap_only');
    expect((await call(ADMIN_TOKEN, 'DELETE', `/api/admin/operators/${id}`)).statusCode).toBe(204);
    expect((await call(token, 'GET', '/api/admin/escalations')).statusCode).toBe(401);
    expect((await call(ADMIN_TOKEN, 'DELETE', `/api/admin/operators/${id}`)).json<{ error: { code: string } }>().error.code).toBe('operator_not_found');
    expect((await audit('?action=operator_revoked'))[0]).toMatchObject({ actorName: 'ADMIN_TOKEN', subjectId: id });
  });

  it('an export holds everything kept about the patient, readable, and is audited', async () => {
    const p = await patientWithHistory();
    const res = await call(ADMIN_TOKEN, 'GET', `/api/admin/patients/${p.patientId}/export`);
    expect(res.statusCode).toBe(200);
    const data = res.json<{
      patient: { id: string };
      messages: { direction: string; text: string }[];
      records: { instrument: string; score: number | null }[];
      escalations: { cssrs: Record<string, boolean> | null; events: { type: string; details: Record<string, unknown> | null }[] }[];
      conversation: Record<string, unknown> | null;
    }>();
    expect(data.patient.id).toBe(p.patientId);
    expect(data.messages.filter((m) => m.direction === 'in').map((m) => m.text)).toContain('Tlacuache-lonely');
    expect(data.records).toContainEqual(expect.objectContaining({ instrument: 'mood', score: 3 }));
    expect(data.escalations[0]?.cssrs).toMatchObject({ wishDead: true });
    expect(data.escalations[0]?.events.find((e) => e.type === 'resolve')?.details).toMatchObject({ note: 'Phoned Tlacuache, safe' });
    expect(data.conversation).not.toBeNull();
    expect((await audit(`?subjectId=${p.patientId}&action=patient_exported`))[0]).toMatchObject({ actorName: 'ADMIN_TOKEN' });
    expect((await call(ADMIN_TOKEN, 'GET', '/api/admin/patients/00000000-0000-4000-8000-000000000000/export')).statusCode).toBe(404);
  });

  it('erasure is refused during an active escalation, then removes every row and checkpoint of the patient', async () => {
    const busy = await WebPatient.create(rt);
    await busy.say('hi');
    await busy.say('yes'); // summaries question at enrolment
    await busy.say("I've decided to kill myself tonight, I have the pills ready");
    const refused = await call(ADMIN_TOKEN, 'DELETE', `/api/admin/patients/${busy.patientId}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json<{ error: { code: string } }>().error.code).toBe('escalation_active');
    expect((await busy.messages()).length).toBeGreaterThan(0);

    const p = await patientWithHistory();
    const other = await WebPatient.create(rt);
    await other.say('hi');
    await other.say('yes'); // summaries question at enrolment
    const before = await rt.svc.database.rows<{ n: number }>(sql`select count(*)::int as n from checkpoints where thread_id = ${p.patientId}`);
    expect(before[0]!.n).toBeGreaterThan(0);

    const res = await call(ADMIN_TOKEN, 'DELETE', `/api/admin/patients/${p.patientId}`);
    expect(res.statusCode).toBe(200);
    expect(res.json<{ erased: Record<string, number> }>().erased).toMatchObject({ messages: expect.any(Number), escalations: 1, records: expect.any(Number) });

    // Search every table for the patient: only the audit trail still names them (ids and counts).
    const tables = await rt.svc.database.rows<{ table_name: string }>(
      sql`select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' and table_name not like '\\_\\_%'`,
    );
    expect(tables.map((t) => t.table_name)).toEqual(expect.arrayContaining(['messages', 'escalations', 'checkpoints', 'checkpoint_writes', 'checkpoint_blobs']));
    for (const { table_name } of tables) {
      const hits = await rt.svc.database.rows<{ n: number }>(sql`select count(*)::int as n from ${sql.identifier(table_name)} t where t::text like ${`%${p.patientId}%`}`);
      if (table_name === 'audit_events') continue;
      expect({ table: table_name, rows: hits[0]!.n }).toEqual({ table: table_name, rows: 0 });
    }
    const trail = await audit(`?subjectId=${p.patientId}`);
    expect(trail[0]).toMatchObject({ action: 'patient_erased', actorName: 'ADMIN_TOKEN' });
    expect(JSON.stringify(trail)).not.toContain('Tlacuache');

    // Their session ends cleanly, a repeat is a 404, and other patients are untouched.
    expect((await rt.app.inject({ method: 'GET', url: '/api/web/messages', headers: { authorization: `Bearer ${p.token}` } })).statusCode).toBe(401);
    expect((await call(ADMIN_TOKEN, 'DELETE', `/api/admin/patients/${p.patientId}`)).statusCode).toBe(404);
    expect((await other.say('menu')).join()).toMatch(/What would you like to do/);
  });
});
