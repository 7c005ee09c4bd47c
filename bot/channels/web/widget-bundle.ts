import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export interface WidgetBundle {
  /** The minified script, one file. */
  code: string;
  /** The first 16 hex digits of its SHA-256: its ETag and its immutable URL `/widget-<hash>.js`. */
  hash: string;
}

const ENTRY = fileURLToPath(new URL('../../../widget/widget.ts', import.meta.url));
let bundled: Promise<WidgetBundle> | null = null;

/**
 * The embeddable widget (`widget/`), bundled by esbuild from its TypeScript into one script, once per
 * process (a few tens of milliseconds): nothing to build before `npm start`, and what is served is
 * always what the source says.
 */
export function widgetBundle(): Promise<WidgetBundle> {
  bundled ??= build({ entryPoints: [ENTRY], bundle: true, write: false, minify: true, format: 'iife', target: ['es2022'], legalComments: 'none', logLevel: 'silent' }).then((out) => {
    const code = out.outputFiles[0]!.text;
    return { code, hash: createHash('sha256').update(code).digest('hex').slice(0, 16) };
  });
  return bundled;
}
