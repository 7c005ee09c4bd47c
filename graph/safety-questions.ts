import type { Copy } from './copy/en.js';

/**
 * Every question the bot asks about a patient's safety, in one language: the first direct question
 * after a concern, the C-SSRS items, and the crisis hold's "are you safe right now?" / "have you taken
 * anything?". Tests and the conversation eval recognise a safety question by these texts.
 */
export function safetyQuestionTexts(copy: Copy, emergencyLine: string): string[] {
  const c = copy.cssrs;
  const a = copy.crisis.ask;
  return [
    ...Object.values(c.check),
    c.wishDead,
    c.thoughts,
    c.method,
    c.intent,
    c.plan,
    c.behavior,
    c.behaviorRecent,
    c.checkAgain,
    a.safe,
    a.others,
    a.home,
    a.taken(emergencyLine),
    a.tookWhat(emergencyLine),
    a.medical(emergencyLine),
    a.child(emergencyLine),
  ];
}
