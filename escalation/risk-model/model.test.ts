import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { screen, screenConversation } from '../screener/index.js';
import { analyserCues } from '../screener/screen.js';
import { BUCKETS, featurise, tokens } from './features.js';
import { loadRiskModel } from './model.js';

const model = loadRiskModel();

describe('risk model', () => {
  it('is deterministic and scores between 0 and 1', () => {
    const a = model.scores('i have been giving my things away', ['nothing matters']);
    expect(a).toEqual(model.scores('i have been giving my things away', ['nothing matters']));
    for (const v of Object.values(a)) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(1);
    }
  });

  it('hashes features exactly as fnv1a of the feature strings (folded without building them)', () => {
    const fnv = (str: string) => {
      let h = 0x811c9dc5;
      for (let i = 0; i < str.length; i++) h = Math.imul(h ^ str.charCodeAt(i), 0x01000193);
      return (h >>> 0) % BUCKETS;
    };
    const reference = (text: string, previous: string[]) => {
      const out: number[] = [];
      const toks = tokens(text);
      toks.forEach((t, i) => {
        out.push(fnv(`w:${t}`));
        if (i > 0) out.push(fnv(`b:${toks[i - 1]} ${t}`));
        const padded = `<${t}>`;
        if (padded.length > 5) for (let j = 0; j + 4 <= padded.length; j++) out.push(fnv(`c:${padded.slice(j, j + 4)}`));
      });
      for (const p of previous.slice(-3)) for (const t of tokens(p)) out.push(fnv(`p:${t}`));
      out.push(fnv('bias'));
      return out;
    };
    for (const [text, previous] of [
      ['I have been giving my things away 😔 ñandú', ['nothing matters', 'a', 'b', 'c']],
      ['tomé 40 pastillas… ¿y ahora?', []],
      ['', ['x']],
    ] as const) {
      expect(featurise(text, [...previous])).toEqual(reference(text, [...previous]));
    }
  });

  it('reads misspellings and inflections through shared character features', () => {
    const shared = (x: string, y: string) => featurise(x).filter((f) => featurise(y).includes(f)).length;
    expect(shared('overdosing', 'overdosed')).toBeGreaterThan(2);
  });

  it('never lowers what the rules found', () => {
    const order = { none: 0, concern: 1, urgent: 2 };
    for (const text of ['hello there', 'I took 40 pills an hour ago', 'lovely weather', 'me corté el brazo', 'my manager is gonna regret it']) {
      const rules = screenConversation([text], { rulesOnly: true }).level;
      expect(order[screen(text).level]).toBeGreaterThanOrEqual(order[rules]);
    }
    expect(screen('I took 40 pills an hour ago').level).toBe('urgent');
  });

  it('reads an unseen word through the clusters of pretrained word vectors it shares with a known one', () => {
    const clustersOf = (word: string) => featurise(word, [], { clusters: true }).filter((f) => !featurise(word).includes(f));
    // Different words, no shared letters to speak of, neighbours in the vectors.
    expect(clustersOf('tablets').filter((f) => clustersOf('pills').includes(f)).length).toBeGreaterThan(0);
    expect(clustersOf('viaduct').filter((f) => clustersOf('bridge').includes(f)).length).toBeGreaterThan(0);
    expect(clustersOf('tablets').filter((f) => clustersOf('weekend').includes(f))).toEqual([]);
  });

  it("reads the analyser's cues: a negated or long-past risk phrase is not the phrase itself", () => {
    expect(analyserCues("im not going to kill myself")).toContain('negation.self');
    expect(analyserCues('no quiero morir')).toContain('negation.self');
    expect(analyserCues('years ago i wanted to kill myself, not now').some((c) => c.startsWith('history.'))).toBe(true);
    const withCues = (text: string) => featurise(text, [], { analyser: true }, analyserCues(text));
    expect(withCues('im not going to kill myself').length).toBeGreaterThan(featurise('im not going to kill myself').length);
  });

  it('says so in its version, and raises nothing, when its weights cannot be read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rm-'));
    writeFileSync(join(dir, 'w.json'), '{"not":"a model"}');
    for (const broken of [join(dir, 'missing.json'), join(dir, 'w.json')]) {
      const m = loadRiskModel(broken);
      expect(m.version).toBe('no-model');
      expect(m.scores('anything at all')).toEqual({ risk: 0, urgent: 0 });
      expect(m.thresholds.risk).toBe(Infinity);
    }
  });
});
