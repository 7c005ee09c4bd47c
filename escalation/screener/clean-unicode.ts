/**
 * Undo the two Unicode tricks that hide a word from a screener while a reader still sees it:
 * invisible characters inside the word (`kill` with a U+FEFF, U+202E, U+180E, NUL or a tag character
 * in it) and look-alike letters from other scripts (`kіll` with a Cyrillic і). Applied once where
 * the screener receives text (screen.ts), so the rules and the risk model read the same turn, and
 * again inside normalise() for direct callers (idempotent, and a single test for most text).
 */
import { CONFUSABLE_LETTERS } from './confusables-data.js';

/**
 * Everything outside printable ASCII (plus tab, newline, carriage return) and printable Latin-1
 * less the soft hyphen: English and Spanish text never gets past this test, so it comes back as is.
 */
const NEEDS_CLEANING_RE = /[^\t\n\r\x20-\x7e\u00a0-\u00ac\u00ae-\u00ff]/;

/**
 * Default-ignorable code points, format characters (Cf) and controls (Cc), removed, except:
 * - controls that are white space (tab, newline, vertical tab, form feed, carriage return, U+0085
 *   NEL): they separate words, and removing them would glue two words into one;
 * - ZWJ and variation selectors 15/16 right after an emoji (or another such joiner): they hold an
 *   emoji sequence together (❤️‍🔥, 🤦🏽‍♀️), and the risk model reads a ZWJ sequence as separate
 *   pictographs; the rules' normaliser drops them itself once it has mapped the emoji.
 * A ZWJ or variation selector anywhere else (inside a word) is removed like the rest.
 */
const INVISIBLE_RE =
  /(?<!\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0e|\ufe0f)(?:\u200d|\ufe0e|\ufe0f)|(?![\t\n\v\f\r\u0085]|\u200d|\ufe0e|\ufe0f)[\p{Default_Ignorable_Code_Point}\p{Cf}\p{Cc}]/gu;

/** Any look-alike letter of the table (confusables-data.ts, generated from Unicode's confusables). */
const CONFUSABLE_RE = new RegExp(
  `[${Object.keys(CONFUSABLE_LETTERS)
    .map((c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`)
    .join('')}]`,
  'gu',
);
const fold = (c: string): string => CONFUSABLE_LETTERS[c] ?? c;

/**
 * Remove invisible characters and fold look-alike letters to the ASCII letters they imitate. ASCII
 * and Latin-1 (é, ñ, ü, ¿) are never changed, nor are emoji; text made only of those is returned
 * unchanged without further work.
 */
export function cleanInvisibleAndConfusable(text: string): string {
  if (!NEEDS_CLEANING_RE.test(text)) return text;
  return text.replace(INVISIBLE_RE, '').replace(CONFUSABLE_RE, fold);
}
