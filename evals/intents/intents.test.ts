import { describe, expect, it } from 'vitest';
import { evaluate, parseItems } from './cli.js';

describe('npm run eval:intents', () => {
  it('scores a labelled file: accuracy, fallbacks and the confusions', () => {
    const items = parseItems(
      [
        '{"text": "can we do some slow breathing", "locale": "en-US", "intent": "breathing"}',
        '{"text": "no puedo dormir nada", "locale": "es-ES", "intent": "sleep"}',
        '{"text": "zzzz qqqq", "locale": "en-GB", "intent": "mood"}',
      ].join('\n'),
    );
    const report = evaluate(items);
    expect(report.n).toBe(3);
    expect(report.accuracy).toBeCloseTo(2 / 3, 2);
    expect(report.fallback_rate).toBeCloseTo(1 / 3, 2);
    expect([...report.confusions.keys()]).toEqual(['mood → fallback']);
  });

  it('a malformed line is named with its field', () => {
    expect(() => parseItems('{"text": "hi", "locale": "en-US", "intent": "dance"}')).toThrow(/line 1: field intent/);
    expect(() => parseItems('{"text": "hi"')).toThrow(/line 1: not JSON/);
  });
});
