import { clean, clip, echo, isNone, mentions, readChoiceNumbers, settled, words } from '../exercise-text.js';
import type { Flow, FlowContext, StepResult } from '../flow.js';
import { say } from '../flow.js';
import { asksToSeePlans, readChangePlan, readCommand, readMenuChoice } from '../intents.js';
import { ROUGH_SCALE, fold, readRating } from '../parse.js';
import type { Reply } from '../types.js';
import type { PlannedWhen, WhenProgress } from './plan-when.js';
import { answerWhen, capitalise, soundsLikeWhenOnly, whenText } from './plan-when.js';
import { followUpTime, withPlan } from '../plans.js';
import { clockText, dayOfInstant, readWhen } from '../when.js';
import type { SavedPlan } from '../state.js';

/**
 * Behavioural activation: an area of life that matters, one small specific activity, when (read in
 * the patient's zone), how likely it is and what might get in the way, then the plan said back and
 * recorded. A plan with a time is followed up after it (activity-review.ts asks whether it happened
 * and how mood was before and after); the patient can list their plans and cancel one.
 */
const STEPS = ['area', 'activity', 'when', 'likely', 'ifThen'] as const;
type Step = (typeof STEPS)[number];

const AREAS = ['connection', 'enjoyment', 'achievement', 'selfCare', 'values'] as const;
type Area = (typeof AREAS)[number];

type PlanData = {
  /** Planning again a plan that slipped: it keeps its id. */
  planId?: string;
  /** An area from the list, or the patient's own words for one. */
  area?: Area | null;
  areaText?: string;
  activity?: string;
  when?: PlannedWhen;
  progress?: WhenProgress;
  /** A day or time given where the activity was asked: used as the answer to "when?". */
  whenFirst?: string;
  /** Kept while "what could you do instead?" is asked (the plan itself is already saved). */
  likely?: number | null;
  close?: string;
};

const MAX_ACTIVITY_SHOWN = 200;

function isStep(step: string): step is Step {
  return (STEPS as readonly string[]).includes(step);
}

function areaList(ctx: FlowContext): string {
  const c = ctx.copy.exercises.activation;
  return [c.area, ...AREAS.map((a, i) => `${i + 1}. ${c.areas[a].label}: ${c.areas[a].hint}`)].join('\n');
}

function prompt(ctx: FlowContext, step: Step, d: PlanData): Reply[] {
  const c = ctx.copy.exercises.activation;
  switch (step) {
    case 'area':
      // On SMS the numbered list is enough: buttons would be written out again below it.
      return [say(areaList(ctx), ctx.channel === 'web' ? AREAS.map((a) => c.areas[a].label) : undefined)];
    case 'activity':
      return [say(c.activity[d.area ?? 'other'])];
    case 'when':
      return [say(c.when)];
    case 'likely':
      return [say(c.likely, [...ROUGH_SCALE])];
    case 'ifThen':
      return [say(c.ifThen)];
    default:
      return step satisfies never;
  }
}

function readArea(ctx: FlowContext, text: string): Area | null {
  const c = ctx.copy.exercises.activation;
  const n = readChoiceNumbers(text, AREAS.length);
  if (n.length === 1) return AREAS[n[0]! - 1]!;
  return AREAS.find((a) => mentions(text, [c.areas[a].label, ...c.areaWords[a]])) ?? null;
}

function finish(ctx: FlowContext, d: PlanData, likely: number | null, obstacles: string | null, askBackUp = false): StepResult {
  const c = ctx.copy.exercises.activation;
  const activity = clip(d.activity ?? '', MAX_ACTIVITY_SHOWN);
  const when = d.when;
  const plan = !when ? c.planOnly(activity) : when.at ? c.plan(capitalise(whenText(ctx, when)), activity) : c.planNote(when.text, activity);
  // Asked about after it is due: at a time the patient is told now, so the message is expected.
  const followUpAt = when && !when.now ? followUpTime(when.at, when.part) : null;
  const input = ctx.state.input;
  const id = d.planId ?? `plan-${input ? (input.kind === 'message' ? input.messageId : input.eventId) : ctx.now.getTime()}`;
  const saved: SavedPlan = {
    id,
    activity: d.activity ?? '',
    area: d.area ?? d.areaText ?? null,
    whenText: when?.text ?? '',
    at: when?.at ?? null,
    followUpAt,
    status: 'planned',
  };
  const close = followUpAt ? c.closeFollowUp(whenText(ctx, { text: '', at: followUpAt, part: null, now: false })) : c.close;
  const tips = [likely !== null && likely <= 5 ? c.smaller : null, obstacles ? c.obstacle : null, close].filter((t): t is string => t !== null);
  // Something might get in the way: the plan is saved now, and what they could do instead asked next.
  const next: Pick<StepResult, 'step' | 'data' | 'finish'> = askBackUp ? { step: 'ifThen', data: { planId: id, likely, close } } : { finish: true };
  return {
    say: [say(plan), say(askBackUp ? c.ifThen : tips.join(' '))],
    profile: { plans: withPlan(ctx.state.profile, saved) },
    actions: [
      ...(followUpAt ? [{ type: 'follow_up' as const, planId: id, at: followUpAt }] : []),
      {
        type: 'record',
        instrument: 'activation_plan',
        score: null,
        items: {
          area: d.area ?? d.areaText ?? null,
          activity: d.activity ?? null,
          whenText: when?.text ?? null,
          at: when?.at ?? null,
          timezone: ctx.timezone,
          likelihood: likely,
          obstacles,
        },
      },
    ],
    ...next,
  };
}

/** The answer to "what could you do instead?": said back, and recorded beside the plan it belongs to. */
function backUp(ctx: FlowContext, d: PlanData, text: string | null): StepResult {
  const c = ctx.copy.exercises.activation;
  const plan = text && words(text) && !isNone(text) ? clean(text) : null;
  const likely = d.likely ?? null;
  const tips = [likely !== null && likely <= 5 ? c.smaller : null, plan ? c.backUp(echo(plan) ?? clip(plan, 120)) : c.obstacle, d.close ?? c.close].filter((t): t is string => t !== null);
  return {
    say: [say(tips.join(' '))],
    actions: plan ? [{ type: 'record', instrument: 'activation_if_then', score: null, items: { planId: d.planId ?? null, ifThen: plan } }] : [],
    finish: true,
  };
}

/** Words about the choice, not an activity: "I should think", "that's what was suggested", "supongo", "creo". */
const HEDGE_ONLY = /^(i (should |would |d )?(think|suppose|guess|reckon|imagine)|that s what|thats what|probably|maybe|perhaps|i m not sure|not sure|if that s ok|supongo|creo|diria|me imagino|eso es lo que|quizas|tal vez|igual)\b/;

/** A change of day or time said at the likelihood question. */
const CHANGED_WHEN = /\b(no wait|wait|actually|instead|rather|make it|change it|not|no|mejor|espera|en realidad|cambia\w*|dije|i said|i meant|quise decir)\b/;

/** Said after the likelihood when nothing is in the way: "should be fine", "nothing really", "todo bien". */
const NOTHING_IN_THE_WAY = /^(?:(?:and|y|i think|i reckon|creo que|pues)\s+)*(no|nope|nah|nothing|not really|not much|nothing much|nothing really|should be (fine|ok|okay|alright|good)|it ll be fine|itll be fine|i ll be fine|ill be fine|all good|fine|pretty sure|definitely|for sure|easy|no problem|nada|nada en especial|no creo|ninguna?|todo bien|seguro|sin problema|deberia estar bien)\b/;

/** ... said so plainly that a number in it is the new time, not how likely ("can we make it 4 instead"). */
const MOVED = /\b(make it|make that|change it|move it|instead|rather|i said|i meant|cambia\w*|mejor a las|muevelo|pasalo)\b/;

function go(ctx: FlowContext, step: Step, d: PlanData, lead: Reply[] = []): StepResult {
  return { say: [...lead, ...prompt(ctx, step, d)], step, data: d };
}

function answer(ctx: FlowContext, step: Step, d: PlanData, text: string): StepResult {
  switch (step) {
    case 'area': {
      const area = readArea(ctx, text);
      // "Conexión, lo del café con Begoña": the area and the activity in one answer.
      // "idk maybe self care? like going for a walk outside. i havent left my dorm in days": the activity is the sentence after the area.
      const after = area ? /^[^,:.;?!-]+[,:.;?!-]\s*(?:lo de |lo del |the |like |something like |algo como |pues )?(.{6,})$/i.exec(text.trim())?.[1] : undefined;
      const rest = after?.split(/(?<=[.!?])\s+/)[0]?.replace(/^(?:like|maybe|probably|tipo|como|quizas|tal vez)\s+/i, '');
      // ("Time with people, I should think. That's what was suggested to me": only the area; the rest is a hedge, not an activity.)
      if (area && rest && words(rest).split(' ').length >= 2 && readArea(ctx, rest) !== area && !HEDGE_ONLY.test(words(rest))) {
        return go(ctx, 'when', { ...d, area, areaText: ctx.copy.exercises.activation.areas[area].label, activity: clean(settled(rest.replace(/[.]+$/, ''))) });
      }
      if (area) return go(ctx, 'activity', { ...d, area, areaText: ctx.copy.exercises.activation.areas[area].label });
      if (isNone(text)) return go(ctx, 'activity', { ...d, area: null });
      return go(ctx, 'activity', { ...d, area: null, areaText: clean(text) });
    }
    case 'activity': {
      if (!words(text)) return go(ctx, 'activity', d);
      // "El jueves por la tarde, a las 6": when, not what. Kept for the next step, and what asked again.
      if (!d.whenFirst && soundsLikeWhenOnly(text)) return { say: [say(ctx.copy.exercises.activation.whenNotWhat)], step: 'activity', data: { ...d, whenFirst: clean(text) } };
      const next = { ...d, activity: clean(settled(text).replace(/[.]+$/, '')) };
      if (next.whenFirst) {
        const { whenFirst, ...rest } = next;
        return answer(ctx, 'when', rest, whenFirst);
      }
      return go(ctx, 'when', next);
    }
    case 'when': {
      const read = answerWhen(ctx, text, d.progress ?? {});
      if (read.kind === 'ask') return { say: [say(read.text)], step: 'when', data: { ...d, progress: read.progress } };
      const { progress: _, ...rest } = d;
      return go(ctx, 'likely', { ...rest, when: read.when });
    }
    case 'likely': {
      // "Ah no wait, not tomorrow morning, Thursday instead": the day or time changed, the plan with it.
      const moved = readWhen(text);
      // ("Tomorrow at 4, not today": the 4 is the hour, not how likely.)
      const rating = readRating(text);
      const theHour = rating !== null && moved.time?.kind === 'clock' && (moved.time.hour % 12 || 12) === rating;
      if (CHANGED_WHEN.test(fold(text)) && (moved.day || moved.time) && (rating === null || theHour || MOVED.test(fold(text)))) {
        const read = answerWhen(ctx, `${d.when?.text ?? ''}. ${text}`, {});
        if (read.kind === 'ask') return { say: [say(read.text)], step: 'when', data: { ...d, progress: read.progress } };
        return go(ctx, 'likely', { ...d, when: read.when }, [say(ctx.copy.exercises.activation.whenChanged(whenText(ctx, read.when)))]);
      }
      if (isNone(text)) return finish(ctx, d, null, null);
      const likely = readRating(text);
      // More than a number: their words about what might get in the way, and then what they would do instead.
      const obstacles = words(text).replace(/\b(10|[0-9])\b/g, '').trim().split(' ').filter(Boolean).length > 2 ? clean(text) : null;
      // ("8, should be fine", "7 nothing really": nothing in the way, so no back-up is asked for.)
      const named = obstacles !== null && !NOTHING_IN_THE_WAY.test(words(text).replace(/^(?:(?:like|about|maybe|prob|probably|un|una|como)\s+)*(10|[0-9])\s*/, ''));
      return finish(ctx, d, likely, obstacles, named);
    }
    case 'ifThen': {
      // "I want to move it from Thursday to Saturday at 7:30", "show my plans": not a back-up; the plan
      // is saved, so the message is read as it would be at the menu.
      const moved = readWhen(text);
      if (readChangePlan(text) !== null || ((moved.day || moved.time) && CHANGED_WHEN.test(fold(text))) || readMenuChoice(text) !== null || asksToSeePlans(text)) {
        return { goto: 'menu', with: { read: true, text } };
      }
      return backUp(ctx, d, text);
    }
    default:
      return step satisfies never;
  }
}

export const activation: Flow = {
  id: 'activation',
  start(ctx) {
    const c = ctx.copy.exercises.activation;
    // From a follow-up ("try it again another time?") or "move it to Sunday": the same activity, asked
    // only when (read at once when the request already said it).
    const again = ctx.state.data as { again?: { planId: string; activity: string; area: string | null; text?: string; at?: string | null } };
    if (again.again) {
      const d: PlanData = { planId: again.again.planId, activity: again.again.activity, areaText: again.again.area ?? '' };
      // "Move it to Sunday, same time": the new day at the old plan's clock time.
      let text = again.again.text;
      // "I said Wednesday, not Tuesday": the day changed, the time as it was.
      const named = text ? readWhen(text) : null;
      if (text && again.again.at && (/\b(same time|misma hora)\b/.test(fold(text)) || (named?.day && !named.time))) text = `${text} at ${clockText(new Date(again.again.at), ctx.timezone)}`;
      // "Can you change it to 4pm?": the new time on the plan's own day.
      const day = named?.time && !named.day && again.again.at ? dayOfInstant(new Date(again.again.at), ctx.now, ctx.timezone) : undefined;
      const said = text ? answerWhen(ctx, text, { tries: 1, ...(day ? { day } : {}) }) : null;
      // Moved in one message ("can I change it to Sunday afternoon?"): done, said back with its new time.
      if (said?.kind === 'done' && said.when.at) return finish(ctx, { ...d, when: said.when }, null, null);
      return go(ctx, 'when', d);
    }
    return go(ctx, 'area', {}, [say(`${c.intro} ${ctx.copy.exercises.controls}`)]);
  },
  reply(ctx) {
    const step = ctx.state.step;
    if (!isStep(step)) return activation.start(ctx);
    const d = { ...(ctx.state.data as PlanData) };
    const at = STEPS.indexOf(step);
    const command = readCommand(ctx.text);
    switch (command) {
      case 'back': {
        const { progress: _, ...rest } = d;
        return go(ctx, STEPS[Math.max(0, at - 1)]!, rest);
      }
      case 'skip':
        // The activity is the plan: without one there is nothing to record.
        if (step === 'activity' && !d.activity) return { say: [say(ctx.copy.exercises.activation.activityRequired)], step, data: d };
        if (step === 'likely') return finish(ctx, d, null, null);
        if (step === 'ifThen') return backUp(ctx, d, null);
        if (step === 'when' && !d.when) {
          const { progress: _, ...rest } = d;
          return go(ctx, 'likely', rest);
        }
        return go(ctx, STEPS[at + 1]!, step === 'area' && d.area === undefined ? { ...d, area: null } : d);
      case 'exit':
      case null:
        return answer(ctx, step, d, ctx.text);
      default:
        return command satisfies never;
    }
  },
  resume(ctx) {
    const step = ctx.state.step;
    if (!isStep(step)) return activation.start(ctx);
    const d = { ...(ctx.state.data as PlanData) };
    return go(ctx, step, d, [say(ctx.copy.exercises.activation.resume)]);
  },
};
