/**
 * Rule shapes shared by the rule tables. A pattern rule fires a feature (no category) or a risk hit
 * (with a category); guards say which traps may cancel a match. A combo rule raises a category when
 * features co-occur in the turn, or in the turn plus the patient's previous turns.
 */
import type { RiskCategory } from '../screening.js';
import { factored } from './factor.js';
import { gateClauses, splitTopLevel } from './prefilter.js';
import type { Clause } from './prefilter.js';

/** Cancel when a negation governs the match ("i would never kill myself", "suicide? lol no"). */
export const NEG = 1;
/** Cancel inside quotes or after a lyric/film/game or thought-record frame. */
export const QUOTE = 2;
/** Cancel when the subject is someone else ("my friend said she wanted to die"). */
export const THIRD = 4;
/** Cancel (or emit `past`) when the sentence places the act in remote history. */
export const HIST = 8;
/** Cancel when the turn carries a joke marker (hyperbole-prone rules only, never urgent acts). */
export const JOKE = 16;
/** Cancel when an idiom frame follows ("die of embarrassment", "killing myself laughing"). */
export const IDIOM = 32;
/** Cancel when the turn clarifies an ambiguous word ("by done i meant my job"). */
export const CLARIFY = 64;

/** Cancel when the turn jokes about an everyday annoyance ("i want to die, this lecture lol"). */
export const TRIVIAL = 128;

/** Default guard sets. */
export const STD = NEG | QUOTE;
export const SELF = NEG | QUOTE | THIRD;

export interface PatternRule {
  /** Stable signal id, e.g. `intent.timeline`; also the feature name combos refer to. */
  readonly id: string;
  readonly re: RegExp;
  /** Present for risk hits; absent for context features. */
  readonly category?: RiskCategory;
  readonly guards: number;
  /** Feature to emit instead when the HIST guard fires (e.g. a past attempt). */
  readonly past?: string;
  /** Sentence-level veto: if the sentence holding the match matches this, the match is dropped. */
  readonly unless?: RegExp;
  /** Sentence-level requirement: the match counts only when its sentence also matches this. */
  readonly onlyIf?: RegExp;
  /** Turn-level veto: if anything in the turn matches this, the match is dropped. */
  readonly unlessTurn?: RegExp;
  /** Keyword gate derived from `re` (prefilter.ts); null = always run. */
  readonly gate: readonly Clause[] | null;
  /**
   * The same pattern split into its top-level alternatives, each with its own gate, so a turn only
   * runs the alternatives whose words it contains (a 40-branch lexicon usually runs one or two).
   */
  readonly units: readonly RuleUnit[];
}

export interface RuleUnit {
  readonly re: RegExp;
  readonly gate: readonly Clause[] | null;
}

/** Gates come from the readable source; the regex that runs is its prefix-factored twin (factor.ts). */
function unitsOf(re: RegExp): RuleUnit[] {
  const whole: RuleUnit = { re: factored(re.source), gate: gateClauses(re.source) };
  const branches = splitTopLevel(re.source);
  if (branches === null) return [whole];
  const units = branches.map((b) => {
    const src = `\\b(?:${b})\\b`;
    return { re: factored(src), gate: gateClauses(src) };
  });
  // A branch with no usable words would run on every turn anyway: keep one regex then.
  return units.some((u) => u.gate === null) ? [whole] : units;
}

export interface RuleOptions {
  readonly past?: string;
  readonly unless?: RegExp;
  readonly onlyIf?: RegExp;
  readonly unlessTurn?: RegExp;
}

export function rule(
  id: string,
  category: RiskCategory | null,
  re: RegExp,
  guards: number,
  opts: RuleOptions = {},
): PatternRule {
  return {
    id,
    re,
    guards,
    gate: gateClauses(re.source),
    units: unitsOf(re),
    ...(category === null ? {} : { category }),
    ...(opts.past === undefined ? {} : { past: opts.past }),
    ...(opts.unless === undefined ? {} : { unless: opts.unless }),
    ...(opts.onlyIf === undefined ? {} : { onlyIf: opts.onlyIf }),
    ...(opts.unlessTurn === undefined ? {} : { unlessTurn: opts.unlessTurn }),
  };
}

export interface ComboRule {
  readonly id: string;
  readonly category: RiskCategory;
  /** Every group must hold; a group holds when any of its features fired. */
  readonly all: readonly (readonly string[])[];
  /** Indexes of groups that the previous turns may satisfy (the others must be in this turn). */
  readonly fromContext?: readonly number[];
  /** Features in this turn that veto the combo. */
  readonly unless?: readonly string[];
}
