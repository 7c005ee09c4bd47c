import { fold } from '../parse.js';
import { readCommand } from '../intents.js';
import type { Flow, FlowContext } from '../flow.js';
import { say } from '../flow.js';

/** The Stanley–Brown safety plan, one step per message; the result is kept and can be read back. */
const STEPS = ['warningSigns', 'coping', 'distraction', 'people', 'professionals', 'environment'] as const;
type PlanStep = (typeof STEPS)[number];
type PlanData = { answers: Partial<Record<PlanStep, string>> };

const MAX_ANSWER = 500;
const SKIP = ['skip', 'pass', 'saltar', 'omitir', 'siguiente', 'next'];

function prompt(ctx: FlowContext, step: PlanStep): string {
  const s = ctx.copy.safetyPlan.steps;
  return step === 'professionals' ? s.professionals(ctx.safety.crisisLine) : s[step];
}

function render(ctx: FlowContext, plan: Partial<Record<PlanStep, string>>): string {
  const labels = ctx.copy.safetyPlan.labels;
  return STEPS.map((step) => `${labels[step]}: ${plan[step] ?? ctx.copy.safetyPlan.skipped}`).join('\n');
}

export const safetyPlan: Flow = {
  id: 'safety_plan',
  start(ctx) {
    const existing = ctx.state.profile.safetyPlan;
    if (existing) {
      return {
        say: [say(`${ctx.copy.safetyPlan.existing}\n\n${render(ctx, existing)}`, [ctx.copy.safetyPlan.update, ctx.copy.safetyPlan.keep])],
        step: 'review',
        data: {},
      };
    }
    return { say: [say(ctx.copy.safetyPlan.intro), say(prompt(ctx, 'warningSigns'))], step: 'warningSigns', data: { answers: {} } satisfies PlanData };
  },
  resume(ctx) {
    const step = ctx.state.step as PlanStep;
    if (!STEPS.includes(step)) return this.start(ctx);
    return { say: [say(ctx.copy.safetyPlan.resume), say(prompt(ctx, step))], step, data: ctx.state.data };
  },
  reply(ctx) {
    if (ctx.state.step === 'review') {
      if (fold(ctx.text) !== fold(ctx.copy.safetyPlan.update)) return { finish: true };
      return { say: [say(ctx.copy.safetyPlan.intro), say(prompt(ctx, 'warningSigns'))], step: 'warningSigns', data: { answers: {} } satisfies PlanData };
    }
    const step = ctx.state.step as PlanStep;
    const at = STEPS.indexOf(step);
    if (at < 0) return this.start(ctx);
    const answers = { ...(ctx.state.data as PlanData).answers };
    const command = readCommand(ctx.text);
    // "back": the previous question again, its answer kept until a new one replaces it.
    if (command === 'back') {
      const previous = STEPS[Math.max(0, at - 1)]!;
      return { say: [say(prompt(ctx, previous))], step: previous, data: { answers } satisfies PlanData };
    }
    if (command !== 'skip' && !SKIP.includes(fold(ctx.text))) answers[step] = ctx.text.trim().slice(0, MAX_ANSWER);
    const next = STEPS[at + 1];
    if (next) return { say: [say(prompt(ctx, next))], step: next, data: { answers } satisfies PlanData };
    const plan = answers as Record<string, string>;
    return {
      say: [say(`${ctx.copy.safetyPlan.summary}\n\n${render(ctx, answers)}`)],
      profile: { safetyPlan: plan },
      actions: [{ type: 'record', instrument: 'safety_plan', score: null, items: plan }],
      finish: true,
    };
  },
};
