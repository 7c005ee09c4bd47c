import { fold } from '../parse.js';
import { clip } from '../exercise-text.js';
import { readCommand } from '../intents.js';
import type { Flow, FlowContext } from '../flow.js';
import { say } from '../flow.js';

/** The Stanley–Brown safety plan, one step per message; the result is kept and can be read back. */
const STEPS = ['warningSigns', 'coping', 'distraction', 'people', 'professionals', 'environment'] as const;
type PlanStep = (typeof STEPS)[number];
type PlanData = {
  answers: Partial<Record<PlanStep, string>>;
  /** Updating a plan already written: each step shows its answer, and "skip" or "keep" leaves it. */
  updating?: boolean;
  /** This step was just explained: a second question is taken as the answer. */
  explained?: boolean;
};

const MAX_ANSWER = 500;
const SKIP = ['skip', 'pass', 'saltar', 'omitir', 'siguiente', 'next'];
/** Keeping a step's answer when updating: "keep", "same", "leave it", "igual", "déjalo". */
const KEEP = /^(keep|keep it|keep that|keep that one|same|same as before|the same|leave it|leave that|thats fine|that s fine|its fine|it s fine|no change|no changes|igual|lo mismo|dejalo|dejalo asi|asi esta bien|esta bien|sin cambios|mantener)$/;
/** Agreeing to update: "aye update it", "yes", "change it", "sí, actualízalo". */
const UPDATE = /\b(update|change|edit|redo|yes|yeah|yep|aye|ok|okay|si|actualiza\w*|cambia\w*|editar|rehacer|vale)\b/;
/** A question about the step itself: "what does that mean?", "like safer how", "¿a qué te refieres?". */
const ASKS_MEANING =
  /\b(what (does|do) (that|this|it|you) mean|what do you mean|what s that mean|whats that mean|what does that one mean|(safer|surroundings) how|like (what|how)|not sure what (you mean|that means|to put)|what kind of (thing|things)|what should i (put|write)|que significa|que quiere decir|a que te refieres|que pongo|que tengo que poner|no entiendo)\b/;

function asksWhatItMeans(text: string): boolean {
  const t = fold(text);
  return ASKS_MEANING.test(t) || (/\?\s*$/.test(text.trim()) && /\b(what|how|which|que|como|cual)\b/.test(t) && t.split(' ').length <= 14);
}

function prompt(ctx: FlowContext, step: PlanStep, d?: PlanData): string {
  const s = ctx.copy.safetyPlan.steps;
  const question = step === 'professionals' ? s.professionals(ctx.safety.crisisLine) : s[step];
  const now = d?.updating ? d.answers[step] : undefined;
  return now ? `${question}\n${ctx.copy.safetyPlan.current(clip(now, 160))}` : question;
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
    return { say: [say(ctx.copy.safetyPlan.resume), say(prompt(ctx, step, ctx.state.data as PlanData))], step, data: ctx.state.data };
  },
  reply(ctx) {
    if (ctx.state.step === 'review') {
      const t = fold(ctx.text);
      const update = t === fold(ctx.copy.safetyPlan.update) || (UPDATE.test(t) && !/\b(keep|no|nah|naw|dejarlo|dejalo|asi)\b/.test(t));
      if (!update) return { say: [say(ctx.copy.safetyPlan.kept)], finish: true };
      // Updating keeps what is there: a step is only changed by a new answer.
      const d: PlanData = { answers: { ...(ctx.state.profile.safetyPlan ?? {}) }, updating: true };
      return { say: [say(ctx.copy.safetyPlan.updateIntro), say(prompt(ctx, 'warningSigns', d))], step: 'warningSigns', data: d };
    }
    const step = ctx.state.step as PlanStep;
    const at = STEPS.indexOf(step);
    if (at < 0) return this.start(ctx);
    const data = ctx.state.data as PlanData;
    const answers = { ...data.answers };
    const command = readCommand(ctx.text);
    // "back": the previous question again, its answer kept until a new one replaces it.
    if (command === 'back') {
      const previous = STEPS[Math.max(0, at - 1)]!;
      return { say: [say(prompt(ctx, previous, data))], step: previous, data: { ...data, answers, explained: false } satisfies PlanData };
    }
    // "What does that mean? like safer how": what the step is for, and the question again (never saved as the answer).
    if (!data.explained && command === null && asksWhatItMeans(ctx.text)) {
      return { say: [say(ctx.copy.safetyPlan.explain[step]), say(prompt(ctx, step, data))], step, data: { ...data, explained: true } satisfies PlanData };
    }
    const keep = command === 'skip' || SKIP.includes(fold(ctx.text)) || (data.updating === true && KEEP.test(fold(ctx.text)));
    if (!keep) answers[step] = ctx.text.trim().slice(0, MAX_ANSWER);
    const next = STEPS[at + 1];
    const carried: PlanData = { answers, ...(data.updating ? { updating: true } : {}) };
    if (next) return { say: [say(prompt(ctx, next, carried))], step: next, data: carried };
    const plan = answers as Record<string, string>;
    return {
      say: [say(`${ctx.copy.safetyPlan.summary}\n\n${render(ctx, answers)}`)],
      profile: { safetyPlan: plan },
      actions: [{ type: 'record', instrument: 'safety_plan', score: null, items: plan }],
      finish: true,
    };
  },
};
