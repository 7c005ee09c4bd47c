/**
 * Trains the risk model: `npm run train:risk` (`-- --check`: retrain in memory and fail if the
 * committed weights.json differs, so the weights are always what the corpus and this script make).
 *
 * Data (escalation/risk-corpus/split.json): the corpus's **train** rounds, the shared dev set and the
 * screener's own probes. Two logistic regressions on hashed features (`features.ts`), trained with
 * seeded SGD, class-balanced (the same data gives the same weights): `risk` (any risk vs none) and
 * `urgent` (urgent vs the rest).
 *
 * Thresholds are chosen on the **validation** rounds, through the real screener (rules, guards and
 * model together, as a patient's message is screened): of a small grid, the one with the most urgent
 * messages caught, urgent recall and any-risk recall, such that on validation at most MAX_NONE_FPR of
 * harmless messages are raised and at most MAX_NONE_PAGED paged, and on the everyday requests of the
 * intent corpus (written blind, no risk content) at most MAX_EVERYDAY_RAISED are raised and none is
 * paged by the model alone. The **test** rounds are never read here.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { cleanInvisibleAndConfusable } from '../screener/clean-unicode.js';
import { analyserCues, screen, screenConversation, useRiskModel } from '../screener/screen.js';
import { BORDERLINE, CONTEXT_PROBES, PREPARATION_PROBES, PROBES } from '../screener/probes-data.js';
import { BUCKETS, featurise } from './features.js';
import type { FeatureSet } from './features.js';
import type { RiskModelFile } from './model.js';
import { buildRiskModel } from './model.js';
import type { CorpusItem as Item } from './corpus.js';
import { jsonl, split, splitItems } from './corpus.js';

const EPOCHS = Number(process.env.RM_EPOCHS ?? 10);
const L2 = Number(process.env.RM_L2 ?? 1e-4);
const RATE = Number(process.env.RM_RATE ?? 2);
/**
 * The earlier turns' words as features. Off: trained on pairs, the model learnt that any words after a
 * crisis are one ("are you there?" after a goodbye); carrying an earlier turn's risk is the screener's job.
 */
const CONTEXT = false;
/** Word clusters of pretrained vectors and the analyser's cues (`features.ts`). */
const FEATURES: FeatureSet = { clusters: true, analyser: true };
const MAX_NONE_FPR = 0.05;
/** Pages for harmless messages the model may add to the rules' own. */
const MAX_ADDED_NONE_PAGED = 0.005;
const MAX_EVERYDAY_RAISED = 0.02;
/** Any-risk floors tried for the urgent head raising a rules-none message on its own. */
const WITH_RISK_GRID = [0.5, 0.6, 0.7, 0.8, 0.85, 0.9];
const FINE = [0.5, 0.6, 0.7, 0.8, 0.85, 0.88, 0.9, 0.91, 0.92, 0.93, 0.94, 0.95, 0.96, 0.97, 0.98, 0.99];
const COARSE = [0.7, 0.8, 0.9, 0.95, 0.97, 0.99];
const CONTINUES_GRID = [0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.93, 0.95];
let rulesPaged = 0;
let rulesConversationRaised = 0;
/**
 * Patients' turns in our own conversation sets that expect no escalation anywhere (answers to the bot:
 * a name, a time, a goal, "ahora no") the model may raise beyond the rules' own (lr3 raised 0.85 points more). lr4 first scored
 * "Pues me llamo Guadalupe pero todos me dicen Lupita" as risk.
 */
const MAX_ADDED_CONVERSATION_RAISED = 0.01;
let rulesConcernPaged = 0;
/** Concern messages (a question to ask, not an emergency) the model may page for beyond the rules' own. */
const MAX_ADDED_CONCERN_PAGED = 0.03;

type Level = 'none' | 'concern' | 'urgent';
const RANK: Record<Level, number> = { none: 0, concern: 1, urgent: 2 };
interface Example {
  x: number[];
  level: Level;
}

const DEV = new URL('../../../shared/evals/crisis/dev.jsonl', import.meta.url);
const INTENTS = new URL('../../graph/intent-corpus/', import.meta.url);

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function example(text: string, previous: readonly string[], level: Level): Example {
  // The model is trained on what it reads at screening time: text with invisible and look-alike characters undone (screen.ts).
  const clean = cleanInvisibleAndConfusable(text);
  return { x: featurise(clean, CONTEXT ? previous.map(cleanInvisibleAndConfusable) : [], FEATURES, FEATURES.analyser ? analyserCues(clean) : []), level };
}

function trainingSet(): { data: Example[]; sources: string[] } {
  const items = [...splitItems('train'), ...jsonl<Item>(DEV)];
  const data: Example[] = [];
  for (const item of items) {
    const turns = item.text.split('\n');
    // Two turns whose earlier one the rules already find at the pair's level: the risk is carried from
    // that turn (screenConversation), and the last turn on its own may be anything ("are you there?").
    // Learning the pair's label for the last turn would teach the model that any words after a crisis are one.
    if (turns.length > 1 && RANK[screenConversation(turns.slice(0, -1), { rulesOnly: true }).level] >= RANK[item.level]) continue;
    data.push(example(turns.at(-1) ?? '', turns.slice(0, -1), item.level));
  }
  for (const p of [...PROBES, ...BORDERLINE, ...CONTEXT_PROBES, ...PREPARATION_PROBES]) data.push(example(p.text, p.previous ?? [], p.level));
  // Harmless requests to the companion, so that asking for an exercise or answering one is not read as risk.
  for (const text of everydayRequests('train')) data.push(example(text, [], 'none'));
  return { data, sources: [...split().train.map((r) => `risk-corpus/${r}`), 'shared dev.jsonl', 'screener probes', 'intent-corpus rounds *a, *b (as none)'] };
}

type Task = (e: Example) => 0 | 1;
const isRisk: Task = (e) => (e.level === 'none' ? 0 : 1);
const isUrgent: Task = (e) => (e.level === 'urgent' ? 1 : 0);

function train(data: readonly Example[], y: Task, seed = 7): Float64Array {
  const w = new Float64Array(BUCKETS);
  const pos = data.filter((d) => y(d) === 1).length;
  const weight = { 1: data.length / (2 * Math.max(1, pos)), 0: data.length / (2 * Math.max(1, data.length - pos)) };
  const order = data.map((_, i) => i);
  const random = rng(seed);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const rate = RATE / (1 + epoch);
    for (const i of order) {
      const d = data[i]!;
      const label = y(d);
      const norm = 1 / Math.sqrt(d.x.length);
      let z = 0;
      for (const f of d.x) z += w[f]! * norm;
      const p = 1 / (1 + Math.exp(-z));
      const g = (p - label) * weight[label] * rate * norm;
      for (const f of d.x) w[f] = w[f]! - g - rate * L2 * w[f]!;
    }
  }
  return w;
}

const sparse = (w: Float64Array) => {
  const out: Record<string, number> = {};
  for (let i = 0; i < w.length; i++) if (Math.abs(w[i]!) >= 1e-3) out[String(i)] = Math.round(w[i]! * 1e4) / 1e4;
  return out;
};

interface Figures {
  urgent_caught: number;
  urgent_recall: number;
  any_risk_recall: number;
  none_fpr: number;
  none_paged: number;
  concern_paged: number;
  everyday_raised: number;
  everyday_paged_by_model: number;
  /** Turns of our harmless conversations (answers to the bot: names, times, goals) raised. */
  conversation_raised: number;
  /** The screener's own probes (its spec, `probes-data.ts`) screened at another level than theirs. */
  probe_misses: number;
}

/** The screener's figures on validation and on the everyday requests, with this model in place. */
function measure(file: RiskModelFile, validation: readonly Item[], everyday: readonly string[], replies: readonly Reply[] = REPLIES): Figures {
  useRiskModel(buildRiskModel(file));
  const preds = validation.map((item) => ({ gold: item.level, level: screenConversation(item.text.split('\n')).level }));
  const of = (gold: Level | 'risk', pred: (l: Level) => boolean) => {
    const rows = preds.filter((p) => (gold === 'risk' ? p.gold !== 'none' : p.gold === gold));
    return rows.filter((p) => pred(p.level)).length / Math.max(1, rows.length);
  };
  const daily = everyday.map((t) => screen(t));
  return {
    urgent_caught: of('urgent', (l) => l !== 'none'),
    urgent_recall: of('urgent', (l) => l === 'urgent'),
    any_risk_recall: of('risk', (l) => l !== 'none'),
    none_fpr: of('none', (l) => l !== 'none'),
    none_paged: of('none', (l) => l === 'urgent'),
    concern_paged: of('concern', (l) => l === 'urgent'),
    everyday_raised: daily.filter((s) => s.level !== 'none').length / daily.length,
    everyday_paged_by_model: daily.filter((s) => s.level === 'urgent' && s.signals.every((x) => x.startsWith('model.'))).length,
    conversation_raised: replies.filter((r) => screen(r.text, { previous: r.previous }).level !== 'none').length / Math.max(1, replies.length),
    probe_misses: PROBE_SET.filter((p) => screenConversation([...(p.previous ?? []), p.text]).level !== p.level).length,
  };
}

const PROBE_SET = [...PROBES, ...BORDERLINE, ...CONTEXT_PROBES, ...PREPARATION_PROBES];
const acceptable = (f: Figures) => f.conversation_raised <= rulesConversationRaised + MAX_ADDED_CONVERSATION_RAISED && f.probe_misses === 0 && f.none_fpr <= MAX_NONE_FPR && f.none_paged <= rulesPaged + MAX_ADDED_NONE_PAGED && f.concern_paged <= rulesConcernPaged + MAX_ADDED_CONCERN_PAGED && f.everyday_raised <= MAX_EVERYDAY_RAISED && f.everyday_paged_by_model === 0;
const merit = (f: Figures) => f.urgent_caught + f.urgent_recall + f.any_risk_recall;

/**
 * Everyday requests to the companion (the intent corpus, written blind, no risk content), in a fixed
 * order: rounds *a and *b are trained on as harmless; *c and *d are where thresholds are checked.
 */
interface Reply {
  text: string;
  previous: string[];
}

/** Our conversation sets (`evals/conversations/`: ours and round A; round B stays held out). */
const CONVERSATIONS = ['own.jsonl', 'rounds/round-a.jsonl'].map((f) => new URL(`../../evals/conversations/${f}`, import.meta.url));

/** Every patient turn of the conversations in which no turn expects an escalation, with the turns before it. */
function harmlessReplies(): Reply[] {
  type Conversation = { turns: { text?: string; expect?: { escalation?: string } }[] };
  return CONVERSATIONS.flatMap((url) => jsonl<Conversation>(url))
    .filter((c) => c.turns.every((t) => (t.expect?.escalation ?? 'none') === 'none'))
    .flatMap((c) => {
      const texts = c.turns.flatMap((t) => (typeof t.text === 'string' ? [t.text] : []));
      return texts.map((text, i) => ({ text, previous: texts.slice(Math.max(0, i - 4), i) }));
    });
}
const REPLIES = harmlessReplies();

function everydayRequests(part: 'train' | 'check'): string[] {
  return readdirSync(INTENTS)
    .filter((f) => f.endsWith('.jsonl') && /[ab]\.jsonl$/.test(f) === (part === 'train'))
    .sort()
    .flatMap((f) => jsonl<{ text: string }>(new URL(f, INTENTS)).map((r) => r.text));
}

function main(): number {
  const check = process.argv.includes('--check');
  const { data, sources } = trainingSet();
  const risk = train(data, isRisk);
  const urgent = train(data, isUrgent);
  const weights = { risk: sparse(risk), urgent: sparse(urgent) };
  const validation = splitItems('validation');
  const everyday = everydayRequests('check');
  const version = `lr4-${data.length}`;
  const file = (r: number, u: number, page: number | undefined, withRisk = r, continues = 0.8): RiskModelFile => ({
    version,
    heads: { risk: { threshold: r, weights: weights.risk }, urgent: { threshold: u, ...(page === undefined ? {} : { page }), withRisk, continues, weights: weights.urgent } },
    trainedOn: { items: data.length, sources },
    context: CONTEXT,
    features: FEATURES,
  });
  const rulesOnly = measure(file(Infinity, Infinity, undefined), validation, everyday);
  rulesPaged = rulesOnly.none_paged;
  rulesConversationRaised = rulesOnly.conversation_raised;
  rulesConcernPaged = rulesOnly.concern_paged;
  const round = (v: number) => Math.round(v * 1000) / 1000;
  const show = (f: Figures) => JSON.stringify(Object.fromEntries(Object.entries(f).map(([k, v]) => [k, round(v)])));
  console.log(`training items: ${data.length} (${data.filter((d) => d.level !== 'none').length} risk, ${data.filter((d) => d.level === 'urgent').length} urgent) from ${sources.join(', ')}`);
  console.log(`rules alone on validation: ${show(rulesOnly)}`);
  const path = new URL('./weights.json', import.meta.url);
  if (check) {
    // The weights must be exactly what training makes; the thresholds (a search of a few minutes) must
    // still meet the limits on validation with them.
    const committed = JSON.parse(readFileSync(path, 'utf8')) as RiskModelFile;
    const { risk: r, urgent: u } = committed.heads;
    const made = JSON.parse(JSON.stringify(file(r.threshold, u.threshold, u.page, u.withRisk, u.continues))) as RiskModelFile;
    if (!isDeepStrictEqual({ ...committed, calibration: undefined }, { ...made, calibration: undefined })) {
      console.error('weights.json is not what `npm run train:risk` makes from the committed corpus: run it and commit the result');
      return 1;
    }
    const f = measure(committed, validation, everyday);
    console.log(`validation with the committed thresholds: ${show(f)}`);
    if (!acceptable(f)) {
      console.error('the committed thresholds no longer meet the limits on validation: run `npm run train:risk` and commit the result');
      return 1;
    }
    console.log('weights.json matches the corpus');
    return 0;
  }
  // The thresholds: risk (fine steps) against a few urgent ones, then the urgent head finer with a
  // lower any-risk floor, then the score at which the model pages alone.
  let best: { r: number; u: number; w: number; page: number | undefined; f: Figures } | null = null;
  const consider = (r: number, u: number, w: number, page: number | undefined) => {
    const f = measure(file(r, u, page, w), validation, everyday);
    if (acceptable(f) && (!best || merit(f) > merit(best.f))) best = { r, u, w, page, f };
  };
  for (const r of FINE) for (const u of [...COARSE, Infinity]) consider(r, u, r, undefined);
  if (!best) throw new Error('no thresholds meet the limits on validation');
  const { r } = best as { r: number };
  for (const w of [...WITH_RISK_GRID.filter((v) => v < r), r]) for (const u of FINE) consider(r, u, w, undefined);
  const chosen = best as { r: number; u: number; w: number };
  for (const page of FINE) consider(chosen.r, chosen.u, chosen.w, page);
  // Then the urgent score that continues earlier risk (two-turn items, the context probes).
  const paged = best as { r: number; u: number; w: number; page: number | undefined; f: Figures };
  // Of equally good ones, the highest: continuing pages, and in patients' trials lr4 at 0.8 paged for
  // "i already told u lol. 'im a failure as a dad'" (the thought of an exercise) after a safety check.
  let c: { continues: number; f: Figures } | null = null;
  for (const continues of CONTINUES_GRID) {
    const f = measure(file(paged.r, paged.u, paged.page, paged.w, continues), validation, everyday);
    if (acceptable(f) && (!c || merit(f) >= merit(c.f))) c = { continues, f };
  }
  if (!c) throw new Error('no score to continue earlier risk meets the limits on validation');
  const b = { ...paged, ...c };
  const out = { ...file(b.r, b.u, b.page, b.w, b.continues), calibration: `thresholds chosen on the validation split (${split().validation.join(', ')}, ${validation.length} items) and ${everyday.length} everyday requests` };
  console.log(`thresholds: risk ${b.r}, urgent ${b.u} with risk ${b.w}, page ${b.page ?? 'never alone'}, continues ${b.continues}`);
  console.log(`validation: ${show(b.f)}`);
  writeFileSync(path, JSON.stringify(out));
  console.log(`wrote weights.json (${version}): risk ${Object.keys(weights.risk).length} weights, urgent ${Object.keys(weights.urgent).length} weights`);
  return 0;
}

process.exitCode = main();
