import { describe, expect, it } from 'vitest';
import { RISK_LEVELS } from '../screening.js';
import type { Screening } from '../screening.js';
import { SCREENER_VERSION, raiseOnly, screen } from './index.js';

const base = (level: Screening['level']): Screening => screen(level === 'urgent' ? 'I took 40 pills an hour ago' : level === 'concern' ? 'I wish I was dead' : 'hello');

describe('raiseOnly', () => {
  it('never lowers the deterministic level, whatever the second opinion says', () => {
    for (const det of RISK_LEVELS) {
      for (const second of RISK_LEVELS) {
        const d = base(det);
        const merged = raiseOnly(d, { level: second });
        const order = { none: 0, concern: 1, urgent: 2 };
        expect(order[merged.level]).toBeGreaterThanOrEqual(order[d.level]);
        expect(order[merged.level]).toBe(Math.max(order[d.level], order[second]));
      }
    }
  });

  it('keeps every deterministic category and signal', () => {
    const d = base('urgent');
    const merged = raiseOnly(d, { level: 'none', categories: [], signals: [] });
    expect(merged.categories).toEqual(d.categories);
    expect(merged.signals).toEqual(d.signals);
  });

  it('raises the level and adds known categories, most severe first', () => {
    const merged = raiseOnly(base('concern'), { level: 'urgent', categories: ['means_seeking'], signals: ['llm.means'] });
    expect(merged.level).toBe('urgent');
    expect(merged.categories[0]).toBe('means_seeking');
    expect(merged.categories).toContain('passive_ideation');
    expect(merged.signals).toContain('second_opinion.llm.means');
    expect(merged.signals).toContain('second_opinion.raised');
  });

  it('drops unknown categories and signals that are not ids (no free text reaches storage)', () => {
    const merged = raiseOnly(base('none'), { level: 'concern', categories: ['made_up'], signals: ['The patient said: I want to die'] });
    expect(merged.categories).toEqual([]);
    expect(merged.signals.some((s) => s.includes(' '))).toBe(false);
  });

  it('keeps the deterministic version', () => {
    const deterministic = base('none');
    expect(raiseOnly(deterministic, { level: 'urgent' }).version).toBe(deterministic.version);
    expect(deterministic.version.startsWith(SCREENER_VERSION)).toBe(true);
  });
});
