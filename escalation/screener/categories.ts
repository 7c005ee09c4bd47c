/** Category ordering and families used when assembling a screening result. */
import { CONCERN_CATEGORIES, URGENT_CATEGORIES } from '../screening.js';
import type { RiskCategory, RiskLevel } from '../screening.js';

/** Most severe first: every urgent category (in contract order), then every concern category. */
export const CATEGORY_ORDER: readonly RiskCategory[] = [...URGENT_CATEGORIES, ...CONCERN_CATEGORIES];

const RANK: ReadonlyMap<RiskCategory, number> = new Map(CATEGORY_ORDER.map((c, i) => [c, i]));
const URGENT_SET: ReadonlySet<RiskCategory> = new Set<RiskCategory>(URGENT_CATEGORIES);

export function levelOf(category: RiskCategory): RiskLevel {
  return URGENT_SET.has(category) ? 'urgent' : 'concern';
}

export function isRiskCategory(value: string): value is RiskCategory {
  return RANK.has(value as RiskCategory);
}

/** Sort categories most severe first (stable, de-duplicated). */
export function sortCategories(categories: Iterable<RiskCategory>): RiskCategory[] {
  return [...new Set(categories)].sort((a, b) => (RANK.get(a) ?? 99) - (RANK.get(b) ?? 99));
}

/** Categories that speak to the patient's own suicide or self-harm risk. */
export const SUICIDAL_FAMILY: ReadonlySet<RiskCategory> = new Set<RiskCategory>([
  'suicide_plan_intent', 'self_harm_active', 'overdose_taken', 'means_seeking', 'preparatory_behavior', 'goodbye_final_message',
  'command_hallucinations', 'passive_ideation', 'hopelessness', 'burden', 'past_attempt_current_distress', 'self_harm_urge',
  'ambiguous_needs_followup',
]);

/** Categories that make an anaphor ("do it", "tonight's the night") read as suicidal. */
export const TOPIC_FAMILY: ReadonlySet<RiskCategory> = new Set<RiskCategory>([
  'suicide_plan_intent', 'overdose_taken', 'means_seeking', 'preparatory_behavior', 'goodbye_final_message', 'passive_ideation', 'burden',
  'past_attempt_current_distress', 'ambiguous_needs_followup', 'self_harm_active',
]);
