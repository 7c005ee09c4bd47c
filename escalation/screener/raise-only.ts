/**
 * Merge an optional second opinion (e.g. a future LLM check) into a deterministic screening. It may
 * raise the level and add categories and signals; it can never lower the level or drop anything.
 */
import { maxLevel } from '../screening.js';
import type { RiskCategory, RiskLevel, Screening } from '../screening.js';
import { isRiskCategory, sortCategories } from './categories.js';

export interface SecondOpinion {
  level: RiskLevel;
  categories?: readonly string[];
  signals?: readonly string[];
}

// Signals are stored and logged, so only id-shaped strings from a second opinion are kept.
const SIGNAL_ID_RE = /^[a-z0-9][a-z0-9_.-]{0,63}$/;

export function raiseOnly(deterministic: Screening, secondOpinion: SecondOpinion): Screening {
  const level = maxLevel(deterministic.level, secondOpinion.level);
  const added: RiskCategory[] = (secondOpinion.categories ?? []).filter(isRiskCategory);
  const categories = level === 'none' ? [] : sortCategories([...deterministic.categories, ...added]);
  const signals = [...deterministic.signals];
  for (const s of secondOpinion.signals ?? []) {
    const id = `second_opinion.${s}`;
    if (SIGNAL_ID_RE.test(s) && !signals.includes(id)) signals.push(id);
  }
  if (level !== deterministic.level) signals.push('second_opinion.raised');
  return { level, categories, signals, version: deterministic.version };
}
