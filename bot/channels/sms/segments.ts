/**
 * SMS sizing. A message in the GSM-7 alphabet costs 160 characters a segment (153 when
 * concatenated, and the extension characters take two); anything else is UCS-2: 70 (67) per
 * segment, counted in UTF-16 code units, so an emoji takes two.
 */
const GSM7_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001bÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM7_EXTENDED = '^{}\\[~]|€\f';
const BASIC = new Set(GSM7_BASIC);
const EXTENDED = new Set(GSM7_EXTENDED);

export type Encoding = 'GSM-7' | 'UCS-2';

export function encodingOf(text: string): Encoding {
  for (const ch of text) if (!BASIC.has(ch) && !EXTENDED.has(ch)) return 'UCS-2';
  return 'GSM-7';
}

/** Septets (GSM-7) or UTF-16 code units (UCS-2) the text takes. */
export function units(text: string, encoding: Encoding = encodingOf(text)): number {
  if (encoding === 'UCS-2') return text.length;
  let n = 0;
  for (const ch of text) n += EXTENDED.has(ch) ? 2 : 1;
  return n;
}

export function segmentsOf(text: string): { encoding: Encoding; units: number; segments: number } {
  const encoding = encodingOf(text);
  const u = units(text, encoding);
  const single = encoding === 'GSM-7' ? 160 : 70;
  const multi = encoding === 'GSM-7' ? 153 : 67;
  return { encoding, units: u, segments: u <= single ? 1 : Math.ceil(u / multi) };
}

/** Most characters in one outgoing SMS message we send (Twilio concatenates its segments). */
export const MAX_SMS_CHARS = 320;
/**
 * 320 GSM-7 characters is three segments; a UCS-2 message (any emoji or non-GSM character) is held
 * to the same three segments, 3 × 67 code units, so it costs the patient no more.
 */
const MAX_UCS2_UNITS = 3 * 67;

function fits(text: string): boolean {
  const encoding = encodingOf(text);
  return encoding === 'GSM-7' ? units(text, encoding) <= MAX_SMS_CHARS : units(text, encoding) <= MAX_UCS2_UNITS;
}

/**
 * Splits a reply into SMS messages at sentence boundaries (then at words, then hard), each within
 * MAX_SMS_CHARS (GSM-7) or the same segment cost in UCS-2, in order.
 */
export function splitForSms(text: string): string[] {
  const clean = text.replace(/[ \t]+\n/g, '\n').trim();
  if (fits(clean)) return [clean];
  const sentences = clean.match(/[^.!?\n]+(?:[.!?]+["')\]]*|\n|$)\s*/g) ?? [clean];
  const out: string[] = [];
  let current = '';
  for (const sentence of sentences) {
    const candidate = current + sentence;
    if (fits(candidate.trim())) {
      current = candidate;
      continue;
    }
    if (current.trim()) out.push(current.trim());
    current = '';
    if (fits(sentence.trim())) {
      current = sentence;
      continue;
    }
    // One sentence too long for a message: break it between words, hard-cutting a very long word.
    for (const word of sentence.split(/(\s+)/)) {
      if (fits((current + word).trim())) {
        current += word;
        continue;
      }
      if (current.trim()) out.push(current.trim());
      current = word.trimStart();
      while (!fits(current)) {
        let cut = current.length;
        while (cut > 1 && !fits(current.slice(0, cut))) cut -= 1;
        out.push(current.slice(0, cut));
        current = current.slice(cut);
      }
    }
  }
  if (current.trim()) out.push(current.trim());
  return out;
}
