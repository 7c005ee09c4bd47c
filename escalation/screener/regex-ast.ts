/**
 * A faithful parse of the rule tables' regex sources (literals, escapes, classes, groups,
 * lookarounds, alternation, anchors and lazy or greedy quantifiers), shared by the three places
 * that read a rule's pattern: the keyword gates (prefilter.ts), the prefix-factored twins
 * (factor.ts) and the start keys (starts.ts). Anything outside that subset throws.
 */

export interface Alt {
  readonly branches: Atom[][];
}

/** One atom with its quantifier; `inner` for groups (`open` is `(?:`, `(?=`, `(?<!`...). */
export interface Atom {
  readonly text: string;
  readonly quant: string;
  readonly open?: string;
  readonly inner?: Alt;
}

class Parser {
  private i = 0;
  constructor(private readonly src: string) {}

  parse(): Alt {
    const alt = this.alt();
    if (this.i !== this.src.length) throw new Error('regex: unbalanced )');
    return alt;
  }

  private alt(): Alt {
    const branches: Atom[][] = [this.seq()];
    while (this.src[this.i] === '|') {
      this.i++;
      branches.push(this.seq());
    }
    return { branches };
  }

  private seq(): Atom[] {
    const atoms: Atom[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') atoms.push(this.atom());
    return atoms;
  }

  private atom(): Atom {
    const s = this.src;
    const c = s[this.i] ?? '';
    if (c === '(') {
      const m = /^\((?:\?:|\?=|\?!|\?<=|\?<!)?/.exec(s.slice(this.i));
      const open = m?.[0] ?? '(';
      if (open === '(' && s[this.i + 1] === '?') throw new Error('regex: unsupported group');
      this.i += open.length;
      const inner = this.alt();
      if (s[this.i] !== ')') throw new Error('regex: unclosed group');
      this.i++;
      return { text: '', open, inner, quant: this.quant() };
    }
    let text: string;
    if (c === '\\') {
      if (/[ux]/.test(s[this.i + 1] ?? '')) throw new Error('regex: unsupported escape');
      text = s.slice(this.i, this.i + 2);
      this.i += 2;
    } else if (c === '[') {
      let j = this.i + 1;
      if (s[j] === '^') j++;
      if (s[j] === ']') j++;
      while (j < s.length && s[j] !== ']') j += s[j] === '\\' ? 2 : 1;
      if (j >= s.length) throw new Error('regex: unclosed class');
      text = s.slice(this.i, j + 1);
      this.i = j + 1;
    } else {
      text = c;
      this.i++;
    }
    return { text, quant: this.quant() };
  }

  private quant(): string {
    const m = /^(?:[?*+]|\{\d+(?:,\d*)?\})\??/.exec(this.src.slice(this.i));
    if (m === null) return '';
    this.i += m[0].length;
    return m[0];
  }
}

/** Lower and upper repetition bounds of a quantifier as the parser keeps it (`''` is exactly once). */
export function quantBounds(q: string): readonly [number, number] {
  const s = q.endsWith('?') && q.length > 1 ? q.slice(0, -1) : q;
  if (s === '') return [1, 1];
  if (s === '?') return [0, 1];
  if (s === '*') return [0, Infinity];
  if (s === '+') return [1, Infinity];
  const m = /^\{(\d+)(?:(,)(\d*))?\}$/.exec(s);
  if (m === null) throw new Error(`regex: not a quantifier: ${q}`);
  const min = Number(m[1]);
  const max = m[2] === undefined ? min : m[3] === '' || m[3] === undefined ? Infinity : Number(m[3]);
  return [min, max];
}

/** The source text of a parsed pattern. */
export function printSource(alt: Alt): string {
  return alt.branches.map((b) => b.map((a) => (a.inner === undefined ? a.text : `${a.open ?? '(?:'}${printSource(a.inner)})`) + a.quant).join('')).join('|');
}

/** Parse a pattern source (the subset the rule tables use); throws on anything else. */
export function parseSource(source: string): Alt {
  return new Parser(source).parse();
}
