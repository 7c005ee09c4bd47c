import { describe, expect, it } from 'vitest';
import type { Screening } from '../escalation/screening.js';
import { decide } from './route.js';
import type { State } from './state.js';
import { testState } from './test-state.js';
import type { FlowId, TurnInput } from './types.js';

const AT = '2026-03-04T15:00:00.000Z';

function state(flow: FlowId, step: string, extra: Partial<State> = {}): State {
  return testState(flow, step, { lastMessageAt: AT, ...extra });
}

const NONE: Screening = { level: 'none', categories: [], signals: [], version: 't' };
const CONCERN: Screening = { level: 'concern', categories: ['hopelessness'], signals: ['hopeless.future'], version: 't' };
const MODEL_CONCERN: Screening = { level: 'concern', categories: ['ambiguous_needs_followup'], signals: ['model.risk'], version: 't' };
const URGENT: Screening = { level: 'urgent', categories: ['suicide_plan_intent'], signals: ['intent.timeline'], version: 't' };

function message(text: string, screening: Screening = NONE, activeEscalation = false): TurnInput {
  return { kind: 'message', messageId: 'm', text, screening, at: AT, context: { activeEscalation, escalation: null, onCall: true, channel: 'web', locale: 'en-US', timezone: 'UTC' } };
}

function checkIn(activeEscalation = false, at = AT): TurnInput {
  return { kind: 'event', eventId: 'e', event: 'checkin', at, context: { activeEscalation, escalation: null, onCall: true, channel: 'web', locale: 'en-US', timezone: 'UTC' } };
}

describe('what a turn means, by what is active and what arrives', () => {
  const active = {
    menu: state('menu', 'idle'),
    grounding: state('grounding', 'feel'),
    thoughtRecord: state('thought_record', 'thought'),
    safetyQuestion: state('cssrs', 'thoughts'),
    offer: state('cssrs', 'offer'),
    hold: state('crisis_hold', 'holding'),
  };

  it('"help" on its own gives the crisis numbers from anywhere outside the crisis path; "help me plan" is a request', () => {
    for (const s of [active.menu, active.grounding, active.thoughtRecord]) {
      for (const text of ['help', 'HELP!', 'help me', 'ayuda', 'necesito ayuda']) expect(decide(s, message(text)), text).toMatchObject({ type: 'enter', flow: 'resources' });
    }
    expect(decide(active.thoughtRecord, message('help me plan something for tomorrow'))).not.toMatchObject({ flow: 'resources' });
    expect(decide(active.safetyQuestion, message('help'))).toEqual({ type: 'continue' });
  });

  it('a planned activity is asked about when due, after the exercise under way, and never twice', () => {
    const plan = { id: 'p1', activity: 'a walk', area: null, whenText: 'today 3pm', at: '2026-03-04T15:00:00.000Z', followUpAt: '2026-03-04T16:00:00.000Z', status: 'planned' as const };
    const followUp = (at: string): TurnInput => ({ kind: 'event', eventId: 'f', event: 'followup', at, context: { activeEscalation: false, escalation: null, onCall: true, channel: 'web', locale: 'en-US', timezone: 'UTC' } });
    const profile = { onboarded: true, plans: [plan] };
    expect(decide(state('menu', 'idle', { profile }), followUp('2026-03-04T16:00:01.000Z'))).toMatchObject({ type: 'enter', flow: 'activity_review' });
    expect(decide(state('menu', 'idle', { profile }), followUp('2026-03-04T15:59:00.000Z'))).toEqual({ type: 'skip' });
    expect(decide(state('thought_record', 'thought', { profile, lastMessageAt: '2026-03-04T15:55:00.000Z' }), followUp('2026-03-04T16:00:01.000Z'))).toEqual({ type: 'skip', deferFollowUp: true });
    expect(decide(state('menu', 'idle', { profile: { onboarded: true, plans: [{ ...plan, asked: true }] } }), followUp('2026-03-04T16:00:01.000Z'))).toEqual({ type: 'skip' });
    expect(decide(state('cssrs', 'thoughts', { profile }), followUp('2026-03-04T16:00:01.000Z'))).toEqual({ type: 'skip' });
  });

  it('an urgent screening always goes to the crisis path, from anywhere', () => {
    for (const s of Object.values(active)) expect(decide(s, message('tonight is the night', URGENT, true))).toMatchObject({ type: 'enter', flow: 'crisis' });
  });

  it('during a hold, everything else is the hold’s to answer', () => {
    for (const t of ['stop', 'menu', 'breathing', 'when will someone call?']) expect(decide(active.hold, message(t, NONE, true))).toEqual({ type: 'continue' });
    expect(decide(active.hold, message('I feel hopeless', CONCERN, true))).toEqual({ type: 'continue' });
    expect(decide(active.hold, checkIn(true))).toEqual({ type: 'skip' });
  });

  it('a waiting safety question takes whatever arrives as its answer: menu words, exercise requests and check-ins do not abandon it', () => {
    for (const t of ['menu', 'stop', 'can we do breathing', 'no']) expect(decide(active.safetyQuestion, message(t))).toEqual({ type: 'continue' });
    expect(decide(active.safetyQuestion, message('yes, a lot', CONCERN))).toEqual({ type: 'continue' });
    expect(decide(active.safetyQuestion, checkIn())).toEqual({ type: 'skip' });
  });

  it('a concern starts the follow-up, pausing an exercise in progress so it can be resumed', () => {
    expect(decide(active.menu, message('nothing will ever change', CONCERN))).toEqual({ type: 'enter', flow: 'cssrs', suspend: false });
    expect(decide(active.grounding, message('nothing will ever change', CONCERN))).toEqual({ type: 'enter', flow: 'cssrs', suspend: true });
    expect(decide(active.offer, message('still hopeless', CONCERN))).toMatchObject({ type: 'enter', flow: 'cssrs' });
  });

  it('a concern only the model saw is not followed up inside a thought record, over a clear request, or about someone else', () => {
    expect(decide(active.thoughtRecord, message('everyone will see I am a fraud', MODEL_CONCERN))).toEqual({ type: 'continue' });
    expect(decide(active.menu, message('can we do some breathing', MODEL_CONCERN))).toEqual({ type: 'continue' }); // the menu reads the request
    expect(decide(active.menu, message('my friend said she wants to die', MODEL_CONCERN))).toEqual({ type: 'continue' });
    // An everyday question the intent model reads as a sleep question ("what am I supposed to do on my days off").
    expect(decide(active.menu, message('the same wake-up time every day just does not work with my night shifts, what do I do on days off', MODEL_CONCERN))).toEqual({ type: 'continue' });
    // A sign-off that says when they'll be back; a farewell with nothing to come back to is still asked about.
    expect(decide(active.menu, message("I'll leave it there for tonight, thank you for your help. Goodnight", MODEL_CONCERN))).toEqual({ type: 'continue' });
    expect(decide(active.menu, message('thank you for everything. this is the last time. goodbye', MODEL_CONCERN))).toMatchObject({ type: 'enter', flow: 'cssrs' });
    expect(decide(active.menu, message("goodnight, see you tomorrow. or not, doesn't matter anymore", MODEL_CONCERN))).toMatchObject({ type: 'enter', flow: 'cssrs' });
    // Outside those, even a weak concern gets its one gentle question.
    expect(decide(active.menu, message('everyone will see I am a fraud', MODEL_CONCERN))).toMatchObject({ type: 'enter', flow: 'cssrs' });
  });

  it('commands: menu words and exit words leave an exercise (kept as a draft), other words are answers', () => {
    expect(decide(active.grounding, message('stop'))).toEqual({ type: 'enter', flow: 'menu', leaving: true });
    expect(decide(active.thoughtRecord, message("i'm done with this"))).toEqual({ type: 'enter', flow: 'menu', leaving: true });
    expect(decide(active.thoughtRecord, message('menu'))).toEqual({ type: 'enter', flow: 'menu', leaving: true });
    expect(decide(active.thoughtRecord, message('back'))).toEqual({ type: 'continue' });
    expect(decide(active.thoughtRecord, message('I want to stop feeling like this'))).toEqual({ type: 'continue' });
    expect(decide(active.menu, message('stop'))).toEqual({ type: 'continue' });
  });

  it('asking for the exercise already under way picks it up; asking for another, as a request, switches', () => {
    expect(decide(state('safety_plan', 'coping'), message('can we start the safety plan now?'))).toEqual({ type: 'resume' });
    expect(decide(active.thoughtRecord, message('can we do breathing instead'))).toEqual({ type: 'enter', flow: 'breathing', leaving: true });
    expect(decide(active.thoughtRecord, message('my breathing got fast in the meeting'))).toEqual({ type: 'continue' });
    expect(decide(state('mood', 'rating'), message('3'))).toEqual({ type: 'continue' });
  });

  it('a check-in waits for an exercise in progress, but not for one abandoned hours ago', () => {
    expect(decide(active.grounding, checkIn())).toEqual({ type: 'skip', deferCheckIn: true });
    expect(decide(active.grounding, checkIn(false, '2026-03-04T20:00:00.000Z'))).toEqual({ type: 'enter', flow: 'mood', leaving: true });
    expect(decide(active.menu, checkIn())).toEqual({ type: 'enter', flow: 'mood', leaving: true });
    expect(decide(state('menu', 'idle', { profile: { onboarded: false } }), checkIn())).toEqual({ type: 'skip' });
  });
});

describe('around an urgent escalation and inside the safety plan', () => {
  const URGENT_OPEN = { level: 'urgent' as const, status: 'paged' as const, categories: ['overdose_taken' as const], paged: true, acknowledgedBy: null, openedAt: '2026-03-04T14:00:00.000Z' };
  function underCrisis(text: string, screening: Screening = NONE): TurnInput {
    const m = message(text, screening, true);
    return { ...m, context: { ...m.context, escalation: URGENT_OPEN } } as TurnInput;
  }
  const breathingFromHold = state('breathing', 'check', { returnTo: 'crisis_hold' });

  it('a concern in an exercise started from the hold does not start the safety questions: the crisis response is already under way', () => {
    expect(decide(breathingFromHold, underCrisis('nothing is ever going to change', CONCERN))).toEqual({ type: 'continue' });
    expect(decide(breathingFromHold, underCrisis('ya no quiero seguir con esto', CONCERN))).not.toMatchObject({ flow: 'cssrs' });
  });

  it('a goodbye typed in an exercise started from the hold is answered by the hold', () => {
    expect(decide(breathingFromHold, underCrisis('thanks for the breathing thing. bye'))).toEqual({ type: 'enter', flow: 'crisis_hold' });
    expect(decide(breathingFromHold, underCrisis('gonna sleep it off. night'))).toEqual({ type: 'enter', flow: 'crisis_hold' });
    expect(decide(breathingFromHold, underCrisis('done'))).not.toEqual({ type: 'enter', flow: 'crisis_hold' });
  });

  it('the first dark warning sign in the safety plan is followed up; after a no in this session the rest are the plan', () => {
    const plan = state('safety_plan', 'warningSigns');
    expect(decide(plan, message('feeling trapped', CONCERN))).toEqual({ type: 'enter', flow: 'cssrs', suspend: true });
    const watched = state('safety_plan', 'distractions', { watchUntil: '2026-03-05T03:00:00.000Z' });
    expect(decide(watched, message('when nothing feels like it will change', CONCERN))).toEqual({ type: 'continue' });
  });

  it('leaving an exercise in words that only sound dark is leaving it', () => {
    expect(decide(state('grounding', 'feel'), message("i'm done", { level: 'concern', categories: ['ambiguous_needs_followup'], signals: ['ambiguous.done'], version: 't' }))).toMatchObject({ type: 'enter', leaving: true });
    expect(decide(state('grounding', 'feel'), message('ya no quiero seguir con esto', MODEL_CONCERN))).toMatchObject({ type: 'enter', leaving: true });
  });
});
