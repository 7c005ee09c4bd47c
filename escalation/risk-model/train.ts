/**
 * Trains the risk model: `npx tsx escalation/risk-model/train.ts <labelled.jsonl>...`
 *
 * Two logistic regressions on hashed features, trained with seeded SGD (the same data gives the same
 * weights): `risk` (any risk vs none) and `urgent` (urgent vs the rest). Their thresholds are chosen
 * by 5-fold cross-validation on what the rules leave for them:
 * - risk: among items the rules call none, the lowest score adding at most MAX_ADDED_FPR false
 *   alarms (harmless items raised to concern);
 * - urgent: among items the rules do not call urgent, the lowest score adding at most
 *   MAX_ADDED_FALSE_URGENT pages for messages that are not urgent.
 * Writes weights.json beside this file and prints the cross-validated figures. It refuses a
 * held-out file (round B or F).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cleanInvisibleAndConfusable } from '../screener/clean-unicode.js';
import { screenConversation } from '../screener/index.js';
import { BORDERLINE, CONTEXT_PROBES, PREPARATION_PROBES, PROBES } from '../screener/probes-data.js';
import { BUCKETS, featurise } from './features.js';
import type { RiskModelFile } from './model.js';

const EPOCHS = Number(process.env.RM_EPOCHS ?? 10);
const L2 = Number(process.env.RM_L2 ?? 1e-4);
const RATE = Number(process.env.RM_RATE ?? 2);
const MAX_ADDED_FPR = Number(process.env.RM_MAX_FPR ?? 0.03);
const MAX_ADDED_FALSE_URGENT = Number(process.env.RM_MAX_FALSE_URGENT ?? 0.01);
const FOLDS = 5;

type Level = 'none' | 'concern' | 'urgent';
interface Example {
  x: number[];
  level: Level;
  rules: Level;
}

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function example(text: string, previous: readonly string[], level: Level): Example {
  // The model is trained on what it reads at screening time: text with invisible and look-alike characters undone (screen.ts).
  const x = featurise(cleanInvisibleAndConfusable(text), previous.map(cleanInvisibleAndConfusable));
  return { x, level, rules: screenConversation([...previous, text], { rulesOnly: true }).level };
}

function load(files: readonly string[]): Example[] {
  const out: Example[] = [];
  for (const f of files) {
    if (/round-[bf]\b/.test(f)) throw new Error(`${f} is held out: never train on it`);
    for (const line of readFileSync(f, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const item = JSON.parse(line) as { text: string; level: Level };
      const turns = item.text.split('\n');
      out.push(example(turns.at(-1) ?? '', turns.slice(0, -1), item.level));
    }
  }
  for (const p of [...PROBES, ...BORDERLINE, ...CONTEXT_PROBES, ...PREPARATION_PROBES]) out.push(example(p.text, p.previous ?? [], p.level));
  return out;
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

function score(w: Float64Array, x: readonly number[]): number {
  let z = 0;
  for (const f of x) z += w[f]!;
  return 1 / (1 + Math.exp(-z / Math.sqrt(x.length)));
}

/** Out-of-fold scores for every example. */
function crossValidate(data: readonly Example[], y: Task): number[] {
  const scores = new Array<number>(data.length).fill(0);
  for (let k = 0; k < FOLDS; k++) {
    const w = train(
      data.filter((_, i) => i % FOLDS !== k),
      y,
    );
    data.forEach((d, i) => {
      if (i % FOLDS === k) scores[i] = score(w, d.x);
    });
  }
  return scores;
}

/** The lowest threshold (≥ 0.5) that lets at most `allowed` of the given negatives through. */
function threshold(negativeScores: number[], allowed: number): number {
  const sorted = negativeScores.sort((a, b) => b - a);
  return Math.max(0.5, (sorted[allowed] ?? 0.5) + 1e-6);
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npx tsx escalation/risk-model/train.ts <labelled.jsonl>...');
  process.exit(2);
}
const data = load(files);
const noneTotal = data.filter((d) => d.level === 'none').length;
const notUrgentTotal = data.filter((d) => d.level !== 'urgent').length;

const riskScores = crossValidate(data, isRisk);
const riskCandidates = data.map((d, i) => ({ d, s: riskScores[i]! })).filter((c) => c.d.rules === 'none');
const riskThreshold = threshold(riskCandidates.filter((c) => c.d.level === 'none').map((c) => c.s), Math.floor(MAX_ADDED_FPR * noneTotal));

const urgentScores = crossValidate(data, isUrgent);
const urgentCandidates = data.map((d, i) => ({ d, s: urgentScores[i]! })).filter((c) => c.d.rules !== 'urgent');
const urgentThreshold = threshold(urgentCandidates.filter((c) => c.d.level !== 'urgent').map((c) => c.s), Math.floor(MAX_ADDED_FALSE_URGENT * notUrgentTotal));

const pct = (a: number, b: number) => `${((a / Math.max(1, b)) * 100).toFixed(1)}%`;
const riskMissed = riskCandidates.filter((c) => c.d.level !== 'none');
const riskGained = riskMissed.filter((c) => c.s >= riskThreshold).length;
const riskFalse = riskCandidates.filter((c) => c.d.level === 'none' && c.s >= riskThreshold).length;
const urgentMissed = urgentCandidates.filter((c) => c.d.level === 'urgent');
const urgentGained = urgentMissed.filter((c) => c.s >= urgentThreshold).length;
const urgentFalse = urgentCandidates.filter((c) => c.d.level !== 'urgent' && c.s >= urgentThreshold);
console.log(`training items: ${data.length} (${data.filter((d) => d.level !== 'none').length} risk, ${data.filter((d) => d.level === 'urgent').length} urgent); sources: ${files.join(', ')} + screener probes`);
console.log(`risk head, cross-validated: threshold ${riskThreshold.toFixed(3)} recovers ${riskGained} of ${riskMissed.length} risk items the rules call none (${pct(riskGained, riskMissed.length)}), adding ${riskFalse} false alarms (${pct(riskFalse, noneTotal)} of none items)`);
console.log(`urgent head, cross-validated: threshold ${urgentThreshold.toFixed(3)} recovers ${urgentGained} of ${urgentMissed.length} urgent items the rules don't call urgent (${pct(urgentGained, urgentMissed.length)}), adding ${urgentFalse.length} false pages (${pct(urgentFalse.length, notUrgentTotal)} of non-urgent items; ${urgentFalse.filter((c) => c.d.level === 'none').length} of them none)`);

const sparse = (w: Float64Array) => {
  const out: Record<string, number> = {};
  for (let i = 0; i < w.length; i++) if (Math.abs(w[i]!) >= 1e-3) out[String(i)] = Math.round(w[i]! * 1e4) / 1e4;
  return out;
};
const out: RiskModelFile = {
  version: `lr2-${new Date().toISOString().slice(0, 10)}-${data.length}`,
  heads: {
    risk: { threshold: Math.round(riskThreshold * 1e4) / 1e4, weights: sparse(train(data, isRisk)) },
    urgent: { threshold: Math.round(urgentThreshold * 1e4) / 1e4, weights: sparse(train(data, isUrgent)) },
  },
  trainedOn: { items: data.length, sources: files.map((f) => f.split('/').pop() ?? f) },
};
writeFileSync(new URL('./weights.json', import.meta.url), JSON.stringify(out));
console.log(`wrote weights.json: risk ${Object.keys(out.heads.risk.weights).length} weights, urgent ${Object.keys(out.heads.urgent.weights).length} weights`);
