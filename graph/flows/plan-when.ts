import { clean, words } from '../exercise-text.js';
import type { FlowContext } from '../flow.js';
import type { Day, DayPart } from '../when.js';
import { dayOf, describeDay, describeWhen, readWhen, resolveWhen } from '../when.js';

/** When a planned activity or step is to happen, as stored in the plan (JSON). */
export type PlannedWhen = {
  /** The patient's words. */
  text: string;
  /** ISO instant, or null when their words could not be read as a time. */
  at: string | null;
  part: DayPart | null;
  now: boolean;
};

/** Between messages at a "when?" question: a day already given, earlier words, unreadable tries. */
export type WhenProgress = { day?: Day; text?: string; tries?: number };

export type WhenAnswer = { kind: 'done'; when: PlannedWhen } | { kind: 'ask'; text: string; progress: WhenProgress };

/** An answer that only says a day or a time ("el jueves por la tarde, a las 6, que mi hermano se queda con ella"). */
export function soundsLikeWhenOnly(text: string): boolean {
  const when = readWhen(text);
  if (!when.day && !when.time) return false;
  return /^\s*(?:(?:ugh|no|nah|oh|um+|wait|sorry|actually|ok|okay|pues|ay|oye|no no) )*(?:(?:on |this |next |el |este |el proximo |este )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|tonight|lunes|martes|miercoles|jueves|viernes|sabado|domingo|hoy|manana|esta (?:tarde|noche))|at \d|a las \d)\b/i.test(words(text));
}

/**
 * Reads an answer to "when will you do it?" in the patient's zone. A day without a time asks for
 * the time; unreadable words are asked again with examples, and after two tries kept as a note.
 */
export function answerWhen(ctx: FlowContext, raw: string, progress: WhenProgress): WhenAnswer {
  const w = ctx.copy.exercises.when;
  const words = clean(progress.text ? `${progress.text} ${raw}` : raw);
  const reading = readWhen(raw);
  if (!reading.day && progress.day) reading.day = progress.day;
  const resolved = resolveWhen(reading, ctx.now, ctx.timezone);
  const tries = (progress.tries ?? 0) + 1;
  if (resolved && !resolved.past) return { kind: 'done', when: { text: words, at: resolved.at.toISOString(), part: resolved.part, now: resolved.now } };
  if (tries >= 2 && !resolved?.past) return { kind: 'done', when: { text: words, at: null, part: null, now: false } };
  if (resolved?.past) return tries >= 3 ? { kind: 'done', when: { text: words, at: null, part: null, now: false } } : { kind: 'ask', text: w.past, progress: { tries } };
  if (reading.day) {
    const day = describeDay(dayOf(reading.day, ctx.now, ctx.timezone), ctx.now, ctx.timezone, ctx.language, w);
    return { kind: 'ask', text: w.askTimeOn(day), progress: { day: reading.day, text: words, tries } };
  }
  return { kind: 'ask', text: w.again, progress: { tries } };
}

/** "Saturday 10:00", or the patient's own words when they were kept as a note. */
export function whenText(ctx: FlowContext, when: PlannedWhen): string {
  if (!when.at) return when.text;
  return describeWhen({ at: new Date(when.at), part: when.part, now: when.now }, ctx.now, ctx.timezone, ctx.language, ctx.copy.exercises.when, ctx.locale);
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
