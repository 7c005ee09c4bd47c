import { readFileSync, writeFileSync } from 'node:fs';
import { LIBRARY_DIR, LibraryError, inspectItem, libraryFiles, splitFrontMatter } from './library-files.js';

export interface ReviewResult {
  file: string;
  id: string;
  language: string;
  version: string;
  reviewedBy: string;
  reviewedAt: string;
  /** False when the article was already approved by this reviewer on this date. */
  changed: boolean;
}

/** Sets one front-matter field, adding it before the closing fence when it is missing. */
function setField(frontMatter: string, key: string, value: string): string {
  const line = `${key}: ${value}`;
  const re = new RegExp(`^${key}:.*$`, 'm');
  return re.test(frontMatter) ? frontMatter.replace(re, () => line) : `${frontMatter}\n${line}`;
}

/**
 * Marks one article approved by a named clinician on a date, editing its front matter in place (the
 * change is then committed, so the approval is in the history; `content:ingest` records it in the
 * audit log when it reaches the database). Refuses an unknown id, an article that does not validate,
 * a retired one, or a reviewer without a name.
 */
export function reviewArticle(id: string, reviewer: string, date: string, dir: URL | string = LIBRARY_DIR): ReviewResult {
  const who = reviewer.trim().replace(/\s+/g, ' ');
  if (who.length < 3) throw new Error('--reviewer needs the reviewing clinician\'s name and credentials, e.g. --reviewer "Dr Ana Ruiz, ClinPsyD"');
  if (/["\n]/.test(who)) throw new Error('--reviewer cannot contain quotes or line breaks');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) throw new Error(`--date must look like 2026-11-30, not "${date}"`);
  const file = libraryFiles(dir).find((f) => f.id === id);
  if (!file) throw new Error(`no article with id "${id}" (the id is the file name without .md)`);
  const raw = readFileSync(file.path, 'utf8');
  const checked = inspectItem(raw, file.path, { id: file.id, language: file.language });
  if (!checked.item) throw new LibraryError(checked.problems);
  if (checked.item.status === 'retired') throw new Error(`${file.path}: status: retired articles cannot be approved; set it to draft first`);
  const parts = splitFrontMatter(raw)!;
  let fm = parts.frontMatter;
  fm = setField(fm, 'status', 'approved');
  fm = setField(fm, 'reviewed_by', `"${who}"`);
  fm = setField(fm, 'reviewed_at', date);
  const next = `---\n${fm}\n---\n${parts.body}`;
  const after = inspectItem(next, file.path, { id: file.id, language: file.language });
  if (!after.item) throw new LibraryError(after.problems);
  const changed = next !== raw;
  if (changed) writeFileSync(file.path, next);
  return { file: file.path, id, language: file.language, version: after.item.version, reviewedBy: who, reviewedAt: date, changed };
}
