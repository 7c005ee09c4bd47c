/**
 * The screening contract: every patient turn is screened before anything else happens.
 * `screen()` is synchronous, local and deterministic (no network, no LLM); its result is stored
 * with the message and decides whether the turn goes to the crisis path, the C-SSRS follow-up
 * or the normal graph.
 */

export const RISK_LEVELS = ['none', 'concern', 'urgent'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** Categories whose presence makes a message urgent. */
export const URGENT_CATEGORIES = [
  'suicide_plan_intent',
  'self_harm_active',
  'overdose_taken',
  'means_seeking',
  'preparatory_behavior',
  'goodbye_final_message',
  'harm_to_others',
  'domestic_abuse',
  'child_safeguarding',
  'command_hallucinations',
  'eating_disorder_crisis',
  'medical_emergency',
] as const;

/** Categories that need a safety follow-up but are not an emergency. */
export const CONCERN_CATEGORIES = [
  'passive_ideation',
  'hopelessness',
  'burden',
  'past_attempt_current_distress',
  'self_harm_urge',
  'ambiguous_needs_followup',
  'intrusive_harm_thoughts',
  'abuse_unclear_or_past',
  'disordered_eating',
] as const;

export type UrgentCategory = (typeof URGENT_CATEGORIES)[number];
export type ConcernCategory = (typeof CONCERN_CATEGORIES)[number];
export type RiskCategory = UrgentCategory | ConcernCategory;

export interface Screening {
  level: RiskLevel;
  /** Risk categories found, most severe first; empty when level is 'none'. */
  categories: RiskCategory[];
  /**
   * Stable identifiers of the rules that fired (e.g. `intent.timeline`, `negation.self`).
   * Never message text: signals are stored and may be logged.
   */
  signals: string[];
  /** The screener's version, stored with every result so figures can be traced to code. */
  version: string;
}

export interface ScreenContext {
  /** The patient's previous few turns, oldest first, so risk built across messages is caught. */
  previous?: readonly string[];
  /** BCP 47 locale of the patient, e.g. `en-US`, `es-ES`; a hint only, text is screened in all languages. */
  locale?: string;
  /**
   * An urgent escalation is open for this patient (a crisis hold): what would be unremarkable on its
   * own ("I'm sitting in the car with it now", "I feel faint") is new danger. Its categories are
   * what such a message continues.
   */
  holding?: { categories: readonly RiskCategory[] };
}

export type Screener = (text: string, context?: ScreenContext) => Screening;

const ORDER: Record<RiskLevel, number> = { none: 0, concern: 1, urgent: 2 };

/** The higher of two levels. */
export function maxLevel(a: RiskLevel, b: RiskLevel): RiskLevel {
  return ORDER[a] >= ORDER[b] ? a : b;
}

export function levelAtLeast(level: RiskLevel, floor: RiskLevel): boolean {
  return ORDER[level] >= ORDER[floor];
}
