/**
 * Reading and reflecting the patient's free-text answers in the structured exercises. Their words
 * are kept as typed (trimmed, capped), never lower-cased; short ones are quoted when shown back.
 */

export const MAX_ANSWER = 500;
/** Answers up to this long are quoted when reflected back; longer ones are not echoed inline. */
const QUOTABLE = 60;
/** About one SMS's worth: longer replies are split. */
export const MAX_MESSAGE = 320;

/** An answer as stored: NFC, trimmed, capped at a word boundary. */
export function clean(text: string): string {
  return clip(text.normalize('NFC').trim(), MAX_ANSWER, '');
}

/** "Same as before", "like I said", "pues lo que te dije,": words about the answer, not the answer. */
const META_LEAD =
  /^(?:(?:ok|okay|so|well|pues|bueno|um+|uh+)[\s,]+)?(?:(?:the )?same (?:thing )?(?:as (?:before|i said)|i said)|like i said(?: before)?|as i said(?: before)?|i (?:literally )?(?:just|already) (?:told|said to) (?:you|u)(?: that)?|i (?:literally )?(?:just|already) said(?: that)?|i (?:literally )?said(?: that)?(?= (?:lol|haha|jaja))|(?:lo )?(?:que|q) te (?:dije|puse)(?: antes)?|como te dije(?: antes)?|lo mismo(?: que (?:antes|te dije))?|(?:recien|ya) te lo (?:dije|puse)|ya te (?:lo )?dije)(?:[\s,]+(?:jaja+|haha+|lol))?[\s,.:;!-]+(?=\S)/i;

/** An answer without the words about it ("I just told you. nobody's going to hire me" → "nobody's going to hire me"). */
export function withoutMeta(text: string): string {
  return text.trim().replace(META_LEAD, '');
}
/** A sentence taking back the one before ("Actually no, that's too big a step", "mejor no, es mucho"). */
const TAKEN_BACK = /^(?:actually|no|nah|wait|hmm|scratch that|on second thought|or not|mejor no|bueno no|pensandolo bien|espera|aunque no)\b.*\b(?:no|not|nah|too (?:big|much|hard|far)|scratch that|instead|mejor no|demasiado|mucho)\b/i;
/** The hedge before a settled choice ("Maybe text Gwen…", "mejor le escribo a…"). */
const HEDGE = /^(?:maybe|perhaps|probably|i could|i guess|or|instead|quizas|quiza|tal vez|mejor|o mejor|igual)[\s,]+/i;

/**
 * What the patient settled on, when they thought aloud: "Maybe go back to choir on Saturday? Actually
 * no, that's too big a step right now. Maybe text Gwen from choir" → "text Gwen from choir"; "same
 * thing I said. dm her on insta" → "dm her on insta". Otherwise the answer as given.
 */
export function settled(text: string): string {
  const t = text.trim().replace(META_LEAD, '');
  const sentences = t.split(/(?<=[.?!])\s+/).filter((x) => x.trim());
  const back = sentences.findIndex((x, i) => i > 0 && TAKEN_BACK.test(x.trim()));
  if (back < 0 || back === sentences.length - 1) return t;
  const choice = sentences.slice(back + 1).join(' ').trim().replace(HEDGE, '');
  return choice || t;
}

/** Removes quotes the patient put around a whole answer ("'it's a brain tumour'"). */
export function unquote(text: string): string {
  const t = text.trim();
  const m = /^(["\u201c\u00ab](?<d>[^"\u201c\u201d\u00ab\u00bb]+)["\u201d\u00bb]|['\u2018](?<s>.+)['\u2019])(?<end>[.!?]*)$/su.exec(t);
  const inner = (m?.groups?.d ?? m?.groups?.s)?.trim();
  return inner ? `${inner}${m?.groups?.end ?? ''}` : t;
}

/** A short answer in quotes, for reflecting it back; null when it is too long to echo. */
export function echo(text: string | undefined): string | null {
  if (!text) return null;
  const t = text.trim();
  if (t.length > QUOTABLE) return null;
  return /^["\u201c\u00ab]/.test(t) ? t : `"${t}"`;
}

/** Cuts a long answer at a word boundary for a summary line. */
export function clip(text: string, max: number, ellipsis = '...'): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}${ellipsis}`;
}

/** Joins lines into as few messages as fit in an SMS-sized reply each. */
export function pack(lines: readonly string[], max = MAX_MESSAGE): string[] {
  const out: string[] = [];
  let current = '';
  for (const line of lines) {
    if (current && current.length + 1 + line.length > max) {
      out.push(current);
      current = line;
    } else current = current ? `${current}\n${line}` : line;
  }
  if (current) out.push(current);
  return out;
}

/** Lower case, no accents, curly quotes straightened, whitespace collapsed; punctuation kept. */
export function simplify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words only: no accents, apostrophes or punctuation ("I'm done!" → "im done"). */
export function words(text: string): string {
  return simplify(text)
    .replace(/'/g, '')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when a folded phrase from the list appears as whole words in the text. */
export function mentions(text: string, phrases: readonly string[]): boolean {
  const t = ` ${words(text)} `;
  return phrases.some((p) => t.includes(` ${words(p)} `));
}

const NONE = /^(no|nope|none|nothing|none of them|none of these|none of those|none fit|none really|neither|ninguna de esas|ninguno de esos|not really|no thanks|not sure|unsure|dont know|i dont know|idk|dunno|nada|ninguna|ninguno|ninguna de estas|ninguna de ellas|no se|ni idea|no estoy segur[oa]|no gracias|nothing right now|nada ahora|nada por ahora)$/;

const UNSURE = /\b(not sure|unsure|dont know|do not know|no idea|no clue|idk|dunno|cant say|no se|ni idea|no estoy segur[oa]|no sabria decir)\b/;

/** A whole answer that means "none", "nothing" or "I don't know". */
export function isNone(text: string): boolean {
  return NONE.test(words(text));
}

/** "None", or a short answer saying they don't know ("honestly not sure what I felt"). */
export function isUnsure(text: string): boolean {
  const t = words(text);
  return NONE.test(t) || (t.split(' ').length <= 8 && UNSURE.test(t));
}

/**
 * The numbers from 1 to `max` in a choice like "2, 5", "2 and 5", "#3" or "la 4", in order,
 * without repeats. Numbers inside words or larger numbers do not count.
 */
export function readChoiceNumbers(text: string, max: number): number[] {
  const out: number[] = [];
  // Ruled out, not chosen: "la 6 no es una opción", "not 3", "ni la 4".
  const said = simplify(text)
    .replace(/(?:\b(?:la|el|lo|option|number|numero|opcion)\s+|#)?\b(\d{1,2})\s+(?:no|not|isn'?t|is not|nope|tampoco)\b/g, ' ')
    .replace(/\b(?:no|not|ni|except|excepto|menos)\s+(?:(?:la|el|lo|option|number|numero|opcion)\s+|#)?(\d{1,2})\b/g, ' ');
  for (const m of said.matchAll(/(?<![\p{L}\p{N}:.])#?(\d{1,2})(?![\p{L}\p{N}:%])/gu)) {
    const n = Number(m[1]);
    if (n >= 1 && n <= max && !out.includes(n)) out.push(n);
  }
  return out;
}

// --- Labelled answers -------------------------------------------------------------------------

export interface LabelSpec<F extends string> {
  field: F;
  /** Lower case, accents optional ("situacion" also matches "situación"). */
  labels: readonly string[];
}

export interface Labelled<F extends string> {
  /** Text before the first label (the answer to the question asked), trimmed. */
  before: string;
  /** Each labelled part, trimmed, outer quotes removed. */
  fields: Partial<Record<F, string>>;
}

const ACCENTS: Record<string, string> = { a: '[aáàâä]', e: '[eéèêë]', i: '[iíìîï]', o: '[oóòôö]', u: '[uúùûü]', n: '[nñ]', c: '[cç]' };

function labelPattern(label: string): string {
  return [...words(label)].map((ch) => (ch === ' ' ? '[\\s-]+' : (ACCENTS[ch] ?? ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))).join('');
}

/** Words that may sit between a label and its colon: "evidence for the thought:", "la situación fue:". */
const TAIL = ['the', 'thought', 'it', 'that', 'this', 'was', 'is', 'were', 'are', 'now', 'el', 'del', 'pensamiento', 'de', 'eso', 'esto', 'fue', 'era', 'es', 'son', 'fueron', 'ahora'];
/** After the label: a colon, a dash between spaces, a line break, or an opening quote. */
const SEPARATOR = String.raw`(?:\s*[:=]|\s+[-\u2013\u2014]+\s|[ \t]*\r?\n|\s+(?=["'\u201c\u2018\u00ab]))`;

/**
 * Builds a reader for answers like "Situation: … For: … Against: …" (English and Spanish, any
 * case, accents optional, with a colon, a dash, a line break or a quote after the label). A label
 * counts only at the start of the message, a line or a sentence, so "it was for: …" is not one.
 */
export function labelReader<F extends string>(specs: readonly LabelSpec<F>[]): (text: string) => Labelled<F> {
  const byLabel = new Map<string, F>();
  for (const s of specs) for (const l of s.labels) byLabel.set(words(l), s.field);
  const labels = [...byLabel.keys()].sort((a, b) => b.length - a.length);
  const tail = TAIL.map(labelPattern).join('|');
  const re = new RegExp(
    String.raw`(^|[.!?;,\n])(\s*(?:[-*\u2022]\s*|\d[.)]\s*)?(?:(?:the|la|el|las|los|my|mi|mis)\s+)?)(${labels.map(labelPattern).join('|')})(?:\s+(?:${tail})(?![\p{L}])){0,2}${SEPARATOR}`,
    'giu',
  );
  return (raw) => {
    const text = raw.normalize('NFC');
    const hits: { field: F; start: number; end: number }[] = [];
    for (const m of text.matchAll(re)) {
      const field = byLabel.get(words(m[3] ?? ''));
      if (field === undefined) continue;
      hits.push({ field, start: m.index + (m[1]?.length ?? 0), end: m.index + m[0].length });
    }
    const fields: Partial<Record<F, string>> = {};
    hits.forEach((h, i) => {
      const part = unquote(text.slice(h.end, hits[i + 1]?.start ?? text.length).replace(/[\s,;]+$/, ''));
      if (!part) return;
      const prior = fields[h.field];
      fields[h.field] = clean(prior ? `${prior} ${part}` : part);
    });
    const before = text.slice(0, hits[0]?.start ?? text.length).trim();
    return { before, fields };
  };
}
