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
import { screen, screenConversation, useRiskModel } from '../screener/screen.js';
import { BORDERLINE, CONTEXT_PROBES, PREPARATION_PROBES, PROBES } from '../screener/probes-data.js';
import { BUCKETS, featurise } from './features.js';
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
const MAX_NONE_FPR = 0.05;
/** Pages for harmless messages the model may add to the rules' own. */
const MAX_ADDED_NONE_PAGED = 0.005;
const MAX_EVERYDAY_RAISED = 0.02;
let rulesPaged = 0;
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
  return { x: featurise(cleanInvisibleAndConfusable(text), CONTEXT ? previous.map(cleanInvisibleAndConfusable) : []), level };
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
  /** The screener's own probes (its spec, `probes-data.ts`) screened at another level than theirs. */
  probe_misses: number;
}

/** The screener's figures on validation and on the everyday requests, with this model in place. */
function measure(file: RiskModelFile, validation: readonly Item[], everyday: readonly string[]): Figures {
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
    probe_misses: PROBE_SET.filter((p) => screenConversation([...(p.previous ?? []), p.text]).level !== p.level).length,
  };
}

const PROBE_SET = [...PROBES, ...BORDERLINE, ...CONTEXT_PROBES, ...PREPARATION_PROBES];
const acceptable = (f: Figures) => f.probe_misses === 0 && f.none_fpr <= MAX_NONE_FPR && f.none_paged <= rulesPaged + MAX_ADDED_NONE_PAGED && f.concern_paged <= rulesConcernPaged + MAX_ADDED_CONCERN_PAGED && f.everyday_raised <= MAX_EVERYDAY_RAISED && f.everyday_paged_by_model === 0;
const merit = (f: Figures) => f.urgent_caught + f.urgent_recall + f.any_risk_recall;

/**
 * Everyday requests to the companion (the intent corpus, written blind, no risk content), in a fixed
 * order: rounds *a and *b are trained on as harmless; *c and *d are where thresholds are checked.
 */
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
  const version = `lr3-${data.length}`;
  const file = (r: number, u: number, page: number | undefined): RiskModelFile => ({
    version,
    heads: { risk: { threshold: r, weights: weights.risk }, urgent: { threshold: u, ...(page === undefined ? {} : { page }), weights: weights.urgent } },
    trainedOn: { items: data.length, sources },
    context: CONTEXT,
  });
  const rulesOnly = measure(file(Infinity, Infinity, undefined), validation, everyday);
  rulesPaged = rulesOnly.none_paged;
  rulesConcernPaged = rulesOnly.concern_paged;
  const grid = [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.99];
  let best: { r: number; u: number; page: number | undefined; f: Figures } | null = null;
  for (const r of grid) {
    for (const u of grid) {
      const f = measure(file(r, u, undefined), validation, everyday);
      if (acceptable(f) && (!best || merit(f) > merit(best.f))) best = { r, u, page: undefined, f };
    }
  }
  if (!best) throw new Error('no thresholds meet the limits on validation');
  for (const page of [0.99, 0.98, 0.97, 0.95, 0.93, 0.9]) {
    if (page < best.u) break;
    const f = measure(file(best.r, best.u, page), validation, everyday);
    if (acceptable(f) && merit(f) > merit(best.f)) best = { ...best, page, f };
  }
  const out = { ...file(best.r, best.u, best.page), calibration: `thresholds chosen on the validation split (${split().validation.join(', ')}, ${validation.length} items) and ${everyday.length} everyday requests` };
  const round = (v: number) => Math.round(v * 1000) / 1000;
  console.log(`training items: ${data.length} (${data.filter((d) => d.level !== 'none').length} risk, ${data.filter((d) => d.level === 'urgent').length} urgent) from ${sources.join(', ')}`);
  console.log(`rules alone on validation: ${JSON.stringify(Object.fromEntries(Object.entries(rulesOnly).map(([k, v]) => [k, round(v)])))}`);
  console.log(`thresholds: risk ${best.r}, urgent ${best.u}, page ${best.page ?? 'never alone'}`);
  console.log(`validation: ${JSON.stringify(Object.fromEntries(Object.entries(best.f).map(([k, v]) => [k, round(v)])))}`);
  const path = new URL('./weights.json', import.meta.url);
  if (check) {
    const committed = JSON.parse(readFileSync(path, 'utf8')) as RiskModelFile;
    if (!isDeepStrictEqual(committed, JSON.parse(JSON.stringify(out)))) {
      console.error('weights.json is not what `npm run train:risk` makes from the committed corpus: run it and commit the result');
      return 1;
    }
    console.log('weights.json matches the corpus');
    return 0;
  }
  writeFileSync(path, JSON.stringify(out));
  console.log(`wrote weights.json (${version}): risk ${Object.keys(weights.risk).length} weights, urgent ${Object.keys(weights.urgent).length} weights`);
  return 0;
}

process.exitCode = main();
