import { clean, readChoiceNumbers, simplify, words } from '../exercise-text.js';
import type { Flow, FlowContext, StepResult } from '../flow.js';
import { say } from '../flow.js';
import { readCommand } from '../intents.js';
import { fold, readYesNo } from '../parse.js';
import type { Reply } from '../types.js';
import { hourText, readWhen } from '../when.js';

/**
 * A wind-down for tonight (CBT-I stimulus control and a routine): when to be in bed, when to get up
 * (the same every day), two or three calming things for the last hour, and what to do when awake in
 * bed. Said back as tonight's plan and recorded.
 */
type Step = 'bed' | 'wake' | 'routine' | 'rules';
type Clock = { hour: number; minute: number };
type Data = {
  bed?: Clock | null;
  wake?: Clock | null;
  routine?: string[];
  tries?: number;
  /** "Not the same on days off": the times are for work days. */
  workDaysOnly?: boolean;
};

/** A number turned down in its clause: "2 aint happening", "not 3", "the 4 won't work", "el 2 no puedo". */
const REFUSED = /\b(10|[1-9])\b(\s+\w+){0,2}\s+(ain ?t|isn ?t|is not|won ?t|wont|will not|never|no way|no (voy|puedo)|imposible)\b|\b(not|no|never|ni|sin)\s+(the\s+|el\s+|la\s+)?(10|[1-9])\b/i;

const ROUTINE = ['dim', 'screens', 'shower', 'read', 'write', 'breathe', 'drink'] as const;

/** The words a bedtime or a waking time follows ("off at 7:30, home by 8, so bed 8:30 ish"; "alarm at 3"). */
const BED_WORD = /\b(bed|in bed|sleep|asleep|cama|acostar\w*|dormir\w*)\b/;
const WAKE_WORD = /\b(up|get up|wake|wake up|awake|alarm|levant\w*|despert\w*|arriba)\b/;

/** "Not the same on days off", "no on weekends": the times are for work days only. */
const NOT_DAYS_OFF = /\b(not|no|except|but not|different|isnt|isn t)\b.{0,30}\b(days off|day off|weekends?|rest days|dias libres|dias de descanso|fines de semana|finde)\b|\b(days off|weekends?|dias libres|fines de semana)\b.{0,20}\b(different|no|not|distint\w*)\b/;

/** "11", "11pm", "23:00", "a las 11 de la noche": a clock time; a bare bedtime from 6 to 11 is at night. */
function readClock(text: string, bedtime: boolean): Clock | null {
  // The time said after the word for it, when the message gives other times too.
  const anchor = (bedtime ? BED_WORD : WAKE_WORD).exec(simplify(text));
  const after = anchor ? simplify(text).slice(anchor.index + anchor[0].length) : '';
  const near = after ? readWhen(after).time : undefined;
  const time = near?.kind === 'clock' ? near : readWhen(text).time;
  if (!time || time.kind !== 'clock') return null;
  const t = simplify(text);
  // "10:30" at bedtime is night too; only am/pm or a part of the day says otherwise (a night-shift "9am").
  const explicit = /(?<![a-z])(a\.?\s?m|p\.?\s?m)\b|\b(de la (manana|tarde|noche)|madrugada|morning|evening|night)\b/.test(t);
  let hour = time.hour;
  if (bedtime && !explicit && hour >= 6 && hour <= 11) hour += 12;
  // "A las 12 y media" at bedtime is half past midnight, not noon.
  if (bedtime && !explicit && hour === 12) hour = 0;
  if (!bedtime && !explicit && hour >= 13 && hour <= 18 && !/\b(1[3-8]):\d{2}\b/.test(t)) hour -= 12;
  return { hour, minute: time.minute };
}

const two = (n: number) => String(n).padStart(2, '0');
/** Recorded for the clinician as "HH:MM". */
const stored = (c: Clock) => `${two(c.hour)}:${two(c.minute)}`;

function routineList(ctx: FlowContext): string {
  const c = ctx.copy.exercises.windDown;
  return [c.routine, ...ROUTINE.map((r, i) => `${i + 1}. ${c.options[r]}`)].join('\n');
}

function prompt(ctx: FlowContext, step: Step): Reply[] {
  const c = ctx.copy.exercises.windDown;
  switch (step) {
    case 'bed':
      return [say(c.bed)];
    case 'wake':
      return [say(c.wake)];
    case 'routine':
      return [say(routineList(ctx))];
    case 'rules':
      return [say(c.rules, [ctx.copy.yes, ctx.copy.no])];
    default:
      return step satisfies never;
  }
}

function finish(ctx: FlowContext, d: Data, willTry: boolean | null): StepResult {
  const c = ctx.copy.exercises.windDown;
  const shown = (t: Clock) => hourText(t.hour, t.minute, ctx.locale);
  const routine = d.routine ?? [];
  const from = d.bed ? { hour: (d.bed.hour + 23) % 24, minute: d.bed.minute } : null;
  // A bed in the morning (after a night shift) is not "tonight".
  const byDay = d.bed !== undefined && d.bed !== null && d.bed.hour >= 5 && d.bed.hour < 12;
  const lines = [
    byDay ? c.planTitleDay : c.planTitle,
    ...(routine.length ? [from ? c.planFrom(shown(from), routine.join('; ')) : c.planHour(routine.join('; '))] : []),
    ...(d.bed && d.wake ? [d.workDaysOnly ? c.planTimesWorkDays(shown(d.bed), shown(d.wake)) : c.planTimes(shown(d.bed), shown(d.wake))] : d.wake ? [d.workDaysOnly ? c.planWakeWorkDays(shown(d.wake)) : c.planWake(shown(d.wake))] : d.bed ? [c.planBed(shown(d.bed))] : []),
    c.planAwake,
  ];
  return {
    say: [say(lines.join('\n')), say(willTry === false ? c.closeUnsure : byDay ? c.closeDay : c.close)],
    actions: [
      {
        type: 'record',
        instrument: 'sleep_wind_down',
        score: null,
        items: { bedtime: d.bed ? stored(d.bed) : null, waketime: d.wake ? stored(d.wake) : null, routine, willTry },
      },
    ],
    finish: true,
  };
}

function answer(ctx: FlowContext, step: Step, d: Data): StepResult {
  const c = ctx.copy.exercises.windDown;
  const skip = readCommand(ctx.text) === 'skip';
  switch (step) {
    case 'bed':
    case 'wake': {
      let clock = skip ? null : readClock(ctx.text, step === 'bed');
      if (!clock && !skip && (d.tries ?? 0) < 1) return { say: [say(c.timeAgain)], step, data: { ...d, tries: 1 } };
      // Up "at 3" after a bed at 8:30 in the morning (a night shift) is 3 in the afternoon, not eighteen hours later.
      if (step === 'wake' && clock && d.bed && clock.hour < 12) {
        const hours = (h: number) => (h * 60 + clock!.minute - (d.bed!.hour * 60 + d.bed!.minute) + 1440) % 1440 / 60;
        if (hours(clock.hour) > 14 && hours(clock.hour + 12) >= 4 && hours(clock.hour + 12) <= 12) clock = { ...clock, hour: clock.hour + 12 };
      }
      const workDaysOnly = step === 'wake' && NOT_DAYS_OFF.test(fold(ctx.text)) ? { workDaysOnly: true } : {};
      const next = { ...d, [step]: clock, tries: 0, ...workDaysOnly };
      return { say: prompt(ctx, step === 'bed' ? 'wake' : 'routine'), step: step === 'bed' ? 'wake' : 'routine', data: next };
    }
    case 'routine': {
      // A number refused is not picked ("my phone is my alarm so 2 aint happening").
      // ("maybe 5 since my brain won't shut up" is picked: the "won't" is about the brain, not the 5.)
      const kept = ctx.text.replace(new RegExp(REFUSED.source, 'gi'), ' ');
      const picked = readChoiceNumbers(kept, ROUTINE.length).map((n) => c.options[ROUTINE[n - 1]!]);
      // Their own ideas count too, alone or beside numbers ("1, 5 and a cup of chamomile").
      const rest = clean(ctx.text.replace(/\b(la|el|las|los|the|number|numero|opcion|option)\s+(?=(10|[0-9])\b)/gi, '').replace(/\b(10|[0-9])\b/g, ' ').replace(/^[\s,;.&+]*(and|y|e|plus|also|tambien|también)?[\s,;.]*/i, '').replace(/\s{2,}/g, ' '));
      // Not a confession about the routine ("i usually scroll my phone in bed tbh"): that is not a plan.
      const confession = /\b(usually|normally|always|tbh|honestly|but|i |i m|im|my|hard|difficult|suelo|siempre|la verdad|pero|costar|cuesta|dificil)\b/.test(fold(rest));
      const own = !skip && !confession && words(rest).split(' ').filter(Boolean).length >= 2 ? [rest] : [];
      return { say: prompt(ctx, 'rules'), step: 'rules', data: { ...d, routine: [...picked, ...own].slice(0, 4) } };
    }
    case 'rules': {
      const yn = readYesNo(ctx.text);
      return finish(ctx, d, yn === 'yes' ? true : yn === 'no' ? false : null);
    }
    default:
      return step satisfies never;
  }
}

export const sleepWindDown: Flow = {
  id: 'sleep_wind_down',
  start(ctx) {
    const c = ctx.copy.exercises.windDown;
    return { say: [say(`${c.intro} ${ctx.copy.exercises.controls}`), ...prompt(ctx, 'bed')], step: 'bed', data: {} };
  },
  reply(ctx) {
    const step = ctx.state.step as Step;
    const d = { ...(ctx.state.data as Data) };
    if (!['bed', 'wake', 'routine', 'rules'].includes(step)) return sleepWindDown.start(ctx);
    if (readCommand(ctx.text) === 'back') {
      const order: Step[] = ['bed', 'wake', 'routine', 'rules'];
      const prev = order[Math.max(0, order.indexOf(step) - 1)]!;
      return { say: prompt(ctx, prev), step: prev, data: d };
    }
    return answer(ctx, step, d);
  },
  resume(ctx) {
    const step = ctx.state.step as Step;
    return { say: [say(ctx.copy.exercises.windDown.resume), ...prompt(ctx, step)], step, data: ctx.state.data };
  },
};
