/** Every pattern rule, in the order signals are reported. */
import type { PatternRule } from './rule-types.js';
import { MEANS_RULES } from './rules-means.js';
import { MEDICAL_RULES } from './rules-medical.js';
import { MOOD_RULES } from './rules-mood.js';
import { SELF_HARM_RULES } from './rules-self-harm.js';
import { SUICIDE_RULES } from './rules-suicide.js';
import { VIOLENCE_RULES } from './rules-violence.js';

export const PATTERN_RULES: readonly PatternRule[] = [
  ...SUICIDE_RULES,
  ...SELF_HARM_RULES,
  ...MEANS_RULES,
  ...VIOLENCE_RULES,
  ...MEDICAL_RULES,
  ...MOOD_RULES,
];
