import { describe, expect, it } from 'vitest';
import { EvalInputError, confusion, detectLanguage, parseJsonl, percentile, rates } from './eval-metrics.js';
import type { Prediction } from './eval-metrics.js';

const item = (id: string, level: 'urgent' | 'concern' | 'none', note = '') => ({ id, text: 'x', level, category: 'c', channel: 'sms', note });

describe('eval metrics', () => {
  it('parses JSONL and tolerates missing optional fields', () => {
    const items = parseJsonl('{"id":"a","text":"hi","level":"none"}\n\n{"id":"b","text":"yo","level":"urgent","category":"x","channel":"web"}\n');
    expect(items).toHaveLength(2);
    expect(items[0]?.channel).toBe('(unknown)');
    expect(items[1]?.category).toBe('x');
  });

  it('names the line of invalid JSON', () => {
    expect(() => parseJsonl('{"id":"a","text":"hi","level":"none"}\n{oops')).toThrow(/line 2/);
    expect(() => parseJsonl('{"id":"a","text":"hi","level":"bad"}')).toThrow(EvalInputError);
  });

  it('detects Spanish from the hard-case tag, else from the words', () => {
    expect(detectLanguage({ ...item('a', 'none', 'Greeting. Hard-case tags: spanish.'), text: 'hola' })).toBe('es');
    expect(detectLanguage({ ...item('a', 'none'), text: 'No sé qué hacer, estoy muy cansada de todo' })).toBe('es');
    expect(detectLanguage({ ...item('a', 'none'), text: 'I do not know what to do' })).toBe('en');
  });

  it('computes recall, caught, false-alarm and over-page rates', () => {
    const p = (level: 'urgent' | 'concern' | 'none', gold: 'urgent' | 'concern' | 'none'): Prediction => ({ item: item('x', gold), level, categories: [], lang: 'en' });
    const preds = [p('urgent', 'urgent'), p('concern', 'urgent'), p('urgent', 'concern'), p('concern', 'concern'), p('none', 'none'), p('concern', 'none')];
    const r = rates(preds);
    expect(r.urgent_recall).toBe(0.5);
    expect(r.urgent_caught).toBe(1);
    expect(r.any_risk_recall).toBe(1);
    expect(r.none_fpr).toBe(0.5);
    expect(r.concern_overpage).toBe(0.5);
    expect(confusion(preds).urgent.concern).toBe(1);
  });

  it('takes nearest-rank percentiles', () => {
    expect(percentile([5, 1, 3, 2, 4], 0.5)).toBe(3);
    expect(percentile([1, 2, 3, 4, 100], 0.99)).toBe(100);
    expect(percentile([], 0.5)).toBe(0);
  });
});
