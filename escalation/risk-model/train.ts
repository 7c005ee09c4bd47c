/**
 * Trains the risk model: `npx tsx escalation/risk-model/train.ts <labelled.jsonl>...`
 *
 * Logistic regression (any risk vs none) on hashed features, trained with seeded SGD so the same
 * data gives the same weights. The threshold is chosen by 5-fold cross-validation on the items the
 * rules call none (the only ones the model can change): the lowest score at which the model adds at
 * most MAX_ADDED_FPR false alarms on harmless items. Writes weights.json beside this file and
 * prints the cross-validated figures. Training data: the labelled files given (never a held-out set)
 * and the screener's own probes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { screenConversation } from '../screener/index.js';
import { BORDERLINE, CONTEXT_PROBES, PREPARATION_PROBES, PROBES } from '../screener/probes-data.js';
import { BUCKETS, featurise } from './features.js';
import type { RiskModelFile } from './model.js';

const EPOCHS = Number(process.env.RM_EPOCHS ?? 10);
const L2 = Number(process.env.RM_L2 ?? 1e-4);
const RATE = Number(process.env.RM_RATE ?? 2);
const MAX_ADDED_FPR = 0.03;
const FOLDS = 5;

interface Example {
  x: number[];
  y: 0 | 1;
  rulesNone: boolean;
}

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function example(text: string, previous: readonly string[], level: string): Example {
  const rules = screenConversation([...previous, text]).level;
  return { x: featurise(text, previous), y: level === 'none' ? 0 : 1, rulesNone: rules === 'none' };
}

function load(files: readonly string[]): Example[] {
  const out: Example[] = [];
  for (const f of files) {
    if (/round-[bf]\b/.test(f)) throw new Error(`${f} is held out: never train on it`);
    for (const line of readFileSync(f, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const item = JSON.parse(line) as { text: string; level: string };
      const turns = item.text.split('\n');
      out.push(example(turns.at(-1) ?? '', turns.slice(0, -1), item.level));
    }
  }
  for (const p of [...PROBES, ...BORDERLINE, ...CONTEXT_PROBES, ...PREPARATION_PROBES]) out.push(example(p.text, p.previous ?? [], p.level));
  return out;
}

function train(data: readonly Example[], seed = 7): Float64Array {
  const w = new Float64Array(BUCKETS);
  const pos = data.filter((d) => d.y === 1).length;
  const weight = { 1: data.length / (2 * pos), 0: data.length / (2 * (data.length - pos)) };
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
      const norm = 1 / Math.sqrt(d.x.length);
      let z = 0;
      for (const f of d.x) z += w[f]! * norm;
      const p = 1 / (1 + Math.exp(-z));
      const g = (p - d.y) * weight[d.y] * rate * norm;
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
function crossValidate(data: readonly Example[]): number[] {
  const scores = new Array<number>(data.length).fill(0);
  const fold = data.map((_, i) => i % FOLDS);
  for (let k = 0; k < FOLDS; k++) {
    const w = train(data.filter((_, i) => fold[i] !== k));
    data.forEach((d, i) => {
      if (fold[i] === k) scores[i] = score(w, d.x);
    });
  }
  return scores;
}

function chooseThreshold(data: readonly Example[], scores: readonly number[]): number {
  const noneTotal = data.filter((d) => d.y === 0).length;
  const candidates = data.map((d, i) => ({ d, s: scores[i]! })).filter((c) => c.d.rulesNone && c.d.y === 0).map((c) => c.s).sort((a, b) => b - a);
  const allowed = Math.floor(MAX_ADDED_FPR * noneTotal);
  // The lowest threshold that lets at most `allowed` harmless items through (never below 0.5).
  return Math.max(0.5, (candidates[allowed] ?? 0.5) + 1e-6);
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npx tsx escalation/risk-model/train.ts <labelled.jsonl>...');
  process.exit(2);
}
const data = load(files);
const scores = crossValidate(data);
const threshold = chooseThreshold(data, scores);
const missed = data.map((d, i) => ({ d, s: scores[i]! })).filter((c) => c.d.rulesNone);
const gained = missed.filter((c) => c.d.y === 1 && c.s >= threshold).length;
const risky = missed.filter((c) => c.d.y === 1).length;
const falseAlarms = missed.filter((c) => c.d.y === 0 && c.s >= threshold).length;
const noneTotal = data.filter((d) => d.y === 0).length;
console.log(`training items: ${data.length} (${data.filter((d) => d.y === 1).length} risk), sources: ${files.join(', ')} + screener probes`);
console.log(`rules miss ${risky} risk items; cross-validated, the model at threshold ${threshold.toFixed(3)} recovers ${gained} (${((gained / Math.max(1, risky)) * 100).toFixed(1)}%) and adds ${falseAlarms} false alarms (${((falseAlarms / noneTotal) * 100).toFixed(1)}% of none items)`);

const w = train(data);
const weights: Record<string, number> = {};
for (let i = 0; i < w.length; i++) if (Math.abs(w[i]!) >= 1e-3) weights[String(i)] = Math.round(w[i]! * 1e4) / 1e4;
const out: RiskModelFile = { version: `lr-${new Date().toISOString().slice(0, 10)}-${data.length}`, threshold: Math.round(threshold * 1e4) / 1e4, weights, trainedOn: { items: data.length, sources: files.map((f) => f.split('/').pop() ?? f) } };
writeFileSync(new URL('./weights.json', import.meta.url), JSON.stringify(out));
console.log(`wrote weights.json: ${Object.keys(weights).length} weights, threshold ${out.threshold}`);
