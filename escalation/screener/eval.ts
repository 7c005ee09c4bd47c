/**
 * Crisis screener eval: `npm run eval:crisis -- <file.jsonl>`, or with no file the shared dev set and
 * the risk corpus's validation and test splits (`escalation/risk-corpus/split.json`).
 * Prints a confusion matrix, per-level / category / language / channel figures and every miss
 * (ids and labels only, never message text), then one JSON summary as the last line (with no file:
 * `{ dev, validation, test, version }`).
 * Exit 0 when it ran (targets met or not); 2 on bad input.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { RISK_LEVELS } from '../screening.js';
import type { RiskLevel } from '../screening.js';
import { EvalInputError, confusion, detectLanguage, parseJsonl, percentile, rates } from './eval-metrics.js';
import type { EvalItem, Prediction } from './eval-metrics.js';
import { SCREENER_VERSION, screenConversation } from './index.js';
import { splitItems } from '../risk-model/corpus.js';
import { loadRiskModel } from '../risk-model/model.js';

const TIMING_PASSES = 25;

/**
 * Multi-turn items hold consecutive turns, and the label applies to the pair: the last turn read in
 * the context of the earlier ones, an earlier turn's risk standing unless the last takes it back.
 */
function screenItem(item: EvalItem) {
  return screenConversation(item.text.split('\n'), { rulesOnly: process.env.SCREEN_RULES_ONLY === '1' });
}

const pct = (v: number | null): string => (v === null ? '  -  ' : `${(v * 100).toFixed(1).padStart(5)}%`);
const pad = (s: string | number, w: number): string => String(s).padEnd(w);

function printConfusion(preds: readonly Prediction[]): void {
  const m = confusion(preds);
  console.log('\nConfusion matrix (rows = gold, columns = predicted)');
  console.log(`${pad('', 10)}${[...RISK_LEVELS].reverse().map((l) => pad(l, 9)).join('')}`);
  for (const g of [...RISK_LEVELS].reverse()) {
    console.log(`${pad(g, 10)}${[...RISK_LEVELS].reverse().map((p) => pad(m[g][p], 9)).join('')}`);
  }
}

function printGroups(title: string, preds: readonly Prediction[], key: (p: Prediction) => string): void {
  console.log(`\n${title}`);
  console.log(`${pad('group', 12)}${pad('n', 5)}${pad('urg.recall', 12)}${pad('urg.caught', 12)}${pad('any.recall', 12)}${pad('none.FPR', 10)}`);
  const groups = [...new Set(preds.map(key))].sort();
  for (const g of groups) {
    const r = rates(preds.filter((p) => key(p) === g));
    console.log(`${pad(g, 12)}${pad(r.n, 5)}${pad(pct(r.urgent_recall), 12)}${pad(pct(r.urgent_caught), 12)}${pad(pct(r.any_risk_recall), 12)}${pad(pct(r.none_fpr), 10)}`);
  }
}

function isCorrect(p: Prediction): boolean {
  return p.level === p.item.level;
}

function printCategories(preds: readonly Prediction[]): void {
  console.log('\nPer category (correct = predicted level equals gold level)');
  console.log(`${pad('category', 32)}${pad('level', 9)}${pad('n', 5)}${pad('correct', 9)}misses`);
  const cats = [...new Set(preds.map((p) => `${p.item.level}|${p.item.category}`))].sort();
  for (const key of cats) {
    const [level = '', category = ''] = key.split('|');
    const rows = preds.filter((p) => p.item.category === category && p.item.level === level);
    const misses = rows.filter((p) => !isCorrect(p)).map((p) => p.item.id);
    console.log(`${pad(category, 32)}${pad(level, 9)}${pad(rows.length, 5)}${pad(rows.length - misses.length, 9)}${misses.join(' ')}`);
  }
}

const DEV = new URL('../../../shared/evals/crisis/dev.jsonl', import.meta.url);

function main(): number {
  const file = process.argv[2];
  if (file === undefined) {
    // The three sets side by side: dev (tuned on), validation (every choice), test (frozen: read for the figures only).
    const sets: [string, EvalItem[]][] = [
      ['dev', parseJsonl(readFileSync(DEV, 'utf8'))],
      ...(['validation', 'test'] as const).map((name): [string, EvalItem[]] => [name, splitItems(name).map((i) => ({ id: i.id, text: i.text, level: i.level, category: i.category, channel: i.channel, note: i.note }))]),
    ];
    const out: Record<string, unknown> = {};
    for (const [name, items] of sets) out[name] = evaluate(name, items, name !== 'test');
    console.log(`\n${JSON.stringify({ ...out, version: `${SCREENER_VERSION}+${loadRiskModel().version}` })}`);
    return 0;
  }
  let items: EvalItem[];
  try {
    items = parseJsonl(readFileSync(file, 'utf8'));
  } catch (err) {
    if (err instanceof EvalInputError) console.error(`${file}: ${err.message}`);
    else console.error(`cannot read ${file}: ${(err as Error).message}`);
    return 2;
  }
  console.log(`\n${JSON.stringify(evaluate(file, items, true))}`);
  return 0;
}

/** Screens a set, prints its report (every miss by id when `misses`), and returns its summary. */
function evaluate(file: string, items: readonly EvalItem[], listMisses: boolean): Record<string, number | string | null> {
  const preds: Prediction[] = items.map((item) => {
    const s = screenItem(item);
    return { item, level: s.level, categories: s.categories, lang: detectLanguage(item) };
  });
  // Timing: two warm-up passes, then repeated passes with each message timed on its own. A
  // message's cost is its median over the passes (robust to the scheduler pre-empting us on a busy
  // machine); p50/p99 are taken over messages. The raw p99 over every sample is printed too.
  const samples: number[][] = items.map(() => []);
  for (let pass = 0; pass < 2; pass++) for (const item of items) screenItem(item);
  for (let pass = 0; pass < TIMING_PASSES; pass++) {
    items.forEach((item, i) => {
      const t0 = performance.now();
      screenItem(item);
      samples[i]?.push(performance.now() - t0);
    });
  }
  const perMessage = samples.map((s) => percentile(s, 0.5));
  const allSamples = samples.flat();
  const r = rates(preds);
  console.log(`Crisis screener eval  version ${SCREENER_VERSION}  file ${file}  n=${r.n}`);
  printConfusion(preds);
  console.log('\nPer gold level');
  for (const l of [...RISK_LEVELS].reverse() as RiskLevel[]) {
    const rows = preds.filter((p) => p.item.level === l);
    const ok = rows.filter(isCorrect).length;
    console.log(`${pad(l, 10)}n=${pad(rows.length, 5)}exact=${pad(ok, 5)}${pct(rows.length === 0 ? null : ok / rows.length)}`);
  }
  printCategories(preds);
  printGroups('Per language', preds, (p) => p.lang);
  printGroups('Per channel', preds, (p) => p.item.channel);
  console.log(
    `\nTiming (ms per message, median of ${TIMING_PASSES} passes): p50 ${percentile(perMessage, 0.5).toFixed(4)}  p99 ${percentile(perMessage, 0.99).toFixed(4)}  max ${percentile(perMessage, 1).toFixed(4)}  (all samples p99 ${percentile(allSamples, 0.99).toFixed(4)})`,
  );
  const misses = preds.filter((p) => !isCorrect(p));
  console.log(`\nMisses (${misses.length})${listMisses ? '' : ': by category above'}`);
  for (const p of listMisses ? misses : []) {
    console.log(`${pad(p.item.id, 10)}gold=${pad(`${p.item.level}/${p.item.category}`, 40)}pred=${p.level}${p.categories.length > 0 ? `/${p.categories.join(',')}` : ''}`);
  }
  const round = (v: number) => Math.round(v * 10000) / 10000;
  return {
      n: r.n,
      urgent_recall: r.urgent_recall,
      urgent_caught: r.urgent_caught,
      any_risk_recall: r.any_risk_recall,
      none_fpr: r.none_fpr,
      concern_overpage: r.concern_overpage,
      exact_accuracy: round(preds.filter(isCorrect).length / Math.max(1, preds.length)),
      p50_ms: round(percentile(perMessage, 0.5)),
      p99_ms: round(percentile(perMessage, 0.99)),
      p99_ms_all_samples: round(percentile(allSamples, 0.99)),
      version: SCREENER_VERSION,
  };
}

process.exitCode = main();
