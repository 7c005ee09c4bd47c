import { describe, expect, it } from 'vitest';
import { normalise } from './normalise.js';
import { GateIndex, gateClauses, splitTopLevel } from './prefilter.js';
import { BORDERLINE, CONTEXT_PROBES, PROBES } from './probes-data.js';
import { PATTERN_RULES } from './rules.js';

describe('keyword gates', () => {
  it('open a rule only when one of its key words is present', () => {
    const clauses = gateClauses('\\b(?:kill(?:ing)? myself|took (?:all|the lot) of (?:my|the) pills)\\b');
    expect(clauses).not.toBeNull();
    const index = new GateIndex([clauses]);
    expect(index.open(normalise('I am killing myself'), 1)[0]).toBe(1);
    expect(index.open(normalise('I took all of the pills'), 1)[0]).toBe(1);
    expect(index.open(normalise('lovely weather today'), 1)[0]).toBe(0);
  });

  it('give up (always run) when a branch has no usable word', () => {
    expect(gateClauses('\\b(?:\\d+ ?(?:am|pm)|tonight)\\b')).toBeNull();
  });

  it('never hide a rule or an alternative that matches (checked over every probe text)', () => {
    const index = new GateIndex(PATTERN_RULES.map((r) => r.gate));
    const units = PATTERN_RULES.flatMap((r) => r.units.map((u) => ({ id: r.id, u })));
    const unitIndex = new GateIndex(units.map((x) => x.u.gate));
    const texts = [...PROBES, ...BORDERLINE, ...CONTEXT_PROBES].flatMap((p) => [p.text, ...(p.previous ?? [])]).map(normalise);
    const unsound: string[] = [];
    for (const t of texts) {
      const open = index.open(t, PATTERN_RULES.length);
      PATTERN_RULES.forEach((r, i) => {
        if (open[i] !== 1 && r.re.test(t)) unsound.push(`${r.id}: ${t}`);
      });
      const openUnits = unitIndex.open(t, units.length);
      units.forEach((x, i) => {
        if (openUnits[i] !== 1 && x.u.re.test(t)) unsound.push(`${x.id} (alternative ${i}): ${t}`);
      });
    }
    expect(unsound).toEqual([]);
  });

  it('split a rule into alternatives that together match exactly what the rule matches', () => {
    const texts = [...PROBES, ...BORDERLINE, ...CONTEXT_PROBES].map((p) => normalise(p.text));
    for (const r of PATTERN_RULES) {
      for (const t of texts) expect(r.units.some((u) => u.re.test(t))).toBe(r.re.test(t));
    }
  });

  it('split only plain top-level alternations', () => {
    expect(splitTopLevel('\\b(?:a b|c (?:d|e)|[|])\\b')).toEqual(['a b', 'c (?:d|e)', '[|]']);
    expect(splitTopLevel('\\b(?:a|b)(?: [^ .?]+){0,2} c\\b')).toBeNull();
    expect(splitTopLevel('\\b(?:a)\\b')).toBeNull();
  });

  it('skip most rules for an ordinary message', () => {
    const index = new GateIndex(PATTERN_RULES.map((r) => r.gate));
    const open = index.open(normalise('Can I move my appointment to Thursday afternoon please?'), PATTERN_RULES.length);
    const count = open.reduce((a, b) => a + b, 0);
    expect(count).toBeLessThan(PATTERN_RULES.length * 0.2);
  });
});
