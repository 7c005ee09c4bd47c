/**
 * `npm run train:intents [-- --check]`: trains the intent model (intent-model.ts) and writes
 * graph/intent-model.json.
 *
 * Data: the examples in intent-examples.ts and every round in graph/intent-corpus/*.jsonl (written
 * blind; provenance in its SOURCES.md). Seeded SGD over a softmax with balanced class weights, so the
 * same data gives the same weights. Prints, per corpus round, the accuracy of a model trained without
 * that round (how well it reads people it has not seen), then picks the probability threshold on the
 * development set (evals/intents/requests.jsonl; never trained on). Held-out sets are refused.
 * `--check` only tells whether the committed model was trained on the current data (exit 1 if not).
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { INTENT_EXAMPLES } from './intent-examples.js';
import { INTENT_BUCKETS, intentFeatures } from './intent-features.js';
import { readRequest } from './intent-match.js';
import { intentModelFrom, type IntentModelFile } from './intent-model.js';

const EPOCHS = Number(process.env.IM_EPOCHS ?? 12);
const L2 = Number(process.env.IM_L2 ?? 1e-5);
const RATE = Number(process.env.IM_RATE ?? 1);
/** Bumped when intent-features.ts changes what it extracts (part of the digest). */
const FEATURES_VERSION = 'f3';

const CORPUS = new URL('./intent-corpus/', import.meta.url);
const MODEL = new URL('./intent-model.json', import.meta.url);
const DEV = new URL('../evals/intents/requests.jsonl', import.meta.url);

export const CLASSES = [...Object.keys(INTENT_EXAMPLES), 'other'];

interface Item {
  text: string;
  intent: string;
  source: string;
}

function readJsonl(url: URL, source: string): Item[] {
  return readFileSync(url, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      const o = JSON.parse(l) as { text?: unknown; intent?: unknown };
      if (typeof o.text !== 'string' || typeof o.intent !== 'string' || !CLASSES.includes(o.intent)) throw new Error(`${source}:${i + 1}: needs text and a known intent`);
      return { text: o.text, intent: o.intent, source };
    });
}

const EVALS = new URL('../evals/intents/', import.meta.url);
const same = (text: string) => text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * What the model is trained on: the examples and the corpus rounds, each text once, and none that
 * also appears in an eval set (short requests like "no puedo dormir" were written by more than one
 * writer): the eval figures stay about messages the model has not seen.
 */
export function trainingItems(): Item[] {
  const all: Item[] = Object.entries(INTENT_EXAMPLES).flatMap(([intent, texts]) => (texts as readonly string[]).map((text) => ({ text, intent, source: 'intent-examples.ts' })));
  for (const f of readdirSync(CORPUS).filter((f) => f.endsWith('.jsonl')).sort()) {
    if (/held-out/.test(f)) throw new Error(`${f} is held out: never train on it`);
    all.push(...readJsonl(new URL(f, CORPUS), f));
  }
  const evaluated = new Set(
    readdirSync(EVALS)
      .filter((f) => f.endsWith('.jsonl'))
      .flatMap((f) => readJsonl(new URL(f, EVALS), f).map((it) => same(it.text))),
  );
  const seen = new Set<string>();
  return all.filter((it) => {
    const key = same(it.text);
    if (evaluated.has(key) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function digestOf(items: readonly Item[]): string {
  const h = createHash('sha256');
  h.update(`${FEATURES_VERSION} ${EPOCHS} ${L2} ${RATE} ${CLASSES.join(',')}\n`);
  for (const it of items) h.update(`${it.intent}\t${it.text}\n`);
  return h.digest('hex');
}

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

interface Vec {
  x: number[];
  y: number;
}

function train(data: readonly Vec[], seed = 11): Float64Array {
  const k = CLASSES.length;
  const w = new Float64Array(INTENT_BUCKETS * k);
  const counts = new Array<number>(k).fill(0);
  for (const d of data) counts[d.y]!++;
  const classWeight = counts.map((c) => (c ? data.length / (k * c) : 0));
  const order = data.map((_, i) => i);
  const random = rng(seed);
  const z = new Float64Array(k);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const rate = RATE / (1 + epoch * 0.5);
    for (const i of order) {
      const d = data[i]!;
      const norm = 1 / Math.sqrt(d.x.length);
      z.fill(0);
      for (const f of d.x) for (let c = 0; c < k; c++) z[c] = z[c]! + w[f * k + c]! * norm;
      const max = Math.max(...z);
      let sum = 0;
      for (let c = 0; c < k; c++) sum += z[c] = Math.exp(z[c]! - max);
      for (let c = 0; c < k; c++) {
        const g = (z[c]! / sum - (c === d.y ? 1 : 0)) * classWeight[d.y]! * rate * norm;
        for (const f of d.x) w[f * k + c] = w[f * k + c]! - g - rate * L2 * w[f * k + c]!;
      }
    }
  }
  return w;
}

function toFile(w: Float64Array, threshold: number, items: readonly Item[]): IntentModelFile {
  const k = CLASSES.length;
  const weights: Record<string, number[]> = {};
  for (let b = 0; b < INTENT_BUCKETS; b++) {
    const row = Array.from(w.subarray(b * k, b * k + k), (v) => Math.round(v * 1000) / 1000);
    if (row.some((v) => v !== 0)) weights[String(b)] = row;
  }
  const digest = digestOf(items);
  return {
    version: `im1-${digest.slice(0, 8)}`,
    classes: CLASSES,
    threshold,
    weights,
    trainedOn: { items: items.length, sources: [...new Set(items.map((i) => i.source))], digest },
  };
}

/** Read as labelled: nothing read is `other`; the bedtime wind-down answers a sleep request. */
function sameIntent(read: string | null, label: string): boolean {
  return (read === 'sleep_wind_down' ? 'sleep' : (read ?? 'other')) === label;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const items = trainingItems();
  if (process.argv.includes('--check')) {
    const committed = JSON.parse(readFileSync(MODEL, 'utf8')) as IntentModelFile;
    const current = digestOf(items);
    if (committed.trainedOn.digest !== current) {
      console.error('graph/intent-model.json was trained on other data: run npm run train:intents');
      process.exit(1);
    }
    console.log(`intent model ${committed.version} is current (${items.length} items)`);
    process.exit(0);
  }
  const vec = (it: Item): Vec => ({ x: intentFeatures(it.text), y: CLASSES.indexOf(it.intent) });
  const all = items.map(vec);
  const grid = Array.from({ length: 37 }, (_, i) => Math.round(i * 25) / 1000);
  // How the whole reading (rules, model, examples) does at each threshold: read right (`other` is
  // right when nothing is read), and read as something else (the rest fell back to "did you mean").
  const scoreAt = (model: ReturnType<typeof intentModelFrom>, test: readonly Item[]) => {
    const right = new Array<number>(grid.length).fill(0);
    const wrong = new Array<number>(grid.length).fill(0);
    grid.forEach((threshold, i) => {
      const m = { ...model, threshold };
      for (const it of test) {
        const read = readRequest(it.text, m);
        if (sameIntent(read, it.intent)) right[i]!++;
        else if (read !== null) wrong[i]!++;
      }
    });
    return { right, wrong };
  };
  const rounds = [...new Set(items.map((i) => i.source))].filter((s) => s !== 'intent-examples.ts');
  const unseen = new Array<number>(grid.length).fill(0);
  const unseenWrong = new Array<number>(grid.length).fill(0);
  let unseenTotal = 0;
  for (const round of rounds) {
    const model = intentModelFrom(toFile(train(all.filter((_, i) => items[i]!.source !== round)), 0, items));
    const test = items.filter((i) => i.source === round);
    const { right, wrong } = scoreAt(model, test);
    right.forEach((r, i) => (unseen[i]! += r));
    wrong.forEach((r, i) => (unseenWrong[i]! += r));
    unseenTotal += test.length;
    const alone = test.filter((it) => model.classify(it.text)[0]?.intent === it.intent).length;
    console.log(`trained without ${round}: model alone ${(alone / test.length).toFixed(3)}, best reading ${(Math.max(...right) / test.length).toFixed(3)} of ${test.length}`);
  }
  const w = train(all);
  const model = intentModelFrom(toFile(w, 0, items));
  const dev = readJsonl(DEV, 'requests.jsonl');
  const onDev = scoreAt(model, dev).right;
  // The threshold with the most read right over the rounds the model never saw and the development
  // set. A read that is wrong costs less than it seems: only a request ("can we…", a few words) goes
  // straight to an exercise; a statement is heard and offered the likeliest (flows/menu.ts).
  const utility = (i: number) => unseen[i]! + onDev[i]!;
  let pick = 0;
  grid.forEach((_, i) => {
    if (utility(i) > utility(pick)) pick = i;
  });
  const threshold = grid[pick]!;
  if (unseenTotal) console.log(`rounds left out, at threshold ${threshold}: ${(unseen[pick]! / unseenTotal).toFixed(3)} right, ${(unseenWrong[pick]! / unseenTotal).toFixed(3)} read as something else, of ${unseenTotal}`);
  console.log(`development set, at threshold ${threshold}: ${(onDev[pick]! / dev.length).toFixed(3)} of ${dev.length}`);
  const file = toFile(w, threshold, items);
  writeFileSync(MODEL, `${JSON.stringify(file)}\n`);
  console.log(`wrote graph/intent-model.json ${file.version}: ${items.length} items, ${Object.keys(file.weights).length} buckets`);
}
