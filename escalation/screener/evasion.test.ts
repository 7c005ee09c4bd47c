/**
 * Unicode evasion: every urgent item of the crisis dev set (read at run time from
 * ../shared/evals/crisis/dev.jsonl, never copied here), and a few sentences of our own, rewritten
 * with invisible characters inside words, look-alike letters from other scripts and fullwidth or
 * mathematical forms, must screen at the same level as the original. Failures name item ids only.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { RiskLevel } from '../screening.js';
import { parseJsonl } from './eval-metrics.js';
import { screenConversation } from './index.js';

const DEV_FILE = fileURLToPath(new URL('../../../shared/evals/crisis/dev.jsonl', import.meta.url));

/** Inserted in the middle of every word of two letters or more. */
const INVISIBLE: Readonly<Record<string, string>> = {
  'U+200B zero-width space': '\u200B',
  'U+FEFF byte order mark': '\uFEFF',
  'U+202E right-to-left override': '\u202E',
  'U+180E Mongolian vowel separator': '\u180E',
  'U+0000 NUL': '\u0000',
  'U+E0041 tag letter': '\u{E0041}',
  'U+00AD soft hyphen': '\u00AD',
  'U+2060 word joiner': '\u2060',
};

const CYRILLIC: Readonly<Record<string, string>> = {
  a: '\u0430', e: '\u0435', o: '\u043E', i: '\u0456', c: '\u0441', p: '\u0440', x: '\u0445', y: '\u0443', s: '\u0455', j: '\u0458',
  A: '\u0410', B: '\u0412', E: '\u0415', K: '\u041A', M: '\u041C', H: '\u041D', O: '\u041E', P: '\u0420', C: '\u0421', T: '\u0422', X: '\u0425', I: '\u0406',
};
const GREEK: Readonly<Record<string, string>> = {
  a: '\u03B1', i: '\u03B9', o: '\u03BF', v: '\u03BD', k: '\u03BA', p: '\u03C1', u: '\u03C5',
  A: '\u0391', B: '\u0392', E: '\u0395', H: '\u0397', I: '\u0399', K: '\u039A', M: '\u039C', N: '\u039D', O: '\u039F', P: '\u03A1', T: '\u03A4', X: '\u03A7', Y: '\u03A5', Z: '\u0396',
};

const insideWords = (text: string, ch: string): string =>
  text.replace(/\p{L}{2,}/gu, (w) => {
    const chars = [...w];
    const mid = Math.floor(chars.length / 2);
    return chars.slice(0, mid).join('') + ch + chars.slice(mid).join('');
  });
const swap = (text: string, table: Readonly<Record<string, string>>): string => text.replace(/[A-Za-z]/g, (c) => table[c] ?? c);
const fullwidth = (text: string): string => text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const mathBold = (text: string): string =>
  text.replace(/[A-Za-z0-9]/g, (c) => {
    const code = c.charCodeAt(0);
    if (c >= 'a') return String.fromCodePoint(0x1d41a + code - 0x61);
    if (c >= 'A') return String.fromCodePoint(0x1d400 + code - 0x41);
    return String.fromCodePoint(0x1d7ce + code - 0x30);
  });

const VARIANTS: ReadonlyArray<readonly [string, (text: string) => string]> = [
  ...Object.entries(INVISIBLE).map(([name, ch]) => [`${name} inside every word`, (t: string) => insideWords(t, ch)] as const),
  ['Cyrillic look-alikes (а е о і с р х у ѕ ј)', (t) => swap(t, CYRILLIC)],
  ['Greek look-alikes (α ι ο ν κ ρ υ)', (t) => swap(t, GREEK)],
  ['upper case with Cyrillic and Greek capitals', (t) => swap(swap(t.toUpperCase(), { I: '\u0399', N: '\u039D', Z: '\u0396' }), CYRILLIC)],
  ['fullwidth forms', fullwidth],
  ['mathematical bold letters and digits', mathBold],
  ['Cyrillic look-alikes and U+FEFF inside words', (t) => insideWords(swap(t, CYRILLIC), '\uFEFF')],
];

const levelOf = (text: string): RiskLevel => screenConversation(text.split('\n')).level;

/** Ids of the items whose variant screened at another level than the original. */
function mismatches(items: ReadonlyArray<{ id: string; text: string }>, variant: (text: string) => string): string[] {
  return items.filter((item) => levelOf(variant(item.text)) !== levelOf(item.text)).map((item) => item.id);
}

const devItems = existsSync(DEV_FILE) ? parseJsonl(readFileSync(DEV_FILE, 'utf8')).filter((i) => i.level === 'urgent') : [];

describe.skipIf(devItems.length === 0)(
  devItems.length === 0 ? `urgent dev items under Unicode evasion (skipped: ${DEV_FILE} not found)` : 'urgent dev items under Unicode evasion',
  () => {
    for (const [name, variant] of VARIANTS) {
      it(`each urgent dev item screens at the same level with ${name}`, () => {
        expect(mismatches(devItems, variant)).toEqual([]);
      });
    }
  },
);

describe('our own urgent sentences under Unicode evasion', () => {
  const OWN = [
    "I'm going to end my life tonight, I already have the pills ready",
    'I just swallowed a whole bottle of my sleeping tablets',
    'Tonight I am going to jump off the bridge near my flat',
    'Esta noche me voy a quitar la vida, ya tengo las pastillas',
    'Acabo de tomarme todas las pastillas del bote',
  ].map((text, i) => ({ id: `own-${i + 1}`, text }));

  it('the originals are urgent', () => {
    expect(OWN.filter((o) => levelOf(o.text) !== 'urgent').map((o) => o.id)).toEqual([]);
  });

  for (const [name, variant] of VARIANTS) {
    it(`they stay urgent with ${name}`, () => {
      expect(mismatches(OWN, variant)).toEqual([]);
    });
  }
});
