import { describe, expect, it } from 'vitest';
import { factorSource } from './factor.js';
import { PROBES } from './probes-data.js';
import { normalise } from './normalise.js';
import { PATTERN_RULES } from './rules.js';

describe('prefix-factoring of rule patterns', () => {
  it('groups branches that share a first character, keeping their order', () => {
    expect(factorSource('(?:punched|punching|put|smashed) my (?:head|hand)')).toBe('(?:pu(?:nch(?:ed|ing)|t)|smashed) my (?:h(?:ead|and))');
  });

  it('never moves a branch across one that starts with a group, a class or a quantified character', () => {
    expect(factorSource('a|ab|(?:x|y)z|abc?|s?top|stop')).toBe('a(?:|b)|(?:x|y)z|abc?|s?top|stop');
    expect(factorSource('[ab]c|ac|ad')).toBe('[ab]c|a(?:c|d)');
  });

  it('leaves what it cannot parse alone', () => {
    expect(factorSource('(?<name>x)|xy')).toBe('(?<name>x)|xy');
  });

  it('finds exactly the same match as the readable pattern, for every rule and probe', () => {
    const texts = [...new Set(PROBES.map((p) => normalise(p.text)))];
    const differ: string[] = [];
    for (const rule of PATTERN_RULES) {
      const readable = rule.re;
      const fast = new RegExp(factorSource(readable.source));
      for (const t of texts) {
        const a = readable.exec(t);
        const b = fast.exec(t);
        if (a?.index !== b?.index || a?.[0] !== b?.[0]) differ.push(`${rule.id}: ${t}`);
      }
    }
    expect(differ).toEqual([]);
  });
});
