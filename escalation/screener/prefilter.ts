/**
 * Keyword gates derived automatically from each rule's regex source, so most rules are skipped
 * without running their (large) regex. For every rule we compute a set of keys - whole tokens
 * (`kill`) or token prefixes (`stockpil*`) - such that ANY match of the regex must contain one of
 * them at a token start. A turn is indexed once (tokens + token prefixes); a rule whose keys are
 * all absent cannot match and is not run. The derivation is conservative: whenever it is unsure
 * (optional parts, classes, mid-word literals) it gives up and the rule always runs.
 *
 * Supported syntax is the subset the rule tables use: literals, escapes, classes, (?: ) groups,
 * lookarounds, alternation and quantifiers.
 */
import { parseSource, quantBounds } from './regex-ast.js';
import type { Alt, Atom } from './regex-ast.js';

type Node =
  | { readonly k: 'lit'; readonly s: string }
  | { readonly k: 'any' }
  | { readonly k: 'assert'; readonly boundary: boolean }
  | { readonly k: 'alt'; readonly branches: readonly Node[] }
  | { readonly k: 'cat'; readonly items: readonly Node[] }
  | { readonly k: 'rep'; readonly min: number; readonly node: Node };

/** The gate's view of a parsed pattern: literal runs, wildcards, zero-width parts, repetition minimums. */
function fromAlt(alt: Alt): Node {
  const branches = alt.branches.map(fromSeq);
  return branches.length === 1 ? (branches[0] as Node) : { k: 'alt', branches };
}

function fromSeq(atoms: readonly Atom[]): Node {
  const items: Node[] = [];
  let run = '';
  const flush = () => {
    if (run.length > 0) items.push({ k: 'lit', s: run });
    run = '';
  };
  for (const a of atoms) {
    const node = fromAtom(a);
    if (a.quant === '' && node.k === 'lit') {
      run += node.s;
      continue;
    }
    flush();
    items.push(a.quant === '' ? node : { k: 'rep', min: quantBounds(a.quant)[0], node });
  }
  flush();
  return items.length === 1 ? (items[0] as Node) : { k: 'cat', items };
}

function fromAtom(a: Atom): Node {
  if (a.inner !== undefined) return a.open === '(?:' || a.open === '(' ? fromAlt(a.inner) : { k: 'assert', boundary: false };
  const t = a.text;
  if (t === '\\b' || t === '\\B') return { k: 'assert', boundary: t === '\\b' };
  if (t === '^' || t === '$') return { k: 'assert', boundary: false };
  if (t === '.' || t.startsWith('[') || /^\\[dDwWsS]$/.test(t)) return { k: 'any' };
  return { k: 'lit', s: t.startsWith('\\') ? t.slice(1) : t };
}

/** Words so common that gating on them would never skip anything. */
const STOP: ReadonlySet<string> = new Set([
  'i', 'im', 'my', 'me', 'to', 'the', 'a', 'an', 'and', 'of', 'it', 'is', 'in', 'you', 'that', 'this', 'for', 'on', 'with', 'be',
  'was', 'so', 'but', 'not', 'just', 'at', 'de', 'la', 'el', 'que', 'no', 'mi', 'y', 'en', 'lo', 'se', 'un', 'una', 'los',
  'las', 'por', 'con', 'para', 'es', 'he', 'she', 'they', 'we', 'or', 'if', 'all', 'get', 'go', 'are', 'can',
]);

type Req = ReadonlySet<string> | null;

function keyScore(key: string): number {
  const prefix = key.endsWith('*');
  const word = prefix ? key.slice(0, -1) : key;
  if (!/^[a-z0-9_]/.test(word) || STOP.has(word)) return 0;
  if (prefix && word.length < 2) return 0;
  return prefix ? word.length : word.length + 1;
}

function score(r: Req): number {
  if (r === null || r.size === 0) return -1;
  let min = Infinity;
  for (const k of r) min = Math.min(min, keyScore(k));
  return min - Math.log2(r.size) * 0.25;
}

function canBeEmpty(n: Node): boolean {
  switch (n.k) {
    case 'lit':
    case 'any':
      return false;
    case 'assert':
      return true;
    case 'rep':
      return n.min === 0 || canBeEmpty(n.node);
    case 'alt':
      return n.branches.some(canBeEmpty);
    case 'cat':
      return n.items.every(canBeEmpty);
  }
}

/** True when every non-empty match of n ends with a space (so the next item starts a token). */
function endsWithSpace(n: Node): boolean {
  switch (n.k) {
    case 'lit':
      return n.s.endsWith(' ');
    case 'any':
    case 'assert':
      return false;
    case 'rep':
      return endsWithSpace(n.node);
    case 'alt':
      return n.branches.every(endsWithSpace);
    case 'cat': {
      for (let j = n.items.length - 1; j >= 0; j--) {
        const it = n.items[j] as Node;
        if (it.k === 'assert') continue;
        return !canBeEmpty(it) && endsWithSpace(it);
      }
      return false;
    }
  }
}

function litReq(s: string, aligned: boolean): Req {
  const words = s.split(' ');
  let best: string | null = null;
  for (let j = 0; j < words.length; j++) {
    const w = words[j] ?? '';
    if (w.length === 0 || (j === 0 && !aligned)) continue;
    const key = j < words.length - 1 ? w : `${w}*`;
    if (best === null || keyScore(key) > keyScore(best)) best = key;
  }
  return best === null || keyScore(best) === 0 ? null : new Set([best]);
}

function req(n: Node, aligned: boolean): Req {
  switch (n.k) {
    case 'lit':
      return litReq(n.s, aligned);
    case 'any':
    case 'assert':
      return null;
    case 'rep':
      return n.min >= 1 ? req(n.node, aligned) : null;
    case 'alt': {
      const out = new Set<string>();
      for (const b of n.branches) {
        const r = req(b, aligned);
        if (r === null) return null;
        for (const k of r) out.add(k);
      }
      return out;
    }
    case 'cat': {
      let best: Req = null;
      let cur = aligned;
      for (const it of n.items) {
        const r = req(it, cur);
        if (score(r) > score(best)) best = r;
        if (it.k === 'assert') cur = it.boundary ? true : cur;
        else if (canBeEmpty(it)) cur = cur && endsWithSpace(it);
        else cur = endsWithSpace(it);
      }
      return best;
    }
  }
}

/**
 * Top-level alternatives of a `\\b(?:a|b|c)\\b` source (as rx() builds them), or null when the
 * source is not a plain alternation.
 */
export function splitTopLevel(source: string): string[] | null {
  if (!source.startsWith('\\b(?:') || !source.endsWith(')\\b')) return null;
  const inner = source.slice(5, -3);
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < inner.length; i++) {
    const c = inner.charAt(i);
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') {
      depth--;
      if (depth < 0) return null;
    } else if (c === '|' && depth === 0) {
      parts.push(inner.slice(from, i));
      from = i + 1;
    }
  }
  if (depth !== 0) return null;
  parts.push(inner.slice(from));
  return parts.length > 1 ? parts : null;
}

/** A gate clause: every key set must have a key present in the turn. */
export type Clause = readonly (readonly string[])[];

const MAX_SETS_PER_CLAUSE = 3;
const MAX_REST_SET = 64;

function good(r: Req): r is ReadonlySet<string> {
  if (r === null || r.size === 0) return false;
  for (const k of r) if (keyScore(k) < 2) return false;
  return true;
}

/** The key sets required by one alternative (a concatenation): all must hold. */
function clauseOf(n: Node, aligned: boolean): Clause | null {
  const items = n.k === 'cat' ? n.items : [n];
  const sets: (readonly string[])[] = [];
  let cur = aligned;
  for (const it of items) {
    const r = req(it, cur);
    if (good(r)) sets.push([...r]);
    if (it.k === 'assert') cur = it.boundary ? true : cur;
    else if (canBeEmpty(it)) cur = cur && endsWithSpace(it);
    else cur = endsWithSpace(it);
  }
  if (sets.length === 0) return null;
  const scored = sets.map((set) => ({ set, sc: score(new Set(set)) })).sort((a, b) => b.sc - a.sc);
  const [first, ...others] = scored;
  if (first === undefined) return null;
  // Checking a very large further set costs more than running the regex, so only smaller ones are
  // kept. Each key is one Set lookup (whole tokens, or the turn's token prefixes for `word*` keys).
  const rest = others.filter((x) => x.set.length <= MAX_REST_SET).slice(0, MAX_SETS_PER_CLAUSE - 1);
  return [first.set, ...rest.map((x) => x.set)];
}

/**
 * Gate clauses for a regex source (any clause may open the rule), or null when the rule must
 * always run. The top-level alternatives each give one clause.
 */
export function gateClauses(source: string): readonly Clause[] | null {
  let root = fromAlt(parseSource(source));
  // Unwrap the \b( ... )\b added by rx().
  if (root.k === 'cat') {
    const inner = root.items.filter((it) => it.k !== 'assert');
    if (inner.length === 1 && inner[0] !== undefined) root = inner[0];
  }
  const branches = root.k === 'alt' ? root.branches : [root];
  const clauses: Clause[] = [];
  for (const b of branches) {
    const c = clauseOf(b, true);
    if (c === null) return null;
    clauses.push(c);
  }
  return clauses;
}

interface Entry {
  readonly rule: number;
  /** The clause's further key sets, as key ids (smallest sets first). */
  readonly rest: readonly (readonly number[])[];
}

interface TrieNode {
  readonly next: Map<string, TrieNode>;
  /** Clauses whose first key set holds this token prefix. */
  entries: Entry[] | undefined;
  /** Id of the further-set key `prefix*` that this node stands for, or -1. */
  keyId: number;
}

const trieNode = (): TrieNode => ({ next: new Map(), entries: undefined, keyId: -1 });

interface TokenSlot {
  /** Clauses whose first key set holds this whole token. */
  entries: Entry[] | undefined;
  /** Id of the further-set key for this whole token, or -1. */
  keyId: number;
}

/**
 * Inverted gate index over a rule list: each clause is filed under the keys of its first (most
 * selective) key set - whole tokens in a map, token prefixes in a character trie so a turn's tokens
 * are walked without building prefix strings. The keys of the clauses' further key sets get ids and
 * live in the same map and trie, so one walk over a turn's tokens both reaches the candidate clauses
 * and marks which further keys are present; a clause then opens its rule when each further set has a
 * marked key.
 */
export class GateIndex {
  private readonly byToken = new Map<string, TokenSlot>();
  private readonly prefixes = trieNode();
  private readonly always: number[] = [];
  private keyCount = 0;

  constructor(clausesPerRule: readonly (readonly Clause[] | null)[]) {
    clausesPerRule.forEach((clauses, rule) => {
      if (clauses === null) {
        this.always.push(rule);
        return;
      }
      for (const clause of clauses) {
        const [first = [], ...restRaw] = clause;
        // Smallest sets first: a failing check then gives up after few lookups.
        const rest = [...restRaw].sort((a, b) => a.length - b.length).map((set) => set.map((k) => this.keyId(k)));
        const entry: Entry = { rule, rest };
        for (const k of first) {
          if (k.endsWith('*')) (this.node(k.slice(0, -1)).entries ??= []).push(entry);
          else (this.slot(k).entries ??= []).push(entry);
        }
      }
    });
  }

  private slot(word: string): TokenSlot {
    let s = this.byToken.get(word);
    if (s === undefined) {
      s = { entries: undefined, keyId: -1 };
      this.byToken.set(word, s);
    }
    return s;
  }

  private node(word: string): TrieNode {
    let node = this.prefixes;
    for (const ch of word) {
      let child = node.next.get(ch);
      if (child === undefined) {
        child = trieNode();
        node.next.set(ch, child);
      }
      node = child;
    }
    return node;
  }

  /** The id of a further-set key: a whole token (`kill`) or a token prefix (`stockpil*`). */
  private keyId(key: string): number {
    const holder = key.endsWith('*') ? this.node(key.slice(0, -1)) : this.slot(key);
    if (holder.keyId === -1) holder.keyId = this.keyCount++;
    return holder.keyId;
  }

  /**
   * Flags, per rule, whether it may match the normalised text; `list` receives the indexes of the
   * rules flagged (each once, in no particular order), so callers can skip the closed ones without
   * scanning every flag.
   */
  open(text: string, ruleCount: number, list?: number[]): Uint8Array {
    const open = new Uint8Array(ruleCount);
    for (const i of this.always) {
      open[i] = 1;
      list?.push(i);
    }
    // One walk over the distinct tokens: mark the further keys present (a prefix key counts for
    // prefixes of two or more characters, the whole token included) and collect reached clauses.
    const present = new Uint8Array(this.keyCount);
    const reached: Entry[][] = [];
    const seen = new Set<string>();
    for (const t of text.split(' ')) {
      if (t.length === 0 || seen.has(t)) continue;
      seen.add(t);
      const slot = this.byToken.get(t);
      if (slot !== undefined) {
        if (slot.keyId !== -1) present[slot.keyId] = 1;
        if (slot.entries !== undefined) reached.push(slot.entries);
      }
      let node: TrieNode | undefined = this.prefixes;
      for (let i = 0; i < t.length && node !== undefined; i++) {
        node = node.next.get(t.charAt(i));
        if (node === undefined || i < 1) continue;
        if (node.keyId !== -1) present[node.keyId] = 1;
        if (node.entries !== undefined) reached.push(node.entries);
      }
    }
    for (const entries of reached) {
      for (const e of entries) {
        if (open[e.rule] === 1) continue;
        let ok = true;
        for (const set of e.rest) {
          let found = false;
          for (const id of set) {
            if (present[id] === 1) {
              found = true;
              break;
            }
          }
          if (!found) {
            ok = false;
            break;
          }
        }
        if (ok) {
          open[e.rule] = 1;
          list?.push(e.rule);
        }
      }
    }
    return open;
  }
}
