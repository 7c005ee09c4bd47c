import type { Copy } from './en.js';
import { en } from './en.js';
import { es } from './es.js';
import { americanCopy } from './us.js';

const BY_LANGUAGE: Record<string, Copy> = { en, es };
/** American spelling and words for en-US ("practice", "labeling", "mom"); other English locales keep en.ts. */
const EN_US: Copy = americanCopy(en);

/** The copy for a locale's language, English when we have none. */
export function copyFor(locale: string): Copy {
  const [language, region] = locale.split(/[-_]/).map((x) => x.toLowerCase());
  if (language === 'en' && region === 'us') return EN_US;
  return BY_LANGUAGE[language ?? 'en'] ?? en;
}

export type { Copy };
