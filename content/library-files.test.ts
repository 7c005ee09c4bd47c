import { describe, expect, it } from 'vitest';
import { checkOutput } from '../escalation/output-guard.js';
import { parseItem, readLibrary } from './library-files.js';

describe('the vetted library', () => {
  const items = readLibrary();

  it('has articles in English and Spanish, each with a source and review fields', () => {
    expect(items.filter((i) => i.language === 'en').length).toBeGreaterThanOrEqual(30);
    expect(items.filter((i) => i.language === 'es').length).toBeGreaterThanOrEqual(12);
    for (const i of items) {
      expect(i.source.length, i.id).toBeGreaterThan(10);
      expect(i.sections.length, i.id).toBeGreaterThan(0);
    }
  });

  it('never says what the output guard would block (the text goes to patients as is)', () => {
    for (const i of items) for (const s of i.sections) expect(checkOutput(`${s.heading ?? ''} ${s.body}`), `${i.id}: ${s.heading}`).toEqual({ ok: true });
  });

  it('refuses an approved article without a reviewer, and a file without front matter', () => {
    const approved = '---\nid: x\ntitle: X\nlanguage: en\nversion: 1\nstatus: approved\nsource: "A book by someone, 2020"\n---\n## A\nText';
    expect(() => parseItem(approved, 'x.md')).toThrow(/x\.md: reviewed_by: approved content needs reviewed_by/);
    expect(() => parseItem('## no front matter', 'y.md')).toThrow(/y\.md: front matter/);
    const ok = parseItem(approved.replace('status: approved', 'status: approved\nreviewed_by: Dr R\nreviewed_at: 2026-11-01'), 'x.md');
    expect(ok.sections).toEqual([{ heading: 'A', body: 'Text' }]);
  });
});
