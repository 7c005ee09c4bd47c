/** What Twilio posts to the inbound webhook, read into a tagged union. */
export type InboundSms =
  | { kind: 'text'; messageSid: string; from: string; to: string; body: string; numMedia: number }
  /** Only pictures or files: we can't read them, but the patient still deserves an answer. */
  | { kind: 'media'; messageSid: string; from: string; to: string; body: string; numMedia: number }
  | { kind: 'invalid'; reason: string };

const SID = /^(SM|MM|SMS)[0-9a-fA-F]{32}$/;

export function parseInboundSms(form: Record<string, unknown>): InboundSms {
  const str = (k: string) => (typeof form[k] === 'string' ? (form[k] as string) : undefined);
  const messageSid = str('MessageSid') ?? str('SmsMessageSid');
  const from = str('From');
  const to = str('To');
  if (!messageSid || !SID.test(messageSid)) return { kind: 'invalid', reason: 'MessageSid is missing or malformed' };
  if (!from || !/^\+?[0-9A-Za-z:._-]{3,40}$/.test(from)) return { kind: 'invalid', reason: 'From is missing or malformed' };
  if (!to) return { kind: 'invalid', reason: 'To is missing' };
  const body = str('Body') ?? '';
  const numMedia = Number(str('NumMedia') ?? '0');
  if (!Number.isInteger(numMedia) || numMedia < 0) return { kind: 'invalid', reason: 'NumMedia is malformed' };
  if (body.length > 1600 * 4) return { kind: 'invalid', reason: 'Body is too long' };
  if (!body.trim()) {
    return numMedia > 0 ? { kind: 'media', messageSid, from, to, body: '', numMedia } : { kind: 'invalid', reason: 'Body is empty' };
  }
  return { kind: 'text', messageSid, from, to, body, numMedia };
}

export type Keyword = 'stop' | 'start' | 'help' | null;

const STOP = new Set(['stop', 'stopall', 'unsubscribe', 'cancel', 'end', 'quit', 'optout', 'revoke']);
const START = new Set(['start', 'unstop', 'yes']);
const HELP = new Set(['help', 'info']);

/**
 * A compliance keyword is the whole message (any case, trimmed, trailing punctuation ignored);
 * the same word inside a sentence ("I want to stop feeling like this") is ordinary text.
 */
export function keywordOf(body: string): Keyword {
  const t = body.trim().replace(/[.!]+$/, '').toLowerCase();
  if (STOP.has(t)) return 'stop';
  if (START.has(t)) return 'start';
  if (HELP.has(t)) return 'help';
  return null;
}

/** A phone number in the form we hash and store (E.164 where it looks like one). */
export function normalisePhone(raw: string): string {
  const t = raw.trim();
  return /^\+?[\d\s().-]{6,}$/.test(t) ? `+${t.replace(/\D/g, '')}` : t;
}
