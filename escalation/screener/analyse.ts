/**
 * Run every pattern rule over one normalised turn and apply the guards to each match. The result
 * is per-turn and immutable once built: fired feature ids, risk hits and the guard signals that
 * cancelled matches. Combos and context are applied on top in screen.ts.
 */
import type { RiskCategory } from '../screening.js';
import { framesOf, isHistorical, isIdiom, isNegated, isQuotedOrFramed, isThirdParty, sentenceAround, turnMarkers } from './guards.js';
import type { Frames, TurnMarkers } from './guards.js';
import { normalise } from './normalise.js';
import { GateIndex } from './prefilter.js';
import { StartIndex, firstAt, startKeys } from './starts.js';
import type { Starts } from './starts.js';
import { CLARIFY, HIST, IDIOM, JOKE, NEG, QUOTE, THIRD, TRIVIAL } from './rule-types.js';
import type { PatternRule } from './rule-types.js';
import { PATTERN_RULES } from './rules.js';

export interface TurnAnalysis {
  /** Ids of rules that fired (features and risk hits), plus tone markers. */
  readonly features: Set<string>;
  /** Risk hits: rule id -> category. */
  readonly hits: Map<string, RiskCategory>;
  /** Guard signals that cancelled a risk match (`negation.self`, `idiom.frame`...). */
  readonly guards: Set<string>;
}

/** Every rule's alternatives, flattened, with the rule they belong to. */
const UNITS = PATTERN_RULES.flatMap((rule) => rule.units.map((unit) => ({ rule, unit })));
const GATES = new GateIndex(UNITS.map((u) => u.unit.gate));
/** Where each alternative can start matching (starts.ts), and its sticky twin tried only there. */
const STARTS = new StartIndex(UNITS.map((u) => startKeys(u.unit.re.source)));
const STICKY = UNITS.map((u, i) => (STARTS.keyedUnit(i) ? new RegExp(u.unit.re.source, 'y') : null));

/** At most this many candidate matches per rule and turn (a cancelled match lets the next one try). */
const MAX_TRIES = 4;

type Verdict = 'ok' | 'skip' | 'past' | string;

/** Per-turn memo of sentence-level facts several rules ask about (built fresh for every turn). */
interface TurnCache {
  readonly historical: Map<number, boolean>;
  readonly frames: Map<number, Frames>;
}

function judge(rule: PatternRule, text: string, start: number, end: number, m: TurnMarkers, cache: TurnCache): Verdict {
  const g = rule.guards;
  if (g === 0 && rule.onlyIf === undefined && rule.unless === undefined && rule.unlessTurn === undefined) return 'ok';
  if (rule.unlessTurn !== undefined && rule.unlessTurn.test(text)) return 'rule.exception';
  const [s, e] = sentenceAround(text, start, end);
  if (rule.onlyIf !== undefined || rule.unless !== undefined || (g & HIST) !== 0) {
    const sentence = text.slice(s, e);
    if (rule.onlyIf !== undefined && !rule.onlyIf.test(sentence)) return 'skip';
    if (rule.unless !== undefined && rule.unless.test(sentence)) return 'rule.exception';
    if ((g & HIST) !== 0) {
      let hist = cache.historical.get(s);
      if (hist === undefined) {
        hist = isHistorical(sentence);
        cache.historical.set(s, hist);
      }
      if (hist) return 'past';
    }
  }
  if ((g & QUOTE) !== 0) {
    let frames = cache.frames.get(s);
    if (frames === undefined) {
      frames = framesOf(text.slice(s, e));
      cache.frames.set(s, frames);
    }
    const frame = isQuotedOrFramed(text, start, s, m, frames);
    if (frame !== null) return `quote.${frame}`;
  }
  if ((g & NEG) !== 0 && isNegated(text, start, end, s)) return 'negation.self';
  if ((g & THIRD) !== 0 && !m.selfRef && isThirdParty(text, start, end, s)) return 'third_party.subject';
  if ((g & IDIOM) !== 0 && isIdiom(text, end)) return 'idiom.frame';
  if ((g & JOKE) !== 0 && m.joke) return 'joke.marker';
  if ((g & CLARIFY) !== 0 && m.clarify) return 'clarify.retracted';
  if ((g & TRIVIAL) !== 0 && m.joke && m.trivial) return 'joke.everyday';
  return 'ok';
}

/**
 * Try one rule on the turn: its leftmost match, then (when a guard cancels it) up to MAX_TRIES - 1
 * later ones. Returns true when the rule fired.
 */
function applyRule(
  rule: PatternRule,
  re: RegExp,
  starts: Starts | null,
  text: string,
  m: TurnMarkers,
  cache: TurnCache,
  out: TurnAnalysis,
): boolean {
  let offset = 0;
  for (let k = 0; k < MAX_TRIES && offset < text.length; k++) {
    const rest = offset === 0 ? text : text.slice(offset);
    const found = starts !== null ? firstAt(starts, rest, offset) : re.exec(rest);
    if (found === null) return false;
    const start = offset + found.index;
    const end = start + found[0].length;
    const verdict = judge(rule, text, start, end, m, cache);
    if (verdict === 'ok') {
      out.features.add(rule.id);
      if (rule.category !== undefined) out.hits.set(rule.id, rule.category);
      return true;
    }
    if (verdict === 'past') {
      if (rule.past !== undefined) out.features.add(rule.past);
      if (rule.category !== undefined) out.guards.add('history.remote');
    } else if (verdict !== 'skip' && rule.category !== undefined) {
      out.guards.add(verdict);
    }
    // Resume at the next token, not at the match end: overlapping alternatives get their chance,
    // and never mid-word (a slice starting mid-word would fake a word boundary).
    const next = text.indexOf(' ', start + 1);
    if (next === -1) return false;
    offset = next;
  }
  return false;
}

/** Analyse one turn of patient text (a turn may span several lines). */
export function analyseTurn(raw: string): TurnAnalysis {
  const text = normalise(raw);
  const m = turnMarkers(text);
  const out: TurnAnalysis = { features: new Set(), hits: new Map(), guards: new Set() };
  if (m.joke) out.features.add('tone.joke');
  if (m.clarify) out.features.add('tone.clarify');
  if (m.media) out.features.add('tone.media');
  if (m.homework) out.features.add('tone.homework');
  const cache: TurnCache = { historical: new Map(), frames: new Map() };
  const n = UNITS.length;
  // Gates are per alternative: a big lexicon only runs the branches whose words are present.
  const opened: number[] = [];
  const open = GATES.open(text, n, opened);
  opened.sort((a, b) => a - b);
  const candidates = STARTS.candidates(text, open);
  let fired: PatternRule | null = null;
  for (const i of opened) {
    const u = UNITS[i];
    if (u === undefined || u.rule === fired) continue;
    const sticky = STICKY[i] ?? null;
    let starts: Starts | null = null;
    if (sticky !== null) {
      const at = candidates.get(i);
      // No word start in the turn that this alternative can begin with: it cannot match.
      if (at === undefined) continue;
      starts = { sticky, at };
    }
    if (applyRule(u.rule, u.unit.re, starts, text, m, cache, out)) fired = u.rule;
  }
  return out;
}

/**
 * Recently analysed turns, by raw text. The live pipeline screens each message with the earlier
 * turns as context, so every turn is analysed again on each of the next few messages; those repeats
 * are served from here. Small on purpose (a few conversations' recent turns), and long turns are not
 * kept. The analysis is a pure function of the text.
 */
const RECENT_TURNS = 64;
const MAX_CACHED_LENGTH = 2000;
const recent = new Map<string, TurnAnalysis>();

/** A cached analysis is shared between callers, so they get it read-only. */
export interface SharedTurnAnalysis {
  readonly features: ReadonlySet<string>;
  readonly hits: ReadonlyMap<string, RiskCategory>;
  readonly guards: ReadonlySet<string>;
}

export function analyseTurnCached(raw: string): SharedTurnAnalysis {
  const hit = recent.get(raw);
  if (hit !== undefined) {
    recent.delete(raw);
    recent.set(raw, hit);
    return hit;
  }
  const a = analyseTurn(raw);
  if (raw.length <= MAX_CACHED_LENGTH) {
    if (recent.size >= RECENT_TURNS) {
      const oldest = recent.keys().next();
      if (oldest.done !== true) recent.delete(oldest.value);
    }
    recent.set(raw, a);
  }
  return a;
}
