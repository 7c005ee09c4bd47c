/** Shared helpers for the screener's unit tests. */
import type { RiskCategory, RiskLevel } from '../screening.js';
import { screen } from './index.js';

export function levelOf(text: string, previous?: readonly string[]): RiskLevel {
  return screen(text, previous === undefined ? undefined : { previous }).level;
}

export function categoriesOf(text: string, previous?: readonly string[]): RiskCategory[] {
  return screen(text, previous === undefined ? undefined : { previous }).categories;
}
