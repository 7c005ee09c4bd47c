import { describe, expect, it } from 'vitest';
import { spellOut, saidOtherwise } from './patient-words.js';

describe('how patients write, read before searching', () => {
  it('writes out text-message shorthand in each language', () => {
    expect(spellOut('idk what u mean, my bf said so', 'en')).toBe('do not know what you mean, my boyfriend partner said so');
    expect(spellOut('xq me pasa esto? q hago', 'es')).toBe('porque me pasa esto? que hago');
    // A word is only shorthand in its own language ("x" is por in Spanish, not in English).
    expect(spellOut('x', 'en')).toBe('x');
  });

  it('drops words that only colour a question', () => {
    expect(spellOut('what is CBT exactly', 'en')).toBe('what is cbt ');
    expect(spellOut('¿Qué es exactamente la TCC?', 'es')).toBe('¿qué es  la tcc?');
  });

  it("searches by the library's words what is said in other words", () => {
    expect(saidOtherwise("what's the 5-4-3-2-1 thing", 'en')).toEqual(['grounding']);
    expect(saidOtherwise('la técnica 5 4 3 2 1', 'es')).toEqual(['anclaje']);
    expect(saidOtherwise('all or nothing thinking', 'en')).toContain('dichotomous');
    expect(saidOtherwise('sometimes I want to end my life', 'en')).toEqual(['suicidal']);
    expect(saidOtherwise('pienso en quitarme la vida', 'es')).toEqual(['suicidas']);
    expect(saidOtherwise('I keep cutting myself', 'en')).toEqual(['self-harm']);
    // Asking what this companion does when told so is also a question for the crisis article.
    expect(saidOtherwise('what happens if I tell you I want to kill myself?', 'en')).toEqual(['suicidal', 'companion', 'alerted', 'clinician']);
    expect(saidOtherwise('si te digo que me quiero morir, avisas a alguien?', 'es')).toEqual(['suicidas', 'acompañante', 'avisó', 'clínico']);
    expect(saidOtherwise('what happens if I miss a session?', 'en')).toEqual([]);
  });
});
