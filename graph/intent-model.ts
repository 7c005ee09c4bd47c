/**
 * The learned half of reading a request: a multinomial logistic regression over intent-features.ts,
 * trained by `npm run train:intents` (intent-train.ts) on the examples in intent-examples.ts and the
 * blind-written rounds in intent-corpus/, its weights committed in intent-model.json. It knows one
 * class more than the menu: `other` (small talk, answers, remarks), so a message that asks for
 * nothing is not forced onto an exercise. Local, deterministic, a few microseconds a message.
 */
import { readFileSync } from 'node:fs';
import { INTENT_BUCKETS, intentFeatures } from './intent-features.js';

export interface IntentModelFile {
  version: string;
  classes: string[];
  /** Probability the best class needs before it is taken (chosen on the development set). */
  threshold: number;
  /** Sparse weights: bucket → one weight per class. */
  weights: Record<string, number[]>;
  /** sha256 of what it was trained on and how (intent-train.ts checks the committed file is current). */
  trainedOn: { items: number; sources: string[]; digest: string };
}

export interface IntentModel {
  version: string;
  threshold: number;
  /** Every class's probability for this message, best first (the same array for the same text: don't mutate it). */
  classify(text: string): Array<{ intent: string; p: number }>;
}

export function intentModelFrom(file: IntentModelFile): IntentModel {
  const k = file.classes.length;
  const w = new Float32Array(INTENT_BUCKETS * k);
  for (const [bucket, row] of Object.entries(file.weights)) {
    const i = Number(bucket);
    if (!Number.isInteger(i) || i < 0 || i >= INTENT_BUCKETS || row.length !== k) continue;
    for (let c = 0; c < k; c++) w[i * k + c] = row[c]!;
  }
  // One message is read several times in a turn (the keyword check, the match, the likeliest): once is enough.
  let last: { text: string; ranked: Array<{ intent: string; p: number }> } | null = null;
  return {
    version: file.version,
    threshold: file.threshold,
    classify(text) {
      if (last?.text === text) return last.ranked;
      const x = intentFeatures(text);
      const norm = 1 / Math.sqrt(x.length);
      const z = new Float64Array(k);
      for (const f of x) for (let c = 0; c < k; c++) z[c] = z[c]! + w[f * k + c]! * norm;
      const max = Math.max(...z);
      let sum = 0;
      for (let c = 0; c < k; c++) sum += z[c] = Math.exp(z[c]! - max);
      const ranked = file.classes.map((intent, c) => ({ intent, p: z[c]! / sum })).sort((a, b) => b.p - a.p);
      last = { text, ranked };
      return ranked;
    },
  };
}

/** A model that knows nothing: requests are then read by the examples alone (intent-match.ts). */
const NO_MODEL: IntentModel = { version: 'no-model', threshold: 1, classify: () => [] };

export function loadIntentModel(path: URL | string = new URL('./intent-model.json', import.meta.url)): IntentModel {
  try {
    const file = JSON.parse(readFileSync(path, 'utf8')) as IntentModelFile;
    return Array.isArray(file.classes) && file.weights ? intentModelFrom(file) : NO_MODEL;
  } catch {
    return NO_MODEL;
  }
}
