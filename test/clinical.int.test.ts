import { Fhir } from 'fhir';
import { sql } from 'drizzle-orm';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../bot/clock.js';
import type { TestRuntime } from './helpers.js';
import { startApp, WebPatient } from './helpers.js';
import { botConnector } from './msw/bot-connector.js';
import { ADMIN_TOKEN, TeamsWorld } from './teams.js';

const connector = botConnector();
const server = setupServer(...connector.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const DAY = 86_400_000;

async function world() {
  const clock = new ManualClock(new Date('2026-11-02T16:00:00Z'));
  const rt = await startApp({ ADMIN_TOKEN, TEAMS_EMULATOR: 'true' }, { clock });
  connector.calls.length = 0;
  return { rt, clock, w: new TeamsWorld(rt, connector, clock) };
}

/** Answers the PHQ-9 item by item as a patient would, with the numbers of the options. */
async function phq9(p: WebPatient, answers: readonly number[]): Promise<string[]> {
  const said = [...(await p.say('can I do the depression questionnaire?'))];
  for (const a of answers) said.push(...(await p.say(String(a))));
  if (said.at(-1)?.includes('how difficult')) said.push(...(await p.say('somewhat difficult')));
  return said;
}

async function gad7(p: WebPatient, answers: readonly number[]): Promise<string[]> {
  const said = [...(await p.say('I want to do the anxiety questionnaire'))];
  for (const a of answers) said.push(...(await p.say(String(a))));
  if (said.at(-1)?.includes('how difficult')) said.push(...(await p.say('not difficult at all')));
  return said;
}

const get = <T>(w: TeamsWorld, url: string) => w.admin('GET', url).then((r) => ({ status: r.statusCode, body: r.json<T>(), type: r.headers['content-type'] }));

describe('between sessions, for the clinician', () => {
  let rt: TestRuntime;
  afterEach(async () => {
    await rt?.close();
  });

  it('a PHQ-9 five points worse and newly moderately severe sends the on-call clinician one non-urgent card; no escalation, no re-paging', async () => {
    const { rt: r, clock, w } = await world();
    rt = r;
    const p = await WebPatient.create(rt, { locale: 'en-US', timezone: 'America/Chicago' });
    await p.say('hi');
    await p.say('yes'); // summaries question at enrolment
    const first = await phq9(p, [0, 1, 1, 1, 0, 1, 0, 0, 0]);
    expect(first.join('\n')).toMatch(/score is 4 out of 27/);

    clock.advance(14 * DAY);
    const ada = await w.clinician('Dr Ada', 1);
    const bo = await w.clinician('Dr Bo', 2);
    const second = await phq9(p, [2, 2, 2, 2, 2, 2, 2, 2, 0]);
    expect(second.join('\n')).toMatch(/score is 16 out of 27/);
    const cards = connector.cardsTo(ada.conversation);
    expect(cards).toHaveLength(1);
    const card = JSON.stringify(cards[0]!.body.attachments![0]!.content);
    expect(card).toContain('PHQ-9 worse');
    expect(card).toContain('16/27 (moderately severe)');
    expect(card).toContain('+12');
    expect(card).toMatch(/not a crisis page/);
    expect(card).not.toContain('"verb":"acknowledge"');
    expect(connector.cardsTo(bo.conversation)).toHaveLength(0);
    expect(await w.escalations()).toHaveLength(0);

    // Nothing repeats it: not time passing, not a score a point higher in the same band.
    await w.timeout(3600);
    expect(connector.cardsTo(ada.conversation)).toHaveLength(1);
    clock.advance(14 * DAY);
    await w.clinician('Dr Cy', 1);
    await phq9(p, [2, 2, 2, 2, 2, 2, 2, 3, 0]);
    expect(connector.calls.filter((c) => JSON.stringify(c.body).includes('worse'))).toHaveLength(1);
    // Anxiety improving is no news for the clinician either.
    await gad7(p, [1, 1, 1, 0, 0, 0, 0]);
    expect(connector.calls.filter((c) => JSON.stringify(c.body).includes('worse'))).toHaveLength(1);
    const [audit] = await rt.svc.database.rows<{ n: number }>(sql`select count(*)::int as n from audit_events where action = 'score_worsening_noticed'`);
    expect(audit!.n).toBe(1);
  });

  it('the summary is a draft from the records: scores with their trend, safety, homework, check-ins, a few of their own words; also in Teams', async () => {
    const { rt: r, clock, w } = await world();
    rt = r;
    const ada = await w.clinician('Dr Ada', 1);
    const p = await WebPatient.create(rt, { locale: 'en-US', timezone: 'America/Chicago' });
    await p.say('hi');
    await p.say('yes'); // summaries question at enrolment
    await p.say('4');
    await p.say('flat');
    await phq9(p, [1, 1, 1, 1, 1, 1, 1, 1, 0]);
    await p.say('can we do a thought record?');
    for (const t of ['my boss ignored my email', 'I am going to get fired', 'anxious 80', 'she never answers quickly', 'she praised my report last week', 'none of those', 'she is busy and my work has been fine', '50']) await p.say(t);
    // A daily check-in at 6 pm that goes unanswered three times.
    expect((await w.admin('POST', `/api/admin/patients/${p.patientId}/check-in`, { time: '18:00' })).statusCode).toBe(204);
    for (let d = 0; d < 3; d++) {
      clock.advance(DAY);
      await rt.settle();
    }
    const { status, body } = await get<{ draft: boolean; text: string; facts: { flags: string[]; checkIns: { sent: number; answered: number } } }>(w, `/api/admin/patients/${p.patientId}/summary`);
    expect(status).toBe(200);
    expect(body.draft).toBe(true);
    expect(body.text).toMatch(/^DRAFT progress note for clinician review/);
    expect(body.text).toMatch(/PHQ-9: 8\/27 \(mild\) on 2026-11-02; the first one\./);
    expect(body.text).toMatch(/GAD-7: not completed yet\./);
    expect(body.text).toMatch(/Mood \(0–10\): 1 rating, average 4, lowest 4, latest 4/);
    expect(body.text).toMatch(/Exercises and homework: 1 thought record/);
    expect(body.text).toMatch(/Check-ins: daily at 18:00 local; 0 of 3 check-ins answered; the last 3 unanswered\./);
    expect(body.text).toMatch(/In their words: "I am going to get fired" \(thought record, 2026-11-02\); "she is busy and my work has been fine" \(balanced thought/);
    expect(body.text).toMatch(/Screening: no message screened as a risk\./);
    expect(body.facts.flags).toContain('check_ins_unanswered');

    const list = await get<{ patients: Array<{ id: string; latest: { phq9: { score: number; severity: string } | null }; flags: string[]; checkIns: { sent: number } }> }>(w, '/api/admin/patients?flag=check_ins_unanswered');
    expect(list.body.patients).toHaveLength(1);
    expect(list.body.patients[0]).toMatchObject({ id: p.patientId, latest: { phq9: { score: 8, severity: 'mild' } }, checkIns: { sent: 3 } });
    expect((await get<{ patients: unknown[] }>(w, '/api/admin/patients?flag=open_escalation')).body.patients).toHaveLength(0);

    // In Teams, by pseudonym, with the clinician's read audited.
    const [{ pseudonym }] = (await rt.svc.database.rows<{ pseudonym: string }>(sql`select pseudonym from patients where id = ${p.patientId}`)) as [{ pseudonym: string }];
    await w.say(ada, `summary ${pseudonym.toLowerCase()}`);
    const text = connector.textsTo(ada.conversation).at(-1)!;
    expect(text).toMatch(/DRAFT progress note/);
    expect(text).toContain('PHQ-9: 8/27 (mild)');
    // …and asks the patient for a GAD-7 from the chat: offered in the conversation.
    await w.say(ada, `gad7 ${pseudonym}`);
    expect(connector.textsTo(ada.conversation).at(-1)).toContain(`${pseudonym} has been asked to fill in the GAD-7`);
    await rt.settle();
    expect((await p.replies()).at(-1)).toMatch(/asked if you'd fill in the GAD-7/);
    await w.say(ada, 'summary P-ZZZZZ');
    expect(connector.textsTo(ada.conversation).at(-1)).toMatch(/No patient is called P-ZZZZZ/);
    const actions = await rt.svc.database.rows<{ action: string; actor_type: string; subject_id: string }>(
      sql`select action, actor_type, subject_id from audit_events where subject_id = ${p.patientId} order by id`,
    );
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(['patient_summary_read', 'teams_command:summary', 'teams_command:questionnaire']));
    // Message text stays out of the audit trail.
    expect(JSON.stringify(await rt.svc.database.rows(sql`select * from audit_events`))).not.toContain('fired');
  });

  it('an escalation card carries the between-session scores; the timeline pages back through everything, newest first', async () => {
    const { rt: r, w } = await world();
    rt = r;
    const ada = await w.clinician('Dr Ada', 1);
    const p = await WebPatient.create(rt, { locale: 'en-US', timezone: 'America/Chicago' });
    await p.say('hi');
    await p.say('yes'); // summaries question at enrolment
    await p.say('3');
    await p.say('low');
    await phq9(p, [2, 2, 2, 2, 1, 1, 1, 1, 0]);
    await p.say('I am going to kill myself tonight, I have the pills ready');
    const card = JSON.stringify(connector.cardsTo(ada.conversation).at(-1)!.body.attachments![0]!.content);
    expect(card).toContain('Between sessions (last 14 days)');
    expect(card).toContain('PHQ-9 12 (moderate) on 2026-11-02');
    expect(card).toContain('Mood 3');

    const summary = await get<{ text: string }>(w, `/api/admin/patients/${p.patientId}/summary`);
    expect(summary.body.text).toContain('Escalation (urgent, suicide plan intent) opened 2026-11-02: paged, still active; a clinician was paged 2026-11-02. They wrote: "I am going to kill myself tonight, I have the pills ready".');

    const all = await get<{ events: Array<{ type: string; at: string; text?: string; screening?: { level: string }; instrument?: string }>; nextCursor: string | null }>(
      w,
      `/api/admin/patients/${p.patientId}/timeline?limit=500`,
    );
    expect(all.status).toBe(200);
    expect(all.body.nextCursor).toBeNull();
    const kinds = new Set(all.body.events.map((e) => e.type));
    expect([...kinds].sort()).toEqual(['escalation_event', 'message', 'record']);
    expect(all.body.events.find((e) => e.screening?.level === 'urgent')?.text).toMatch(/pills ready/);
    const times = all.body.events.map((e) => Date.parse(e.at));
    expect(times).toEqual([...times].sort((a, b) => b - a));

    // Paging back in small pages loses and repeats nothing, even where a turn's messages share an instant.
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let i = 0; i < 100; i++) {
      const page: { body: { events: Array<{ type: string; at: string; text?: string; instrument?: string }>; nextCursor: string | null } } = await get(
        w,
        `/api/admin/patients/${p.patientId}/timeline?limit=5${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...page.body.events.map((e) => JSON.stringify(e)));
      cursor = page.body.nextCursor;
      if (!cursor) break;
    }
    expect(seen).toEqual(all.body.events.map((e) => JSON.stringify(e)));
    // Within a turn, newest first too: the crisis reply above the message that caused it.
    const trigger = all.body.events.findIndex((e) => e.screening?.level === 'urgent');
    expect(all.body.events.slice(0, trigger).some((e) => /on-call clinician/.test(e.text ?? ''))).toBe(true);

    const bad = await w.admin('GET', `/api/admin/patients/${p.patientId}/timeline?cursor=yesterday`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { code: string } }>().error.code).toBe('invalid_request');
  });

  it('an unanswered check-in gets one gentle reminder three hours on, then nothing; three unanswered in a row are noted to the clinician once', async () => {
    const { rt: r, clock, w } = await world();
    rt = r;
    const ada = await w.clinician('Dr Ada', 1);
    const p = await WebPatient.create(rt, { locale: 'en-US', timezone: 'UTC' });
    await p.say('hi');
    await p.say('yes'); // summaries question at enrolment
    expect((await w.admin('POST', `/api/admin/patients/${p.patientId}/check-in`, { time: '10:00' })).statusCode).toBe(204);
    const nudges = async (hours: number) => {
      let n = 0;
      for (let i = 0; i < hours; i++) {
        clock.advance(3_600_000);
        const before = (await p.replies()).length;
        await rt.settle();
        n += (await p.replies()).slice(before).filter((t) => /gentle nudge about today's check-in/.test(t)).length;
      }
      return n;
    };
    const noticed = () => connector.textsTo(ada.conversation).filter((t) => /hasn't answered their last \d+ check-ins/.test(t));
    // Days 1 and 2: a check-in at 10:00, one nudge at 13:00 each, nothing more.
    expect(await nudges(45)).toBe(2);
    expect(noticed()).toHaveLength(0);
    // Day 3: the third in a row without a reply is noted once, not urgent.
    expect(await nudges(24)).toBe(1);
    expect(noticed()).toHaveLength(1);
    expect(noticed()[0]).toMatch(/last 3 check-ins .*Not urgent, and nobody was paged/);
    expect(await w.escalations()).toHaveLength(0);
    // Day 4, still silent: no second note. Then they answer; day 5's check-in, answered, gets no nudge.
    expect(await nudges(24)).toBe(1);
    expect(noticed()).toHaveLength(1);
    clock.advance(21 * 3_600_000);
    await rt.settle();
    expect((await p.replies()).at(-1)).toMatch(/time for your check-in/);
    await p.say('6');
    await p.say('tired');
    expect(await nudges(6)).toBe(0);
  });

  it('the FHIR $everything bundle validates as R4: Patient, QuestionnaireResponses, LOINC totals, mood and an open escalation flag', async () => {
    const { rt: r, clock, w } = await world();
    rt = r;
    const p = await WebPatient.create(rt, { locale: 'es-MX', timezone: 'America/Mexico_City' });
    await p.say('hola');
    await p.say('sí'); // summaries question at enrolment
    await p.say('5');
    await p.say('cansada');
    await p.say('quiero hacer el cuestionario de depresión');
    for (const a of ['1', '2', '1', '2', '1', '0', '1', '0', '0', '1']) await p.say(a);
    clock.advance(DAY);
    await p.say('quiero hacer el cuestionario de ansiedad');
    for (const a of ['2', '2', '1', '1', '0', '0', '1', '0']) await p.say(a);
    await p.say('me quiero morir, ya tengo las pastillas');

    const res = await w.admin('GET', `/api/fhir/Patient/${p.patientId}/$everything`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/fhir\+json/);
    const bundle = res.json<{ resourceType: string; type: string; entry: Array<{ fullUrl: string; resource: Record<string, unknown> & { resourceType: string } }> }>();
    const result = new Fhir().validate(bundle, { errorOnUnexpected: true });
    expect(result.messages.filter((m) => m.severity === 'error')).toEqual([]);
    expect(result.valid).toBe(true);
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'searchset' });

    const of = (type: string) => bundle.entry.map((e) => e.resource).filter((x) => x.resourceType === type);
    expect(of('Patient')).toHaveLength(1);
    expect(JSON.stringify(of('Patient'))).not.toMatch(/\+\d{6,}/);
    const totals = of('Observation').filter((o) => JSON.stringify(o.code).includes('loinc'));
    expect(totals.map((o) => [(o.code as { coding: Array<{ code: string }> }).coding[0]!.code, o.valueInteger])).toEqual([
      ['44261-6', 8],
      ['70274-6', 7],
    ]);
    const [phq] = of('QuestionnaireResponse');
    expect(phq).toMatchObject({ status: 'completed', questionnaire: 'http://loinc.org/q/44249-1', subject: { reference: `Patient/${p.patientId}` } });
    expect((phq!.item as Array<{ linkId: string; answer: Array<{ valueCoding: { code: string } }> }>)[1]).toMatchObject({ linkId: '/44255-8', answer: [{ valueCoding: { code: 'LA6570-1' } }] });
    expect(of('Observation').filter((o) => JSON.stringify(o.code).includes('mood'))).toHaveLength(1);
    expect(of('Flag')).toHaveLength(1);
    expect(of('Flag')[0]).toMatchObject({ status: 'active', subject: { reference: `Patient/${p.patientId}` } });
    expect(new Set(bundle.entry.map((e) => e.fullUrl)).size).toBe(bundle.entry.length);

    // Nobody could be paged (no clinician registered): the Flag, the list and the summary say so.
    expect(JSON.stringify(of('Flag')[0])).toContain('no clinician paged yet');
    expect((await get<{ patients: Array<{ id: string; flags: string[] }> }>(w, '/api/admin/patients?flag=nobody_paged')).body.patients.map((x) => x.id)).toEqual([p.patientId]);
    expect((await get<{ text: string }>(w, `/api/admin/patients/${p.patientId}/summary`)).body.text).toMatch(/NOBODY HAS BEEN PAGED .* They wrote: "me quiero morir, ya tengo las pastillas"/);

    // The same export twice names the same resources (a receiving server updates, not duplicates).
    const again = (await w.admin('GET', `/api/fhir/Patient/${p.patientId}/$everything`)).json<typeof bundle>();
    expect(again.entry.map((e) => e.fullUrl)).toEqual(bundle.entry.map((e) => e.fullUrl));

    // The PHQ-9's items are the LOINC questionnaire's (linkId "/" + item code), with the difficulty question.
    expect((phq!.item as Array<{ linkId: string }>).map((i) => i.linkId)).toEqual(['/44250-9', '/44255-8', '/44259-0', '/44254-1', '/44251-7', '/44258-2', '/44252-5', '/44253-3', '/44260-8', '/69722-7']);

    // Errors are OperationOutcomes, and they validate too.
    for (const [url, status, token] of [
      ['/api/fhir/Patient/00000000-0000-4000-8000-000000000000/$everything', 404, ADMIN_TOKEN],
      ['/api/fhir/Patient/nope/$everything', 400, ADMIN_TOKEN],
      [`/api/fhir/Patient/${p.patientId}/$everything`, 401, 'wrong-token-0123456789'],
    ] as const) {
      const r = await rt.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
      expect(r.statusCode).toBe(status);
      expect(r.headers['content-type']).toMatch(/^application\/fhir\+json/);
      const outcome = r.json<{ resourceType: string }>();
      expect(outcome.resourceType).toBe('OperationOutcome');
      expect(new Fhir().validate(outcome, { errorOnUnexpected: true }).valid).toBe(true);
    }
    const metadata = await rt.app.inject({ method: 'GET', url: '/api/fhir/metadata' });
    expect(metadata.statusCode).toBe(200);
    expect(new Fhir().validate(metadata.json(), { errorOnUnexpected: true }).messages.filter((m) => m.severity === 'error')).toEqual([]);
    const [audited] = await rt.svc.database.rows<{ n: number }>(sql`select count(*)::int as n from audit_events where action = 'patient_fhir_exported' and subject_id = ${p.patientId}`);
    expect(audited!.n).toBe(2);
  });
});
