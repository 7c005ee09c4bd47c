import { clean, clip, isNone, words } from '../exercise-text.js';
import type { Flow, FlowContext, StepResult } from '../flow.js';
import { say } from '../flow.js';
import { readCommand } from '../intents.js';
import { ROUGH_SCALE, fold, readRating, readYesNo } from '../parse.js';
import { duePlan, withPlan } from '../plans.js';
import type { SavedPlan } from '../state.js';
import { routeFromMenu } from './menu.js';
import { whenText } from './plan-when.js';

/**
 * The follow-up of a planned activity, at the time the patient was told: did it happen (yes, partly,
 * no), and if so mood just before and after (0-10), reflected back; if not, what got in the way and
 * whether to plan it again. The answer is recorded for the clinician (`activation_review`) and kept
 * with the plan, so "show my plans" and "what helps" can use it.
 */
type Step = 'done' | 'before' | 'after' | 'obstacle' | 'again' | 'next';
type Data = { planId?: string; done?: 'done' | 'partly'; before?: number | null; obstacle?: string; tries?: number };

const PARTLY = /\b(partly|partially|part of it|some of it|a bit|a little|half|halfway|kind of|kinda|sort of|sorta|not all|not completely|not fully|en parte|un poco|a medias|la mitad|mas o menos|algo)\b/;
const SHOWN = 160;

function planOf(ctx: FlowContext, d: Data): SavedPlan | null {
  return (ctx.state.profile.plans ?? []).find((p) => p.id === d.planId) ?? null;
}

function record(ctx: FlowContext, plan: SavedPlan, status: SavedPlan['status'], extra: { moodBefore?: number | null; moodAfter?: number | null; obstacle?: string | null }): Pick<StepResult, 'profile' | 'actions'> {
  const kept: SavedPlan = { ...plan, status, ...(extra.moodBefore !== undefined ? { moodBefore: extra.moodBefore } : {}), ...(extra.moodAfter !== undefined ? { moodAfter: extra.moodAfter } : {}) };
  return {
    profile: { plans: withPlan(ctx.state.profile, kept) },
    actions: [
      {
        type: 'record',
        instrument: 'activation_review',
        score: null,
        items: { planId: plan.id, activity: plan.activity, plannedAt: plan.at, outcome: status, moodBefore: extra.moodBefore ?? null, moodAfter: extra.moodAfter ?? null, obstacle: extra.obstacle ?? null },
      },
    ],
  };
}

function reflect(ctx: FlowContext, before: number | null, after: number | null): string {
  const c = ctx.copy.exercises.review;
  if (before === null || after === null) return c.noRatings;
  if (after > before) return c.up(before, after);
  if (after < before) return c.down(before, after);
  return c.same(after);
}

function yesNoReplies(ctx: FlowContext): string[] {
  return [ctx.copy.yes, ctx.copy.exercises.review.partlyLabel, ctx.copy.no];
}

export const activityReview: Flow = {
  id: 'activity_review',
  start(ctx) {
    const plan = duePlan(ctx.state.profile, ctx.now);
    if (!plan) return { finish: true };
    const c = ctx.copy.exercises.review;
    const when = plan.at ? whenText(ctx, { text: plan.whenText, at: plan.at, part: null, now: false }) : plan.whenText;
    return {
      say: [say(c.ask(clip(plan.activity, SHOWN), when), yesNoReplies(ctx))],
      step: 'done',
      data: { planId: plan.id },
      profile: { plans: withPlan(ctx.state.profile, { ...plan, asked: true }) },
    };
  },
  reply(ctx) {
    const c = ctx.copy.exercises.review;
    const d = ctx.state.data as Data;
    const plan = planOf(ctx, d);
    if (!plan) return { finish: true };
    const step = ctx.state.step as Step;
    const command = readCommand(ctx.text);
    switch (step) {
      case 'done': {
        const t = fold(ctx.text);
        const yn = readYesNo(ctx.text);
        if (PARTLY.test(t) || fold(c.partlyLabel) === t) return { say: [say(c.beforePartly, [...ROUGH_SCALE])], step: 'before', data: { ...d, done: 'partly' } };
        if (yn === 'yes') return { say: [say(c.before, [...ROUGH_SCALE])], step: 'before', data: { ...d, done: 'done' } };
        if (yn === 'no') return { say: [say(c.obstacle)], step: 'obstacle', data: d };
        if ((d.tries ?? 0) < 1) return { say: [say(c.askAgain, yesNoReplies(ctx))], step: 'done', data: { ...d, tries: 1 } };
        return { say: [say(c.missed)], finish: true };
      }
      case 'before': {
        const before = command === 'skip' || isNone(ctx.text) ? null : readRating(ctx.text);
        if (before === null && command !== 'skip' && !isNone(ctx.text) && (d.tries ?? 0) < 2) return { say: [say(c.before, [...ROUGH_SCALE])], step: 'before', data: { ...d, tries: 2 } };
        return { say: [say(c.after, [...ROUGH_SCALE])], step: 'after', data: { ...d, before } };
      }
      case 'after': {
        const after = command === 'skip' || isNone(ctx.text) ? null : readRating(ctx.text);
        const before = d.before ?? null;
        return {
          say: [say(reflect(ctx, before, after)), say(c.next, [c.planNext, ctx.copy.menuLabel])],
          ...record(ctx, plan, d.done ?? 'done', { moodBefore: before, moodAfter: after }),
          step: 'next',
          data: d,
        };
      }
      case 'obstacle': {
        const obstacle = words(ctx.text) && command !== 'skip' ? clean(ctx.text) : null;
        return { say: [say(c.again, [ctx.copy.yes, ctx.copy.no])], ...record(ctx, plan, 'not_done', { obstacle }), step: 'again', data: d };
      }
      case 'again': {
        const yn = readYesNo(ctx.text);
        if (yn === 'yes') return { goto: 'activation', with: { again: { planId: `${plan.id}-again`, activity: plan.activity, area: plan.area } } };
        if (yn === 'no') return { say: [say(c.notAgain)], finish: true };
        return routeFromMenu(ctx);
      }
      case 'next': {
        const yn = readYesNo(ctx.text);
        if (yn === 'yes' || fold(ctx.text) === fold(c.planNext)) return { goto: 'activation' };
        if (yn === 'no') return { finish: true };
        return routeFromMenu(ctx);
      }
      default:
        return routeFromMenu(ctx);
    }
  },
};
