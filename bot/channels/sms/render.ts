import type { QuickReply } from '../../../db/schema/messages.js';
import { splitForSms } from './segments.js';

/**
 * Writes a reply for SMS: there are no buttons, so quick replies become a short list of the words
 * to send back (a 0–10 scale is left to the question, which already says so).
 */
export function renderForSms(text: string, quickReplies: readonly QuickReply[] | null | undefined): string[] {
  let body = text;
  const labels = (quickReplies ?? []).map((q) => q.label);
  const numericScale = labels.length > 0 && labels.every((l) => /^\d+$/.test(l));
  if (labels.length > 0 && !numericScale) body += `\n(${labels.join(' / ')})`;
  return splitForSms(body);
}
