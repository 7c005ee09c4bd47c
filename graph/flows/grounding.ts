import type { Flow } from '../flow.js';
import { say } from '../flow.js';

const STEPS = ['see', 'feel', 'hear', 'smell', 'taste', 'close'] as const;
type GroundingStep = (typeof STEPS)[number];

/** 5-4-3-2-1 grounding: one sense per message, at the patient's pace. */
export const grounding: Flow = {
  id: 'grounding',
  start(ctx) {
    return { say: [say(ctx.copy.grounding.intro), say(ctx.copy.grounding.see)], step: 'see', data: {} };
  },
  resume(ctx) {
    const step = ctx.state.step as GroundingStep;
    if (!STEPS.includes(step)) return this.start(ctx);
    return { say: [say(ctx.copy.grounding.resume), say(ctx.copy.grounding[step])], step };
  },
  reply(ctx) {
    const at = STEPS.indexOf(ctx.state.step as GroundingStep);
    const next = STEPS[at + 1];
    if (at < 0 || next === undefined) return { say: [say(ctx.copy.grounding.thanks)], finish: true };
    return { say: [say(ctx.copy.grounding[next])], step: next };
  },
};

/** Box breathing: the instructions, then a check on how it went. */
export const breathing: Flow = {
  id: 'breathing',
  start(ctx) {
    return { say: [say(ctx.copy.breathing.intro, [ctx.copy.done])], step: 'breathing', data: {} };
  },
  resume(ctx) {
    return this.start(ctx);
  },
  reply(ctx) {
    if (ctx.state.step === 'breathing') return { say: [say(ctx.copy.breathing.check)], step: 'check' };
    return { say: [say(ctx.copy.breathing.thanks)], finish: true };
  },
};
