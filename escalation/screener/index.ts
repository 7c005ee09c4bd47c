/**
 * Crisis screener: deterministic, local, synchronous. Layers: normalise (normalise.ts), concept
 * patterns with negation / idiom / third-party / history / quote guards (rules-*.ts, guards.ts),
 * co-occurrence and multi-turn context (combos.ts, screen.ts). See README.md.
 */
export { screen, screenConversation } from './screen.js';
export { raiseOnly } from './raise-only.js';
export type { SecondOpinion } from './raise-only.js';
export { SCREENER_VERSION } from './version.js';
