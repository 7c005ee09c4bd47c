import { Annotation } from '@langchain/langgraph';
import type { FlowId, Reply, TurnAction, TurnInput } from './types.js';

/** Sent with each turn's input to empty a per-turn list before the nodes append to it. */
export const RESET = { reset: true } as const;
type Reset = typeof RESET;

function appendOrReset<T>(current: T[], update: T[] | Reset): T[] {
  return Array.isArray(update) ? [...current, ...update] : [];
}

/** A finished thought record as the patient can see it again (the full record is stored encrypted with the responses). */
export interface SavedThoughtRecord {
  /** ISO time it was finished. */
  at: string;
  situation: string | null;
  thought: string | null;
  /** "anxious 80 → 40; sad 60" */
  feelings: string | null;
  balanced: string | null;
  /** Kept since 2026-12-07 (older records have none). */
  evidenceFor?: string | null;
  evidenceAgainst?: string | null;
  /** The thinking traps picked, by name, as shown. */
  traps?: string | null;
}

/** What the bot remembers about the patient across flows. */
export interface Profile {
  onboarded: boolean;
  lastMood?: number;
  /** When lastMood was given (ISO): a rating this recent counts as the mood before an exercise. */
  lastMoodAt?: string;
  /** Mood (0-10) before and after each exercise, newest last: what helps this patient. */
  exerciseMoods?: ExerciseMood[];
  safetyPlan?: Record<string, string>;
  /**
   * The crisis hold under way, remembered across the menu and exercises: when it began (it belongs to
   * the urgent escalation opened then) and whether the patient has said they already took something.
   */
  hold?: { since: string; took: boolean };
  /** The patient's last few finished thought records, to show them again ("show my thought records"). */
  thoughtRecords?: SavedThoughtRecord[];
  /** The last few problem-solving plans (the option chosen and its first step), to show again. */
  solved?: Array<{ at: string; problem: string | null; option: string | null; firstStep: string | null; whenText: string | null; whenAt: string | null; options?: string[] }>;
  /** Activities planned in behavioural activation, and how they went: listed, changed, followed up. */
  plans?: SavedPlan[];
  /** The daily worry time set up, and the worries parked for it (newest last): listed and changed on request. */
  worryTime?: { slot: string | null; minutes: number; parked: string[]; setAt?: string };
  /** The library sections given lately, and when: sleep trouble told again is not given the same one. */
  shownSections?: Array<{ key: string; at: string }>;
  /** The last questionnaire scored, so "is 11 bad?" can be answered about it. */
  /** The questionnaire the care team asked for and the patient has not done yet (offered, then put off). */
  requestedQuestionnaire?: 'phq9' | 'gad7';
  lastScore?: { instrument: 'phq9' | 'gad7'; score: number | null; severity: 'minimal' | 'mild' | 'moderate' | 'moderately_severe' | 'severe' | null; missing?: number; at: string };
}

export interface ExerciseMood {
  flow: FlowId;
  before: number | null;
  after: number | null;
  at: string;
}

/** One planned activity. `followUpAt`: when the bot asks how it went (null: no follow-up scheduled). */
export interface SavedPlan {
  id: string;
  activity: string;
  area: string | null;
  /** The patient's words for when, and the instant they were read as (null: kept as a note). */
  whenText: string;
  at: string | null;
  followUpAt: string | null;
  status: 'planned' | 'done' | 'partly' | 'not_done' | 'cancelled';
  /** The follow-up was asked (answered or not): never asked twice. */
  asked?: boolean;
  moodBefore?: number | null;
  moodAfter?: number | null;
}

/** An exercise paused where it was (by a safety follow-up, or left half-way), to be picked up again. */
export interface Paused {
  flow: FlowId;
  step: string;
  data: Record<string, unknown>;
  returnTo: FlowId | null;
  /** ISO time it was paused. */
  at: string;
  /** The answer that started the safety follow-up: given to the exercise if the follow-up ends in a clear no. */
  pending?: string;
}

export interface LastTurn {
  id: string;
  replies: Reply[];
  actions: TurnAction[];
}

export const ConversationState = Annotation.Root({
  /** This turn's input. */
  input: Annotation<TurnInput | null>({ reducer: (_, u) => u, default: () => null }),
  /** Replies produced this turn (reset at the start of each). */
  replies: Annotation<Reply[], Reply[] | Reset>({ reducer: appendOrReset, default: () => [] }),
  /** Side effects requested this turn (reset at the start of each). */
  actions: Annotation<TurnAction[], TurnAction[] | Reset>({ reducer: appendOrReset, default: () => [] }),
  /** The flow the conversation is in, and its step. */
  flow: Annotation<FlowId>({ reducer: (_, u) => u, default: () => 'onboarding' }),
  step: Annotation<string>({ reducer: (_, u) => u, default: () => 'start' }),
  /** The current flow's answers so far. */
  data: Annotation<Record<string, unknown>>({ reducer: (_, u) => u, default: () => ({}) }),
  /** This turn needs no flow at all (an event that does not apply now). */
  skip: Annotation<boolean>({ reducer: (_, u) => u, default: () => false }),
  /** A flow to enter in this same turn (routing only; null at rest). */
  entering: Annotation<FlowId | null>({ reducer: (_, u) => u, default: () => null }),
  /** Where a short exercise returns when it ends (the menu unless started from the crisis hold). */
  returnTo: Annotation<FlowId | null>({ reducer: (_, u) => u, default: () => null }),
  profile: Annotation<Profile, Partial<Profile>>({ reducer: (a, u) => ({ ...a, ...u }), default: () => ({ onboarded: false }) }),
  /** After a negative C-SSRS, the rest of the session is watched more closely (ISO time it ends). */
  watchUntil: Annotation<string | null>({ reducer: (_, u) => u, default: () => null }),
  /** The exercise a safety follow-up interrupted: resumed where it was when the follow-up ends. */
  suspended: Annotation<Paused | null>({ reducer: (_, u) => u, default: () => null }),
  /** This turn gives the exercise being resumed the answer a safety follow-up interrupted (read as its reply). */
  replaying: Annotation<string | null>({ reducer: (_, u) => u, default: () => null }),
  /** This turn enters a flow by picking it up again (its `resume`), not from the start. */
  resuming: Annotation<boolean>({ reducer: (_, u) => u, default: () => false }),
  /** Exercises left half-way, by flow: offered again the next time the patient starts that exercise. */
  drafts: Annotation<Partial<Record<FlowId, Paused>>>({ reducer: (_, u) => u, default: () => ({}) }),
  /** A check-in came due during an exercise: it is asked when the exercise ends. */
  checkInDue: Annotation<boolean>({ reducer: (_, u) => u, default: () => false }),
  /** A questionnaire offer ("phq9:clinician") came during an exercise: made when it ends. */
  questionnaireDue: Annotation<string | null>({ reducer: (_, u) => u, default: () => null }),
  /** A planned activity's follow-up came due during an exercise: asked when it ends. */
  followUpDue: Annotation<boolean>({ reducer: (_, u) => u, default: () => false }),
  /** The exercise under way whose mood is asked when it ends, and the mood before it (if known). */
  bracket: Annotation<{ flow: FlowId; before: number | null } | null>({ reducer: (_, u) => u, default: () => null }),
  /** When the patient last wrote (ISO): an exercise untouched for hours no longer holds a check-in back. */
  lastMessageAt: Annotation<string | null>({ reducer: (_, u) => u, default: () => null }),
  /** The last input handled and what it produced: replaying the same input returns this, unchanged. */
  lastTurn: Annotation<LastTurn | null>({ reducer: (_, u) => u, default: () => null }),
});

export type State = typeof ConversationState.State;
export type StateUpdate = typeof ConversationState.Update;
