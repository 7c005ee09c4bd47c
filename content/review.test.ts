import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkLibrary, readLibrary } from './library-files.js';
import { reviewArticle } from './review.js';

const ARTICLE = `---
id: breathing
title: Slow breathing
language: en
version: 3
status: draft
reviewed_by:
reviewed_at:
source: "NHS, Breathing exercises for stress (nhs.uk)"
tags: breathing
---
## How
<!-- asks: how do i calm my breathing | breathing help -->
Breathe in for four, out for six.
`;

describe('content:review and the library checks', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'library-'));
    mkdirSync(join(dir, 'en'));
    writeFileSync(join(dir, 'en', 'breathing.md'), ARTICLE);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('marks an article approved by a named clinician on a date, changing nothing else, and only once', () => {
    const r = reviewArticle('breathing', 'Dr Ana Ruiz, ClinPsyD', '2026-12-01', dir);
    expect(r).toMatchObject({ id: 'breathing', version: '3', reviewedBy: 'Dr Ana Ruiz, ClinPsyD', reviewedAt: '2026-12-01', changed: true });
    const after = readFileSync(join(dir, 'en', 'breathing.md'), 'utf8');
    expect(after).toBe(ARTICLE.replace('status: draft', 'status: approved').replace('reviewed_by:', 'reviewed_by: "Dr Ana Ruiz, ClinPsyD"').replace('reviewed_at:', 'reviewed_at: 2026-12-01'));
    const [item] = readLibrary(dir);
    expect(item).toMatchObject({ status: 'approved', reviewedBy: 'Dr Ana Ruiz, ClinPsyD', reviewedAt: '2026-12-01' });
    // The patient questions under a heading are searched, never shown.
    expect(item!.sections).toEqual([{ heading: 'How', body: 'Breathe in for four, out for six.', asks: ['how do i calm my breathing', 'breathing help'] }]);
    expect(reviewArticle('breathing', 'Dr Ana Ruiz, ClinPsyD', '2026-12-01', dir).changed).toBe(false);
  });

  it('refuses an unknown article, a reviewer without a name, a bad date and a retired article', () => {
    expect(() => reviewArticle('sleep', 'Dr Ana Ruiz', '2026-12-01', dir)).toThrow(/no article with id "sleep"/);
    expect(() => reviewArticle('breathing', ' ', '2026-12-01', dir)).toThrow(/--reviewer needs/);
    expect(() => reviewArticle('breathing', 'Dr Ana Ruiz', '1 Dec', dir)).toThrow(/--date must look like/);
    writeFileSync(join(dir, 'en', 'breathing.md'), ARTICLE.replace('status: draft', 'status: retired'));
    expect(() => reviewArticle('breathing', 'Dr Ana Ruiz', '2026-12-01', dir)).toThrow(/retired articles cannot be approved/);
  });

  it('names the file and the field of every problem in the library at once', () => {
    writeFileSync(join(dir, 'en', 'breathing.md'), ARTICLE.replace('status: draft', 'status: final').replace('version: 3', 'version: three'));
    writeFileSync(join(dir, 'en', 'panic.md'), ARTICLE.replace('id: breathing', 'id: breathing').replace('language: en', 'language: es').replace(/source: .*\n/, ''));
    const { problems } = checkLibrary(dir);
    const said = problems.map((p) => `${p.file.slice(dir.length + 1)}: ${p.field}`);
    expect(said).toEqual(
      expect.arrayContaining(['en/breathing.md: status', 'en/breathing.md: version', 'en/panic.md: id', 'en/panic.md: language', 'en/panic.md: source']),
    );
    expect(() => readLibrary(dir)).toThrow(/en\/breathing\.md: status: must be draft, approved or retired/);
  });
});
