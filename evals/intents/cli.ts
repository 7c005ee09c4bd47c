/**
 * `npm run eval:intents [-- FILE]`: how well free-text requests reach what the patient asked for,
 * with no LLM (graph/intent-match.ts `readRequest`: keywords, the intent model and the examples). FILE defaults to the development set
 * (evals/intents/requests.jsonl; held-out.jsonl is for measuring only, never tuning). Prints the
 * misses and the confusions, then as its last line one JSON object: { n, accuracy, fallback_rate }.
 * Exit 0 when it ran, 2 on a malformed file (the message names the line and field).
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { parseJsonl } from '../jsonl.js';
import { INTENT_EXAMPLES } from '../../graph/intent-examples.js';
import { INTENT_MODEL_VERSION, readRequest } from '../../graph/intent-match.js';

const INTENTS = Object.keys(INTENT_EXAMPLES) as [string, ...string[]];
const item = z.object({ text: z.string().min(1), locale: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/), intent: z.enum(INTENTS) }).strict();
export type IntentItem = z.infer<typeof item>;

export function parseItems(text: string): IntentItem[] {
  return parseJsonl(text, item);
}

export interface IntentReport {
  n: number;
  accuracy: number;
  fallback_rate: number;
  misses: Array<{ text: string; expected: string; got: string | null }>;
  confusions: Map<string, number>;
}

/**
 * Destinations that answer a label as well as the label's own: a sleep request may go to the
 * library's sleep basics (`sleep`) or straight to the bedtime wind-down exercise, added after the
 * sets were written.
 */
const ALSO_RIGHT: Readonly<Record<string, string>> = { sleep_wind_down: 'sleep' };

export function evaluate(items: readonly IntentItem[]): IntentReport {
  const misses: IntentReport['misses'] = [];
  const confusions = new Map<string, number>();
  let right = 0;
  let fallback = 0;
  for (const it of items) {
    const read = readRequest(it.text);
    const got = read !== null && ALSO_RIGHT[read] === it.intent ? it.intent : read;
    if (got === null) fallback++;
    if (got === it.intent) right++;
    else {
      misses.push({ text: it.text, expected: it.intent, got });
      const key = `${it.intent} → ${got ?? 'fallback'}`;
      confusions.set(key, (confusions.get(key) ?? 0) + 1);
    }
  }
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return { n: items.length, accuracy: round(items.length ? right / items.length : 0), fallback_rate: round(items.length ? fallback / items.length : 0), misses, confusions };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? new URL('./requests.jsonl', import.meta.url).pathname;
  let items: IntentItem[];
  try {
    items = parseItems(readFileSync(file, 'utf8'));
  } catch (err) {
    console.error(`${file}: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(2);
  }
  const report = evaluate(items);
  const quiet = process.argv.includes('--quiet');
  if (!quiet) for (const m of report.misses) console.log(`MISS ${m.expected} → ${m.got ?? 'fallback'}: ${JSON.stringify(m.text)}`);
  console.log('\nConfusions (expected → got):');
  for (const [k, v] of [...report.confusions.entries()].sort((a, b) => b[1] - a[1])) console.log(`  ${v}  ${k}`);
  console.log(`\nread by the examples and intent model ${INTENT_MODEL_VERSION}`);
  console.log(JSON.stringify({ n: report.n, accuracy: report.accuracy, fallback_rate: report.fallback_rate }));
}
