/**
 * Start keys: where in a turn a rule alternative can begin to match, so its regex is tried only at
 * those positions (sticky) instead of scanning the whole turn.
 *
 * For a pattern that begins with `\b` and whose matches always begin with a word character, a match
 * can only start at a word start (a word character after a non-word character, or at offset 0). We
 * derive from the pattern the exact set of strings its matches can begin with (their first k
 * characters: every match is at least k long). A turn's word starts are indexed by their first k
 * characters; an alternative is tried, in order, only at the word starts whose key is in its set,
 * which finds the same leftmost match as scanning: the engine tries the positions left to right with
 * the same backtracking at each, and no position left out can start a match. An alternative with
 * no such position in the turn cannot match at all.
 *
 * The derivation is conservative: zero-width parts (lookarounds, `\b`, `^`, `$`) are read as
 * matching anything, and whenever it is unsure (negated classes, `.`, `\S`, back-references, or a
 * set too large to be worth it) it gives up and the alternative scans as before.
 */
import { parseSource, quantBounds } from './regex-ast.js';
import type { Alt, Atom } from './regex-ast.js';

/** Longest key length tried; shorter ones are the fallback when matches can be shorter. */
const MAX_K = 3;
/** Shorter keys are hardly selective: below this the alternative scans. */
const MIN_K = 2;
/** More keys than this: not worth indexing (and the derivation stops growing sets past it). */
const MAX_KEYS = 1024;

class GiveUp extends Error {}

const DIGITS = '0123456789';
const WORD_START_RE = /^[A-Za-z0-9_]/;

const isWordCode = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/** The k-truncated concatenation of two prefix sets (a string already k long is complete). */
function concat(a: ReadonlySet<string>, b: ReadonlySet<string>, k: number): Set<string> {
  const out = new Set<string>();
  for (const x of a) {
    if (x.length >= k) {
      out.add(x);
      continue;
    }
    for (const y of b) out.add((x + y).slice(0, k));
    if (out.size > MAX_KEYS * 4) throw new GiveUp();
  }
  return out;
}

function classChars(cls: string): Set<string> {
  if (cls.startsWith('[^')) throw new GiveUp();
  const body = cls.slice(1, -1);
  const chars: string[] = [];
  for (let i = 0; i < body.length; i++) {
    let c = body.charAt(i);
    if (c === '\\') {
      const e = body.charAt(++i);
      if (e === 'd') {
        chars.push(...DIGITS);
        continue;
      }
      if (/[A-Za-z0-9]/.test(e)) throw new GiveUp();
      c = e;
    }
    if (body.charAt(i + 1) === '-' && i + 2 < body.length) {
      let hi = body.charAt(i + 2);
      i += 2;
      if (hi === '\\') {
        hi = body.charAt(++i);
        if (/[A-Za-z0-9]/.test(hi)) throw new GiveUp();
      }
      const from = c.charCodeAt(0);
      const to = hi.charCodeAt(0);
      if (to < from || to - from > 128) throw new GiveUp();
      for (let code = from; code <= to; code++) chars.push(String.fromCharCode(code));
      continue;
    }
    chars.push(c);
  }
  return new Set(chars);
}

/** What one atom (without its quantifier) can begin with. */
function atomBase(a: Atom, k: number): Set<string> {
  if (a.inner !== undefined) {
    if (a.open !== '(?:' && a.open !== '(') return new Set(['']); // a lookaround: zero-width
    return altSet(a.inner, k);
  }
  const t = a.text;
  if (t === '\\b' || t === '\\B' || t === '^' || t === '$') return new Set(['']);
  if (t === '.') throw new GiveUp();
  if (t.startsWith('[')) return classChars(t);
  if (t.startsWith('\\')) {
    const e = t.charAt(1);
    if (e === 'd') return new Set(DIGITS);
    if (/[A-Za-z0-9]/.test(e)) throw new GiveUp();
    return new Set([e]);
  }
  return new Set([t]);
}

function atomSet(a: Atom, k: number): Set<string> {
  const [min, max] = quantBounds(a.quant);
  if (min === 1 && max === 1) return atomBase(a, k);
  const base = atomBase(a, k);
  let pow = new Set(['']);
  for (let j = 0; j < min; j++) pow = concat(pow, base, k);
  const out = new Set(pow);
  // Past min + k repetitions nothing new can appear in the first k characters.
  for (let j = min; j < max && j < min + k; j++) {
    pow = concat(pow, base, k);
    for (const s of pow) out.add(s);
  }
  return out;
}

function seqSet(atoms: readonly Atom[], k: number): Set<string> {
  let acc = new Set(['']);
  for (const a of atoms) {
    let done = true;
    for (const s of acc) if (s.length < k) done = false;
    if (done) break; // the first k characters are settled: the rest of the sequence does not matter
    acc = concat(acc, atomSet(a, k), k);
  }
  return acc;
}

function altSet(alt: Alt, k: number): Set<string> {
  const out = new Set<string>();
  for (const b of alt.branches) for (const s of seqSet(b, k)) out.add(s);
  return out;
}

export interface StartKeys {
  /** Key length: every match is at least this long and begins with one of the keys. */
  readonly k: number;
  readonly keys: readonly string[];
}

/**
 * The start keys of a pattern source, or null when it is not sure (then the pattern scans).
 * Requires a leading `\b` and matches that begin with a word character, so matches start at word
 * starts only.
 */
export function startKeys(source: string): StartKeys | null {
  let root: Alt;
  try {
    root = parseSource(source);
  } catch {
    return null;
  }
  const [only, ...others] = root.branches;
  const head = only?.[0];
  if (only === undefined || others.length > 0 || head === undefined || head.text !== '\\b' || head.quant !== '' || head.inner !== undefined) return null;
  for (let k = MAX_K; k >= MIN_K; k--) {
    let set: Set<string>;
    try {
      set = seqSet(only, k);
    } catch {
      continue;
    }
    const keys = [...set];
    if (keys.length === 0 || keys.length > MAX_KEYS) continue;
    if (keys.every((s) => s.length === k && WORD_START_RE.test(s) && keyCode(s, 0, k) !== -1)) return { k, keys };
  }
  return null;
}

/** A key as a number (k <= 3, characters below 256), or -1 when it has a wider character. */
function keyCode(s: string, from: number, k: number): number {
  let code = k;
  for (let j = 0; j < k; j++) {
    const c = s.charCodeAt(from + j);
    if (c > 255) return -1;
    code = code * 256 + c;
  }
  return code;
}

/**
 * Index of start keys over a list of alternatives (null: no keys, always scanned). `candidates`
 * lists, for each open alternative that has keys, the offsets in the turn where it may match.
 */
export class StartIndex {
  /** Key code (length and characters) -> alternatives. */
  private readonly byKey = new Map<number, number[]>();
  /** Key lengths in use, longest first. */
  private readonly ks: readonly number[];
  private readonly keyed: Uint8Array;

  constructor(perUnit: readonly (StartKeys | null)[]) {
    this.keyed = new Uint8Array(perUnit.length);
    const ks = new Set<number>();
    perUnit.forEach((sk, unit) => {
      if (sk === null) return;
      this.keyed[unit] = 1;
      ks.add(sk.k);
      for (const key of sk.keys) {
        const code = keyCode(key, 0, sk.k);
        const list = this.byKey.get(code);
        if (list === undefined) this.byKey.set(code, [unit]);
        else list.push(unit);
      }
    });
    this.ks = [...ks].sort((a, b) => b - a);
  }

  /** Whether this alternative has start keys (so its candidates decide where it can match). */
  keyedUnit(unit: number): boolean {
    return this.keyed[unit] === 1;
  }

  /**
   * Ascending candidate offsets per alternative, for the alternatives flagged in `open` that have
   * keys. An alternative with keys and no entry cannot match anywhere in the text.
   */
  candidates(text: string, open: Uint8Array): Map<number, number[]> {
    const out = new Map<number, number[]>();
    const n = text.length;
    let prevWord = false;
    for (let p = 0; p < n; p++) {
      const word = isWordCode(text.charCodeAt(p));
      if (word && !prevWord) {
        for (const k of this.ks) {
          if (p + k > n) continue;
          const code = keyCode(text, p, k);
          const units = code === -1 ? undefined : this.byKey.get(code);
          if (units === undefined) continue;
          for (const u of units) {
            if (open[u] !== 1) continue;
            const list = out.get(u);
            if (list === undefined) out.set(u, [p]);
            else list.push(p);
          }
        }
      }
      prevWord = word;
    }
    return out;
  }
}

/** A sticky twin of an alternative's regex and the ascending offsets in a turn where it may start. */
export interface Starts {
  readonly sticky: RegExp;
  readonly at: readonly number[];
}

/**
 * The leftmost match in `rest` (the turn from `offset` on), trying only the candidate starts: the
 * same match the non-sticky regex finds by scanning `rest`, since no other position can start one.
 * When offset > 0, `rest` must begin at a space (a retry resumes at a token boundary): every
 * candidate is a word start, so it then lies past offset, and `rest` keeps the characters before it.
 */
export function firstAt(starts: Starts, rest: string, offset: number): RegExpExecArray | null {
  const { sticky, at } = starts;
  for (const p of at) {
    if (p < offset) continue;
    sticky.lastIndex = p - offset;
    const m = sticky.exec(rest);
    if (m !== null) return m;
  }
  return null;
}
