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
type Data = { bed?: Clock | null; wake?: Clock | null; routine?: string[]; tries?: number };

const ROUTINE = ['dim', 'screens', 'shower', 'read', 'write', 'breathe', 'drink'] as const;

/** "11", "11pm", "23:00", "a las 11 de la noche": a clock time; a bare bedtime from 6 to 11 is at night. */
function readClock(text: string, bedtime: boolean): Clock | null {
  const time = readWhen(text).time;
  if (!time || time.kind !== 'clock') return null;
  const t = simplify(text);
  // "10:30" at bedtime is night too; only am/pm or a part of the day says otherwise (a night-shift "9am").
  const explicit = /(?<![a-z])(a\.?\s?m|p\.?\s?m)\b|\b(de la (manana|tarde|noche)|madrugada|morning|evening|night)\b/.test(t);
  let hour = time.hour;
  if (bedtime && !explicit && hour >= 6 && hour <= 11) hour += 12;
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
  const lines = [
    c.planTitle,
    ...(routine.length ? [from ? c.planFrom(shown(from), routine.join('; ')) : c.planHour(routine.join('; '))] : []),
    ...(d.bed && d.wake ? [c.planTimes(shown(d.bed), shown(d.wake))] : d.wake ? [c.planWake(shown(d.wake))] : d.bed ? [c.planBed(shown(d.bed))] : []),
    c.planAwake,
  ];
  return {
    say: [say(lines.join('\n')), say(willTry === false ? c.closeUnsure : c.close)],
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
      const clock = skip ? null : readClock(ctx.text, step === 'bed');
      if (!clock && !skip && (d.tries ?? 0) < 1) return { say: [say(c.timeAgain)], step, data: { ...d, tries: 1 } };
      const next = { ...d, [step]: clock, tries: 0 };
      return { say: prompt(ctx, step === 'bed' ? 'wake' : 'routine'), step: step === 'bed' ? 'wake' : 'routine', data: next };
    }
    case 'routine': {
      // A number refused is not picked ("my phone is my alarm so 2 aint happening").
      const kept = ctx.text.split(/[.,;!?]+/).filter((clause) => !/\b(ain ?t|isn ?t|not|won ?t|wont|never|nope|no way|no voy|no puedo|imposible)\b/i.test(clause)).join(', ');
      const picked = readChoiceNumbers(kept, ROUTINE.length).map((n) => c.options[ROUTINE[n - 1]!]);
      // Their own ideas count too, alone or beside numbers ("1, 5 and a cup of chamomile").
      const rest = clean(ctx.text.replace(/\b(10|[0-9])\b/g, ' ').replace(/^[\s,;.&+]*(and|y|e|plus|also|tambien|también)?[\s,;.]*/i, '').replace(/\s{2,}/g, ' '));
      // Not a confession about the routine ("i usually scroll my phone in bed tbh"): that is not a plan.
      const confession = /\b(usually|normally|always|tbh|honestly|but|i |i m|im|my|suelo|siempre|la verdad|pero)\b/.test(fold(rest));
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
