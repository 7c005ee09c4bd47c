import { readFileSync } from 'node:fs';

/** The risk corpus (`escalation/risk-corpus/`): its rounds and the split fixed in `split.json`. */
export interface CorpusItem {
  id: string;
  text: string;
  level: 'none' | 'concern' | 'urgent';
  category: string;
  channel: 'sms' | 'web';
  lang: 'en' | 'es';
  note: string;
}

export interface Split {
  train: string[];
  validation: string[];
  test: string[];
  excluded_from_test: string[];
}

const CORPUS = new URL('../risk-corpus/', import.meta.url);

export const jsonl = <T>(url: URL): T[] =>
  readFileSync(url, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

export const split = (): Split => JSON.parse(readFileSync(new URL('split.json', CORPUS), 'utf8')) as Split;

export type SplitName = 'train' | 'validation' | 'test';

/** A split's items, as the eval reads them (the test split without the items it shares with the others). */
export function splitItems(name: SplitName): CorpusItem[] {
  const s = split();
  const excluded = new Set(s.excluded_from_test);
  return s[name].flatMap((round) => jsonl<CorpusItem>(new URL(`rounds/${round}.jsonl`, CORPUS))).filter((i) => name !== 'test' || !excluded.has(i.id));
}
