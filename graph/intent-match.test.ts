import { describe, expect, it } from 'vitest';
import { likeliest, matchIntent, readRequest } from './intent-match.js';

describe('free-text requests reach what the patient asked for, with no LLM', () => {
  it('requests that never name the exercise', () => {
    const cases: Array<[string, string]> = [
      ["my pulse is through the roof and I can't settle", 'breathing'],
      ['everything looks far away and fake right now', 'grounding'],
      ['I keep telling myself I ruin everything, can we look at that thought', 'thought_record'],
      ['spent the whole day on the couch again, help me get moving', 'activation'],
      ['I have to choose between two flats by Monday and I am going round in circles', 'problem_solving'],
      ["what if I fail, what if they laugh, I can't switch it off", 'worry_time'],
      ['wide awake at 3am for the fourth night running', 'sleep'],
      ['can I read back the thought records I saved', 'show_thought_records'],
      ['llevo toda la semana sin ganas de salir del sofá', 'activation'],
      ['se me acelera el corazón y necesito calmarme ya', 'breathing'],
      ['no pego ojo desde el lunes', 'sleep'],
      ['gotta run, speak tomorrow', 'done'],
    ];
    for (const [text, intent] of cases) expect(readRequest(text), text).toBe(intent);
  });

  it('says nothing rather than guess when nothing fits, and offers the likeliest few instead of the whole menu', () => {
    expect(matchIntent('purple monkey dishwasher')).toBeNull();
    const few = likeliest('my heart is pounding and I keep worrying');
    expect(few.length).toBeGreaterThan(0);
    expect(few.length).toBeLessThanOrEqual(3);
    expect(few).toContain('breathing');
  });
});
