import type { RiskCategory } from '../../escalation/screening.js';
import type { YesNo } from '../parse.js';
import { readYesNo } from '../parse.js';
import type { Flow, FlowContext, StepResult } from '../flow.js';
import { say } from '../flow.js';
import { routeFromMenu } from './menu.js';

/**
 * A C-SSRS-style screener in chat language (Columbia Suicide Severity Rating Scale, screen version):
 * 1 wish to be dead, 2 suicidal thoughts; if 2 is yes: 3 method, 4 intent, 5 plan; always 6 behaviour
 * (with "in the past three months"). A yes to intent, plan or recent behaviour escalates as urgent.
 * Ideation without those lets the care team know without paging. "Not sure" counts as yes, and an
 * unreadable answer is asked once more, then counted as yes: on these questions, a false alarm costs
 * less than a miss.
 */
type Item = 'wishDead' | 'thoughts' | 'method' | 'intent' | 'plan' | 'behavior' | 'behaviorRecent';
type CssrsData = { answers: Partial<Record<Item, boolean>>; asked?: number };

const WATCH_HOURS = 12;

function nextItem(answers: Partial<Record<Item, boolean>>): Item | null {
  if (answers.wishDead === undefined) return 'wishDead';
  if (answers.thoughts === undefined) return 'thoughts';
  if (answers.thoughts) {
    if (answers.method === undefined) return 'method';
    if (answers.intent === undefined) return 'intent';
    if (answers.plan === undefined) return 'plan';
  }
  if (answers.behavior === undefined) return 'behavior';
  if (answers.behavior && answers.behaviorRecent === undefined) return 'behaviorRecent';
  return null;
}

function ask(ctx: FlowContext, item: Item, prefix: string[] = []): StepResult['say'] {
  return [...prefix.map((p) => say(p)), say(ctx.copy.cssrs[item], [ctx.copy.yes, ctx.copy.no])];
}

function answerOf(value: YesNo): boolean | null {
  switch (value) {
    case 'yes':
    case 'unsure':
      return true;
    case 'no':
      return false;
    case 'unknown':
      return null;
    default:
      return value satisfies never;
  }
}

function conclude(ctx: FlowContext, answers: Partial<Record<Item, boolean>>): StepResult {
  const c = ctx.copy.cssrs;
  const cssrs = answers as Record<string, boolean>;
  const offers = [ctx.copy.menu.items.grounding, ctx.copy.menu.items.safety_plan, ctx.copy.menu.items.resources, ctx.copy.notNow];
  if (answers.intent || answers.plan || answers.behaviorRecent) {
    const categories: RiskCategory[] = answers.behaviorRecent && !answers.intent && !answers.plan ? ['preparatory_behavior'] : ['suicide_plan_intent'];
    return {
      say: [say(c.positive)],
      actions: [{ type: 'escalate', level: 'urgent', reason: 'cssrs_positive', categories, cssrs }],
      goto: 'crisis_hold',
    };
  }
  const watchUntil = new Date(ctx.now.getTime() + WATCH_HOURS * 3_600_000).toISOString();
  if (answers.thoughts || answers.method) {
    return {
      say: [say(c.ideationNoPlan(ctx.safety.crisisLine), offers)],
      actions: [{ type: 'escalate', level: 'concern', reason: 'cssrs_ideation', categories: ['passive_ideation'], cssrs }],
      watchUntil,
      step: 'offer',
      data: {},
    };
  }
  return { say: [say(c.negative(ctx.safety.crisisLine), offers)], watchUntil, step: 'offer', data: {} };
}

export const cssrs: Flow = {
  id: 'cssrs',
  start(ctx) {
    const watching = ctx.state.watchUntil !== null && new Date(ctx.state.watchUntil) > ctx.now;
    // On a second concern in the same session, go straight to the questions that decide safety.
    const answers: CssrsData['answers'] = watching ? { wishDead: true } : {};
    const item = nextItem(answers)!;
    const intro = watching ? ctx.copy.cssrs.introWatch : ctx.copy.cssrs.intro;
    const actions: StepResult['actions'] = watching
      ? [{ type: 'escalate', level: 'concern', reason: 'concern_during_watch', categories: ['ambiguous_needs_followup'] }]
      : [];
    return { say: ask(ctx, item, [intro]), step: item, data: { answers } satisfies CssrsData, actions };
  },
  reply(ctx) {
    // The offer after the questions: the quick replies and free text both read like menu choices.
    if (ctx.state.step === 'offer') return routeFromMenu(ctx);
    const data = ctx.state.data as CssrsData;
    const item = ctx.state.step as Item;
    let answer = answerOf(readYesNo(ctx.text));
    if (answer === null) {
      if ((data.asked ?? 0) < 1) return { say: [say(ctx.copy.cssrs.clarify, [ctx.copy.yes, ctx.copy.no])], step: item, data: { ...data, asked: 1 } };
      answer = true;
    }
    const answers = { ...data.answers, [item]: answer };
    const next = nextItem(answers);
    if (next === null) return conclude(ctx, answers);
    // A yes to intent or plan already decides it: don't keep someone at risk answering questions.
    if (answers.intent || answers.plan) return conclude(ctx, answers);
    return { say: ask(ctx, next), step: next, data: { answers } satisfies CssrsData };
  },
};
