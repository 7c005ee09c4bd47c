import type { Copy } from './en.js';
import { en } from './en.js';
import { es } from './es.js';

const BY_LANGUAGE: Record<string, Copy> = { en, es };

/** The copy for a locale's language, English when we have none. */
export function copyFor(locale: string): Copy {
  const language = locale.split(/[-_]/)[0]?.toLowerCase() ?? 'en';
  return BY_LANGUAGE[language] ?? en;
}

export type { Copy };
