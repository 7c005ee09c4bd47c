import { clean, clip, echo, isNone, mentions, words } from '../exercise-text.js';
import type { Flow, FlowContext, StepResult } from '../flow.js';
import { say } from '../flow.js';
import { readCommand } from '../intents.js';
import { fold, readYesNo } from '../parse.js';
import type { Reply } from '../types.js';
import { hourText, readWhen } from '../when.js';

/**
 * Worry time (Borkovec's stimulus control): a daily 15–20 minute slot away from bedtime, how to
 * postpone a worry until then, and optionally the worry on their mind now, parked. The slot is a
 * local time of day ("18:00"), stored with the patient's zone.
 */
const STEPS = ['slot', 'late', 'park'] as const;
type Step = (typeof STEPS)[number];

type WorryData = {
  /** "HH:MM", or null when their words could not be read as a time. */
  slot?: string | null;
  minutes?: number;
  /** Their words for the slot. */
  slotText?: string;
  tries?: number;
};

const DEFAULT_MINUTES = 15;
/** The stored "HH:MM" slot as the patient's locale writes times. */
export function shownSlot(ctx: FlowContext, slot: string): string {
  const [h, m] = slot.split(':').map(Number);
  return hourText(h ?? 0, m ?? 0, ctx.locale);
}

/** From this hour, or before EARLY, a slot is close to most people's sleep. */
const LATE = 21;
const EARLY = 6;

function isStep(step: string): step is Step {
  return (STEPS as readonly string[]).includes(step);
}

function slotName(ctx: FlowContext, d: WorryData): string {
  return d.slot ? shownSlot(ctx, d.slot) : ctx.copy.exercises.worryTime.theSlot;
}

function prompt(ctx: FlowContext, step: Step, d: WorryData): Reply[] {
  const c = ctx.copy.exercises.worryTime;
  switch (step) {
    case 'slot':
      return [say(c.slot)];
    case 'late':
      return [say(c.late(slotName(ctx, d)), [c.keepLabel(slotName(ctx, d))])];
    case 'park':
      return [say(c.postpone(slotName(ctx, d))), say(c.atWorryTime), say(c.park, [c.noLabel])];
    default:
      return step satisfies never;
  }
}

function go(ctx: FlowContext, step: Step, d: WorryData, lead: Reply[] = []): StepResult {
  const data = { ...d, tries: 0 };
  return { say: [...lead, ...prompt(ctx, step, data)], step, data };
}

function minutesIn(text: string): number {
  const m = /\b(\d{1,2})\s*(?:min|mins|minutes|minutos)\b/.exec(words(text));
  const n = Number(m?.[1]);
  return n >= 10 && n <= 30 ? n : DEFAULT_MINUTES;
}

/** Reads the slot; a part of the day alone ("evenings") asks for a clock time, kept for the next answer. */
function answerSlot(ctx: FlowContext, d: WorryData, text: string, lateAsked: boolean): StepResult {
  const c = ctx.copy.exercises.worryTime;
  const said = d.slotText && d.tries ? `${d.slotText} ${text}` : text;
  const time = readWhen(said).time;
  const tries = (d.tries ?? 0) + 1;
  if (time?.kind === 'clock') {
    // "But we already set it for 7" when it is set for 19:00: the evening one meant, not 7 a.m.
    const existing = ctx.state.profile.worryTime?.slot;
    const hour = existing && time.hour < 12 && Number(existing.slice(0, 2)) === time.hour + 12 && !/\b(am|a m|de la manana|in the morning|por la manana)\b/.test(fold(said)) ? time.hour + 12 : time.hour;
    const slot = hhmm(hour, time.minute);
    const data = { slot, minutes: minutesIn(said), slotText: clean(said) };
    // "A las 4, como ya habíamos quedado": the time already set, kept; only a worry to park is asked.
    if (existing === slot) return { say: [say(c.alreadyAt(shownSlot(ctx, slot))), say(c.park, [c.noLabel])], step: 'park', data: { ...data, tries: 0 } };
    const late = hour >= LATE || hour < EARLY;
    return go(ctx, late && !lateAsked ? 'late' : 'park', data);
  }
  if (tries >= 2) return go(ctx, 'park', { slot: null, minutes: DEFAULT_MINUTES, slotText: clean(said) });
  const ask = time?.kind === 'part' ? c.slotClock : c.slotAgain;
  return { say: [say(ask)], step: 'slot', data: { ...d, slotText: clean(said), tries } };
}

/**
 * Several worries in one answer ("Two, actually. Firstly, whether the flutter… And secondly, I keep
 * wanting to look up…"; one per line; "x, y and z" in short parts): each parked on its own.
 */
export function splitWorries(text: string): string[] {
  const lines = text.split(/\r?\n|;/).map((l) => l.replace(/^\s*(?:[-*\u2022]|\d{1,2}[.)])\s*/, '').trim()).filter(Boolean);
  if (lines.length > 1) return lines.map((l) => clean(l.replace(/[.]+$/, '')));
  const ordinal = /\b(?:and )?(?:firstly|first(?:ly)?,|secondly|second(?:ly)?,|thirdly|third(?:ly)?,|lastly|also|y luego|primero|segundo|tercero|por otro lado)[,:]?\s*/gi;
  if ((text.match(ordinal) ?? []).length >= 2) {
    return text
      .split(ordinal)
      .map((p) => p.replace(/^(?:two|three|a few|dos|tres),? (?:actually|really|la verdad)?[.,]?\s*/i, '').replace(/^(?:whether|that|if|si|que)\s+/i, '').replace(/[.\s]+$/, '').replace(/^and\s+/i, '').trim())
      .filter((p) => words(p).split(' ').length >= 2)
      .map((p) => clean(p));
  }
  return [clean(text.replace(/[.]+$/, ''))];
}

const PUT_RIGHT = /^(no+|nope|nah|not|i said|i meant|dije|te dije|quise decir|era|mejor|actually|wait|hang on|hold on|oh wait|can we make it|make it|espera|en realidad)\b/;

/** A worry time as "HH:MM": an hour from 1 to 6 with no "am" or "morning" is in the afternoon ("change it to 5:30"). */
function slotOf(time: { hour: number; minute: number }, text: string): string {
  const morning = /\b(am|a m|in the morning|de la manana|por la manana|madrugada|early)\b/.test(fold(text));
  const hour = time.hour >= 1 && time.hour <= 6 && !morning ? time.hour + 12 : time.hour;
  return hhmm(hour, time.minute);
}

const hhmm = (hour: number, minute: number) => `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
const YES_LEAD = /^(?:y\s+)?(?:and\s+)?(?:yes|yeah|yep|si|sip|claro|ah y|oh and|and)\b[\s,.:-]*/i;

/** A time put right at the worry step ("no no, 8 de la noche! … y sí, la entrega del viernes"): the slot, and what else was said. */
function correctedSlot(text: string): { slot: string; rest: string | null } | null {
  const sentences = text.split(/(?<=[.!?])\s+/).map((x) => x.trim()).filter(Boolean);
  // The sentence that puts the time right: first ("no no, 8 de la noche!") or later ("la analítica de
  // mi madre. y ojo que es a las 7 de la TARDE, no de la mañana").
  const at = sentences.findIndex((x, i) => (i === 0 ? PUT_RIGHT.test(fold(x)) : PUT_RIGHT_LATE.test(fold(x))) && readWhen(x.replace(/^\s*(?:(?:no+|nope|nah)[\s,!.]*)+/i, '')).time?.kind === 'clock');
  if (at < 0) return null;
  const time = readWhen(sentences[at]!.replace(/^\s*(?:(?:no+|nope|nah)[\s,!.]*)+/i, '')).time;
  if (time?.kind !== 'clock') return null;
  const slot = slotOf(time, sentences[at]!);
  // The worry, if any: the other sentences that say no time ("y sí, la entrega del viernes").
  // (Not the words about the old time: "actually wait 7 wont work thats when we eat dinner".)
  const rest = sentences
    .filter((x, i) => i !== at && !readWhen(x).time && !ABOUT_THE_TIME.test(fold(x)))
    .map((x) => x.replace(YES_LEAD, '').trim())
    .filter(Boolean)
    .join(' ');
  return { slot, rest: rest || null };
}
/** A sentence about the time, not a worry: "7 won't work", "a las 7 no puedo", "that's when we eat". */
const ABOUT_THE_TIME = /\b\d{1,2}(?::\d\d)?\s*(?:am|pm)?\s+(?:wont|won t|doesnt|doesn t|does not|isnt|is not|no)\b|\b(?:wont|won t|doesnt|doesn t) work\b|\bno me (?:sirve|va|viene)\b|\bthats when\b|\bthat s when\b|\ba esa hora\b/;

/** A later sentence setting the time right: "ojo que es a las 7 de la tarde", "and it's 7 in the evening, not the morning". */
const PUT_RIGHT_LATE = /\b(ojo|que es|es a las|no de la|not in the|not the morning|not am|i said|i meant|dije|te dije|quise decir|mind you|remember|make it|instead)\b/;

/** Said as one told before ("la de la renta que ya le había dicho", "the same one as before"), naming a worry already parked. */
const TOLD_BEFORE = /\b(already|same|again|before|i told you|i said|ya (te|le) (lo )?(habia )?(dije|dicho)|que (te|le) (dije|habia dicho)|la misma|lo mismo|otra vez|de antes|nomas la de|solo la de|just the)\b/;

function parkedAgain(worry: string, parked: readonly string[]): string | null {
  if (!TOLD_BEFORE.test(fold(worry))) return null;
  const said = new Set(fold(worry).split(/[^\p{L}\p{N}]+/u).filter((x) => x.length >= 4));
  return parked.find((p) => fold(p).split(/[^\p{L}\p{N}]+/u).some((x) => x.length >= 4 && said.has(x))) ?? null;
}

function finish(ctx: FlowContext, d: WorryData, worry: string | null): StepResult {
  const c = ctx.copy.exercises.worryTime;
  const minutes = d.minutes ?? DEFAULT_MINUTES;
  const summary = d.slot ? c.summary(shownSlot(ctx, d.slot), minutes) : c.summaryNote(d.slotText ?? '');
  // Their words in a message of their own; several worries, each parked.
  const before = ctx.state.profile.worryTime?.parked ?? [];
  // "Just the rent one I told you already": the worry parked before, not a second copy of it.
  const again = worry ? parkedAgain(worry, before) : null;
  const worries = worry && !again ? splitWorries(worry) : [];
  const parked = again ? [say(c.alreadyParked(echo(again) ?? clip(again, 120)))] : worries.length ? [say(c.parked(worries.map((w) => echo(w) ?? clip(w, 120)).join(', '), slotName(ctx, d)))] : [];
  return {
    say: [...parked, say(`${summary} ${c.close}`)],
    profile: { worryTime: { slot: d.slot ?? null, minutes, parked: [...before, ...worries].slice(-10), setAt: ctx.now.toISOString() } },
    actions: [
      {
        type: 'record',
        instrument: 'worry_time',
        score: null,
        items: { slot: d.slot ?? null, minutes, slotText: d.slotText ?? null, timezone: ctx.timezone, postponedWorry: again ? null : worry },
      },
    ],
    finish: true,
  };
}

function answer(ctx: FlowContext, step: Step, d: WorryData, text: string): StepResult {
  const c = ctx.copy.exercises.worryTime;
  switch (step) {
    case 'slot':
      return answerSlot(ctx, d, text, false);
    case 'late': {
      const keep = mentions(text, c.keepWords) || words(text) === words(c.keepLabel(slotName(ctx, d))) || readYesNo(text) === 'yes';
      if (keep && readWhen(text).time?.kind !== 'clock') return go(ctx, 'park', d);
      return answerSlot(ctx, { ...d, tries: 0 }, text, true);
    }
    case 'park': {
      // "No no, 8 at NIGHT! And yes, the Friday deadline": the time put right, and the worry parked.
      const corrected = correctedSlot(text);
      if (corrected) {
        const fixed = { ...d, slot: corrected.slot, slotText: clean(text) };
        if (!corrected.rest) return { say: [say(c.moved(shownSlot(ctx, corrected.slot), d.slot ? shownSlot(ctx, d.slot) : null)), say(c.park, [c.noLabel])], step: 'park', data: fixed };
        return finish(ctx, fixed, isNone(corrected.rest) ? null : clean(corrected.rest));
      }
      // "No, nothing new. But do the earlier ones carry over?": a no, with a question after it.
      const firstClause = text.split(/[.,;!?]/)[0] ?? text;
      const none = isNone(text) || words(text) === words(c.noLabel) || (readYesNo(text) === 'no' && words(text).split(' ').length <= 4) || (readYesNo(firstClause) === 'no' && words(firstClause).split(' ').length <= 4);
      return finish(ctx, d, none || !words(text) ? null : clean(text));
    }
    default:
      return step satisfies never;
  }
}

export const worryTime: Flow = {
  id: 'worry_time',
  start(ctx) {
    const c = ctx.copy.exercises;
    // Already set up: what is set, and a new time changes it (not the whole introduction again).
    const w = ctx.state.profile.worryTime;
    if (w?.slot) {
      return { say: [say(`${c.worryTime.summary(shownSlot(ctx, w.slot), w.minutes)}${parkedList(ctx, w.parked, '')}`), say(c.worryTime.alreadySet)], step: 'slot', data: { tries: 0 } };
    }
    return { say: [say(c.worryTime.intro), say(`${c.controls} ${c.worryTime.slot}`)], step: 'slot', data: { tries: 0 } };
  },
  reply(ctx) {
    const step = ctx.state.step;
    if (!isStep(step)) return worryTime.start(ctx);
    const d = { ...(ctx.state.data as WorryData) };
    const command = readCommand(ctx.text);
    switch (command) {
      case 'back':
        return go(ctx, 'slot', {});
      case 'skip':
        if (step === 'slot') return { say: [say(ctx.copy.exercises.worryTime.slotRequired)], step, data: d };
        if (step === 'late') return go(ctx, 'park', d);
        return finish(ctx, d, null);
      case 'exit':
      case null:
        return answer(ctx, step, d, ctx.text);
      default:
        return command satisfies never;
    }
  },
  resume(ctx) {
    const step = ctx.state.step;
    if (!isStep(step)) return worryTime.start(ctx);
    const d = { ...(ctx.state.data as WorryData) };
    return { say: [say(ctx.copy.exercises.worryTime.resume), ...prompt(ctx, step, d)], step, data: d };
  },
};

const SEE_WORRIES =
  /\b(show|see|list|what are|remind me (of|what)|read|look at|check|ver|muestrame|ensename|cuales son|recuerdame|dime)\b.*\b(worries|worry list|worry time|preocupaciones|tiempo de preocupacion)\b|\bmy (parked |saved |list of )?worries\b|\bmis preocupaciones\b|\b(what time|when|a que hora|cuando)\b.*\b(is|was|did|do|quedo|quedamos|es|era|toca|tengo)\b.*\b(worry time|worry slot|worrying|preocupacion|preocuparme)\b/;
const CHANGE_WORRY_TIME =
  /\b(change|move|make|set|switch|put|shift|cambia|cambiar|mueve|mover|pon|ponme|pasa|pasar)\b.*\b(worry time|worry slot|tiempo de preocupacion)\b|\b(worry time|tiempo de preocupacion)\b.*\b(to|at|instead|a las|para las|mejor)\b/;

const PUT_RIGHT_LATER = /\b(change it|change the time|make it|move it|put it|i said|i meant|i told you|no,? (at|a las)|cambia(lo|la|me)?|cambiame la hora|cambia la hora|ponlo|ponla|pasalo|pasala|muevelo|te dije|dije|quise decir|mejor a las)\b/;

const PARK_ANOTHER =
  /\b(guardame|guarda|apuntame|apunta|anotame|anota|aparca|aparcame|park|add|save|put|stick)( me| down)? (otra|another|one more|esta|this|una|a|la|el|lo de)( preocupacion| worry)?\b|\b(otra|another|one more) (preocupacion|worry)\b/;

/**
 * "Apúntame otra: lo de la analítica de mi madre", "park another worry for later: the MOT": parked
 * for the worry time already set up (not a new set-up). Null when not asked, or no worry time is set.
 */
export function parkAnother(ctx: FlowContext, text = ctx.text): StepResult | null {
  const w = ctx.state.profile.worryTime;
  const t = fold(text);
  if (!w || !PARK_ANOTHER.test(t)) return null;
  const c = ctx.copy.exercises.worryTime;
  const colon = text.indexOf(':');
  const raw = colon >= 0 ? text.slice(colon + 1) : text.slice((PARK_ANOTHER.exec(t)?.index ?? 0) + (PARK_ANOTHER.exec(t)?.[0].length ?? 0));
  const worry = raw
    .replace(/^\s*(?:(?:para|for|till|until) (?:(?:las|the|my) )?(?:\d{1,2}(?::\d\d)?|later|luego|despues|worry time|tiempo de preocupacion)[\s,:.-]*)+/i, '')
    .replace(/^[\s,:.-]+|[\s.]+$/g, '')
    .trim();
  if (words(worry).split(' ').filter(Boolean).length < 2) return null;
  const slot = w.slot ? shownSlot(ctx, w.slot) : c.theSlot;
  return {
    say: [say(c.parked(echo(worry) ?? clip(worry, 120), slot))],
    profile: { worryTime: { ...w, parked: [...w.parked, clean(worry)].slice(-10) } },
    actions: [{ type: 'record', instrument: 'worry_time', score: null, items: { slot: w.slot, minutes: w.minutes, slotText: null, timezone: ctx.timezone, postponedWorry: clean(worry), added: true } }],
    step: 'idle',
    data: {},
  };
}

/** Words too common to say which worry is meant. */
const COMMON = new Set(['that', 'this', 'what', 'with', 'from', 'have', 'about', 'para', 'pero', 'esta', 'este', 'esto', 'todo', 'toda', 'bien', 'porque', 'como', 'cuando', 'donde', 'worry', 'worries', 'preocupacion', 'lista', 'list', 'please', 'porfa', 'quita', 'quitala', 'borra', 'borrala', 'remove', 'delete']);

const DROP_WORRY = /\b(delete|remove|take (it|that|this|[a-z ]{1,40}) (off|out)|take off|drop|clear|cross (it|that|[a-z ]{1,30}) off|get rid of|borra\w*|quita\w*|elimina\w*|saca\w*)\b/;

/**
 * "Can you take that off?", "delete the brb one from my worries", "quita lo de la entrega": a parked
 * worry taken off the list (the one whose words were used, or the only or newest one with "that").
 * Null when not asked, or nothing is parked.
 */
export function unparkWorry(ctx: FlowContext): StepResult | null {
  const w = ctx.state.profile.worryTime;
  const t = fold(ctx.text);
  // (After "which one?", the answer alone names it: "la de la analítica de mi madre".)
  const asked = (ctx.state.data as { unparking?: boolean }).unparking === true;
  if (!w?.parked.length || !(DROP_WORRY.test(t) || asked)) return null;
  const content = (x: string) => x.length >= 4 && !COMMON.has(x);
  const said = new Set(t.split(/[^a-z0-9]+/).filter(content));
  const matching = w.parked.filter((p) => fold(p).split(/[^a-z0-9]+/).some((x) => content(x) && said.has(x)));
  if (asked && !DROP_WORRY.test(t) && matching.length !== 1) return null;
  const aboutWorries = /\b(worr(y|ies)|list|preocupaci\w*|lista|that|it|eso|esa|ese)\b/.test(t);
  const c = ctx.copy.exercises.worryTime;
  if (matching.length !== 1 && !(aboutWorries && w.parked.length === 1)) return aboutWorries ? { say: [say(c.whichWorry)], step: 'idle', data: { unparking: true } } : null;
  const gone = matching[0] ?? w.parked[0]!;
  return { say: [say(c.unparked(gone))], profile: { worryTime: { ...w, parked: w.parked.filter((p) => p !== gone) } }, step: 'idle', data: {} };
}

/** "Show my worries", "what's my worry time?": the slot and what is parked for it. */
export function asksToSeeWorries(text: string): boolean {
  return SEE_WORRIES.test(fold(text)) && !CHANGE_WORRY_TIME.test(fold(text));
}

export function showWorries(ctx: FlowContext): StepResult {
  const c = ctx.copy.exercises.worryTime;
  const w = ctx.state.profile.worryTime;
  if (!w) return { say: [say(c.noneSet, [ctx.copy.menu.items.worry_time])], step: 'idle', data: {} };
  const when = w.slot ? c.summary(shownSlot(ctx, w.slot), w.minutes) : c.summaryNote('');
  return { say: [say(`${when}${parkedList(ctx, w.parked, ` ${c.nothingParked}`)}`)], step: 'idle', data: {} };
}

/** The worries parked for the worry time, one per line after a title; `none` when there are none. */
function parkedList(ctx: FlowContext, parked: readonly string[], none: string): string {
  return parked.length ? `\n${ctx.copy.exercises.worryTime.parkedList}\n${parked.map((x) => `- ${x}`).join('\n')}` : none;
}

/** A time turned down: "mejor no a las 7", "not at 7", "a las 7 no". */
const TURNED_DOWN = /\b(?:no|not|nah|better not)\s+(?:a las|at|para las|las)\s+\d|\b(?:a las|at)\s+\d{1,2}(?:[:.]\d\d)?\s+(?:no|not)\b/;

/** "Make the worry time 4 o'clock, not half past five": moved at once, said back with what it was. Null when not asked, or no time said. */

export function changeWorryTime(ctx: FlowContext): StepResult | null {
  const w = ctx.state.profile.worryTime;
  // "Pero te dije a la noche, a las 20. Cambialo porfa" just after it was set: the worry time is what they mean.
  const justSet = w?.setAt !== undefined && ctx.now.getTime() - new Date(w.setAt).getTime() < 20 * 60_000;
  if (!w || !(CHANGE_WORRY_TIME.test(fold(ctx.text)) || (justSet && PUT_RIGHT_LATER.test(fold(ctx.text))))) return null;
  // "Cámbiame la hora a las 19:00, a las 7 de la mañana estoy currando": the time in the clause that asks.
  // ("Mejor no a las 7, … mejor a las 4": the clause that turns a time down is not the one that asks.)
  const clauses = ctx.text.split(/[,;.!?]+/).filter((x) => (CHANGE_WORRY_TIME.test(fold(x)) || PUT_RIGHT_LATER.test(fold(x))) && readWhen(x).time?.kind === 'clock');
  // ("I said 5:30 not 7. can you change it to 5:30pm": the clause that says am or pm, when one does.)
  const kept = clauses.filter((x) => !TURNED_DOWN.test(fold(x)));
  const asking = kept.find((x) => /\d\s*(am|pm|a m|p m)\b|\b(de la (manana|tarde|noche)|in the (morning|afternoon|evening))\b/.test(fold(x))) ?? kept[0] ?? clauses[0];
  const time = readWhen(asking ?? ctx.text).time;
  if (time?.kind !== 'clock') return null;
  const slot = slotOf(time, asking ?? ctx.text);
  const c = ctx.copy.exercises.worryTime;
  if (slot === w.slot) return { say: [say(c.alreadyAt(shownSlot(ctx, slot)))], step: 'idle', data: {} };
  return {
    say: [say(c.moved(shownSlot(ctx, slot), w.slot ? shownSlot(ctx, w.slot) : null))],
    profile: { worryTime: { ...w, slot, setAt: ctx.now.toISOString() } },
    actions: [{ type: 'record', instrument: 'worry_time', score: null, items: { slot, minutes: w.minutes, slotText: clean(ctx.text), timezone: ctx.timezone, postponedWorry: null, moved: true } }],
    step: 'idle',
    data: {},
  };
}

