import { clean, clip, isNone, isUnsure, pack, words } from '../exercise-text.js';
import type { Flow, FlowContext, StepResult } from '../flow.js';
import { say } from '../flow.js';
import { readCommand } from '../intents.js';
import { fold, readYesNo } from '../parse.js';
import type { Reply } from '../types.js';
import type { Trap } from './thought-record.js';
import { TRAPS, readTraps } from './thought-record.js';

/**
 * Spotting thinking traps: one thought, the common traps each explained in a line, the patient picks
 * the ones it fits (or, unsure, is offered the likeliest from its wording), then the question that
 * loosens that trap, and a fairer way to put the thought. Shorter than a thought record; recorded.
 */
type Step = 'thought' | 'pick' | 'suggested' | 'question' | 'fairer';
type Data = { thought?: string; traps?: Trap[]; suggested?: Trap[]; answer?: string; tries?: number };

const SHOWN = 200;

/** Traps a thought's own words point to ("always", "should", "I'm such a…"): offered when the patient is unsure. */
const HINTS: ReadonlyArray<[Trap, RegExp]> = [
  ['should_statements', /\b(should|shouldn t|must|have to|ought|deberia|debo|tengo que|tendria que)\b/],
  ['labelling', /\b(i m|im|i am|soy) (such )?(an? )?(idiot|loser|failure|useless|stupid|pathetic|mess|disaster|joke|burden|fraud|inutil|fracasad[oa]|tont[oa]|idiota|desastre)\b/],
  ['overgeneralising', /\b(always|never|every time|everything|nothing ever|siempre|nunca|todo me sale|nada me sale|cada vez)\b/],
  ['mind_reading', /\b(they|he|she|everyone|people|my boss|todos|la gente|mi jefe) (think|thinks|must think|probably think|hate|hates|piensan|piensa|creen|cree)\b/],
  ['fortune_telling', /\b(will|going to|gonna|won t|never going to|va a|voy a|no voy a)\b/],
  ['catastrophising', /\b(worst|disaster|ruin\w*|end of|fired|lose (my|everything)|die|dying|lo peor|me van a (correr|despedir)|arruin\w*)\b/],
  ['personalising', /\b(my fault|because of me|i caused|i made (him|her|them)|mi culpa|por mi culpa)\b/],
  ['emotional_reasoning', /\b(i feel (like )?(a|an|so|that)|feels like|siento que|me siento)\b/],
  ['all_or_nothing', /\b(perfect\w*|completely|total\w*|ruined|all or nothing|perfect[oa]|totalmente|por completo)\b/],
  ['discounting_positive', /\b(just luck|only luck|doesn t count|doesnt count|didn t count|didnt count|anyone could|pura suerte|no cuenta|cualquiera podria)\b/],
];

function suggest(thought: string): Trap[] {
  const t = fold(thought);
  return HINTS.filter(([, re]) => re.test(t)).map(([trap]) => trap).slice(0, 2);
}

/** Each trap explained in a line, packed into messages short enough for SMS. */
function trapList(ctx: FlowContext): Reply[] {
  const c = ctx.copy.exercises;
  return pack(TRAPS.map((t, i) => `${i + 1}. ${c.traps[t].name}: ${c.traps[t].explain}`)).map((text) => say(text));
}

function names(ctx: FlowContext, traps: readonly Trap[]): string {
  return traps.map((t) => ctx.copy.exercises.traps[t].name).join(', ');
}

function askQuestion(ctx: FlowContext, d: Data, lead: Reply[] = []): StepResult {
  const c = ctx.copy.exercises.thinkingTraps;
  const first = d.traps![0]!;
  return { say: [...lead, say(c.question(ctx.copy.exercises.traps[first].name, c.loosen[first]))], step: 'question', data: d };
}

function finish(ctx: FlowContext, d: Data, fairer: string | null): StepResult {
  const c = ctx.copy.exercises.thinkingTraps;
  const traps = d.traps ?? [];
  const summary = [
    c.summaryThought(clip(d.thought ?? '', SHOWN)),
    ...(traps.length ? [c.summaryTraps(names(ctx, traps))] : []),
    ...(fairer ? [c.summaryFairer(clip(fairer, SHOWN))] : []),
  ].join('\n');
  return {
    say: [say(summary), say(c.close)],
    actions: [{ type: 'record', instrument: 'thinking_traps', score: null, items: { thought: d.thought ?? null, traps, answer: d.answer ?? null, fairer } }],
    finish: true,
  };
}

export const thinkingTraps: Flow = {
  id: 'thinking_traps',
  start(ctx) {
    const c = ctx.copy.exercises.thinkingTraps;
    return { say: [say(`${c.intro} ${ctx.copy.exercises.controls}`), say(c.thought)], step: 'thought', data: {} };
  },
  reply(ctx) {
    const c = ctx.copy.exercises.thinkingTraps;
    const d = { ...(ctx.state.data as Data) };
    const step = ctx.state.step as Step;
    // "Me equivoqué en una dosis…" answering a question is an answer, not a correction: only a short "back" goes back.
    const command = readCommand(ctx.text) === 'back' && ctx.text.trim().split(/\s+/).length > 4 ? null : readCommand(ctx.text);
    if (command === 'back') {
      if (step === 'pick' || step === 'suggested') return { say: [say(c.thought)], step: 'thought', data: {} };
      if (step === 'question' || step === 'fairer') return { say: [say(c.pick), ...trapList(ctx)], step: 'pick', data: { thought: d.thought } };
    }
    switch (step) {
      case 'thought': {
        if (!words(ctx.text) || command === 'skip') return { say: [say(c.thoughtRequired)], step: 'thought', data: d };
        return { say: [say(c.pick), ...trapList(ctx)], step: 'pick', data: { thought: clean(ctx.text) } };
      }
      case 'pick': {
        const picked = readTraps(ctx, ctx.text);
        if (picked.length) return askQuestion(ctx, { ...d, traps: picked.slice(0, 3) }, [say(c.picked(names(ctx, picked)))]);
        if (isUnsure(ctx.text) || isNone(ctx.text) || command === 'skip') {
          const likely = suggest(d.thought ?? '');
          if (likely.length) return { say: [say(c.suggest(likely.map((t) => `${ctx.copy.exercises.traps[t].name}: ${ctx.copy.exercises.traps[t].explain}`).join('\n')), [ctx.copy.yes, ctx.copy.no])], step: 'suggested', data: { ...d, suggested: likely } };
          return { say: [say(c.noTrap)], step: 'fairer', data: { ...d, traps: [] } };
        }
        if ((d.tries ?? 0) < 1) return { say: [say(c.pickAgain)], step: 'pick', data: { ...d, tries: 1 } };
        return { say: [say(c.noTrap)], step: 'fairer', data: { ...d, traps: [] } };
      }
      case 'suggested': {
        const picked = readTraps(ctx, ctx.text);
        if (picked.length) return askQuestion(ctx, { ...d, traps: picked.slice(0, 3) });
        if (readYesNo(ctx.text) === 'yes') return askQuestion(ctx, { ...d, traps: d.suggested ?? [] });
        return { say: [say(c.noTrap)], step: 'fairer', data: { ...d, traps: [] } };
      }
      case 'question': {
        const answer = command === 'skip' || !words(ctx.text) ? undefined : clean(ctx.text);
        return { say: [say(answer ? c.thanks : ''), say(c.fairer)].filter((r) => r.text), step: 'fairer', data: { ...d, ...(answer ? { answer } : {}) } };
      }
      case 'fairer': {
        const fairer = command === 'skip' || isNone(ctx.text) || !words(ctx.text) ? null : clean(ctx.text);
        return finish(ctx, d, fairer);
      }
      default:
        return thinkingTraps.start(ctx);
    }
  },
  resume(ctx) {
    const c = ctx.copy.exercises.thinkingTraps;
    const d = ctx.state.data as Data;
    const step = ctx.state.step as Step;
    const again: Record<Step, () => Reply[]> = {
      thought: () => [say(c.thought)],
      pick: () => [say(c.pick), ...trapList(ctx)],
      suggested: () => [say(c.pick), ...trapList(ctx)],
      question: () => (d.traps?.length ? [say(c.question(ctx.copy.exercises.traps[d.traps[0]!].name, c.loosen[d.traps[0]!]))] : [say(c.fairer)]),
      fairer: () => [say(c.fairer)],
    };
    const lead = d.thought ? [say(c.resume(clip(d.thought, SHOWN)))] : [say(c.resumePlain)];
    return { say: [...lead, ...(again[step] ?? again.thought)()], step: step === 'suggested' ? 'pick' : step, data: d };
  },
};
