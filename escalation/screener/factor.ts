/**
 * Prefix-factoring of regex alternations, so V8 does not try a 300-word lexicon one word at a time
 * at every token: `(?:bridge|building|balcony|cliff)` runs as `(?:b(?:ridge|uilding|alcony)|cliff)`.
 *
 * The rewrite is exact: only branches that begin with a plain literal character are grouped, only
 * within a run of such branches, and the order of branches sharing a first character is kept. Two
 * branches that begin with different characters can never match at the same position, so which of
 * them comes first never changed which match the engine found. Gates (prefilter.ts) are derived
 * from the original, readable source; only the compiled regex is factored.
 *
 * Supported syntax is what the rule tables use: literals, escapes, classes, groups, lookarounds,
 * alternation, anchors and (lazy) quantifiers. Anything else makes `factorSource` return its input.
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

const PLAIN = /^[a-z0-9 _]$/;

class Parser {
  private i = 0;
  constructor(private readonly src: string) {}

  parse(): Alt {
    const alt = this.alt();
    if (this.i !== this.src.length) throw new Error('factor: unbalanced )');
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
      if (open === '(' && s[this.i + 1] === '?') throw new Error('factor: unsupported group');
      this.i += open.length;
      const inner = this.alt();
      if (s[this.i] !== ')') throw new Error('factor: unclosed group');
      this.i++;
      return { text: '', open, inner, quant: this.quant() };
    }
    let text: string;
    if (c === '\\') {
      if (/[ux]/.test(s[this.i + 1] ?? '')) throw new Error('factor: unsupported escape');
      text = s.slice(this.i, this.i + 2);
      this.i += 2;
    } else if (c === '[') {
      let j = this.i + 1;
      if (s[j] === '^') j++;
      if (s[j] === ']') j++;
      while (j < s.length && s[j] !== ']') j += s[j] === '\\' ? 2 : 1;
      if (j >= s.length) throw new Error('factor: unclosed class');
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

const plainHead = (branch: readonly Atom[]): string | null => {
  const a = branch[0];
  return a !== undefined && a.inner === undefined && a.quant === '' && PLAIN.test(a.text) ? a.text : null;
};

function factorAlt(alt: Alt): Alt {
  const branches = alt.branches.map((b) => b.map(factorAtom));
  const out: Atom[][] = [];
  let i = 0;
  while (i < branches.length) {
    if (plainHead(branches[i] ?? []) === null) {
      out.push(branches[i] ?? []);
      i++;
      continue;
    }
    // A run of branches that start with a plain character: group by that character, in order.
    const groups = new Map<string, Atom[][]>();
    while (i < branches.length) {
      const b = branches[i] ?? [];
      const head = plainHead(b);
      if (head === null) break;
      const g = groups.get(head);
      if (g === undefined) groups.set(head, [b]);
      else g.push(b);
      i++;
    }
    for (const [head, members] of groups) {
      if (members.length === 1) {
        out.push(members[0] ?? []);
        continue;
      }
      const rest = factorAlt({ branches: members.map((m) => m.slice(1)) });
      const only = rest.branches.length === 1 ? rest.branches[0] : undefined;
      // A rest that factored down to one branch needs no group around it.
      out.push([{ text: head, quant: '' }, ...(only ?? [{ text: '', open: '(?:', inner: rest, quant: '' }])]);
    }
  }
  return { branches: out };
}

function factorAtom(a: Atom): Atom {
  return a.inner === undefined ? a : { ...a, inner: factorAlt(a.inner) };
}

function print(alt: Alt): string {
  return alt.branches.map((b) => b.map((a) => (a.inner === undefined ? a.text : `${a.open ?? '(?:'}${print(a.inner)})`) + a.quant).join('')).join('|');
}

/** Parse a pattern source (the subset the rule tables use); throws on anything else. */
export function parseSource(source: string): Alt {
  return new Parser(source).parse();
}

/** The same pattern with its alternations prefix-factored (or the input, if it cannot be parsed). */
export function factorSource(source: string): string {
  try {
    return print(factorAlt(new Parser(source).parse()));
  } catch {
    return source;
  }
}

/** Compile a pattern source into its factored regex. */
export function factored(source: string): RegExp {
  return new RegExp(factorSource(source));
}
