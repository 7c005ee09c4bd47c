import { describe, expect, it } from 'vitest';
import { clean, echo, isNone, isUnsure, labelReader, pack, readChoiceNumbers, settled, unquote } from './exercise-text.js';

const read = labelReader<'situation' | 'thought' | 'for' | 'against'>([
  { field: 'situation', labels: ['situation', 'situacion'] },
  { field: 'thought', labels: ['automatic thought', 'thought', 'pensamiento'] },
  { field: 'for', labels: ['evidence for', 'for', 'a favor'] },
  { field: 'against', labels: ['evidence against', 'against', 'en contra'] },
]);

describe('labelled answers', () => {
  it('splits a message into its labelled parts, whatever the case or accents', () => {
    expect(read('Situation: the bus was late again. Automatic thought: "I\'m always going to be late"').fields).toEqual({
      situation: 'the bus was late again.',
      thought: "I'm always going to be late",
    });
    expect(read('FOR: he never replied\nAGAINST: he was travelling').fields).toEqual({ for: 'he never replied', against: 'he was travelling' });
    expect(read('la situación: llegué tarde a la reunión').fields).toEqual({ situation: 'llegué tarde a la reunión' });
    expect(read('La Situacion - llegué tarde').fields).toEqual({ situation: 'llegué tarde' });
  });

  it('reads labels with a dash, a line break, a quote or a few words before the colon', () => {
    expect(read('Thought "nobody wants me there"').fields).toEqual({ thought: 'nobody wants me there' });
    expect(read('Evidence for the thought: she frowned').fields).toEqual({ for: 'she frowned' });
    expect(read('Situation\nmy flatmate ate my lunch').fields).toEqual({ situation: 'my flatmate ate my lunch' });
    expect(read('- For: no reply\n- Against: it was late').fields).toEqual({ for: 'no reply', against: 'it was late' });
  });

  it('keeps what comes before the first label as the answer to the question asked', () => {
    expect(read('My boss moved the meeting. Thought: she wants me gone')).toEqual({ before: 'My boss moved the meeting.', fields: { thought: 'she wants me gone' } });
  });

  it('does not take ordinary words for labels', () => {
    for (const text of ['For example, he never calls', 'It was for the best: I think so', 'I thought about it all night', 'Against all odds I went', 'situation at work was tense']) {
      expect(read(text), text).toEqual({ before: text, fields: {} });
    }
  });
});

describe('reflecting answers', () => {
  it('quotes short answers and leaves long ones to be described', () => {
    expect(echo('I messed up')).toBe('"I messed up"');
    expect(echo('"already quoted"')).toBe('"already quoted"');
    expect(echo('a'.repeat(61))).toBeNull();
  });

  it('keeps the patient’s words as typed, trimmed and capped', () => {
    expect(clean('  Lost my Keys AGAIN  ')).toBe('Lost my Keys AGAIN');
    expect(clean('word '.repeat(200)).length).toBeLessThanOrEqual(500);
    expect(unquote("'it's nothing'.")).toBe("it's nothing.");
    expect(unquote('"one" and "two"')).toBe('"one" and "two"');
  });

  it('packs lines into messages that fit an SMS', () => {
    const lines = Array.from({ length: 8 }, (_, i) => `${i}. ${'x'.repeat(70)}`);
    const messages = pack(lines);
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) expect(m.length).toBeLessThanOrEqual(320);
    expect(messages.join('\n')).toBe(lines.join('\n'));
  });

  it('reads numbered choices and "none"', () => {
    expect(readChoiceNumbers('2, 5 and maybe 9', 10)).toEqual([2, 5, 9]);
    expect(readChoiceNumbers('#3', 10)).toEqual([3]);
    expect(readChoiceNumbers('at 5pm, 12', 10)).toEqual([]);
    expect(isNone('None of them')).toBe(true);
    expect(isNone('no sé')).toBe(true);
    expect(isNone('no idea why but 3')).toBe(false);
    expect(isUnsure('honestly not sure what I felt')).toBe(true);
    expect(isUnsure('no idea')).toBe(true);
    expect(isUnsure('sad because I had no idea where everyone had gone that night')).toBe(false);
  });
});

describe('what the patient settled on', () => {
  it('keeps the choice after a taken-back idea, and drops words about the answer', () => {
    expect(settled('Maybe swim on Saturday? Actually no, that is too much right now. Maybe ring Priya about the quiz night')).toBe('ring Priya about the quiz night');
    expect(settled('like I said, email the landlord about the boiler')).toBe('email the landlord about the boiler');
    expect(settled('lo que te dije, llamar a la financiera')).toBe('llamar a la financiera');
    expect(settled('walk the dog. it will be cold but nice')).toBe('walk the dog. it will be cold but nice');
  });

  it('a number ruled out is not chosen', () => {
    expect(readChoiceNumbers('4 is not an option lol. i think 1, or maybe 3', 6)).toEqual([1, 3]);
    expect(readChoiceNumbers('no la 2, la 5', 6)).toEqual([5]);
    expect(readChoiceNumbers('2 and 5 but not 3', 6)).toEqual([2, 5]);
  });
});
