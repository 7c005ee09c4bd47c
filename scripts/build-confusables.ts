/**
 * Writes escalation/screener/confusables-data.ts: the look-alike letters the crisis screener folds
 * back to the ASCII letters they imitate (`kіll` with a Cyrillic і reads as `kill`).
 *
 *   npx tsx scripts/build-confusables.ts          # rewrite the table
 *   npx tsx scripts/build-confusables.ts --check  # exit 1 if the committed table is stale
 *
 * Source: Unicode's confusables.txt (UTS #39) as shipped in the devDependency `unhomoglyph`
 * (`data.json`: every source character -> its prototype). Only what a screener needs is kept:
 *
 * - sources are letters (general category L) outside ASCII and Latin-1, so ASCII and the accented
 *   letters of Spanish and English (é, ñ, ü...) are never touched (they keep going through the
 *   screener's own accent stripping); digits, marks, symbols and emoji are left alone;
 * - the prototype is one or more ASCII letters (`a`, `rn`, `ae`), never a digit: folding a letter
 *   into a digit would only feed the leetspeak decoder a guess;
 * - characters that NFKC already turns into ASCII (fullwidth, mathematical alphanumerics, circled
 *   letters) are left to the screener's NFKC, which keeps `𝟏` a `1` where confusables.txt says `l`.
 *
 * Beyond a plain lookup (each marked in the table's comments):
 * - `small capital`: a prototype that is a Latin small capital (Cyrillic `в` -> `ʙ`, `т` -> `ᴛ`,
 *   Greek `κ` -> `ĸ`) reads as its letter;
 * - a prototype of ASCII letters with marks (Greek `η` -> `n̩`) keeps the marks, which the screener
 *   strips like accents;
 * - `as its lowercase`: confusables.txt maps Cyrillic `І` and Greek `Ι` to `l`, as it maps ASCII
 *   `I`; the screener lowercases, and `КІLL` means `kill`, so an uppercase letter whose prototype
 *   is `l` and whose lowercase's is `i` becomes `I`;
 * - `NFKC` / `base + marks`: a compatibility form or an accented letter of another script (`𝛂`,
 *   `ё`, `ά`) takes its base letter's prototype, marks kept (`ё` -> `ë`), so the accent is stripped
 *   downstream as for Spanish.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const SOURCE_PACKAGE = 'unhomoglyph';
/** The confusables.txt version inside the package (its README and CHANGELOG: "v13.0.0"). */
const UNICODE_VERSION = '13.0.0';
const OUT = fileURLToPath(new URL('../escalation/screener/confusables-data.ts', import.meta.url));

const ASCII_LETTERS_RE = /^[A-Za-z]+$/;
const isAscii = (s: string): boolean => [...s].every((c) => (c.codePointAt(0) ?? 0) < 0x80);
const LETTER_RE = /^\p{L}$/u;
const MARKS_RE = /^\p{M}+$/u;
const PICTO_RE = /\p{Extended_Pictographic}/u;
/** Scripts written left to right whose glyphs are safe to show in a source comment. */
const SHOWN_SCRIPTS_RE =
  /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Armenian}\p{Script=Cherokee}\p{Script=Lisu}\p{Script=Coptic}\p{Script=Canadian_Aboriginal}\p{Script=Georgian}]$/u;
const SCRIPTS = [
  'Latin', 'Greek', 'Cyrillic', 'Coptic', 'Armenian', 'Georgian', 'Cherokee', 'Canadian_Aboriginal', 'Lisu',
] as const;

type Via = 'own' | 'small' | 'lower' | 'nfkc' | 'marks';
const NOTES: Readonly<Record<Via, string>> = { own: '', small: 'small capital', lower: 'as its lowercase', nfkc: 'NFKC', marks: 'base + marks' };
interface Entry {
  readonly source: string;
  readonly target: string;
  readonly via: Via;
  readonly note: string;
}

const hex = (c: string): string => (c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
const single = (s: string): boolean => [...s].length === 1;

function loadData(): { data: ReadonlyMap<string, string>; version: string; license: string } {
  const pkg = JSON.parse(readFileSync(require.resolve(`${SOURCE_PACKAGE}/package.json`), 'utf8')) as { version: string; license: string };
  const raw = JSON.parse(readFileSync(require.resolve(`${SOURCE_PACKAGE}/data.json`), 'utf8')) as Record<string, string>;
  return { data: new Map(Object.entries(raw)), version: pkg.version, license: pkg.license };
}

/**
 * Latin small capitals that confusables.txt uses as prototypes (Cyrillic `в` -> `ʙ`, `т` -> `ᴛ`,
 * Greek `κ` -> `ĸ`): each reads as its letter. `ʍ` (turned w) is the prototype of the small-capital
 * M shapes (Cyrillic `м`).
 */
const SMALL_CAPITALS: ReadonlyMap<string, string> = new Map([
  ['\u{1D00}', 'a'], ['\u{0299}', 'b'], ['\u{1D05}', 'd'], ['\u{1D07}', 'e'], ['\u{0262}', 'g'], ['\u{029C}', 'h'],
  ['\u{1D0A}', 'j'], ['\u{0138}', 'k'], ['\u{029F}', 'l'], ['\u{028D}', 'm'], ['\u{1D18}', 'p'], ['\u{0280}', 'r'],
  ['\u{1D1B}', 't'],
]);
const LETTERS_MARKS_RE = /^[A-Za-z]+\p{M}*$/u;
const ONE_LETTER_RE = /^[A-Za-z]\p{M}*$/u;

/** A character's prototype when it is ASCII letters (marks after them allowed: `η` -> `n̩`) or a small capital. */
function asciiPrototype(data: ReadonlyMap<string, string>, ch: string): { target: string; via: Via } | null {
  const small = SMALL_CAPITALS.get(ch);
  if (small !== undefined) return { target: small, via: 'small' };
  const t = data.get(ch);
  if (t === undefined) return null;
  if (LETTERS_MARKS_RE.test(t)) return { target: t.normalize('NFC'), via: 'own' };
  const viaSmall = SMALL_CAPITALS.get(t);
  return viaSmall === undefined ? null : { target: viaSmall, via: 'small' };
}

/**
 * The ASCII-letter prototype of one letter. confusables.txt maps Cyrillic `І` and Greek `Ι` to `l`,
 * as it maps ASCII `I`; the screener lowercases, and `КІLL` means `kill`, so an uppercase letter whose
 * prototype is `l` and whose lowercase's is `i` becomes `I`.
 */
function letterPrototype(data: ReadonlyMap<string, string>, ch: string): { target: string; via: Via } | null {
  const own = asciiPrototype(data, ch);
  if (own?.target === 'l') {
    const lower = ch.toLowerCase();
    if (lower !== ch && single(lower) && asciiPrototype(data, lower)?.target === 'i') return { target: 'I', via: 'lower' };
  }
  return own;
}

function entryFor(data: ReadonlyMap<string, string>, ch: string): Entry | null {
  if (!LETTER_RE.test(ch) || (ch.codePointAt(0) ?? 0) < 0x100 || PICTO_RE.test(ch)) return null;
  const nfkc = ch.normalize('NFKC');
  const [base = '', ...rest] = [...ch.normalize('NFKD')];
  // NFKC (run by the screener) already makes it ASCII, or it is an ASCII letter with marks (ō, ş):
  // leave it to NFKC and the accent stripping.
  if (isAscii(nfkc) || isAscii(base)) return null;
  const direct = letterPrototype(data, ch);
  if (direct !== null) return { source: ch, ...direct, note: NOTES[direct.via] };
  if (nfkc !== ch && single(nfkc)) {
    const p = letterPrototype(data, nfkc);
    if (p !== null) return { source: ch, target: p.target, via: 'nfkc', note: `NFKC U+${hex(nfkc)}` };
  }
  // A letter of another script with marks (ё = е + U+0308): its base's prototype, marks kept.
  const marks = rest.join('');
  if (marks.length > 0 && MARKS_RE.test(marks)) {
    const p = letterPrototype(data, base);
    if (p !== null && ONE_LETTER_RE.test(p.target.normalize('NFD'))) {
      return { source: ch, target: (p.target + marks).normalize('NFC'), via: 'marks', note: `U+${hex(base)} + marks` };
    }
  }
  return null;
}

function buildEntries(data: ReadonlyMap<string, string>): Entry[] {
  const out: Entry[] = [];
  for (let cp = 0x100; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const e = entryFor(data, String.fromCodePoint(cp));
    if (e !== null) out.push(e);
  }
  return out;
}

const scriptOf = (ch: string): string => SCRIPTS.find((s) => new RegExp(`\\p{Script=${s}}`, 'u').test(ch)) ?? 'Other scripts';

const escape = (s: string): string => [...s].map((c) => (ASCII_LETTERS_RE.test(c) ? c : `\\u{${hex(c)}}`)).join('');

function render(entries: readonly Entry[], version: string, license: string): string {
  const groups = new Map<string, Entry[]>();
  for (const e of entries) {
    const g = scriptOf(e.source);
    groups.set(g, [...(groups.get(g) ?? []), e]);
  }
  const order = [...SCRIPTS, 'Other scripts'].filter((s) => groups.has(s));
  const lines: string[] = [];
  for (const g of order) {
    lines.push(`  // ${g.replaceAll('_', ' ')}`);
    for (const e of groups.get(g) ?? []) {
      const glyph = SHOWN_SCRIPTS_RE.test(e.source) ? `${e.source} ` : '';
      lines.push(`  '${escape(e.source)}': '${escape(e.target)}', // ${glyph}U+${hex(e.source)}${e.note ? ` (${e.note})` : ''}`);
    }
  }
  return `/**
 * GENERATED by scripts/build-confusables.ts: do not edit by hand (\`npx tsx scripts/build-confusables.ts\`).
 *
 * Look-alike letters -> the ASCII letters they imitate, for the crisis screener (clean-unicode.ts).
 * Source: Unicode confusables.txt (UTS #39 Unicode Security Mechanisms), version ${UNICODE_VERSION}, as
 * shipped in the npm package ${SOURCE_PACKAGE} ${version} (data.json).
 * Licence: ${SOURCE_PACKAGE} is ${license} (Copyright (c) 2016 Vitaly Puzrin); the confusables data is
 * Copyright (c) Unicode, Inc., distributed under the Unicode License (https://www.unicode.org/license.txt).
 *
 * Kept: letters outside ASCII and Latin-1 whose prototype is ASCII letters, except those NFKC
 * already makes ASCII. Comments mark derived entries: "small capital", "as its lowercase", NFKC,
 * "base + marks" (the script's file comment explains each). ${entries.length} entries; letter
 * properties and normalisation from Node ${process.versions.node} (Unicode ${process.versions.unicode}).
 */
export const CONFUSABLES_SOURCE = { package: '${SOURCE_PACKAGE}', version: '${version}', confusablesTxt: '${UNICODE_VERSION}' } as const;

export const CONFUSABLE_LETTERS: Readonly<Record<string, string>> = {
${lines.join('\n')}
};
`;
}

/** The table file's text, built from the installed package (what the script writes). */
export function buildConfusablesFile(): string {
  const { data, version, license } = loadData();
  return render(buildEntries(data), version, license);
}

/** Where the table is written. */
export const CONFUSABLES_FILE = OUT;

function main(): number {
  const text = buildConfusablesFile();
  if (process.argv.includes('--check')) {
    if (readFileSync(OUT, 'utf8') !== text) {
      console.error(`${OUT} is stale: run npx tsx scripts/build-confusables.ts`);
      return 1;
    }
    console.log('confusables-data.ts is up to date');
    return 0;
  }
  writeFileSync(OUT, text);
  console.log(`wrote ${OUT}`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = main();
