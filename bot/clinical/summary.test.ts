import { describe, expect, it } from 'vitest';
import type { PatientFacts, ScoreTrend } from './facts.js';
import { cardLines, summarise } from './summary.js';

const none: ScoreTrend = { latest: null, previous: null, change: null, series: [] };

function facts(over: Partial<PatientFacts['patient']>, intake: PatientFacts['intake']): PatientFacts {
  const at = new Date('2026-04-14T15:00:00Z');
  return {
    patient: { id: 'p', pseudonym: 'P-ABCDE', locale: 'en-US', lastChannel: 'web', createdAt: at, shareSummaries: true, shareSummariesAt: at, ...over } as PatientFacts['patient'],
    from: new Date('2026-04-10T00:00:00Z'),
    to: new Date('2026-04-20T00:00:00Z'),
    phq9: none,
    gad7: none,
    mood: none,
    questionnaires: [],
    screenings: { concern: 0, urgent: 0 },
    escalations: [],
    exercises: { thoughtRecords: 0, activitiesPlanned: 0, activitiesDone: 0, activitiesPartly: 0, activitiesNotDone: 0, problemSolving: 0, worryTime: 0, thinkingTraps: 0, safetyPlanUpdated: null, sleepPlans: 0, other: {} },
    activities: [],
    schedule: null,
    checkIns: { sent: 0, answered: 0, unansweredInARow: 0 },
    quotes: [],
    lastMessageAt: at,
    intake,
  };
}

const told = { at: new Date('2026-04-14T15:05:00Z'), declined: false, preferredName: 'Sam', helpWith: 'worry about work at night', goals: 'sleep by midnight', checkInTime: '19:00' };

describe('what the clinician reads of the intake and the consent', () => {
  it('the draft opens with the consent and the intake; the card carries the name and the ask', () => {
    const f = facts({}, told);
    expect(summarise(f).text).toMatch(/Summaries: agreed by the patient on 2026-04-14\.\nIntake \(2026-04-14\): goes by "Sam"; wants help with "worry about work at night"; goals "sleep by midnight"; chose a daily check-in at 19:00\./);
    expect(cardLines(f)[0]).toBe('Intake: goes by "Sam"; wants help with "worry about work at night".');
  });

  it('declined: no scores, intake or words in the draft or on the card', () => {
    const f = facts({ shareSummaries: false }, told);
    const text = summarise(f).text;
    expect(text).toMatch(/chose not to have summaries shared/);
    expect(text).not.toMatch(/Sam|Intake|Mood|PHQ-9:/);
    expect(cardLines(f)).toEqual(['The patient chose not to share summaries between sessions.']);
  });

  it('not asked (enrolled before the question) and intake put off are said as such', () => {
    const text = summarise(facts({ shareSummaries: null, shareSummariesAt: null }, { ...told, declined: true, preferredName: null, helpWith: null, goals: null, checkInTime: null })).text;
    expect(text).toMatch(/Summaries: not asked/);
    expect(text).toMatch(/Intake: put off by the patient on 2026-04-14/);
  });
});
