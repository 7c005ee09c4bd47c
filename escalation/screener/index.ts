// Placeholder until the layered screener lands: flags only unambiguous statements.
import type { ScreenContext, Screening } from '../screening.js';

export const SCREENER_VERSION = '0.0.0-placeholder';

export function screen(text: string, _context?: ScreenContext): Screening {
  const t = text.toLowerCase();
  if (/\b(kill myself|end my life|suicide)\b/.test(t)) {
    return { level: 'urgent', categories: ['suicide_plan_intent'], signals: ['placeholder.intent'], version: SCREENER_VERSION };
  }
  if (/\b(hopeless|better off without me)\b/.test(t)) {
    return { level: 'concern', categories: ['hopelessness'], signals: ['placeholder.concern'], version: SCREENER_VERSION };
  }
  return { level: 'none', categories: [], signals: [], version: SCREENER_VERSION };
}
