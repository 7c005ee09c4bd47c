/**
 * Pure helpers for the crisis eval: parse labelled JSONL, guess the language, and compute the
 * confusion matrix and recall / false-alarm figures. The CLI wrapper lives in eval.ts.
 */
import { RISK_LEVELS } from '../screening.js';
import type { RiskLevel } from '../screening.js';

export interface EvalItem {
  id: string;
  text: string;
  level: RiskLevel;
  category: string;
  channel: string;
  note: string;
}

export interface Prediction {
  item: EvalItem;
  level: RiskLevel;
  categories: readonly string[];
  lang: 'en' | 'es';
}

export class EvalInputError extends Error {}

function isLevel(v: unknown): v is RiskLevel {
  return typeof v === 'string' && (RISK_LEVELS as readonly string[]).includes(v);
}

/** Parse JSONL; throws EvalInputError naming the 1-based line of the first bad row. */
export function parseJsonl(body: string): EvalItem[] {
  const items: EvalItem[] = [];
  const lines = body.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (line.length === 0) continue;
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch {
      throw new EvalInputError(`line ${i + 1}: invalid JSON`);
    }
    if (typeof row !== 'object' || row === null) throw new EvalInputError(`line ${i + 1}: not an object`);
    const r = row as Record<string, unknown>;
    if (typeof r.text !== 'string') throw new EvalInputError(`line ${i + 1}: missing "text"`);
    if (!isLevel(r.level)) throw new EvalInputError(`line ${i + 1}: "level" must be one of ${RISK_LEVELS.join(', ')}`);
    items.push({
      id: typeof r.id === 'string' ? r.id : `line-${i + 1}`,
      text: r.text,
      level: r.level,
      category: typeof r.category === 'string' ? r.category : '(none)',
      channel: typeof r.channel === 'string' ? r.channel : '(unknown)',
      note: typeof r.note === 'string' ? r.note : '',
    });
  }
  return items;
}

const ES_WORDS_RE = /\b(?:que|de|el|la|los|las|mi|mis|y|es|en|un|una|por|para|con|lo|se|ya|muy|pero|estoy|tengo|quiero|porque|hace|como|cuando|esta|todo|nada|hoy|ayer|mucho|siento)\b/g;
const EN_WORDS_RE = /\b(?:the|i|and|to|my|is|it|you|a|of|in|that|this|was|for|with|im|so|just|but|have|be|on|not|what|do|at|are)\b/g;
const ES_CHARS_RE = /[ñ¿¡áéíóú]/i;

/** Language of an item: the `spanish` hard-case tag wins, else a stop-word count. */
export function detectLanguage(item: EvalItem): 'en' | 'es' {
  if (/hard-case tags:[^.]*\bspanish\b/i.test(item.note)) return 'es';
  if (/hard-case tags:/i.test(item.note)) return 'en';
  const t = item.text.toLowerCase();
  const es = (t.match(ES_WORDS_RE) ?? []).length + (ES_CHARS_RE.test(t) ? 2 : 0);
  const en = (t.match(EN_WORDS_RE) ?? []).length;
  return es > en ? 'es' : 'en';
}

export interface Rates {
  n: number;
  urgent: number;
  concern: number;
  none: number;
  urgent_recall: number | null;
  urgent_caught: number | null;
  any_risk_recall: number | null;
  none_fpr: number | null;
  concern_overpage: number | null;
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : Math.round((a / b) * 10000) / 10000);

export function rates(preds: readonly Prediction[]): Rates {
  const gold = (l: RiskLevel) => preds.filter((p) => p.item.level === l);
  const urgent = gold('urgent');
  const concern = gold('concern');
  const none = gold('none');
  const flagged = (p: Prediction) => p.level !== 'none';
  return {
    n: preds.length,
    urgent: urgent.length,
    concern: concern.length,
    none: none.length,
    urgent_recall: ratio(urgent.filter((p) => p.level === 'urgent').length, urgent.length),
    urgent_caught: ratio(urgent.filter(flagged).length, urgent.length),
    any_risk_recall: ratio([...urgent, ...concern].filter(flagged).length, urgent.length + concern.length),
    none_fpr: ratio(none.filter(flagged).length, none.length),
    concern_overpage: ratio(concern.filter((p) => p.level === 'urgent').length, concern.length),
  };
}

/** confusion[gold][predicted] counts. */
export function confusion(preds: readonly Prediction[]): Record<RiskLevel, Record<RiskLevel, number>> {
  const m = {
    urgent: { urgent: 0, concern: 0, none: 0 },
    concern: { urgent: 0, concern: 0, none: 0 },
    none: { urgent: 0, concern: 0, none: 0 },
  };
  for (const p of preds) m[p.item.level][p.level]++;
  return m;
}

/** Nearest-rank percentile of a numeric sample (sorted copy). */
export function percentile(sample: readonly number[], q: number): number {
  if (sample.length === 0) return 0;
  const sorted = [...sample].sort((a, b) => a - b);
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[idx] ?? 0;
}
