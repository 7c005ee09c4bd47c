import type { Flow } from '../flow.js';
import { say } from '../flow.js';
import { fold } from '../parse.js';

/** A question to the bot, not what the patient notices ("what can you even do?", "why this?"). */
const QUESTION = /\?\s*$|^(what|why|how|who|is this|are you|can you|do you|does this|que|por que|para que|como|eres|puedes)\b/;
/** Still panicking after the breathing ("still the same", "sigo igual", "not working"). */
const NOT_YET = /\b(still|not (working|helping|better)|didn t (work|help)|didnt (work|help)|worse|same|sigo igual|sigo (mal|fatal|nervios[oa]|con ansiedad)|igual|no (funciona|ha funcionado|me ayuda|ayuda)|peor)\b/;

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
    const step = STEPS[at];
    // A question is answered, and the same sense asked again: it is not what they noticed.
    if (step && step !== 'close' && QUESTION.test(fold(ctx.text).trim())) return { say: [say(ctx.copy.grounding.why), say(ctx.copy.grounding[step])], step };
    const next = STEPS[at + 1];
    if (at < 0 || next === undefined) return { say: [say(ctx.copy.grounding.thanks)], finish: true };
    return { say: [say(ctx.copy.grounding[next])], step: next };
  },
};

/** Box breathing: the instructions, then a check on how it went. */
/**
 * The holds are the hard part ("I felt I was running out of air on the hold", "is there a version
 * without holding my breath?"): they can be left out. Slow breathing with a longer out-breath is
 * what calms the body, and holding can feel like breathlessness to someone anxious about it.
 */
const NO_HOLDS =
  /\b(hold|holds|holding|aguantar|aguanto|retener|retengo|mantener el aire)\b.*\b(skip|without|leave out|leave it out|don t|dont|can t|cant|short of breath|out of air|running out|awkward|hard|difficult|uncomfortable|all right|alright|ok|okay|sin|no puedo|me ahogo|me falta|me cuesta)\b|\b(skip|without|leave out|sin|saltarme|quitar)\b.*\b(hold|holds|holding|aguantar|retener)\b|\b(short of breath|out of air|breathless|me falta el aire|me ahogo)\b/;

/** Asking about the breathing and its holds ("is there a version without holding my breath?"). */
export function asksForBreathingWithoutHolds(text: string): boolean {
  const t = fold(text);
  return NO_HOLDS.test(t) && /\b(breath\w*|breathe|respira\w*|box|hold|holds|holding|aguantar|retener)\b/.test(t) && /\b(breath\w*|breathe|respira\w*|box)\b/.test(t);
}

export const breathing: Flow = {
  id: 'breathing',
  start(ctx) {
    // Asked for without the holds: slow breathing, no holding.
    if (ctx.state.input?.kind === 'message' && NO_HOLDS.test(fold(ctx.text))) return { say: [say(ctx.copy.breathing.noHolds, [ctx.copy.done])], step: 'breathing', data: { slow: true } };
    return { say: [say(ctx.copy.breathing.intro, [ctx.copy.done])], step: 'breathing', data: {} };
  },
  resume(ctx) {
    return this.start(ctx);
  },
  reply(ctx) {
    // "Can I skip the holding part? I felt short of breath": yes, and how, wherever it is asked.
    if (NO_HOLDS.test(fold(ctx.text))) return { say: [say(ctx.copy.breathing.noHolds, [ctx.copy.done])], step: 'breathing', data: { slow: true } };
    if (ctx.state.step === 'breathing') return { say: [say(ctx.copy.breathing.check)], step: 'check' };
    // Still panicking: once more, slowly, or grounding instead; not "thanks for trying it".
    if (NOT_YET.test(fold(ctx.text))) return { say: [say(ctx.copy.breathing.again, [ctx.copy.done, ctx.copy.menu.items.grounding])], step: 'breathing' };
    return { say: [say(ctx.copy.breathing.thanks)], finish: true };
  },
};
