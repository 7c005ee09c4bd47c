import { describe, expect, it } from 'vitest';
import { screen } from '../screener/index.js';
import { featurise } from './features.js';
import { loadRiskModel } from './model.js';

const model = loadRiskModel();

describe('risk model', () => {
  it('is deterministic and scores between 0 and 1', () => {
    const a = model.score('i have been giving my things away', ['nothing matters']);
    expect(a).toBe(model.score('i have been giving my things away', ['nothing matters']));
    expect(a).toBeGreaterThanOrEqual(0);
    expect(a).toBeLessThanOrEqual(1);
  });

  it('reads misspellings and inflections through shared character features', () => {
    const shared = (x: string, y: string) => featurise(x).filter((f) => featurise(y).includes(f)).length;
    expect(shared('overdosing', 'overdosed')).toBeGreaterThan(2);
  });

  it('only ever raises the rules from none to concern, never to urgent and never down', () => {
    for (const text of ['hello there', 'what time is my appointment', 'I took 40 pills an hour ago', 'I wish I was dead']) {
      const s = screen(text);
      if (s.signals.includes('model.risk')) {
        expect(s.level).toBe('concern');
        expect(s.categories).toEqual(['ambiguous_needs_followup']);
      }
    }
    expect(screen('I took 40 pills an hour ago').level).toBe('urgent');
  });
});
