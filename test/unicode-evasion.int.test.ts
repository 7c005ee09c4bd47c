import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestRuntime } from './helpers.js';
import { startApp, WebPatient } from './helpers.js';

describe('crisis messages hidden with invisible or look-alike characters, through the web API', () => {
  let rt: TestRuntime;
  beforeAll(async () => {
    rt = await startApp();
  });
  afterAll(async () => {
    await rt.close();
  });

  const escalationsOf = (patientId: string) =>
    rt.svc.database.rows<{ id: string; level: string; status: string; source: string }>(
      sql`select id, level, status, source from escalations where patient_id = ${patientId} order by opened_at`,
    );

  it('a byte order mark inside "kill" and a Cyrillic і in "pills" still get the crisis reply and an urgent escalation', async () => {
    const p = await WebPatient.create(rt);
    await p.say('hi');
    await p.say('yes'); // summaries question at enrolment
    const res = await p.send('Tonight is the night, I am going to ki\uFEFFll myself with the p\u0456lls I saved up');
    expect(res.statusCode).toBe(202);
    const messages = await p.messages();
    const immediate = messages.at(-1)!;
    expect(immediate.author).toBe('system');
    expect(immediate.text).toMatch(/988/);
    // Cleaning is for screening only: the message is stored as the patient sent it.
    expect(messages.filter((m) => m.direction === 'in').at(-1)?.text).toContain('ki\uFEFFll');
    const [esc] = await escalationsOf(p.patientId);
    expect(esc).toMatchObject({ level: 'urgent', status: 'open', source: 'screen' });
  });

  it('a right-to-left override and a tag character inside words are read through too', async () => {
    const p = await WebPatient.create(rt);
    await p.say('hi');
    await p.say('yes'); // summaries question at enrolment
    const res = await p.send('I am going to end my li\u202Efe to\u202Enight, I already have the ro\u{E0041}pe re\u{E0041}ady');
    expect(res.statusCode).toBe(202);
    expect((await p.messages()).at(-1)).toMatchObject({ author: 'system', text: expect.stringMatching(/988/) });
    expect(await escalationsOf(p.patientId)).toEqual([expect.objectContaining({ level: 'urgent', source: 'screen' })]);
  });

  it('a NUL inside a word is accepted and read through', async () => {
    const p = await WebPatient.create(rt);
    await p.say('hi');
    await p.say('yes'); // summaries question at enrolment
    const res = await p.send('I am going to ki\u0000ll my\u0000self tonight');
    expect(res.statusCode).toBe(202);
    expect(await escalationsOf(p.patientId)).toEqual([expect.objectContaining({ level: 'urgent', source: 'screen' })]);
  });

  it('a Spanish-speaking patient writing with Cyrillic look-alikes gets the Spanish crisis reply', async () => {
    const p = await WebPatient.create(rt, { locale: 'es-ES' });
    // Every a, e, i and o below is Cyrillic.
    const reply = await p.say('\u0435st\u0430 n\u043Ech\u0435 m\u0435 v\u043Ey \u0430 qu\u0456t\u0430r l\u0430 v\u0456d\u0430, y\u0430 t\u0435ng\u043E l\u0430s p\u0430st\u0456ll\u0430s');
    expect(reply.join()).toMatch(/024/);
    expect((await escalationsOf(p.patientId))[0]).toMatchObject({ level: 'urgent' });
  });
});
