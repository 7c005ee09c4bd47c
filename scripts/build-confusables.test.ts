import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFUSABLES_FILE, buildConfusablesFile } from './build-confusables.js';

/** The table itself, without the header (which names the Node version that built it). */
const body = (file: string): string => file.slice(file.indexOf('export const CONFUSABLE_LETTERS'));

describe('scripts/build-confusables', () => {
  it('the committed look-alike table is what the script builds from the pinned package', () => {
    // On a failure after a Node upgrade (new Unicode letters), rerun: npx tsx scripts/build-confusables.ts
    expect(body(readFileSync(CONFUSABLES_FILE, 'utf8'))).toBe(body(buildConfusablesFile()));
  });
});
