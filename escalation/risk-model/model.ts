import { readFileSync } from 'node:fs';
import { BUCKETS, featurise } from './features.js';

interface Head {
  /** Score at or above which the head raises the level. */
  threshold: number;
  /**
   * For the urgent head: the score at or above which the model alone pages (urgent) on a message the
   * rules call none or concern with no risk in the last turns; between `threshold` and this it asks
   * the safety question (concern). Absent: never alone.
   */
  page?: number;
  /** Sparse weights: bucket → weight. */
  weights: Record<string, number>;
}

export interface RiskModelFile {
  version: string;
  heads: { risk: Head; urgent: Head };
  trainedOn: { items: number; sources: string[] };
  /** Whether the earlier turns' words are features (`p:`); false since lr3: context is the screener's to carry. */
  context?: boolean;
  /** How the thresholds were set after training, when they were (see README.md). */
  calibration?: string;
}

export interface RiskModel {
  version: string;
  /** The heads' thresholds (a score at or above raises); `page`: the urgent score that pages on its own. */
  thresholds: { risk: number; urgent: number; page: number };
  /** What the model raises the rules' level to for this turn (never lower than the rules). */
  raise(text: string, previous: readonly string[], rules: 'none' | 'concern' | 'urgent'): { level: 'none' | 'concern' | 'urgent'; signal: string | null };
  /** Scores, for evaluation. */
  scores(text: string, previous?: readonly string[]): { risk: number; urgent: number };
}

function scorer(head: Head) {
  // A dense table over the buckets (2 MB): one indexed load per feature instead of a hash lookup.
  const w = new Float64Array(BUCKETS);
  for (const [k, v] of Object.entries(head.weights)) {
    const i = Number(k);
    // A key no feature can hash to (as a map it was simply never looked up).
    if (Number.isInteger(i) && i >= 0 && i < BUCKETS) w[i] = v;
  }
  return (x: readonly number[]) => {
    let z = 0;
    for (const f of x) z += w[f] ?? 0;
    // Binary features, L2-normalised: long messages don't saturate the score.
    return 1 / (1 + Math.exp(-z / Math.sqrt(x.length)));
  };
}

/** A model that raises nothing: what the screener uses if the weights cannot be read. */
const NO_MODEL: RiskModel = {
  version: 'no-model',
  thresholds: { risk: Infinity, urgent: Infinity, page: Infinity },
  raise: (_text, _previous, rules) => ({ level: rules, signal: null }),
  scores: () => ({ risk: 0, urgent: 0 }),
};

/**
 * Loads the weights. The rules must screen even if the weights file is missing or from an older
 * format: then the model raises nothing, and the version stored with every screening says so.
 */
export function loadRiskModel(path: URL | string = new URL('./weights.json', import.meta.url)): RiskModel {
  let file: RiskModelFile;
  try {
    file = JSON.parse(readFileSync(path, 'utf8')) as RiskModelFile;
    if (!file.heads?.risk || !file.heads.urgent) return NO_MODEL;
  } catch {
    return NO_MODEL;
  }
  return buildRiskModel(file);
}

/** The model a weights file describes (training builds candidates in memory with this). */
export function buildRiskModel(file: RiskModelFile): RiskModel {
  const withContext = file.context !== false;
  const features = (text: string, previous: readonly string[]) => featurise(text, withContext ? previous : []);
  const risk = scorer(file.heads.risk);
  const urgent = scorer(file.heads.urgent);
  return {
    version: file.version,
    thresholds: { risk: file.heads.risk.threshold, urgent: file.heads.urgent.threshold, page: file.heads.urgent.page ?? Infinity },
    raise(text, previous, rules) {
      if (rules === 'urgent') return { level: 'urgent', signal: null };
      const x = features(text, previous);
      if (urgent(x) >= file.heads.urgent.threshold) return { level: 'urgent', signal: 'model.urgent' };
      if (rules === 'none' && risk(x) >= file.heads.risk.threshold) return { level: 'concern', signal: 'model.risk' };
      return { level: rules, signal: null };
    },
    scores(text, previous = []) {
      const x = features(text, previous);
      return { risk: risk(x), urgent: urgent(x) };
    },
  };
}
