import { simplify } from './exercise-text.js';

/**
 * Reads when a patient means to do something ("tomorrow at 5pm", "saturday morning", "mañana a las
 * 10", "el sábado por la tarde") in their time zone. Deterministic: the clock is passed in, and the
 * zone's offset comes from Intl (daylight saving included). No dates ("the 14th") yet.
 */

export type DayPart = 'morning' | 'afternoon' | 'evening' | 'night';

/** A day relative to today (0 today, 1 tomorrow) or the next such weekday (0 = Sunday). */
export type Day = { offset: number } | { weekday: number; next: boolean };

export type TimeOfDay =
  | { kind: 'clock'; hour: number; minute: number }
  | { kind: 'part'; part: DayPart }
  | { kind: 'now' }
  /** "in 2 hours" */
  | { kind: 'in'; minutes: number };

/** What a message says about when; either part may be missing. JSON-serialisable. */
export interface WhenReading {
  day?: Day;
  time?: TimeOfDay;
}

/** The default clock time for a part of the day (a reminder needs one). */
const PART_HOURS: Record<DayPart, number> = { morning: 9, afternoon: 15, evening: 18, night: 20 };

const WEEKDAYS: ReadonlyArray<[RegExp, number]> = [
  [/\b(sunday|sundays|domingo|domingos)\b/, 0],
  [/\b(monday|mondays|lunes)\b/, 1],
  [/\b(tuesday|tuesdays|tues|martes)\b/, 2],
  [/\b(wednesday|wednesdays|weds|miercoles)\b/, 3],
  [/\b(thursday|thursdays|thurs|jueves)\b/, 4],
  [/\b(friday|fridays|viernes)\b/, 5],
  [/\b(saturday|saturdays|sabado|sabados|weekend|fin de semana|finde)\b/, 6],
];

const PARTS: ReadonlyArray<[RegExp, DayPart]> = [
  [/\b(morning|mornings|(por|de|en) la manana|esta manana|(a|en) la manana)\b/, 'morning'],
  [/\b(afternoon|afternoons|after lunch|(por|de|en|a) la tarde|esta tarde|tarde)\b/, 'afternoon'],
  [
    /\b(evening|evenings|this evening|after (work|my shift|class|school|uni)|when i (get|come|m|am) (home|back)( from (work|my shift))?|(al|en el) salir del (trabajo|laburo|curro)|despues del (trabajo|laburo|curro)|(cuando|al) (vuelvo|volver|llego|llegar|salgo|salir) (a casa|del (trabajo|laburo|curro|cole|colegio|trabajo))|nochecita|tardecita|atardecer|(after|once|when) (the )?(kids|children|baby|boys|girls) (are|is|go|goes|have gone|get) (in bed|to bed|asleep|down|to sleep)|(after|once) (the )?(kids |children )?bedtime|(cuando|despues de que) (se duermen|se acuestan|duermo a) (los )?(ninos|nenes|chicos|hijos)?)\b/,
    'evening',
  ],
  [/\b(night|tonight|(por|de|en|a) la noche|esta noche|noche)\b/, 'night'],
];

const MERIDIEM = String.raw`\s*(a\.?\s?m\.?|p\.?\s?m\.?)(?![\p{L}])`;

function hourFromMeridiem(hour: number, meridiem: string | undefined): number {
  if (!meridiem) return hour;
  const pm = meridiem.startsWith('p');
  if (hour === 12) return pm ? 12 : 0;
  return pm ? hour + 12 : hour;
}

/** Reads a clock time: "5pm", "17:00", "5.30 pm", "17h", "half past 6", "half 4", "a las 6 y media", "at 5". */
const CLOCK_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12,
};
const CLOCK_WORD_RE = new RegExp(`\\b(at|around|about|by|from|half past|quarter past|quarter to|half|a las|a la|sobre las|hacia las|tipo|desde las|las) (${Object.keys(CLOCK_WORDS).join('|')})\\b(?! (?:hours?|horas?|minutes?|minutos?|days?|dias?|times?|veces|of))`, 'g');

export function readClock(text: string): { hour: number; minute: number; explicit: boolean } | null {
  // "around ten", "Thursday at eleven", "a las once": number words after a time word are hours.
  const t = simplify(text).replace(CLOCK_WORD_RE, (_, at: string, n: string) => `${at} ${CLOCK_WORDS[n]}`);
  let m: RegExpExecArray | null;
  if (/\b(noon|midday|mediodia)\b/.test(t)) return { hour: 12, minute: 0, explicit: true };
  if (/\b(midnight|medianoche)\b/.test(t)) return { hour: 0, minute: 0, explicit: true };
  // "4 o'clock", "four o'clock" (said first: "4 o'clock, not half past five").
  const oclock = /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) ?o'? ?clock\b/.exec(t);
  if (oclock) return valid(/^\d+$/.test(oclock[1]!) ? Number(oclock[1]) : CLOCK_WORDS[oclock[1]!]!, 0, false);
  // ("3. 33" is two numbers, not 3:33: a full stop is a separator only without spaces.)
  if ((m = new RegExp(String.raw`(?<![\p{N}])(\d{1,2})(?:\s*[:h]\s*|\.)(\d{2})(?:${MERIDIEM}|\s*h(?:rs)?\b)?`, 'u').exec(t))) {
    return valid(hourFromMeridiem(Number(m[1]), m[3]), Number(m[2]), true);
  }
  if ((m = new RegExp(String.raw`(?<![\p{N}:.])(\d{1,2})${MERIDIEM}`, 'u').exec(t))) return valid(hourFromMeridiem(Number(m[1]), m[2]), 0, true);
  if ((m = /(?<![\p{N}])(\d{1,2})\s*h(?:rs)?\b/u.exec(t))) return valid(Number(m[1]), 0, true);
  // "10ish", "about 4-ish".
  if ((m = /(?<![\p{N}:.])(\d{1,2}) ?-?ish\b/u.exec(t))) return valid(Number(m[1]), 0, false);
  // British "half 4" is half past four.
  if ((m = /\b(half past|quarter past|quarter to|half) (\d{1,2})\b(?!\s*(?:hours?|hrs?|mins?|minutes?|an hour|days?))/.exec(t))) {
    const h = Number(m[2]);
    if (m[1] === 'quarter to') return valid(h === 0 ? 23 : h - 1, 45, false);
    return valid(h, m[1] === 'half past' || m[1] === 'half' ? 30 : 15, false);
  }
  if ((m = /\b(?:at|around|about|by|from|a las|a la|sobre las|hacia las|tipo|desde las|las)\s+(\d{1,2})(?:\s+y\s+(media|cuarto)|\s+menos\s+cuarto)?(?![\p{N}:]|\.\p{N}|\s*(?:minutes?|mins?|hours?|hrs?|horas?|minutos?|days?|dias?|%))/u.exec(t))) {
    let hour = Number(m[1]);
    let minute = m[2] === 'media' ? 30 : m[2] === 'cuarto' ? 15 : 0;
    if (/menos cuarto/.test(m[0])) {
      hour = hour === 0 ? 23 : hour - 1;
      minute = 45;
    }
    return valid(hour, minute, false);
  }
  return null;
}

function valid(hour: number, minute: number, explicit: boolean) {
  return hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 ? { hour, minute, explicit } : null;
}

/** The day a message names, if any. Spanish "mañana" alone is tomorrow; "por la mañana" is a part of the day. */
function readDay(t: string): Day | undefined {
  // "oh wait today is sunday lol. next sunday": a weekday said with "next" outranks "today".
  for (const [re, weekday] of WEEKDAYS) {
    const names = /\(([^)]*)\)/.exec(re.source)?.[1] ?? '';
    const named = new RegExp(`\\b(?:next|proximo)\\s+(?:${names})\\b|\\b(?:${names})\\s+que viene\\b`);
    if (named.test(t)) return { weekday, next: true };
  }
  // "sunday 8am. ill text her today tho": the day said first is the day of the plan.
  const weekdayAt = Math.min(...WEEKDAYS.map(([re]) => re.exec(t)?.index ?? Infinity));
  const relativeAt = /\b(today|tonight|hoy|tomorrow|tmrw|tmr|tomorow|pasado manana|day after tomorrow)\b/.exec(t)?.index ?? Infinity;
  if (weekdayAt < relativeAt && relativeAt !== Infinity) {
    for (const [re, weekday] of WEEKDAYS) if (re.exec(t)?.index === weekdayAt) return { weekday, next: /\b(next|proximo|que viene)\b/.test(t) };
  }
  if (/\b(day after tomorrow|pasado manana)\b/.test(t)) return { offset: 2 };
  if (/\b(today|tonight|this (morning|afternoon|evening)|hoy|esta (manana|tarde|noche))\b/.test(t)) return { offset: 0 };
  if (/\b(tomorrow|tmrw|tmr|tomorow)\b/.test(t)) return { offset: 1 };
  const withoutPart = t.replace(/\b(por|de|en|a|esta) la manana\b|\besta manana\b/g, ' ');
  if (/\bmanana\b/.test(withoutPart)) return { offset: 1 };
  // The day said first ("wednesday. tuesday i'll be asleep").
  if (weekdayAt !== Infinity) for (const [re, weekday] of WEEKDAYS) if (re.exec(t)?.index === weekdayAt) return { weekday, next: /\b(next|proximo|que viene)\b/.test(t) };
  return undefined;
}

const DAY_NAMES = WEEKDAYS.map(([re]) => /\(([^)]*)\)/.exec(re.source)![1]).join('|');
const DIAS = 'domingos?|lunes|martes|miercoles|jueves|viernes|sabados?|finde|fin de semana';
// English "no" before a day is an interjection ("ugh no TOMORROW at 4"), Spanish "no" a negation ("no el martes, el jueves").
const NOT_A_DAY = new RegExp(
  `\\b(?:not|not on|instead of|rather than)\\s+(?:${DAY_NAMES}|tomorrow|today|manana|hoy)\\b|\\b(?:no el|no|en vez del?|en lugar del?)\\s+(?:${DIAS}|manana|hoy)\\b|\\b(?:from|del|desde el)\\s+(?:${DAY_NAMES})(?=\\s+(?:to|al|a|hasta)\\b)|\\b(?:${DAY_NAMES}|tomorrow|today|manana|hoy)(?:\\s+(?:temprano|early|en la (?:manana|tarde|noche)|por la (?:manana|tarde|noche)|morning|afternoon|evening))?\\s+no\\b(?!\\s+(?:me|se|hay|estoy|creo|can|i|problem|el|la|los|on|${DAY_NAMES}|tomorrow|today|manana|hoy)\\b)`,
  'g',
);
/** A time ruled out: "5:30 doesn't work", "not at 5:30 in the morning", "no a las 8", "en vez de las 6". */
const A_TIME = String.raw`\d{1,2}(?:[:.]\d\d)?(?:\s*(?:am|pm|a m|p m|h|hs))?`;
const NOT_A_TIME = new RegExp(
  `\\b${A_TIME}(?:\\s+(?:in the (?:morning|evening|afternoon)|de la (?:manana|tarde|noche)))?\\s+(?:doesn t|doesnt|does not|won t|wont|isn t|isnt|is not|is no good|no (?:me )?(?:sirve|va|viene|funciona|puedo))\\b|\\b(?:not|instead of|rather than|en vez de|en lugar de)\\s+(?:(?:up|awake|worrying|doing it|going)\\s+){0,2}(?:at\\s+|a las\\s+|las\\s+)?${A_TIME}(?:\\s+(?:in the (?:morning|evening|afternoon)|de la (?:manana|tarde|noche)))?(?![\\d:])`,
  'g',
);

/** Taking back what was just said: "tuesday? no wait…", "at 5, actually 6", "el martes, bueno no, mejor el miércoles". */
const CORRECTION = /\b(no wait|wait no|no no|actually|i mean|i meant|quise decir|me referia|shall we say|let s say|lets say|say about|say around|digamos|pongamos|scratch that|or rather|make (?:it|that)|on second thought|no mejor|mejor|espera|en realidad|bueno no|digo|perdon|sorry|no(?=,))\b/g;

/** What is already on at some time, said as the reason for a change: "i have a class at 2", "tengo médico a las 5". */
const BUSY_THEN = /^(?:(?:cos|coz|because|bc|since|as|porque|que|ya que|es que)\s+)?(?:i have|i ve got|i ve|i got|ive got|ive|i m|im|i am|i work|there s|theres|tengo|trabajo|estoy|hay)\b.*\b(?:at|a las|until|till|hasta)\b/;

/**
 * Reads what a message says about a day and a time of day. Corrected on the way ("umm tuesday? no
 * wait i work mon and tues nights. wednesday around 2pm"), the last sentence after the correction
 * that names a day or time is what counts, not the first day mentioned.
 */
/** Ways of writing a day word that read as it: Scots "the morra", Spanish text-speak "x la mañana" (por la mañana). */
function dayWords(t: string): string {
  return t.replace(/\bthe morra\b/g, 'tomorrow').replace(/\bx (la|el)\b/g, 'por $1');
}

export function readWhen(text: string): WhenReading {
  // "wednesday not tuesday", "el jueves, no el martes": the day ruled out is not a day said.
  const t = dayWords(simplify(text)).replace(NOT_A_DAY, ' ').replace(NOT_A_TIME, ' ');
  const cues = [...t.matchAll(CORRECTION)];
  const last = cues.at(-1);
  if (last && last.index > 0) {
    const after = t.slice(last.index + last[0].length);
    const said = after
      .split(/[.!?;]+/)
      .map((x) => x.replace(/^[\s,]+/, '').trim())
      .filter((x) => {
        const r = readPlain(x);
        return r.day !== undefined || r.time !== undefined;
      });
    // "make it 4 instead. i have a class at 2": the reason given after the change is not the change.
    const reasons = said.filter((x) => !BUSY_THEN.test(x));
    if (reasons.length && reasons.length < said.length) said.splice(0, said.length, ...reasons);
    if (said.length) {
      // What the correction leaves out stands as first said ("tuesday at 5, no wait, wednesday").
      const [reading, rest, before] = [readPlain(said.at(-1)!), readPlain(after), readPlain(t.slice(0, last.index))];
      const day = reading.day ?? rest.day ?? before.day;
      const time = reading.time ?? rest.time ?? before.time;
      return { ...(day ? { day } : {}), ...(time ? { time } : {}) };
    }
  }
  return readPlain(t);
}

function readPlain(t: string): WhenReading {
  if (/^(now|right now|ahora|ahora mismo|ya)$/.test(t.replace(/[.!]/g, '').trim())) return { day: { offset: 0 }, time: { kind: 'now' } };
  const relative = /\b(?:in|en|dentro de)\s+(an|a|one|una|un|\d{1,2})\s+(hours?|horas?|minutes?|mins?|minutos?)\b/.exec(t);
  if (relative) return { time: { kind: 'in', minutes: relativeMinutes(relative) } };
  const reading: WhenReading = {};
  const day = readDay(t);
  if (day) reading.day = day;
  // The part of the day said first ("en la tarde como a las 5, que en la mañana me cuesta").
  const part = PARTS.map(([re, p]) => [re.exec(t)?.index ?? Infinity, p] as const)
    .filter(([at]) => at !== Infinity)
    .sort((a, b) => a[0] - b[0])[0]?.[1];
  const clock = readClock(t) ?? loneNumber(t);
  if (clock) {
    let hour = clock.hour;
    // "at 8 in the evening", "a las 6 de la tarde"; a bare "at 3" is more likely afternoon than night.
    if (hour < 12 && (part === 'afternoon' || part === 'evening' || part === 'night') && !/a\.?\s?m\b/.test(t)) hour += 12;
    else if (!clock.explicit && !part && hour >= 1 && hour <= 6 && !/\bmadrugada\b/.test(t)) hour += 12;
    reading.time = { kind: 'clock', hour: hour % 24, minute: clock.minute };
  } else if (part) reading.time = { kind: 'part', part };
  return reading;
}

/** "saturday 10", "5": a short answer with a single hour in it. */
function loneNumber(t: string): { hour: number; minute: number; explicit: boolean } | null {
  if (t.split(' ').length > 4) return null;
  const all = [...t.matchAll(/(?<![\p{N}:.])(\d{1,2})(?![\p{N}:.%])/gu)];
  return all.length === 1 ? valid(Number(all[0]![1]), 0, false) : null;
}

function relativeMinutes(m: RegExpExecArray): number {
  const n = /^\d+$/.test(m[1] ?? '') ? Number(m[1]) : 1;
  return /^h/.test(m[2] ?? '') ? n * 60 : n;
}

// --- Resolving to an instant in the patient's zone ------------------------------------------------

interface LocalDate {
  y: number;
  mo: number;
  d: number;
  weekday: number;
  hour: number;
  minute: number;
}

function local(at: Date, timeZone: string): LocalDate {
  const f = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const o = Object.fromEntries(f.formatToParts(at).map((p) => [p.type, p.value]));
  return {
    y: Number(o.year),
    mo: Number(o.month),
    d: Number(o.day),
    weekday: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(String(o.weekday)),
    hour: Number(o.hour),
    minute: Number(o.minute),
  };
}

/** The instant a wall-clock time has in the zone (corrected twice, for daylight-saving edges). */
function zoned(y: number, mo: number, d: number, hour: number, minute: number, timeZone: string): Date {
  const wanted = Date.UTC(y, mo - 1, d, hour, minute);
  let guess = wanted;
  for (let i = 0; i < 2; i++) {
    const l = local(new Date(guess), timeZone);
    guess -= Date.UTC(l.y, l.mo - 1, l.d, l.hour, l.minute) - wanted;
  }
  return new Date(guess);
}

export interface ResolvedWhen {
  at: Date;
  /** The reading had a time of day as a part ("morning"), not a clock time. */
  part: DayPart | null;
  /** "Now". */
  now: boolean;
  /** An explicit "today" at a time already gone. */
  past: boolean;
}

/**
 * The instant a reading means, from `now` in `timeZone`; null when it lacks a day or a time that
 * cannot be assumed. A time alone is today, or tomorrow once it has passed; a weekday alone is the
 * next one (today only if the time is still ahead).
 */
export function resolveWhen(reading: WhenReading, now: Date, timeZone: string): ResolvedWhen | null {
  const { day, time } = reading;
  if (!time) return null;
  if (time.kind === 'now') return { at: now, part: null, now: true, past: false };
  if (time.kind === 'in') return { at: new Date(now.getTime() + time.minutes * 60_000), part: null, now: false, past: false };
  const hour = time.kind === 'clock' ? time.hour : PART_HOURS[time.part];
  const minute = time.kind === 'clock' ? time.minute : 0;
  const today = local(now, timeZone);
  const on = (offset: number) => {
    const date = new Date(Date.UTC(today.y, today.mo - 1, today.d + offset));
    return zoned(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), hour, minute, timeZone);
  };
  const part = time.kind === 'part' ? time.part : null;
  if (!day) {
    const at = on(0);
    return { at: at > now ? at : on(1), part, now: false, past: false };
  }
  if ('offset' in day) {
    const at = on(day.offset);
    return { at, part, now: false, past: day.offset === 0 && at <= now };
  }
  let ahead = (day.weekday - today.weekday + 7) % 7;
  if (ahead === 0 && (day.next || on(0) <= now)) ahead = 7;
  return { at: on(ahead), part, now: false, past: false };
}

// --- Saying it back ---------------------------------------------------------------------------

export interface WhenWords {
  today: string;
  tomorrow: string;
  now: string;
  parts: Record<DayPart, string>;
  /** A weekday's name as it goes in a sentence ("Saturday", "el sábado"). */
  weekday(name: string): string;
  /** "Saturday 10:00" / "el sábado a las 10:00". */
  dayTime(day: string, time: string): string;
  /** "Saturday morning" / "El sábado por la mañana". */
  dayPart(day: string, part: string): string;
}

/** Whether people in this locale read times on a 12-hour clock (en-US, es-MX, es-US …: Intl's own answer). */
/** Where written times are 24-hour although the locale data says 12 (a patient in Buenos Aires reads "20:00", not "8:00 p. m."). */
const WRITES_24_HOUR = /^es-(AR|UY|PY|CL)\b/i;

export function twelveHour(locale: string | undefined): boolean {
  if (!locale || WRITES_24_HOUR.test(locale)) return false;
  try {
    const cycle = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
    return cycle === 'h12' || cycle === 'h11';
  } catch {
    return false;
  }
}

/** A clock time as the locale writes it: "17:00", or "5:00 PM" / "5:00 p.m." where 12-hour is usual. Plain spaces (SMS). */
export function hourText(hour: number, minute: number, locale?: string): string {
  if (!twelveHour(locale)) return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' })
    .format(new Date(Date.UTC(2026, 0, 1, hour, minute)))
    .replace(/[\u00a0\u202f]/g, ' ');
}

/** "HH:MM" in the zone (or 12-hour where the locale reads it so). */
export function clockText(at: Date, timeZone: string, locale?: string): string {
  const l = local(at, timeZone);
  return hourText(l.hour, l.minute, locale);
}

/** The day of an instant as said in a sentence: "today", "tomorrow", "Saturday", "Saturday 21 March". */
export function describeDay(at: Date, now: Date, timeZone: string, language: string, w: WhenWords): string {
  const a = local(at, timeZone);
  const n = local(now, timeZone);
  const daysAhead = Math.round((Date.UTC(a.y, a.mo - 1, a.d) - Date.UTC(n.y, n.mo - 1, n.d)) / 86_400_000);
  if (daysAhead === 0) return w.today;
  if (daysAhead === 1) return w.tomorrow;
  const locale = language === 'es' ? 'es-ES' : 'en-GB';
  const options: Intl.DateTimeFormatOptions = daysAhead <= 6 ? { weekday: 'long', timeZone } : { weekday: 'long', day: 'numeric', month: 'long', timeZone };
  return w.weekday(new Intl.DateTimeFormat(locale, options).format(at).replace(',', ''));
}

/** "today 17:00", "tomorrow morning", "Saturday 10:00", "Saturday 21 March 10:00" (language: en, es). */
export function describeWhen(when: Pick<ResolvedWhen, 'at' | 'part' | 'now'>, now: Date, timeZone: string, language: string, w: WhenWords, locale?: string): string {
  if (when.now) return w.now;
  const day = describeDay(when.at, now, timeZone, language, w);
  return when.part ? w.dayPart(day, w.parts[when.part]) : w.dayTime(day, clockText(when.at, timeZone, locale));
}

/** The date a day reading points to, for asking what time ("What time on Saturday?"). */
export function dayOf(day: Day, now: Date, timeZone: string): Date {
  return resolveWhen({ day, time: { kind: 'clock', hour: 23, minute: 59 } }, now, timeZone)!.at;
}

/** The day an instant falls on, as days from today in the zone (to keep a plan's day when only its time changes). */
export function dayOfInstant(at: Date, now: Date, timeZone: string): Day {
  const [a, b] = [local(at, timeZone), local(now, timeZone)];
  return { offset: Math.round((Date.UTC(a.y, a.mo - 1, a.d) - Date.UTC(b.y, b.mo - 1, b.d)) / 86_400_000) };
}
