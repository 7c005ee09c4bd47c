/**
 * Small helpers for writing concept patterns over normalised text.
 *
 * Normalised text is lowercase ASCII-ish tokens separated by single spaces, with a leading and a
 * trailing space; sentence ends are the tokens `.` and `?`, commas are `,` and quote marks `"`.
 * Patterns are written as source strings and compiled once at module load.
 */

/** Non-capturing alternation of pattern fragments. */
export function alt(...parts: readonly string[]): string {
  return `(?:${parts.join('|')})`;
}

/**
 * Up to `max` intervening tokens, never crossing a sentence end (`.` or `?`), then the space that
 * precedes the next word. Use between two fragments: `${a}${gap(3)}${b}`.
 */
export function gap(max: number): string {
  return `(?: [^ .?]+){0,${max}} `;
}

/**
 * Like gap(), but no intervening token may be a negator: "my partner doesn't hit me" must not read
 * as "my partner ... hit me".
 */
export function gapNoNeg(max: number): string {
  return `(?: (?!(?:not|never|dont|doesnt|didnt|wont|wouldnt|isnt|wasnt|hasnt|havent|no|nunca|jamas)\\b)[^ .?]+){0,${max}} `;
}

/** Up to `max` intervening tokens that may cross sentence ends (for two-sentence phrasings). */
export function span(max: number): string {
  return `(?: \\S+){0,${max}} `;
}

/** Compile a fragment into a word-bounded regular expression (called at module load only). */
export function rx(src: string): RegExp {
  return new RegExp(`\\b${src}\\b`);
}

/** Compile without the outer word boundaries (for fragments that start or end with punctuation). */
export function rxRaw(src: string): RegExp {
  return new RegExp(src);
}
