import { describe, expect, it } from 'vitest';
import { readMenuChoice } from './intents.js';
import { readRating, readYesNo } from './parse.js';

describe('reading chat answers', () => {
  it('reads yes and no the ways people write them, in English and Spanish', () => {
    for (const t of ['yes', 'Yeah', 'yep I have', 'um yes', 'sometimes', 'Sí', 'a veces', 'honestly yes']) expect(readYesNo(t), t).toBe('yes');
    for (const t of ['no', 'Nope', 'not really', 'never', "I don't", 'no, nunca', 'para nada', "well no", 'nel, nada de eso, me refería al corazón', 'nah nothing like that lol']) expect(readYesNo(t), t).toBe('no');
    expect(readYesNo('Nelson said hi')).toBe('unknown');
    for (const t of ["I'm not sure", 'maybe', 'honestly I dont know', 'no sé', 'idk']) expect(readYesNo(t), t).toBe('unsure');
    expect(readYesNo('what do you mean')).toBe('unknown');
  });

  it('reads a 0–10 rating', () => {
    expect(readRating('7')).toBe(7);
    expect(readRating('about a 6/10')).toBe(6);
    expect(readRating('10')).toBe(10);
    expect(readRating('seven')).toBe(7);
    expect(readRating('siete')).toBe(7);
    expect(readRating('not great')).toBeNull();
    expect(readRating('11')).toBeNull();
  });

  it('reads menu choices by number or word', () => {
    expect(readMenuChoice('1')).toBe('breathing');
    expect(readMenuChoice('Grounding (5-4-3-2-1)')).toBe('grounding');
    expect(readMenuChoice('can I do my safety plan')).toBe('safety_plan');
    expect(readMenuChoice('no thanks')).toBe('done');
    expect(readMenuChoice('purple elephants')).toBeNull();
    // A question goes to the library (which says when it has nothing on the subject).
    expect(readMenuChoice('what is the weather')).toBe('learn');
    expect(readMenuChoice('what is box breathing?')).toBe('learn');
  });
});
