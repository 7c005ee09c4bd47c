import { clean, clip, echo, labelReader, pack, readChoiceNumbers, settled, words } from '../exercise-text.js';
import type { Flow, FlowContext, StepResult } from '../flow.js';
import { say } from '../flow.js';
import { readCommand } from '../intents.js';
import { readYesNo } from '../parse.js';
import type { Reply } from '../types.js';
import type { PlannedWhen, WhenProgress } from './plan-when.js';
import { answerWhen, capitalise, whenText } from './plan-when.js';

/**
 * Structured problem solving: the problem in a sentence, a brainstorm of options, pros and cons of
 * the most promising one or two, a choice, and a first step with a time. The order of steps
 * depends on the answers (one option needs no choosing), so "back" walks the sequence the patient
 * actually went through.
 */
const STEPS = ['problem', 'options', 'top', 'pros', 'cons', 'choose', 'firstStep', 'when'] as const;
type Step = (typeof STEPS)[number];

type SolveData = {
  problem?: string;
  /** The problem as told in the request, offered for a "yes". */
  proposed?: string;
  options: string[];
  /** Indexes into `options` of the one or two weighed up. */
  top?: number[];
  pros: Record<string, string>;
  cons: Record<string, string>;
  /** Which of `top` the pros/cons steps are on. */
  at?: number;
  chosen?: number;
  firstStep?: string;
  when?: PlannedWhen;
  progress?: WhenProgress;
  tries?: number;
};

const MAX_OPTIONS = 10;
/** Enough to work with: the brainstorm ends by itself. */
const PLENTY = 8;
const MAX_PROPOSED = 200;

/** Requests for this exercise, dropped when looking for the problem in the message that asked for it. */
const REQUEST = /\b(problem ?solv\w*|solv\w* (a|this|my|the) problem|work through (a|this|my) problem|help me (with )?(something|a problem|this)|can you help|could you help|resolver|solucionar|resolucion de problemas|ayudame|puedes ayudarme|me ayudas)\b/;

function isStep(step: string): step is Step {
  return (STEPS as readonly string[]).includes(step);
}

/**
 * Words that lead into the problem rather than state it ("vale. oye y otra cosa que me tiene
 * rayadísima:", "better like this:", "one more thing:"): dropped with everything before the colon.
 */
const LEAD_IN = /\b(otra cosa|una cosa|another thing|one more thing|something else|me tiene|me trae|is bugging|bugging me|bothering me|eating at me|asi|better|i mean|o sea|quiero decir|mejor|en plan|basically|the thing is|the problem is|el problema es|la cosa es|lo que pasa es)\b/;

function withoutLeadIn(text: string): string {
  const colon = text.indexOf(':');
  if (colon < 0) return text;
  const before = text.slice(0, colon);
  const after = text.slice(colon + 1).trim();
  return after && before.trim().split(/\s+/).length <= 12 && LEAD_IN.test(words(before)) ? after : text;
}

/** A sentence that only announces the problem ("I've got one.", "here's one", "tengo uno"). */
const ANNOUNCES_ONE = /^(ok |right |yes |yeah |si |pues |bueno )*(i ve got one|ive got one|i have one|i got one|got one|here s one|heres one|there s one|theres one|tengo uno|tengo una|hay uno|hay una|ahi va)$/;

function proposedProblem(text: string): string | undefined {
  const rest = withoutLeadIn(
    text
      .split(/(?<=[.!?])\s+/)
      .filter((sentence) => !REQUEST.test(words(sentence)) && !ANNOUNCES_ONE.test(words(sentence)))
      .join(' ')
      .trim(),
  );
  // Long stories are better put in a sentence by the patient than quoted back whole.
  return rest.split(/\s+/).length >= 5 && rest.length <= MAX_PROPOSED ? clean(rest) : undefined;
}

/** The steps this conversation goes through, given the answers so far. */
function sequence(d: SolveData): { step: Step; at?: number }[] {
  const top = d.top ?? [];
  return [
    { step: 'problem' },
    { step: 'options' },
    ...(d.options.length > 2 ? [{ step: 'top' as const }] : []),
    ...top.flatMap((_, at) => [
      { step: 'pros' as const, at },
      { step: 'cons' as const, at },
    ]),
    ...(top.length > 1 ? [{ step: 'choose' as const }] : []),
    { step: 'firstStep' },
    { step: 'when' },
  ];
}

function optionName(ctx: FlowContext, d: SolveData, index: number): string {
  return echo(d.options[index]) ?? ctx.copy.exercises.problemSolving.optionN(index + 1);
}

function numbered(d: SolveData, indexes: readonly number[]): string[] {
  return indexes.map((i) => `${i + 1}. ${clip(d.options[i] ?? '', 80)}`);
}

function prompt(ctx: FlowContext, step: Step, d: SolveData): Reply[] {
  const c = ctx.copy.exercises.problemSolving;
  const current = d.top?.[d.at ?? 0] ?? 0;
  switch (step) {
    case 'problem':
      return [say(d.proposed ? c.confirmProblem(d.proposed) : c.problem, d.proposed ? [ctx.copy.yes] : undefined)];
    case 'options':
      return [say(c.options, [c.doneLabel])];
    case 'top':
      return [...pack(numbered(d, d.options.map((_, i) => i))).map((t) => say(t)), say(c.top)];
    case 'pros':
      return [say(c.pros(optionName(ctx, d, current)))];
    case 'cons':
      return [say(c.cons(optionName(ctx, d, current)))];
    case 'choose': {
      const top = d.top ?? [];
      return [say([c.choose, ...numbered(d, top)].join('\n'), top.map((i) => String(i + 1)))];
    }
    case 'firstStep':
      return [say(c.firstStep)];
    case 'when':
      return [say(c.when)];
    default:
      return step satisfies never;
  }
}

function go(ctx: FlowContext, to: { step: Step; at?: number }, d: SolveData, lead: Reply[] = []): StepResult {
  const data = { ...d, tries: 0, ...(to.at !== undefined && { at: to.at }) };
  return { say: [...lead, ...prompt(ctx, to.step, data)], step: to.step, data };
}

/** The step after the current one in this conversation's sequence. */
function next(ctx: FlowContext, step: Step, d: SolveData, lead: Reply[] = []): StepResult {
  const seq = sequence(d);
  const here = seq.findIndex((s) => s.step === step && (s.at === undefined || s.at === d.at));
  const to = seq[here + 1];
  if (!to) return finish(ctx, d);
  return go(ctx, to, d, lead);
}

/** Splits a brainstorm message into ideas: one per line, after bullets or numbers, or short ones between commas. */
function splitOptions(text: string): string[] {
  const lines = text.split(/\r?\n|;|\s+\u2022\s+/).map((l) => l.replace(/^\s*(?:[-*\u2022]|\d{1,2}[.)])\s*/, '').trim());
  // "hablar con él directo, mandarle un whats con cuánto me debe, decirle al casero, o irme a vivir solo": a list on one line.
  const parts = lines.length === 1 && (text.match(/,/g) ?? []).length >= 2 && text.split(',').every((p) => p.trim().split(/\s+/).length <= 12) ? text.split(',') : lines;
  return parts.map((p) => clean(p.replace(/[,.]+$/, '').replace(/^\s*(?:(?:pues|o|or|and|y|e|also|tambien|o de plano|or just|or maybe|o bien|maybe|quizas)\s+)+/i, ''))).filter((p) => words(p) !== '');
}

function readOptionChoice(d: SolveData, text: string, among: readonly number[]): number[] {
  const n = readChoiceNumbers(text, d.options.length).map((k) => k - 1);
  const byNumber = n.map((i) => (among.includes(i) ? i : (among[i] ?? -1))).filter((i) => i >= 0);
  if (byNumber.length) return [...new Set(byNumber)];
  const said = words(text);
  const whole = among.filter((i) => {
    const option = words(d.options[i] ?? '');
    return option !== '' && said.length >= 3 && (option.includes(said) || said.includes(option));
  });
  if (whole.length) return whole;
  // "the maria one", "creo q lo de la financiera": the option that shares a telling word with the answer, if only one does.
  const telling = said.split(' ').filter((w) => w.length >= 4 && !PICK_FILLER.has(w));
  const shared = among.map((i) => ({ i, n: telling.filter((w) => ` ${words(d.options[i] ?? '')} `.includes(` ${w} `)).length }));
  const best = Math.max(0, ...shared.map((x) => x.n));
  const winners = shared.filter((x) => x.n === best && best > 0);
  return winners.length === 1 ? [winners[0]!.i] : [];
}

/** Words that pick without naming ("I think the one with…", "creo que lo de…"). */
const PICK_FILLER = new Set('think that this with maybe probably prob guess rather first option idea creo pienso mejor opcion primero quizas igual esta este'.split(' '));

/** The end of a brainstorm said in other words ("ya nomás esas", "those are all", "nothing else really"). */
const ENDING_RE =
  /^(?:(?:ya|pues|ok|okay|yeah|yep|so|um|hmm|bueno|vale|no|que|y|and|ah|eh|oh|nah) )*(?:ya esta|ya estan|esas son (?:todas|todos|las que hay)|those are all(?: of them)?|that s all of them|thats all of them|that s all i (?:have|got|can think of)|thats all i (?:have|got|can think of)|(?:no ?mas|nada mas|solo) (?:esas|esos|eso|esas son)|son (?:todas|todos|esas)|esas son(?: todas)?|eso es todo|es todo|ya no (?:se me ocurre|hay) (?:nada|mas|otra)|no se me ocurre (?:nada|otra|mas)|those are (?:all|it|the ones)|that s (?:it|all|everything|about it)|thats (?:it|all|everything|about it)|nothing else(?: really)?|no more(?: ideas)?|i m done|im done|all done|done)\b/;

function answerOptions(ctx: FlowContext, d: SolveData, text: string): StepResult {
  const c = ctx.copy.exercises.problemSolving;
  const parts = splitOptions(text);
  const isEnding = (part: string) => c.doneWords.includes(words(part)) || words(part) === words(c.doneLabel) || (words(part).split(' ').length <= 6 && ENDING_RE.test(words(part)));
  // "…aunque me da palo. ya está": the last idea, then the end said in its own sentence.
  const lastSentences = (parts.at(-1) ?? '').split(/(?<=[.!?])\s+/);
  if (parts.length && lastSentences.length > 1 && isEnding(lastSentences.at(-1)!)) parts.splice(-1, 1, clean(lastSentences.slice(0, -1).join(' ').replace(/[,.]+$/, '')), lastSentences.at(-1)!);
  const last = parts.at(-1);
  const ending = last !== undefined && isEnding(last);
  const ideas = ending ? parts.slice(0, -1) : parts;
  const options = [...d.options, ...ideas].slice(0, MAX_OPTIONS);
  const data = { ...d, options };
  if (options.length === 0) return { say: [say(c.optionsNeedOne)], step: 'options', data };
  if (options.length >= PLENTY) return next(ctx, 'options', withTop(data), [say(c.optionsFull(options.length))]);
  if (ending) return next(ctx, 'options', withTop(data));
  return { say: [say(c.optionsMore(options.length), [c.doneLabel])], step: 'options', data };
}

/** "No, not 6, I said 2 and 3": the pick was misread; weighed up again from the ones they said. */
export const NOT_THAT_ONE =
  /\b((lets|let s|ill|i ll|i will|i d rather|id rather|rather) (go with|do|pick|choose|take) (number |option )?\d{1,2}|forget (the|that)\b.*\b\d{1,2}|i said|i meant|not that one|wrong one|te he dicho|te dije|quise decir|esa no|ese no|no es esa|la \d{1,2} no|el \d{1,2} no|not (number |option )?\d{1,2}|changed my mind|change my mind|cambie de opinion|(go with|pick|choose|take|do) (number |option )?\d{1,2} instead|\d{1,2} instead|instead\b.*\b\d{1,2}|(can|could) i (go with|pick|choose|switch to|change to) (number |option )?\d{1,2}|mejor (la|el) \d{1,2}|me quedo con (la|el) \d{1,2})\b/;

function pickedAgain(ctx: FlowContext, d: SolveData, text: string): StepResult | null {
  if (!NOT_THAT_ONE.test(words(text)) || d.options.length <= 2) return null;
  const picked = readChoiceNumbers(text, d.options.length)
    .map((n) => n - 1)
    .slice(0, 2);
  if (!picked.length) return null;
  // Already the ones being weighed up: the protest is not an answer; the question is asked again.
  if (picked.every((i) => d.top?.includes(i))) return go(ctx, { step: ctx.state.step as Step, at: d.at ?? 0 }, d);
  return next(ctx, 'top', { ...d, top: picked, at: 0, pros: {}, cons: {} });
}

/** With one or two options there is nothing to pick: both are weighed up. */
function withTop(d: SolveData): SolveData {
  return d.options.length <= 2 ? { ...d, top: d.options.map((_, i) => i), at: 0 } : { ...d, top: [], at: 0 };
}

function answer(ctx: FlowContext, step: Step, d: SolveData, text: string): StepResult {
  const c = ctx.copy.exercises.problemSolving;
  const current = String(d.top?.[d.at ?? 0] ?? 0);
  switch (step) {
    case 'problem': {
      if (d.proposed) {
        const yes = readYesNo(text);
        const { proposed, ...rest } = d;
        if (yes === 'yes' && words(text).split(' ').length <= 4) return next(ctx, 'problem', { ...rest, problem: proposed });
        if (yes === 'no' && words(text).split(' ').length <= 3) return go(ctx, { step: 'problem' }, rest);
        if (yes === 'no') {
          // "No, the problem is really…": the problem in their words. "No no, not that kind of problem, it
          // was about the record": not a problem to solve; what they said is read at the menu.
          const real = /\b(?:the (?:real )?problem is(?: really| actually)?|it['\u2019]?s (?:more|really)|el problema (?:real )?es|m[aá]s bien|lo que pasa es)\b[\s,:]*(?:that |que )?(.*)$/i.exec(text);
          if (real?.[1]?.trim()) return next(ctx, 'problem', { ...rest, problem: clean(real[1].trim()) });
          return { goto: 'menu', with: { read: true, text } };
        }
        return next(ctx, 'problem', { ...rest, problem: clean(withoutLeadIn(settled(text))) });
      }
      if (!words(text)) return go(ctx, { step: 'problem' }, d);
      return next(ctx, 'problem', { ...d, problem: clean(withoutLeadIn(settled(text))) });
    }
    case 'options':
      return answerOptions(ctx, d, text);
    case 'top': {
      const picked = readOptionChoice(d, text, d.options.map((_, i) => i)).slice(0, 2);
      if (!picked.length && (d.tries ?? 0) < 1) return { say: [say(c.topAgain)], step: 'top', data: { ...d, tries: 1 } };
      return next(ctx, 'top', { ...d, top: picked.length ? picked : [0], at: 0 });
    }
    case 'pros': {
      const repicked = pickedAgain(ctx, d, text);
      if (repicked) return repicked;
      const read = labelReader([
        { field: 'pros', labels: c.prosLabels },
        { field: 'cons', labels: c.consLabels },
      ])(text);
      const pros = read.fields.pros ?? clean(read.before);
      const data = { ...d, pros: { ...d.pros, [current]: pros } };
      if (read.fields.cons === undefined) return next(ctx, 'pros', data);
      // "Good: … Bad: …" answers both questions.
      return next(ctx, 'cons', { ...data, cons: { ...d.cons, [current]: read.fields.cons } });
    }
    case 'cons':
      return pickedAgain(ctx, d, text) ?? next(ctx, 'cons', { ...d, cons: { ...d.cons, [current]: clean(text) } });
    case 'choose': {
      const top = d.top ?? [];
      const picked = readOptionChoice(d, text, top);
      if (picked.length !== 1 && (d.tries ?? 0) < 1) {
        const numbers = top.map((i) => String(i + 1));
        return { say: [say(c.chooseAgain(numbers[0] ?? '1', numbers[1]), numbers)], step: 'choose', data: { ...d, tries: 1 } };
      }
      return chose(ctx, d, picked[0] ?? top[0] ?? 0);
    }
    case 'firstStep':
      if (!words(text)) return go(ctx, { step: 'firstStep' }, d);
      return next(ctx, 'firstStep', { ...d, firstStep: clean(settled(text)) });
    case 'when': {
      const read = answerWhen(ctx, text, d.progress ?? {});
      if (read.kind === 'ask') return { say: [say(read.text)], step: 'when', data: { ...d, progress: read.progress } };
      const { progress: _, ...rest } = d;
      return finish(ctx, { ...rest, when: read.when });
    }
    default:
      return step satisfies never;
  }
}

function chose(ctx: FlowContext, d: SolveData, index: number): StepResult {
  return go(ctx, { step: 'firstStep' }, { ...d, chosen: index }, [say(ctx.copy.exercises.problemSolving.chosen(optionName(ctx, d, index)))]);
}

function finish(ctx: FlowContext, d: SolveData): StepResult {
  const c = ctx.copy.exercises.problemSolving;
  const chosen = d.chosen ?? d.top?.[0] ?? 0;
  const option = d.options[chosen] ?? null;
  const line = (label: string, value: string | null | undefined) => (value ? [`${label}: ${clip(value, 140)}`] : []);
  const lines = [
    c.summaryTitle,
    ...line(c.labels.problem, d.problem),
    ...line(c.labels.option, option),
    ...line(c.labels.firstStep, d.firstStep),
    ...line(c.labels.when, d.when ? capitalise(whenText(ctx, d.when)) : null),
  ];
  const kept = { at: ctx.now.toISOString(), problem: d.problem ?? null, option, firstStep: d.firstStep ?? null, whenText: d.when?.text ?? null, whenAt: d.when?.at ?? null, options: d.options };
  return {
    say: [...pack(lines).map((t) => say(t)), say(c.close)],
    profile: { solved: [...(ctx.state.profile.solved ?? []), kept].slice(-3) },
    actions: [
      {
        type: 'record',
        instrument: 'problem_solving',
        score: null,
        items: {
          problem: d.problem ?? null,
          options: d.options,
          considered: (d.top ?? []).map((i) => ({ option: d.options[i] ?? '', pros: d.pros[String(i)] ?? null, cons: d.cons[String(i)] ?? null })),
          chosen: option,
          firstStep: d.firstStep ?? null,
          whenText: d.when?.text ?? null,
          at: d.when?.at ?? null,
          timezone: ctx.timezone,
        },
      },
    ],
    finish: true,
  };
}

function dataOf(raw: Record<string, unknown>): SolveData {
  const d = raw as Partial<SolveData>;
  return { ...d, options: [...(d.options ?? [])], pros: { ...d.pros }, cons: { ...d.cons } };
}

export const problemSolving: Flow = {
  id: 'problem_solving',
  start(ctx) {
    const c = ctx.copy.exercises.problemSolving;
    const proposed = ctx.state.input?.kind === 'message' ? proposedProblem(ctx.text) : undefined;
    const d: SolveData = { options: [], pros: {}, cons: {}, ...(proposed && { proposed }) };
    return go(ctx, { step: 'problem' }, d, [say(`${c.intro} ${ctx.copy.exercises.controls}`)]);
  },
  reply(ctx) {
    const step = ctx.state.step;
    if (!isStep(step)) return problemSolving.start(ctx);
    const d = dataOf(ctx.state.data);
    const c = ctx.copy.exercises.problemSolving;
    const command = readCommand(ctx.text);
    switch (command) {
      case 'back': {
        const seq = sequence(d);
        const here = seq.findIndex((s) => s.step === step && (s.at === undefined || s.at === d.at));
        const { progress: _, ...rest } = d;
        return go(ctx, seq[Math.max(0, here - 1)] ?? { step: 'problem' }, rest);
      }
      case 'skip':
        switch (step) {
          case 'problem':
            return { say: [say(c.problemRequired)], step, data: d };
          case 'options':
            return d.options.length ? next(ctx, step, withTop(d)) : { say: [say(c.optionsNeedOne)], step, data: d };
          case 'top':
            return next(ctx, step, { ...d, top: [0], at: 0 });
          case 'choose':
            return chose(ctx, d, d.top?.[0] ?? 0);
          case 'firstStep':
            return d.firstStep ? next(ctx, step, d) : { say: [say(c.firstStepRequired)], step, data: d };
          case 'when':
            return finish(ctx, d);
          case 'pros':
          case 'cons':
            return next(ctx, step, d);
          default:
            return step satisfies never;
        }
      case 'exit':
      case null:
        return answer(ctx, step, d, ctx.text);
      default:
        return command satisfies never;
    }
  },
  resume(ctx) {
    const step = ctx.state.step;
    if (!isStep(step)) return problemSolving.start(ctx);
    const d = dataOf(ctx.state.data);
    return { say: [say(ctx.copy.exercises.problemSolving.resume), ...prompt(ctx, step, d)], step, data: d };
  },
};

/**
 * "Hang on, that's wrong, I'm going with number 2", "can you change the plan to option 2", just after
 * a problem-solving plan was made: the plan goes with that option. Null when not that.
 */
export function switchSolvedOption(ctx: FlowContext): StepResult | null {
  const last = ctx.state.profile.solved?.at(-1);
  const options = last?.options;
  if (!last || !options || options.length < 2 || ctx.now.getTime() - new Date(last.at).getTime() > 60 * 60_000) return null;
  const t = words(ctx.text);
  if (!NOT_THAT_ONE.test(t) && !/\b(change|switch|swap|put|make)\b.*\b(plan|option|it)\b.*\b(to|with)\b|\b(going with|go with|cambia|cambialo|pon)\b/.test(t)) return null;
  const n = readChoiceNumbers(ctx.text, options.length);
  if (n.length !== 1) return null;
  const option = options[n[0]! - 1]!;
  const c = ctx.copy.exercises.problemSolving;
  if (option === last.option) return { say: [say(c.optionChanged(echo(option) ?? option))], step: 'idle', data: {} };
  const changed = { ...last, option };
  return {
    say: [say(c.optionChanged(echo(option) ?? option))],
    profile: { solved: [...(ctx.state.profile.solved ?? []).slice(0, -1), changed] },
    actions: [{ type: 'record', instrument: 'problem_solving', score: null, items: { problem: last.problem, options, chosen: option, firstStep: last.firstStep, whenText: last.whenText, at: last.whenAt, changedOption: true } }],
    step: 'idle',
    data: {},
  };
}
