import { readFileSync } from 'node:fs';
import { featurise } from './features.js';

export interface RiskModelFile {
  version: string;
  /** Score at or above which a message the rules found harmless is raised to concern. */
  threshold: number;
  /** Sparse weights: bucket → weight. */
  weights: Record<string, number>;
  trainedOn: { items: number; sources: string[] };
}

export interface RiskModel {
  version: string;
  threshold: number;
  /** P(any risk) for the current turn read with its previous turns. */
  score(text: string, previous?: readonly string[]): number;
}

export function loadRiskModel(path: URL | string = new URL('./weights.json', import.meta.url)): RiskModel {
  const file = JSON.parse(readFileSync(path, 'utf8')) as RiskModelFile;
  const w = new Map<number, number>(Object.entries(file.weights).map(([k, v]) => [Number(k), v]));
  return {
    version: file.version,
    threshold: file.threshold,
    score(text, previous = []) {
      const x = featurise(text, previous);
      let z = 0;
      for (const f of x) z += w.get(f) ?? 0;
      // Binary features, L2-normalised: long messages don't saturate the score.
      return 1 / (1 + Math.exp(-z / Math.sqrt(x.length)));
    },
  };
}
