import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { durableDatabase, startApp, WebPatient } from './helpers.js';

const ADMIN_TOKEN = 'sealed-admin-token-0123456789';

describe('health data at rest', () => {
  it('mood ratings are stored sealed, and plaintext left by an older version is sealed at the next start', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cbt-sealed-'));
    const durable = await durableDatabase(dataDir);
    try {
      let rt = await startApp({ ADMIN_TOKEN }, { database: await durable.open(), dataDir });
      const p = await WebPatient.create(rt);
      await p.say('hi');
      await p.say('yes'); // summaries question at enrolment
      await p.say('6');
      await p.say('calm');
      const [mood] = await rt.svc.database.rows<{ id: string; score: number | null; score_enc: string | null }>(
        sql`select id, score, score_enc from questionnaire_responses where patient_id = ${p.patientId} and instrument = 'mood'`,
      );
      expect(mood).toMatchObject({ score: null, score_enc: expect.stringMatching(/^v1\./) });

      // What an older version left behind: a plaintext score, C-SSRS answers and a resolve note.
      await rt.svc.database.rows(sql`update questionnaire_responses set score = 6, score_enc = null where id = ${mood!.id}`);
      const [esc] = await rt.svc.database.rows<{ id: string }>(
        sql`insert into escalations (patient_id, level, status, categories, source, cssrs, opened_at, updated_at, resolved_at, outcome)
            values (${p.patientId}, 'concern', 'resolved', '{passive_ideation}', 'cssrs_ideation', '{"wishDead": true, "thoughts": false}'::jsonb, now(), now(), now(), 'other')
            returning id`,
      );
      await rt.svc.database.rows(
        sql`insert into escalation_events (escalation_id, at, actor_type, type, details)
            values (${esc!.id}, now(), 'operator', 'resolve', '{"outcome": "other", "note": "Spoke with Quetzalli, safe at home"}'::jsonb)`,
      );
      await rt.close();

      rt = await startApp({ ADMIN_TOKEN }, { database: await durable.open(), dataDir });
      const dump = JSON.stringify(
        await rt.svc.database.rows(sql`select
            (select json_agg(q) from questionnaire_responses q where q.patient_id = ${p.patientId}) as q,
            (select json_agg(e) from escalations e where e.patient_id = ${p.patientId}) as e,
            (select json_agg(v) from escalation_events v where v.escalation_id = ${esc!.id}) as v`),
      );
      expect(dump).not.toContain('Quetzalli');
      expect(dump).not.toContain('wishDead');
      expect(dump).not.toMatch(/"score":\s*6/);

      // Still readable by those allowed to: the operator sees the score and the note.
      const auth = { authorization: `Bearer ${ADMIN_TOKEN}` };
      const records = await rt.app.inject({ method: 'GET', url: `/api/admin/patients/${p.patientId}/records`, headers: auth });
      expect(records.json<{ records: { instrument: string; score: number | null }[] }>().records).toContainEqual(expect.objectContaining({ instrument: 'mood', score: 6 }));
      const detail = await rt.app.inject({ method: 'GET', url: `/api/admin/escalations/${esc!.id}`, headers: auth });
      expect(detail.json<{ events: { details: unknown }[] }>().events[0]?.details).toEqual({ outcome: 'other', note: 'Spoke with Quetzalli, safe at home' });
      await rt.close();
    } finally {
      await durable.cleanup();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
