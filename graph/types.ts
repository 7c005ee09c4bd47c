import type { QuickReply } from '../db/schema/messages.js';
import type { RiskCategory, Screening } from '../escalation/screening.js';
import type { EscalationView } from '../escalation/view.js';

export type { EscalationView };

export type { QuickReply };

export interface Reply {
  text: string;
  quickReplies?: QuickReply[];
}

/** What the pipeline knows about the conversation outside the graph. */
export interface TurnContext {
  /** An escalation for this patient is open, paged, acknowledged or taken over. */
  activeEscalation: boolean;
  /** That escalation, when there is one. */
  escalation: EscalationView | null;
  /** A clinician is on shift now (someone can be paged). */
  onCall: boolean;
  channel: 'web' | 'sms';
  locale: string;
  /** IANA time zone. */
  timezone: string;
  /** The patient's scheduled check-ins, as they are now (null: none set up). */
  checkIns?: CheckInSettings | null;
  /** The patient's quiet hours, local "HH:MM-HH:MM" (their own, or the clinic's). */
  quietHours?: string;
  /** Texts: the patient has a number that is texted (`linked`), could add one (`available`), or this service sends no SMS (`off`). */
  texts?: 'linked' | 'available' | 'off';
}

export interface CheckInSettings {
  /** Local "HH:MM". */
  localTime: string;
  /** "0123456", 0 = Sunday. */
  days: string;
  active: boolean;
  /** ISO instant: none is sent before it (the patient asked for a break). */
  pausedUntil: string | null;
  /** Local "HH:MM-HH:MM" in which nothing unprompted is sent. */
  quietHours: string;
}

export type TurnInput =
  | { kind: 'message'; messageId: string; text: string; screening: Screening; at: string; context: TurnContext }
  /**
   * `handback`: a clinician returned the conversation; `checkin`: a scheduled check-in is due;
   * `followup`: an activity the patient planned is due to be asked about; `questionnaire`: the PHQ-9
   * or GAD-7 is offered (`detail`: "phq9:clinician" when the care team asked, "phq9:due" when it is time);
   * `reminder`: a check-in has gone unanswered for a few hours (one gentle nudge, if it is still waiting).
   */
  | { kind: 'event'; eventId: string; event: 'handback' | 'checkin' | 'followup' | 'questionnaire' | 'reminder'; detail?: string | null; at: string; context: TurnContext };

/** Side effects the pipeline performs, in the same transaction that stores the replies. */
export type TurnAction =
  | {
      type: 'escalate';
      level: 'urgent' | 'concern';
      reason: string;
      categories: RiskCategory[];
      cssrs?: Record<string, boolean>;
    }
  | { type: 'record'; instrument: string; score: number | null; items: Record<string, unknown> }
  /** The patient changed their check-ins in words: paused until an instant, off, back on, or at a new local time. */
  | { type: 'check_in'; change: 'pause' | 'off' | 'resume' | 'time'; until?: string; localTime?: string }
  /** The patient's answer at enrolment: may their care team have summaries of what they do here. */
  | { type: 'consent'; shareSummaries: boolean }
  /** Ask about a planned activity at `at` (an instant), or stop asking (`at: null`). */
  | { type: 'follow_up'; planId: string; at: string | null };

export interface TurnOutput {
  replies: Reply[];
  actions: TurnAction[];
}

export const FLOW_IDS = [
  'onboarding',
  'menu',
  'mood',
  'cssrs',
  'crisis',
  'crisis_hold',
  'grounding',
  'breathing',
  'safety_plan',
  'resources',
  'learn',
  'thought_record',
  'activation',
  'problem_solving',
  'worry_time',
  'questionnaire',
  'activity_review',
  'mood_after',
  'thinking_traps',
  'sleep_wind_down',
] as const;
export type FlowId = (typeof FLOW_IDS)[number];
