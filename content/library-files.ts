import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One vetted article: its review metadata and its sections. */
export interface LibraryItem {
  id: string;
  title: string;
  language: string;
  version: string;
  status: 'draft' | 'approved' | 'retired';
  reviewedBy: string | null;
  reviewedAt: string | null;
  source: string;
  tags: string[];
  /**
   * `asks` are the questions a section answers in patients' own words (a `<!-- asks: … | … -->` line
   * under its heading): searched, never shown.
   */
  sections: Array<{ heading: string | null; body: string; asks?: string[] }>;
  raw: string;
}

const REQUIRED = ['id', 'title', 'language', 'version', 'status', 'source'] as const;
const LANGUAGES = ['en', 'es'];

/** Something wrong with one field of one file: what `content:ingest` prints. */
export interface LibraryProblem {
  file: string;
  field: string;
  message: string;
}

export class LibraryError extends Error {
  constructor(readonly problems: LibraryProblem[]) {
    super(problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join('\n'));
    this.name = 'LibraryError';
  }
}

/** An article's `---`-fenced front matter and the Markdown after it (line endings made `\n`), or null. */
export function splitFrontMatter(raw: string): { frontMatter: string; body: string } | null {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(raw.replace(/\r\n/g, '\n'));
  return m ? { frontMatter: m[1]!, body: m[2]! } : null;
}

/**
 * Reads `---`-fenced `key: value` front matter (values may be quoted) and the Markdown after it, and
 * says everything wrong with it, each problem naming the file and the field.
 */
export function inspectItem(raw: string, file: string, expect: { id?: string; language?: string } = {}): { item: LibraryItem | null; problems: LibraryProblem[] } {
  const problems: LibraryProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ file, field, message });
  const m = splitFrontMatter(raw);
  if (!m) {
    problem('front matter', 'no front matter (the file must start with a --- fenced block)');
    return { item: null, problems };
  }
  const meta: Record<string, string> = {};
  for (const line of m.frontMatter.split('\n')) {
    const kv = /^([a-z_]+):\s*(.*)$/.exec(line.trim());
    if (kv) meta[kv[1]!] = kv[2]!.replace(/^"(.*)"$/, '$1').trim();
    else if (line.trim()) problem('front matter', `cannot read the line "${line.trim().slice(0, 40)}" (expected key: value)`);
  }
  for (const k of REQUIRED) if (!meta[k]) problem(k, 'missing');
  if (meta.status && !['draft', 'approved', 'retired'].includes(meta.status)) problem('status', 'must be draft, approved or retired');
  if (meta.status === 'approved' && !meta.reviewed_by) problem('reviewed_by', 'approved content needs reviewed_by (the reviewing clinician)');
  if (meta.status === 'approved' && !meta.reviewed_at) problem('reviewed_at', 'approved content needs reviewed_at');
  if (meta.reviewed_at && (!/^\d{4}-\d{2}-\d{2}$/.test(meta.reviewed_at) || Number.isNaN(Date.parse(meta.reviewed_at)))) problem('reviewed_at', 'must be a date like 2026-11-30');
  if (meta.version && !/^\d+$/.test(meta.version)) problem('version', 'must be a whole number');
  if (meta.language && !LANGUAGES.includes(meta.language)) problem('language', `must be one of ${LANGUAGES.join(', ')}`);
  if (meta.id && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(meta.id)) problem('id', 'must be lower-case words joined by hyphens');
  if (meta.id && expect.id && meta.id !== expect.id) problem('id', `must match the file name (${expect.id})`);
  if (meta.language && expect.language && meta.language !== expect.language) problem('language', `must match the folder (${expect.language})`);
  if (meta.source && meta.source.length < 10) problem('source', 'must cite where the content comes from');
  const sections: LibraryItem['sections'] = [];
  let heading: string | null = null;
  let body: string[] = [];
  let asks: string[] = [];
  const flush = () => {
    const text = body.join('\n').trim();
    if (text) sections.push({ heading, body: text, ...(asks.length ? { asks } : {}) });
    else if (heading) problem('body', `section "${heading}" is empty`);
    body = [];
    asks = [];
  };
  for (const line of m.body.split('\n')) {
    const h = /^##\s+(.*)$/.exec(line);
    const a = /^<!--\s*asks:(.*?)-->\s*$/.exec(line.trim());
    if (h) {
      flush();
      heading = h[1]!.trim();
    } else if (a) {
      asks.push(...a[1]!.split('|').map((q) => q.trim()).filter(Boolean));
    } else if (/^<!--/.test(line.trim())) {
      problem('body', `cannot read the comment "${line.trim().slice(0, 40)}" (only <!-- asks: … | … --> on one line)`);
    } else body.push(line);
  }
  flush();
  if (sections.length === 0) problem('body', 'no sections (each ## heading starts one)');
  if (problems.length) return { item: null, problems };
  return {
    item: {
      id: meta.id!,
      title: meta.title!,
      language: meta.language!,
      version: meta.version!,
      status: meta.status as LibraryItem['status'],
      reviewedBy: meta.reviewed_by || null,
      reviewedAt: meta.reviewed_at || null,
      source: meta.source!,
      tags: (meta.tags ?? '').split(',').map((t) => t.trim()).filter(Boolean),
      sections,
      raw,
    },
    problems,
  };
}

/** One article, or an error naming the file and each field that is wrong. */
export function parseItem(raw: string, file: string): LibraryItem {
  const { item, problems } = inspectItem(raw, file);
  if (!item) throw new LibraryError(problems);
  return item;
}

export const LIBRARY_DIR = new URL('./library/', import.meta.url);

/** Every article file under the library folder (one folder per language), as path, language and id. */
export function libraryFiles(dir: URL | string = LIBRARY_DIR): Array<{ path: string; language: string; id: string }> {
  const root = typeof dir === 'string' ? dir : dir.pathname;
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((language) =>
      readdirSync(join(root, language.name))
        .filter((f) => f.endsWith('.md'))
        .sort()
        .map((f) => ({ path: join(root, language.name, f), language: language.name, id: f.replace(/\.md$/, '') })),
    );
}

/** Every article and every problem in the library: for `content:ingest`, which reports them all at once. */
export function checkLibrary(dir: URL | string = LIBRARY_DIR): { items: LibraryItem[]; problems: LibraryProblem[] } {
  const items: LibraryItem[] = [];
  const problems: LibraryProblem[] = [];
  const seen = new Map<string, string>();
  for (const file of libraryFiles(dir)) {
    const found = inspectItem(readFileSync(file.path, 'utf8'), file.path, { id: file.id, language: file.language });
    problems.push(...found.problems);
    if (!found.item) continue;
    const other = seen.get(found.item.id);
    if (other) problems.push({ file: file.path, field: 'id', message: `duplicate of ${other}` });
    seen.set(found.item.id, file.path);
    items.push(found.item);
  }
  return { items, problems };
}

/** Every article under the library folder; throws naming every file and field that is wrong. */
export function readLibrary(dir: URL | string = LIBRARY_DIR): LibraryItem[] {
  const { items, problems } = checkLibrary(dir);
  if (problems.length) throw new LibraryError(problems);
  return items;
}
