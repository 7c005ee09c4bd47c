import type { RiskCategory } from '../../escalation/screening.js';
import type { Copy } from '../copy/en.js';
import type { Flow, FlowContext, StepResult } from '../flow.js';
import { say } from '../flow.js';
import { isRequest, modelOnly, worriedAboutSomeoneElse } from '../reading.js';
import { fold, readYesNo } from '../parse.js';
import type { YesNo } from '../parse.js';
import { asksAboutIt, asksAboutMedication, asksWhatHelps, isGoodbye, readMenuChoice } from '../intents.js';
import { routeFromMenu } from './menu.js';

/**
 * The safety follow-up to a concern, met in proportion.
 *
 * First one direct, warm question tied to what the patient said (by what the screening found: a
 * wish to be dead, hopelessness, feeling a burden, an urge to self-harm …). A clear no returns them
 * to what they were doing, with an exercise's answers kept. A yes (or "not sure") to a suicidal
 * concern goes on to the C-SSRS screen in chat language (Columbia Suicide Severity Rating Scale):
 * 1 wish to be dead, 2 suicidal thoughts; if 2 is yes: 3 method, 4 intent, 5 plan; always 6
 * behaviour (with "in the past three months"). A yes to intent, plan or recent behaviour escalates as
 * urgent; a wish to be dead or thoughts without them lets the care team know without paging.
 *
 * Answers are read with the screener too: risk in the answer is a yes, whatever its first word
 * ("I don't see the point of being here" is not a no). An unreadable answer is asked once more with
 * the question shown, then counted as yes: on these questions a false alarm costs less than a miss.
 * Asking twice for something else (the menu, an exercise) is respected: the questions stop, and the
 * care team is told they were left unanswered.
 */
type Item = 'wishDead' | 'thoughts' | 'method' | 'intent' | 'plan' | 'behavior' | 'behaviorRecent';
type CheckKind = keyof Copy['cssrs']['check'];
type CssrsData = {
  answers: Partial<Record<Item, boolean>>;
  kind?: CheckKind;
  categories?: RiskCategory[];
  asked?: number;
  deflected?: number;
  origin?: string;
  /** Asked straight from the thoughts question (a second concern in a watched session): no wish-to-be-dead answer is assumed. */
  watch?: boolean;
  /** The message that raised the question, outside an exercise: read as the menu would after a clear no. */
  pending?: string;
};

const ITEMS: readonly Item[] = ['wishDead', 'thoughts', 'method', 'intent', 'plan', 'behavior', 'behaviorRecent'];
const WATCH_HOURS = 12;
/** Questions where any risk in the answer is a yes (they ask about thoughts, not acts). */
const IDEATION: ReadonlySet<string> = new Set(['check', 'wishDead', 'thoughts', 'method']);
/** A plan told as an answer: a date, a time, a decision. */
const PLAN_RE =
  /\b(picked|chosen|set|decided on|worked out) (a |the )?(date|day|time|night|way|method|place)|(ive|i ve|i have) (decided|planned|worked it out)|i have a plan|planned it|tonight|tomorrow|this weekend|next week|after (the|my) \w+|on the \d+|(elegi|escogi) (la|el) (fecha|dia)|ya lo tengo (decidido|planeado|pensado)|tengo un plan|esta noche|manana|el (lunes|martes|miercoles|jueves|viernes|sabado|domingo)\b/;

const SUICIDAL_KINDS: ReadonlyArray<[RiskCategory, CheckKind]> = [
  ['passive_ideation', 'passive_ideation'],
  ['past_attempt_current_distress', 'past_attempt'],
  ['burden', 'burden'],
  ['hopelessness', 'hopelessness'],
  ['ambiguous_needs_followup', 'ambiguous'],
];
const OTHER_KINDS: ReadonlyArray<[RiskCategory, CheckKind]> = [
  ['self_harm_urge', 'self_harm_urge'],
  ['intrusive_harm_thoughts', 'intrusive'],
  ['abuse_unclear_or_past', 'abuse'],
  ['disordered_eating', 'eating'],
];
/** For the other concerns, what a yes (or for `abuse`, a no) to the one question means. */
const URGENT_IF: Partial<Record<CheckKind, { danger: 'yes' | 'no'; category: RiskCategory }>> = {
  self_harm_urge: { danger: 'yes', category: 'self_harm_active' },
  intrusive: { danger: 'yes', category: 'harm_to_others' },
  abuse: { danger: 'no', category: 'domestic_abuse' },
  eating: { danger: 'yes', category: 'eating_disorder_crisis' },
};

function checkKind(ctx: FlowContext): { kind: CheckKind; categories: RiskCategory[] } {
  const s = ctx.screening;
  const categories = s?.categories ?? [];
  if (s && modelOnly(s)) return { kind: 'gentle', categories };
  for (const [cat, kind] of [...SUICIDAL_KINDS, ...OTHER_KINDS]) if (categories.includes(cat)) return { kind, categories };
  return { kind: 'ambiguous', categories };
}

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

function yesNo(ctx: FlowContext) {
  return [ctx.copy.yes, ctx.copy.no, ctx.copy.notSure];
}

function questionOf(ctx: FlowContext, step: string, data: CssrsData): string {
  if (step === 'check') return ctx.copy.cssrs.check[data.kind ?? 'ambiguous'];
  if (step === 'thoughts' && data.origin === 'phq9_item9' && data.answers.thoughts === undefined) return ctx.copy.cssrs.check.phq9;
  return ctx.copy.cssrs[step as Item];
}

/** The question again without its lead-in ("Thank you for telling me…"), for asking it once more. */
function plain(ctx: FlowContext, step: string, data: CssrsData): string {
  if (step === 'check' && !URGENT_IF[data.kind ?? 'ambiguous']) return ctx.copy.cssrs.checkAgain;
  return questionOf(ctx, step, data);
}

function ask(ctx: FlowContext, item: Item, prefix: string[] = []): StepResult['say'] {
  return [...prefix.map((p) => say(p)), say(ctx.copy.cssrs[item], [ctx.copy.yes, ctx.copy.no])];
}

/** "I meant the exercise, not my life", "me refería al ejercicio": the question came from a misreading. */
const MEANT_OTHER =
  /\b(i meant|i was talking about|i was on about|talking about|i mean) (the|this|that) (exercise|worksheet|thing|record|plan|breathing|questions?|app|chat)\b|\bnot (about )?my life\b|\bme refer[ií]a (a|al|a la) (ejercicio|hoja|registro|esto|eso|plan|respiracion)\b|\bhablaba (del|de la) (ejercicio|hoja|registro)\b|\bno (a|de) mi vida\b|\b(figure of speech|just an expression|just a saying|manner of speaking|didn t mean it like that|didnt mean it like that|was joking|just joking|es un decir|manera de hablar|forma de hablar|era broma|lo decia en broma)\b/;

/** Reads an answer to a safety question, with the screening of the answer itself. */
function readAnswer(ctx: FlowContext, step: string): YesNo {
  const s = ctx.screening;
  const reader = readYesNo(ctx.text);
  const ruleRisk = s !== null && s.level !== 'none' && !modelOnly(s);
  if (!ruleRisk && step === 'check' && MEANT_OTHER.test(fold(ctx.text))) return 'no';
  if (ruleRisk && IDEATION.has(step)) return 'yes';
  if (reader !== 'unknown') return reader;
  if (s !== null && s.level !== 'none') return 'yes';
  if ((step === 'method' || step === 'intent' || step === 'plan') && PLAN_RE.test(fold(ctx.text))) return 'yes';
  return 'unknown';
}

function watch(ctx: FlowContext): string {
  return new Date(ctx.now.getTime() + WATCH_HOURS * 3_600_000).toISOString();
}

/**
 * Back to the exercise the follow-up interrupted, or on to the menu; after a clear no (`replay`),
 * the message that raised the question is answered as it was meant.
 */
function carryOn(ctx: FlowContext, lines: string[], replay = false): StepResult {
  const said = lines.map((l) => say(l));
  if (ctx.state.suspended) return { say: said, resumeSuspended: true, ...(replay ? { replay } : {}), watchUntil: watch(ctx) };
  // Only a question or a request is answered again ("why do stuff when I don't feel like it?"); how
  // they feel ("I feel hopeless") was heard, and the menu follows.
  const pending = (ctx.state.data as CssrsData).pending;
  if (replay && pending && (asksAboutIt(pending) || isRequest(pending) || asksAboutMedication(pending) || asksWhatHelps(pending)))
    return { say: said, goto: 'menu', with: { read: true, text: pending }, watchUntil: watch(ctx) };
  return { say: said, goto: 'menu', watchUntil: watch(ctx) };
}

/** The care team told the safety questions were left unanswered (declined, left, or answered with something else). */
function declinedEscalation(data: CssrsData) {
  const categories = data.categories?.length ? data.categories : (['ambiguous_needs_followup'] as RiskCategory[]);
  return { type: 'escalate' as const, level: 'concern' as const, reason: 'safety_questions_declined', categories, cssrs: data.answers as Record<string, boolean> };
}

function urgent(ctx: FlowContext, reason: string, categories: RiskCategory[], cssrs?: Record<string, boolean>): StepResult {
  return {
    say: [say(ctx.copy.cssrs.positive)],
    actions: [{ type: 'escalate', level: 'urgent', reason, categories, ...(cssrs ? { cssrs } : {}) }],
    goto: 'crisis_hold',
  };
}

function afterCheck(ctx: FlowContext, data: CssrsData, answer: YesNo): StepResult {
  const c = ctx.copy.cssrs;
  const kind = data.kind ?? 'ambiguous';
  const categories = data.categories?.length ? data.categories : (['passive_ideation'] as RiskCategory[]);
  const other = URGENT_IF[kind];
  if (other) {
    const danger = other.danger === 'yes' ? answer !== 'no' : answer !== 'yes';
    if (danger && answer !== 'unsure') return urgent(ctx, 'safety_check', [other.category]);
    return {
      ...carryOn(ctx, [c.noted(ctx.safety.crisisLine)]),
      actions: [{ type: 'escalate', level: 'concern', reason: 'safety_check', categories }],
    };
  }
  // A clear no: the exercise takes the answer that raised the question, and goes on from there.
  if (answer === 'no') return carryOn(ctx, [c.checkNo(ctx.safety.crisisLine)], true);
  // A wish to be dead, confirmed: the care team is told now, and the questions go on.
  const answers: CssrsData['answers'] = kind === 'past_attempt' ? { wishDead: true, thoughts: true } : { wishDead: true };
  const next = nextItem(answers)!;
  return {
    say: ask(ctx, next, [c.more]),
    step: next,
    data: { answers, kind, categories } satisfies CssrsData,
    actions: [{ type: 'escalate', level: 'concern', reason: 'safety_check', categories }],
  };
}

function conclude(ctx: FlowContext, answers: Partial<Record<Item, boolean>>): StepResult {
  const c = ctx.copy.cssrs;
  const cssrs = answers as Record<string, boolean>;
  if (answers.intent || answers.plan || answers.behaviorRecent) {
    const categories: RiskCategory[] = answers.behaviorRecent && !answers.intent && !answers.plan ? ['preparatory_behavior'] : ['suicide_plan_intent'];
    return urgent(ctx, 'cssrs_positive', categories, cssrs);
  }
  const ideation = Boolean(answers.thoughts || answers.method);
  // A yes to the wish to be dead already opened a concern: the rest of the answers go on it, so the
  // clinician reads "wish to be dead: yes, thoughts: no …" instead of nothing.
  const actions: StepResult['actions'] =
    ideation || answers.wishDead ? [{ type: 'escalate', level: 'concern', reason: ideation ? 'cssrs_ideation' : 'cssrs_answers', categories: ['passive_ideation'], cssrs }] : [];
  if (ctx.state.suspended) {
    return { ...carryOn(ctx, [answers.wishDead || ideation ? c.noted(ctx.safety.crisisLine) : c.checkNo(ctx.safety.crisisLine)]), actions };
  }
  const offers = [ctx.copy.menu.items.grounding, ctx.copy.menu.items.safety_plan, ctx.copy.menu.items.resources, ctx.copy.notNow];
  const text = ideation ? c.ideationNoPlan(ctx.safety.crisisLine) : c.negative(ctx.safety.crisisLine);
  return { say: [say(text, offers)], actions, watchUntil: watch(ctx), step: 'offer', data: {} };
}

/** The offer after the questions: a choice, or anything else, leaves the follow-up for good. */
async function offer(ctx: FlowContext): Promise<StepResult> {
  const choice = readMenuChoice(ctx.text);
  if (choice && choice !== 'done') return { goto: choice, returnTo: null };
  const routed = await routeFromMenu(ctx);
  if (routed.goto) return routed;
  return { ...routed, goto: 'menu', with: { quiet: true } };
}

export const cssrs: Flow = {
  id: 'cssrs',
  start(ctx) {
    const c = ctx.copy.cssrs;
    const origin = (ctx.state.data as { origin?: string }).origin;
    if (origin === 'phq9_item9') {
      // The questionnaire's item 9 already said it: a wish to be dead, or to hurt oneself.
      return { say: [say(c.check.phq9, yesNo(ctx))], step: 'thoughts', data: { answers: { wishDead: true }, origin } satisfies CssrsData };
    }
    const watching = ctx.state.watchUntil !== null && new Date(ctx.state.watchUntil) > ctx.now;
    const { kind, categories } = checkKind(ctx);
    const pending = (ctx.state.data as CssrsData).pending;
    const kept = pending ? { pending } : {};
    if (watching && kind !== 'gentle' && !URGENT_IF[kind]) {
      // A second concern in the same session: straight to the question that decides safety. Nothing
      // is passed on unless the answers say so (a patient who answers no is not reported).
      return { say: ask(ctx, 'thoughts', [c.introWatch]), step: 'thoughts', data: { answers: {}, kind, categories, watch: true, ...kept } satisfies CssrsData };
    }
    return { say: [say(c.check[kind], yesNo(ctx))], step: 'check', data: { answers: {}, kind, categories, ...kept } satisfies CssrsData };
  },
  async reply(ctx) {
    const step = ctx.state.step;
    if (step === 'offer') return offer(ctx);
    if (step !== 'check' && !(ITEMS as readonly string[]).includes(step)) return offer(ctx);
    const data = ctx.state.data as CssrsData;
    const question = questionOf(ctx, step, data);
    // Worried about someone else, in the middle of the questions: the numbers for them, and the
    // question again (their own answer is still needed; this is not one).
    if (worriedAboutSomeoneElse(ctx.text) && ctx.screening?.level !== 'urgent') {
      const m = ctx.copy.menu;
      return { say: [say(m.someoneElse(ctx.safety.lines, ctx.safety.emergencyLine)), say(ctx.copy.cssrs.clarify(plain(ctx, step, data)), yesNo(ctx))], step, data };
    }
    let answer = readAnswer(ctx, step);
    // Leaving without an answer ("aight im out", "me voy a dormir"): their choice, the crisis line,
    // and the care team told the question was left; no more questions.
    if (answer === 'unknown' && isGoodbye(ctx.text)) {
      return {
        say: [say(ctx.copy.cssrs.declined(ctx.safety.crisisLine)), say(ctx.copy.menu.goodbye)],
        goto: 'menu',
        with: { quiet: true },
        watchUntil: watch(ctx),
        actions: [declinedEscalation(data)],
      };
    }
    // The first safety question answered twice with something else (the exercise, the day: "Sad,
    // about 80", "four sessions and I still feel rotten"): not asked a third time and not taken as a
    // yes; the care team is told it was left unanswered, and the exercise goes on.
    if (answer === 'unknown' && step === 'check' && (data.asked ?? 0) >= 1 && !isRequest(ctx.text)) {
      return {
        ...carryOn(ctx, [ctx.copy.cssrs.declined(ctx.safety.crisisLine)], true),
        actions: [declinedEscalation(data)],
      };
    }
    if (answer === 'unknown') {
      if (isRequest(ctx.text)) {
        if ((data.deflected ?? 0) < 1) return { say: [say(ctx.copy.cssrs.deflect(question), yesNo(ctx))], step, data: { ...data, deflected: 1 } };
        return {
          ...carryOn(ctx, [ctx.copy.cssrs.declined(ctx.safety.crisisLine)]),
          actions: [declinedEscalation(data)],
        };
      }
      if ((data.asked ?? 0) < 1) return { say: [say(ctx.copy.cssrs.clarify(plain(ctx, step, data)), yesNo(ctx))], step, data: { ...data, asked: 1 } };
      answer = 'unsure';
    }
    if (step === 'check') return afterCheck(ctx, data, answer);
    const answers = { ...data.answers, [step]: answer !== 'no' };
    const next = nextItem(data.watch ? { wishDead: answers.thoughts, ...answers } : answers);
    // A yes to intent or plan already decides it: don't keep someone at risk answering questions.
    if (next === null || answers.intent || answers.plan) return conclude(ctx, answers);
    return { say: ask(ctx, next), step: next, data: { ...data, answers, asked: 0, deflected: 0 } satisfies CssrsData };
  },
};
