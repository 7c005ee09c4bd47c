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
  sections: Array<{ heading: string | null; body: string }>;
  raw: string;
}

const REQUIRED = ['id', 'title', 'language', 'version', 'status', 'source'] as const;

/** Reads `---`-fenced `key: value` front matter (values may be quoted) and the Markdown after it. */
export function parseItem(raw: string, file: string): LibraryItem {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(raw.replace(/\r\n/g, '\n'));
  if (!m) throw new Error(`${file}: no front matter`);
  const meta: Record<string, string> = {};
  for (const line of m[1]!.split('\n')) {
    const kv = /^([a-z_]+):\s*(.*)$/.exec(line.trim());
    if (kv) meta[kv[1]!] = kv[2]!.replace(/^"(.*)"$/, '$1').trim();
  }
  for (const k of REQUIRED) if (!meta[k]) throw new Error(`${file}: missing ${k}`);
  if (!['draft', 'approved', 'retired'].includes(meta.status!)) throw new Error(`${file}: status must be draft, approved or retired`);
  if (meta.status === 'approved' && (!meta.reviewed_by || !meta.reviewed_at)) throw new Error(`${file}: approved content needs reviewed_by and reviewed_at`);
  const sections: LibraryItem['sections'] = [];
  let heading: string | null = null;
  let body: string[] = [];
  const flush = () => {
    const text = body.join('\n').trim();
    if (text) sections.push({ heading, body: text });
    body = [];
  };
  for (const line of m[2]!.split('\n')) {
    const h = /^##\s+(.*)$/.exec(line);
    if (h) {
      flush();
      heading = h[1]!.trim();
    } else body.push(line);
  }
  flush();
  return {
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
  };
}

export const LIBRARY_DIR = new URL('./library/', import.meta.url);

/** Every article under the library folder (one folder per language). */
export function readLibrary(dir: URL | string = LIBRARY_DIR): LibraryItem[] {
  const root = typeof dir === 'string' ? dir : dir.pathname;
  const items: LibraryItem[] = [];
  for (const language of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const file of readdirSync(join(root, language.name)).filter((f) => f.endsWith('.md')).sort()) {
      const path = join(root, language.name, file);
      items.push(parseItem(readFileSync(path, 'utf8'), path));
    }
  }
  const ids = new Set<string>();
  for (const i of items) {
    if (ids.has(i.id)) throw new Error(`duplicate content id ${i.id}`);
    ids.add(i.id);
  }
  return items;
}
