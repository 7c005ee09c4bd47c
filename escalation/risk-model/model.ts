import { readFileSync } from 'node:fs';
import { BUCKETS, featurise } from './features.js';
import type { FeatureSet } from './features.js';

interface Head {
  /** Score at or above which the head raises the level. */
  threshold: number;
  /**
   * For the urgent head: the score at or above which the model alone pages (urgent) on a message the
   * rules call none or concern with no risk in the last turns (independent of `threshold`, at or above
   * which it asks the safety question). Absent: never alone.
   */
  page?: number;
  /**
   * For the urgent head: the any-risk score it also needs to raise a rules-none message to concern on
   * its own ("got the rope in the boot" is both; "the bridge club tonight" only sounds urgent). Absent:
   * the risk head's own threshold (lr3).
   */
  withRisk?: number;
  /** For the urgent head: the score at which a substantive message continues the risk of the last turns (lr3: 0.8). */
  continues?: number;
  /** Sparse weights: bucket → weight. */
  weights: Record<string, number>;
}

export interface RiskModelFile {
  version: string;
  heads: { risk: Head; urgent: Head };
  trainedOn: { items: number; sources: string[] };
  /** Whether the earlier turns' words are features (`p:`); false since lr3: context is the screener's to carry. */
  context?: boolean;
  /** The optional feature families it was trained with (none before lr4). */
  features?: FeatureSet;
  /** How the thresholds were set after training, when they were (see README.md). */
  calibration?: string;
}

export interface RiskModel {
  version: string;
  /**
   * The heads' thresholds (a score at or above raises); `page`: the urgent score that pages on its own;
   * `withRisk`: the risk score the urgent head needs beside its own to raise a rules-none message;
   * `continues`: the urgent score that continues earlier risk.
   */
  thresholds: { risk: number; urgent: number; page: number; withRisk: number; continues: number };
  /** Whether the earlier turns change the scores (`context`). */
  readsContext: boolean;
  /** Whether it reads the analyser's cues (`scores`' third argument). */
  readsCues: boolean;
  /** Both heads' scores for a turn (the screener decides what they raise); `cues`: the analyser's findings in it. */
  scores(text: string, previous?: readonly string[], cues?: Iterable<string>): { risk: number; urgent: number };
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
  thresholds: { risk: Infinity, urgent: Infinity, page: Infinity, withRisk: Infinity, continues: Infinity },
  readsContext: false,
  readsCues: false,
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
  const set = file.features ?? {};
  const features = (text: string, previous: readonly string[], cues: Iterable<string>) => featurise(text, withContext ? previous : [], set, cues);
  const risk = scorer(file.heads.risk);
  const urgent = scorer(file.heads.urgent);
  return {
    version: file.version,
    thresholds: { risk: file.heads.risk.threshold, urgent: file.heads.urgent.threshold, page: file.heads.urgent.page ?? Infinity, withRisk: file.heads.urgent.withRisk ?? file.heads.risk.threshold, continues: file.heads.urgent.continues ?? 0.8 },
    readsContext: withContext,
    readsCues: set.analyser === true,
    scores(text, previous = [], cues = []) {
      const x = features(text, previous, cues);
      return { risk: risk(x), urgent: urgent(x) };
    },
  };
}
