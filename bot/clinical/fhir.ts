import { createHash } from 'node:crypto';
import type { Bundle, BundleEntry, Flag, Observation, Patient, QuestionnaireResponse, Resource } from '@medplum/fhirtypes';
import { questionnairesEn } from '../../graph/copy/questionnaires-en.js';
import type { Instrument } from '../../graph/questionnaires.js';
import { GAD7_ITEMS, PHQ9_ITEMS } from '../../graph/questionnaires.js';
import type { PatientFacts, QuestionnaireRecord } from './facts.js';

/**
 * `Patient/:id/$everything` as a FHIR R4 searchset Bundle: the Patient (pseudonym only: no name or
 * phone number leaves in an export meant for the EHR's matching by the clinic's own records), a
 * QuestionnaireResponse per completed PHQ-9 / GAD-7 with its answers as LOINC answer codes, an
 * Observation for each total (LOINC 44261-6, 70274-6) and each mood rating, and a Flag for an
 * escalation still open. Resource ids are stable (derived from our row ids), so exporting twice
 * updates rather than duplicates in a receiving server.
 */

const LOINC = 'http://loinc.org';
const OUR_CODES = 'urn:cbt-companion:code';
const PSEUDONYMS = 'urn:cbt-companion:pseudonym';
const SURVEY = { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'survey', display: 'Survey' }] };

/** Each panel's LOINC codes: items in order (the LOINC Questionnaire's linkIds are "/" + code), the total, the difficulty question. */
const PANELS: Record<Instrument, { panel: string; total: string; totalDisplay: string; items: readonly string[]; codes: readonly string[]; difficulty: string; text: Record<string, string> }> = {
  phq9: {
    panel: '44249-1',
    total: '44261-6',
    totalDisplay: 'Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]',
    items: PHQ9_ITEMS,
    codes: ['44250-9', '44255-8', '44259-0', '44254-1', '44251-7', '44258-2', '44252-5', '44253-3', '44260-8'],
    difficulty: '69722-7',
    text: questionnairesEn.phq9.items,
  },
  gad7: {
    panel: '69737-5',
    total: '70274-6',
    totalDisplay: 'Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]',
    items: GAD7_ITEMS,
    codes: ['69725-0', '68509-9', '69733-4', '69734-2', '69735-9', '69689-8', '69736-7'],
    difficulty: '69726-8',
    text: questionnairesEn.gad7.items,
  },
};

const DIFFICULTY_TEXT =
  'If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?';

/** LOINC answer list for the difficulty question, by value 0–3. */
const DIFFICULTY = [
  { code: 'LA6572-7', display: 'Not difficult at all' },
  { code: 'LA6573-5', display: 'Somewhat difficult' },
  { code: 'LA6575-0', display: 'Very difficult' },
  { code: 'LA6574-3', display: 'Extremely difficult' },
] as const;

/** LOINC answer list LL358-3 (frequency over the last 2 weeks), by value 0–3. */
const ANSWERS = [
  { code: 'LA6568-5', display: 'Not at all' },
  { code: 'LA6569-3', display: 'Several days' },
  { code: 'LA6570-1', display: 'More than half the days' },
  { code: 'LA6571-9', display: 'Nearly every day' },
] as const;

/** A stable UUID for one of our resources (name-based, SHA-1, RFC 9562 version 5 layout). */
export function resourceUuid(kind: string, id: string): string {
  const h = createHash('sha1').update(`${kind}:${id}`).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

function questionnaireResponse(patientRef: string, q: QuestionnaireRecord, id: string): QuestionnaireResponse {
  const def = PANELS[q.instrument];
  return {
    resourceType: 'QuestionnaireResponse',
    id,
    questionnaire: `${LOINC}/q/${def.panel}`,
    status: 'completed',
    subject: { reference: patientRef },
    authored: q.at.toISOString(),
    item: [
      ...def.items.map((key, i) => {
        const value = q.answers[String(i + 1)];
        const answer = typeof value === 'number' ? ANSWERS[value] : undefined;
        return { linkId: `/${def.codes[i]}`, text: def.text[key], ...(answer ? { answer: [{ valueCoding: { system: LOINC, ...answer } }] } : {}) };
      }),
      ...(q.difficulty !== null && DIFFICULTY[q.difficulty]
        ? [{ linkId: `/${def.difficulty}`, text: DIFFICULTY_TEXT, answer: [{ valueCoding: { system: LOINC, ...DIFFICULTY[q.difficulty] } }] }]
        : []),
    ],
  };
}

function totalObservation(patientRef: string, q: QuestionnaireRecord, id: string, responseRef: string): Observation {
  const def = PANELS[q.instrument];
  return {
    resourceType: 'Observation',
    id,
    status: 'final',
    category: [SURVEY],
    code: { coding: [{ system: LOINC, code: def.total, display: def.totalDisplay }], text: `${q.instrument === 'phq9' ? 'PHQ-9' : 'GAD-7'} total score` },
    subject: { reference: patientRef },
    effectiveDateTime: q.at.toISOString(),
    valueInteger: q.score,
    interpretation: [{ text: `${q.severity.replace('_', ' ')}${q.item9 ? `; item 9 ${q.item9}` : ''}` }],
    derivedFrom: [{ reference: responseRef }],
  };
}

/** The Bundle for one patient. `base` is the server's FHIR base URL, for the bundle's self link. */
export function everything(f: PatientFacts, now: Date, base: string): Bundle {
  const p = f.patient;
  const patientRef = `Patient/${p.id}`;
  const entries: BundleEntry[] = [];
  const add = (resource: Resource & { id: string }, mode: 'match' | 'include') =>
    entries.push({ fullUrl: `${base}/${resource.resourceType}/${resource.id}`, resource, search: { mode } });

  const patient: Patient = {
    resourceType: 'Patient',
    id: p.id,
    identifier: [{ system: PSEUDONYMS, value: p.pseudonym }],
    active: p.enrolment === 'active',
    communication: [{ language: { coding: [{ system: 'urn:ietf:bcp:47', code: p.locale }] }, preferred: true }],
  };
  add(patient as Patient & { id: string }, 'match');

  for (const q of f.questionnaires) {
    const qrId = resourceUuid('QuestionnaireResponse', q.id);
    add(questionnaireResponse(patientRef, q, qrId) as QuestionnaireResponse & { id: string }, 'include');
    add(totalObservation(patientRef, q, resourceUuid('Observation', q.id), `QuestionnaireResponse/${qrId}`) as Observation & { id: string }, 'include');
  }
  for (const m of f.mood.series) {
    const mood: Observation = {
      resourceType: 'Observation',
      id: resourceUuid('Observation:mood', m.id),
      status: 'final',
      category: [SURVEY],
      code: { coding: [{ system: OUR_CODES, code: 'mood-0-10', display: 'Self-rated mood, 0 (worst) to 10 (best)' }], text: 'Self-rated mood (0–10)' },
      subject: { reference: patientRef },
      effectiveDateTime: m.at.toISOString(),
      valueInteger: m.score,
    };
    add(mood as Observation & { id: string }, 'include');
  }
  for (const e of f.escalations.filter((x) => x.status !== 'resolved')) {
    const flag: Flag = {
      resourceType: 'Flag',
      id: resourceUuid('Flag', e.id),
      status: 'active',
      category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/flag-category', code: 'safety', display: 'Safety' }] }],
      code: {
        coding: [{ system: OUR_CODES, code: `escalation-${e.level}`, display: `Open ${e.level} safety escalation` }],
        text: `Open ${e.level} safety escalation (${e.status.replace('_', ' ')}; ${e.firstPagedAt ? 'a clinician was paged' : 'no clinician paged yet'}): ${e.categories.join(', ').replaceAll('_', ' ')}`,
      },
      subject: { reference: patientRef },
      period: { start: e.openedAt.toISOString() },
    };
    add(flag as Flag & { id: string }, 'include');
  }
  return {
    resourceType: 'Bundle',
    id: resourceUuid('Bundle', `${p.id}:${now.toISOString()}`),
    meta: { lastUpdated: now.toISOString() },
    type: 'searchset',
    timestamp: now.toISOString(),
    total: 1,
    link: [{ relation: 'self', url: `${base}/Patient/${p.id}/$everything` }],
    entry: entries,
  };
}

const ISSUE_CODES: Record<number, string> = { 400: 'invalid', 401: 'login', 403: 'forbidden', 404: 'not-found', 503: 'transient' };

/** An error as FHIR clients read it. */
export function operationOutcome(status: number, code: string, message: string): Record<string, unknown> {
  return { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: ISSUE_CODES[status] ?? 'processing', details: { coding: [{ system: OUR_CODES, code }], text: message } }] };
}
