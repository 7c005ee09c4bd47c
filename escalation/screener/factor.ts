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

import { parseSource, printSource } from './regex-ast.js';
import type { Alt, Atom } from './regex-ast.js';

const PLAIN = /^[a-z0-9 _]$/;

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

/** The same pattern with its alternations prefix-factored (or the input, if it cannot be parsed). */
export function factorSource(source: string): string {
  try {
    return printSource(factorAlt(parseSource(source)));
  } catch {
    return source;
  }
}

/** Compile a pattern source into its factored regex. */
export function factored(source: string): RegExp {
  return new RegExp(factorSource(source));
}
