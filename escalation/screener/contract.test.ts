import { describe, expect, it } from 'vitest';
import { CONCERN_CATEGORIES, URGENT_CATEGORIES } from '../screening.js';
import { SCREENER_VERSION, screen, screenConversation } from './index.js';
import { BORDERLINE, CONTEXT_PROBES, PREPARATION_PROBES, PROBES } from './probes-data.js';

const ALL = [...PROBES, ...BORDERLINE, ...CONTEXT_PROBES, ...PREPARATION_PROBES];
const ORDER = [...URGENT_CATEGORIES, ...CONCERN_CATEGORIES];
const ID_RE = /^[a-z0-9_]+(?:\.[a-z0-9_]+)*$/;

describe('screening contract', () => {
  it('reports a semantic version', () => {
    expect(SCREENER_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
    // The rules' version, then the risk model's: a stored result names exactly what produced it.
    expect(screen('hi').version).toMatch(new RegExp(`^${SCREENER_VERSION.replaceAll('.', '\\.')}\\+(?:lr\\d*-|no-model)`));
  });

  it('signals are stable rule ids, never message text', () => {
    for (const p of ALL) {
      const s = screen(p.text, p.previous === undefined ? undefined : { previous: p.previous });
      for (const sig of s.signals) expect(sig).toMatch(ID_RE);
    }
    const marked = screen('zanzibar quokka: I took 40 pills an hour ago, zanzibar quokka', { previous: ['zanzibar quokka lost my job'] });
    expect(marked.level).toBe('urgent');
    expect(JSON.stringify(marked.signals)).not.toMatch(/zanzibar|quokka|pills|job/);
  });

  it('has no categories when the level is none, and categories of the right level otherwise', () => {
    for (const p of ALL) {
      const s = screen(p.text, p.previous === undefined ? undefined : { previous: p.previous });
      if (s.level === 'none') expect(s.categories).toEqual([]);
      if (s.level === 'urgent') expect(s.categories.some((c) => (URGENT_CATEGORIES as readonly string[]).includes(c))).toBe(true);
      if (s.level === 'concern') {
        expect(s.categories.length).toBeGreaterThan(0);
        expect(s.categories.every((c) => (CONCERN_CATEGORIES as readonly string[]).includes(c))).toBe(true);
      }
    }
  });

  it('lists categories most severe first', () => {
    for (const p of ALL) {
      const idx = screen(p.text).categories.map((c) => ORDER.indexOf(c));
      expect(idx).toEqual([...idx].sort((a, b) => a - b));
    }
  });

  it('is deterministic: the same input gives the same output', () => {
    for (const p of ALL.slice(0, 120)) {
      const ctx = p.previous === undefined ? undefined : { previous: p.previous };
      expect(screen(p.text, ctx)).toEqual(screen(p.text, ctx));
    }
  });

  it('is pure: screening one message does not change the result for another', () => {
    const before = screen('which bridge is the tallest?');
    screen('i lost my job and i want to die');
    screen('bye forever');
    expect(screen('which bridge is the tallest?')).toEqual(before);
  });

  it('does not mutate the previous turns it is given', () => {
    const previous = Object.freeze(['lost my job today', 'whatever']);
    expect(() => screen('what floor do I need to jump from?', { previous })).not.toThrow();
    expect(previous).toEqual(['lost my job today', 'whatever']);
  });

  it('copes with empty, whitespace, emoji-only and very long input', () => {
    expect(screen('').level).toBe('none');
    expect(screen('   \n  ').level).toBe('none');
    expect(screen('🙂🙂🙂').level).toBe('none');
    const long = `${'I had a normal day at work and went shopping. '.repeat(60)}I am going to kill myself tonight.`;
    expect(screen(long).level).toBe('urgent');
  });
});

// Speed is measured in bench/screener.ts, not asserted here.
describe('probe set (paraphrases written for this screener)', () => {
  for (const p of ALL) {
    const ctx = p.previous === undefined ? '' : ` after ${JSON.stringify(p.previous)}`;
    it(`${p.level}: [${p.tag}] ${p.text}${ctx}`, () => {
      // Multi-turn probes are labelled like the evaluation set: the exchange as a whole.
      const s = p.previous === undefined ? screen(p.text) : screenConversation([...p.previous, p.text]);
      expect(s.level).toBe(p.level);
    });
  }
});
