import type { Copy } from './copy/en.js';

/**
 * Every question the bot asks about a patient's safety, in one language: the C-SSRS items. Tests
 * and the conversation eval recognise a safety question by these texts.
 */
export function safetyQuestionTexts(copy: Copy): string[] {
  const c = copy.cssrs;
  return [c.wishDead, c.thoughts, c.method, c.intent, c.plan, c.behavior, c.behaviorRecent];
}
