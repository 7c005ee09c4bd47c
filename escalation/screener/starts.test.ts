import { describe, expect, it } from 'vitest';
import { analyseTurn, analyseTurnCached } from './analyse.js';
import { normalise } from './normalise.js';
import { BORDERLINE, CONTEXT_PROBES, PROBES } from './probes-data.js';
import { PATTERN_RULES } from './rules.js';
import { StartIndex, firstAt, startKeys } from './starts.js';

const TEXTS = [...new Set([...PROBES, ...BORDERLINE, ...CONTEXT_PROBES].flatMap((p) => [p.text, ...(p.previous ?? [])]))];

describe('start keys', () => {
  it('list the first characters every match begins with', () => {
    expect(startKeys('\\b(?:kill(?:ing)? myself|took (?:all|the lot))\\b')).toEqual({ k: 3, keys: ['kil', 'too'] });
    expect(startKeys('\\b(?:(?<!who )(?:he|she) hit)\\b')?.keys.slice().sort()).toEqual(['he ', 'she']);
    // Optional and repeated parts, classes and digits are followed into the next part.
    expect(startKeys('\\b(?:(?:my )?[ab]c?dd|[0-1]{2}x)\\b')?.keys.slice().sort()).toEqual(['00x', '01x', '10x', '11x', 'acd', 'add', 'bcd', 'bdd', 'my ']);
    expect(startKeys('\\b(?:\\d\\d?x)\\b')?.keys.length).toBe(110);
  });

  it('fall back to shorter keys when a match can be shorter', () => {
    expect(startKeys('\\b(?:od|overdose)\\b')).toEqual({ k: 2, keys: ['od', 'ov'] });
  });

  it('give up when unsure', () => {
    expect(startKeys('(?:kill myself)')).toBeNull(); // no leading \b: a match may start mid-word
    expect(startKeys('\\bkill|end it\\b')).toBeNull(); // the second branch has no \b
    expect(startKeys('\\b(?:" ?quoted)\\b')).toBeNull(); // begins with a non-word character
    expect(startKeys('\\b(?:[^ .?]+ myself)\\b')).toBeNull();
    expect(startKeys('\\b(?:\\S+ myself)\\b')).toBeNull();
    expect(startKeys('\\b(?:a)\\b')).toBeNull(); // a match can be one character long
  });

  it('find the same match as scanning, first try and retries, for every alternative and probe', () => {
    const units = PATTERN_RULES.flatMap((r) => r.units.map((u) => ({ id: r.id, re: u.re })));
    const keys = units.map((u) => startKeys(u.re.source));
    const index = new StartIndex(keys);
    const all = new Uint8Array(units.length).fill(1);
    const differ: string[] = [];
    let compared = 0;
    for (const raw of TEXTS) {
      const t = normalise(raw);
      const candidates = index.candidates(t, all);
      // Every offset a retry can resume at: 0, then each space.
      const offsets = [0];
      for (let i = t.indexOf(' ', 1); i !== -1; i = t.indexOf(' ', i + 1)) offsets.push(i);
      units.forEach((u, i) => {
        if (keys[i] === null) return;
        const starts = { sticky: new RegExp(u.re.source, 'y'), at: candidates.get(i) ?? [] };
        for (const offset of offsets) {
          const rest = offset === 0 ? t : t.slice(offset);
          const a = u.re.exec(rest);
          const b = firstAt(starts, rest, offset);
          compared++;
          if (a?.index !== b?.index || a?.[0] !== b?.[0]) differ.push(`${u.id} @${offset}: ${t}`);
        }
      });
    }
    expect(compared).toBeGreaterThan(100_000);
    expect(differ).toEqual([]);
  }, 120_000);

  it('cover nearly every alternative (the rest scan as before)', () => {
    const units = PATTERN_RULES.flatMap((r) => r.units);
    const keyed = units.filter((u) => startKeys(u.re.source) !== null).length;
    expect(keyed / units.length).toBeGreaterThan(0.95);
  });
});

describe('recent-turn cache', () => {
  it('returns what a fresh analysis returns, on a miss, a hit and after eviction', () => {
    const texts = TEXTS.slice(0, 150);
    for (let pass = 0; pass < 2; pass++) {
      for (const t of texts) {
        const fresh = analyseTurn(t);
        const cached = analyseTurnCached(t);
        expect(cached).toEqual(fresh);
        expect(analyseTurnCached(t)).toBe(cached); // an immediate repeat is a hit
      }
    }
  });
});
