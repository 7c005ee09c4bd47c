import type { Copy } from './copy/en.js';
import type { ContentHit } from '../content/retrieve.js';
import type { Llm } from './llm.js';
import type { Profile, State } from './state.js';
import type { Screening } from '../escalation/screening.js';
import type { CheckInSettings, EscalationView, FlowId, QuickReply, Reply, TurnAction } from './types.js';

/** Locale-resolved safety text that flows weave into what they say. */
export interface SafetyText {
  /** "call or text 988 …, or call 911 in an emergency" */
  crisisLine: string;
  /** "call 911 now" style wording for immediate danger. */
  emergencyLine: string;
  /** Just the crisis lines ("call or text 988 …"), to weave into a sentence. */
  lines: string;
  /** The full resources message. */
  resources: string;
  /** The region's line for a child at risk ("call or text Childhelp …"), where there is one. */
  childLines?: string | null;
}

export interface FlowContext {
  state: State;
  /** The patient's message ('' for events). */
  text: string;
  now: Date;
  copy: Copy;
  safety: SafetyText;
  botName: string;
  clinicName: string;
  /** An escalation for this patient is active (open … taken over). */
  activeEscalation: boolean;
  /** That escalation as the bot may describe it (who was paged, who has it), or null. */
  escalation: EscalationView | null;
  /** A clinician is on shift now. */
  onCall: boolean;
  /** This turn's screening (messages only). */
  screening: Screening | null;
  /** The patient's language (`en`, `es`), for generated text. */
  language: string;
  /** The patient's locale (`en-US`, `es-MX`): how times are written (12- or 24-hour). */
  locale: string;
  /** The channel of this turn: on SMS, STOP/QUIT/CANCEL are carrier opt-out words, so flows say MENU. */
  channel: 'web' | 'sms';
  /** The IANA time zone of the patient (for scheduling). */
  timezone: string;
  /** The patient's check-in schedule as it is now (null: none). */
  checkIns: CheckInSettings | null;
  /** Their quiet hours, "HH:MM-HH:MM" local: nothing unprompted is sent then. */
  quietHours: string;
  /** Whether what the bot starts goes to them by text (`linked`), could (`available`: they can add a number in the chat), or cannot (`off`). */
  texts: 'linked' | 'available' | 'off';
  /** Present when an LLM is configured; every use has a scripted fallback. */
  llm?: Llm | undefined;
  /** Searches the vetted psychoeducation library in the patient's language. */
  searchContent?: ((query: string) => Promise<ContentHit[]>) | undefined;
}

export interface StepResult {
  say?: Reply[];
  /** Stay in this flow at this step. */
  step?: string;
  /** Replace this flow's data. */
  data?: Record<string, unknown>;
  /** Enter another flow in this same turn (its `start` runs next). */
  goto?: FlowId;
  /** Leave this flow for where it was started from (`returnTo`, else the menu). */
  finish?: boolean;
  /** Where the flow being entered returns when it finishes. */
  returnTo?: FlowId | null;
  /** The data the flow entered by `goto` starts with (its `start` reads `ctx.state.data`). */
  with?: Record<string, unknown>;
  /**
   * With `goto` (a safety follow-up): this flow is paused at `step`/`data` instead of left, and is
   * resumed (its `resume`) when the flow entered finishes.
   */
  suspend?: boolean;
  /** Go back to the exercise a safety follow-up paused (`state.suspended`), where it was. */
  resumeSuspended?: boolean;
  /** With `resumeSuspended`: the exercise reads the answer the follow-up interrupted, instead of asking again. */
  replay?: boolean;
  actions?: TurnAction[];
  profile?: Partial<Profile>;
  watchUntil?: string | null;
}

export interface Flow {
  id: FlowId;
  /** Entering the flow: usually says its first prompt. */
  start(ctx: FlowContext): StepResult | Promise<StepResult>;
  /** A patient message while in the flow, at `ctx.state.step`. */
  reply(ctx: FlowContext): StepResult | Promise<StepResult>;
  /**
   * Picks the flow up again at `ctx.state.step` with `ctx.state.data` (after a safety follow-up
   * paused it, or days later): says the current step's prompt again. Flows without it start over.
   */
  resume?(ctx: FlowContext): StepResult | Promise<StepResult>;
}

export function say(text: string, quickReplies?: readonly (string | QuickReply)[]): Reply {
  if (!quickReplies?.length) return { text };
  return { text, quickReplies: quickReplies.map((q) => (typeof q === 'string' ? { label: q, value: q } : q)) };
}
