import type { Flow, FlowContext, StepResult } from '../flow.js';
import { say } from '../flow.js';
import { readCommand } from '../intents.js';
import { fold, readYesNo } from '../parse.js';
import type { Answers, Frequency, Instrument, Result } from '../questionnaires.js';
import {
  DIFFICULTY_KEYS,
  FREQUENCIES,
  FREQUENCY_KEYS,
  GAD7_ITEMS,
  INSTRUMENT_IDS,
  isSafetyItem,
  itemCount,
  maxScore,
  PHQ9_ITEMS,
  readCorrection,
  readDifficulty,
  readFrequency,
  readTopicCorrection,
  readInstrument,
  scoreAnswers,
} from '../questionnaires.js';
import type { QuickReply, TurnAction } from '../types.js';

/**
 * The PHQ-9 or GAD-7, one item per message. Everything needed to pick up again is in `data`
 * (`Progress`), so the step name only mirrors it: `choose` (which questionnaire), `item` (item
 * `at`), `difficulty` (the unscored functional question, `at` = items + 1). An unreadable answer is
 * asked once more, then left out; on PHQ-9 item 9 it counts as unclear, and unclear or above 0
 * ends the questionnaire there (it is the last scored item) and starts the C-SSRS follow-up.
 */
interface Progress {
  instrument: Instrument;
  answers: Answers;
  /** The question being asked, 1-based; one past the last item is the functional question. */
  at: number;
  /** Unreadable answers to the current question so far. */
  tries: number;
  /** ISO time of the first question: answers from much earlier no longer describe "the last 2 weeks". */
  startedAt: string;
}

type ChooseData = { tries?: number };
type Phase = 'choose' | 'item' | 'difficulty';

/** Past this, a paused questionnaire starts again rather than mixing answers about different fortnights. */
const STALE_AFTER_DAYS = 7;
const DAY_MS = 86_400_000;

function isInstrument(value: unknown): value is Instrument {
  return (INSTRUMENT_IDS as readonly unknown[]).includes(value);
}

function isAnswer(value: unknown): value is Frequency | null {
  return value === null || (FREQUENCIES as readonly unknown[]).includes(value);
}

/** The questionnaire in progress in `data`, or null when there is none (or it is not one of ours). */
function readProgress(data: Record<string, unknown>): Progress | null {
  const { instrument, answers, at, tries, startedAt } = data;
  if (!isInstrument(instrument) || typeof startedAt !== 'string' || Number.isNaN(Date.parse(startedAt))) return null;
  const count = itemCount(instrument);
  if (typeof at !== 'number' || !Number.isInteger(at) || at < 1 || at > count + 1) return null;
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) return null;
  const entries = Object.entries(answers);
  if (!entries.every(([n, a]) => Number(n) >= 1 && Number(n) <= count && isAnswer(a))) return null;
  return { instrument, answers: answers as Answers, at, tries: typeof tries === 'number' ? tries : 0, startedAt };
}

function phaseOf(progress: Progress): Exclude<Phase, 'choose'> {
  return progress.at <= itemCount(progress.instrument) ? 'item' : 'difficulty';
}

function frequencyOptions(ctx: FlowContext): QuickReply[] {
  return FREQUENCIES.map((v) => ({ label: ctx.copy.questionnaires.options[FREQUENCY_KEYS[v]], value: String(v) }));
}

function difficultyOptions(ctx: FlowContext): QuickReply[] {
  return FREQUENCIES.map((v) => ({ label: ctx.copy.questionnaires.difficulty.options[DIFFICULTY_KEYS[v]], value: String(v) }));
}

function itemText(ctx: FlowContext, instrument: Instrument, at: number): string {
  const c = ctx.copy.questionnaires;
  switch (instrument) {
    case 'phq9': {
      const key = PHQ9_ITEMS[at - 1];
      if (key) return c.phq9.items[key];
      break;
    }
    case 'gad7': {
      const key = GAD7_ITEMS[at - 1];
      if (key) return c.gad7.items[key];
      break;
    }
    default:
      return instrument satisfies never;
  }
  throw new Error(`${instrument} has no item ${at}`);
}

/** Asks the question at `p.at`, after `lead` (an intro, "let's carry on", "we'll leave that one out"). */
function ask(ctx: FlowContext, p: Progress, lead?: string): StepResult {
  const count = itemCount(p.instrument);
  const progress: Progress = { ...p, tries: 0 };
  const before = lead ? [say(lead)] : [];
  if (p.at > count) {
    return { say: [...before, say(ctx.copy.questionnaires.difficulty.question, difficultyOptions(ctx))], step: 'difficulty', data: { ...progress } };
  }
  return { say: [...before, say(`${p.at}/${count}. ${itemText(ctx, p.instrument, p.at)}`, frequencyOptions(ctx))], step: 'item', data: { ...progress } };
}

function begin(ctx: FlowContext, instrument: Instrument, lead?: string): StepResult {
  const c = ctx.copy.questionnaires;
  const name = c.names[instrument];
  const intro = `${lead ?? c.intro(name, itemCount(instrument), ctx.clinicName)}\n\n${c[instrument].stem}`;
  return ask(ctx, { instrument, answers: {}, at: 1, tries: 0, startedAt: ctx.now.toISOString() }, intro);
}

function choose(ctx: FlowContext, again = false): StepResult {
  const c = ctx.copy.questionnaires;
  // "I'll do that questionnaire now", "the one my team wanted": the one the care team asked for.
  const requested = ctx.state.profile.requestedQuestionnaire;
  if (requested && !again) return begin(ctx, requested, `${c.requested(c.names[requested])} ${c.intro(c.names[requested], itemCount(requested), ctx.clinicName)}`);
  const choices: QuickReply[] = INSTRUMENT_IDS.map((id) => ({ label: c.choices[id], value: id }));
  return { say: [say(again ? c.chooseAgain : c.choose, choices)], step: 'choose', data: { tries: again ? 1 : 0 } satisfies ChooseData };
}

function resumeAt(ctx: FlowContext, p: Progress): StepResult {
  const c = ctx.copy.questionnaires;
  const name = c.names[p.instrument];
  if (ctx.now.getTime() - Date.parse(p.startedAt) > STALE_AFTER_DAYS * DAY_MS) return begin(ctx, p.instrument, c.restart(name));
  const count = itemCount(p.instrument);
  const lead = p.at > count ? c.resumeDifficulty(name) : `${c.resume(name, p.at, count)}\n\n${c[p.instrument].stem}`;
  return ask(ctx, p, lead);
}

function answered(p: Progress, value: Frequency | null): Progress {
  return { ...p, answers: { ...p.answers, [p.at]: value } };
}

function recordAction(ctx: FlowContext, p: Progress, result: Result, extra: Record<string, unknown>): TurnAction {
  const answers: Record<number, Frequency | null> = {};
  for (let n = 1; n <= itemCount(p.instrument); n++) answers[n] = p.answers[n] ?? null;
  const items: Record<string, unknown> = {
    answers,
    severity: result.severity,
    prorated: result.prorated,
    ...(result.missing.length > 0 && { missing: result.missing }),
    ...extra,
    language: ctx.language,
    startedAt: p.startedAt,
  };
  return { type: 'record', instrument: p.instrument, score: result.score, items };
}

/** Done: a request from the care team for this one is met. */
function met(ctx: FlowContext, instrument: Instrument): { requestedQuestionnaire?: undefined } {
  return ctx.state.profile.requestedQuestionnaire === instrument ? { requestedQuestionnaire: undefined } : {};
}

/** The last question is answered (or left out): the score in plain words, and back to the menu. */
function conclude(ctx: FlowContext, p: Progress, difficulty: Frequency | null | undefined): StepResult {
  const c = ctx.copy.questionnaires;
  const name = c.names[p.instrument];
  const result = scoreAnswers(p.instrument, p.answers);
  const summary =
    result.score === null || result.severity === null
      ? c.noScore(name)
      : `${c.result(name, result.score, maxScore(p.instrument), c.severity[result.severity])}${result.prorated ? ` ${c.prorated}` : ''}`;
  const higher = result.severity === 'moderately_severe' || result.severity === 'severe';
  return {
    say: [say(summary), say((higher ? c.closingHigher : c.closing)(ctx.clinicName))],
    actions: [recordAction(ctx, p, result, difficulty === undefined ? {} : { difficulty })],
    profile: { ...met(ctx, p.instrument), lastScore: { instrument: p.instrument, score: result.score, severity: result.severity, missing: result.missing.length, at: ctx.now.toISOString() } },
    finish: true,
  };
}

/** "Is 11 bad?", "¿qué significa moderado?": asked about the questionnaire just scored (within two weeks). */
const ABOUT_SCORE = /\b(score|scored|scoring|result|results|puntuacion|puntaje|puntos|resultado|resultados|minimal|mild|moderate|moderately severe|severe|minimo|leve|moderad[oa]|grave)\b/;
const WHAT_IT_MEANS = /\b(significan|significaba|i mean|me refiero|just (did|took|finished)|acabo de (hacer|terminar)|mean|means|meaning|bad|good|normal|serious|worried|worry|high|low|significa|quiere decir|malo|bueno|grave|preocupar\w*|normal|alto|bajo|tengo)\b/;

export function asksAboutScore(text: string, last: { score: number | null; at: string } | undefined, now: Date): boolean {
  if (!last || now.getTime() - new Date(last.at).getTime() > 14 * 86_400_000) return false;
  const t = fold(text);
  const names = ABOUT_SCORE.test(t) || (last.score !== null && new RegExp(`(^|\\D)${last.score}(\\D|$)`).test(t)) || /\b(puntos|points|sin puntuacion|no score)\b/.test(t);
  return names && (WHAT_IT_MEANS.test(t) || /\?/.test(text)) && t.split(' ').length <= 30;
}

/** What the last score means: its band among the instrument's bands, and what it is not. */
export function explainScore(ctx: FlowContext, last: NonNullable<FlowContext['state']['profile']['lastScore']>): StepResult {
  const c = ctx.copy.questionnaires;
  // "¿Cómo que sin puntuación?": why there was none, and that it can be done again.
  if (last.score === null || last.severity === null) return { say: [say(c.explainNoScore(c.names[last.instrument], last.missing ?? 2))], step: 'idle', data: {} };
  return { say: [say(c.explain(c.names[last.instrument], last.score, c.severity[last.severity], c.bands[last.instrument], c.bandMeaning[last.severity], ctx.clinicName))], step: 'idle', data: {} };
}

/**
 * PHQ-9 item 9 above 0, or unclear after asking twice: the questionnaire is complete, so it is
 * recorded, the care team is told, and the C-SSRS follow-up starts now. The score is not shown:
 * it would be lost among the safety questions, and it is recorded.
 */
function safetyFollowUp(ctx: FlowContext, p: Progress, item9: 'positive' | 'unclear'): StepResult {
  const result = scoreAnswers(p.instrument, p.answers);
  return {
    say: [say(ctx.copy.questionnaires.item9)],
    // Not said now, but kept: "what did I score on that?" afterwards is answered.
    profile: { ...met(ctx, p.instrument), lastScore: { instrument: p.instrument, score: result.score, severity: result.severity, missing: result.missing.length, at: ctx.now.toISOString() } },
    actions: [
      recordAction(ctx, p, result, { item9 }),
      { type: 'escalate', level: 'concern', reason: 'phq9_item9', categories: ['passive_ideation'] },
    ],
    goto: 'cssrs',
    with: { origin: 'phq9_item9' },
  };
}

/** After an item: the next one, the functional question (when any item was above 0), or the end. */
function next(ctx: FlowContext, p: Progress, lead?: string): StepResult {
  const count = itemCount(p.instrument);
  const following = { ...p, at: p.at + 1 };
  if (following.at <= count) return ask(ctx, following, lead);
  const anyProblem = Object.values(p.answers).some((a) => typeof a === 'number' && a > 0);
  return anyProblem ? ask(ctx, following, lead) : conclude(ctx, p, undefined);
}

function replyToItem(ctx: FlowContext, p: Progress): StepResult {
  const c = ctx.copy.questionnaires;
  // "Wait, the last one I put wrong: more like several days": that answer changed, this item asked again.
  const correction = p.at > 1 ? readCorrection(ctx.text) : null;
  if (correction === 'ask') return ask(ctx, { ...p, at: p.at - 1 }, c.goingBack);
  if (correction !== null) {
    const changed = { ...p, answers: { ...p.answers, [p.at - 1]: correction } };
    return ask(ctx, changed, c.changed(p.at - 1, frequencyOptions(ctx)[correction]!.label));
  }
  // "No espera, la de cansado cámbiala, es más de la mitad": an earlier item named by its topic is changed
  // (or asked again), and this item asked again, never given that answer.
  const topic = p.at > 1 ? readTopicCorrection(p.instrument, p.at, ctx.text) : null;
  if (topic?.value === 'ask') return ask(ctx, { ...p, at: topic.item }, c.goingBack);
  if (topic) return ask(ctx, { ...p, answers: { ...p.answers, [topic.item]: topic.value } }, c.changed(topic.item, frequencyOptions(ctx)[topic.value]!.label));
  const command = readCommand(ctx.text);
  if (command === 'back') return ask(ctx, { ...p, at: Math.max(1, p.at - 1) });
  const safety = isSafetyItem(p.instrument, p.at);
  const value = command === 'skip' ? null : readFrequency(ctx.text);
  // "Yes" to item 9 says there have been such thoughts, if not how often: that is enough to follow up.
  if (value === null && safety && command === null && readYesNo(ctx.text) === 'yes') return safetyFollowUp(ctx, answered(p, null), 'positive');
  // Risk in the answer itself ("I'd be better off dead, honestly") is a positive item 9, however it is worded.
  if (safety && command === null && ctx.screening !== null && ctx.screening.level !== 'none') return safetyFollowUp(ctx, answered(p, value), 'positive');
  if (value === null) {
    // "Skip" is an answer of its own, except on item 9, where not answering is itself a reason to ask.
    if (command === 'skip' && !safety) return next(ctx, answered(p, null), c.movingOn);
    if (p.tries < 1) return { say: [say(c.askAgain, frequencyOptions(ctx))], step: 'item', data: { ...p, tries: p.tries + 1 } };
    if (safety) return safetyFollowUp(ctx, answered(p, null), 'unclear');
    // Never left out unasked: once more, by number, then left out.
    if (p.tries < 2) return { say: [say(c.askByNumber, frequencyOptions(ctx))], step: 'item', data: { ...p, tries: p.tries + 1 } };
    return next(ctx, answered(p, null), c.movingOn);
  }
  if (safety && value > 0) return safetyFollowUp(ctx, answered(p, value), 'positive');
  return next(ctx, answered(p, value));
}

function replyToDifficulty(ctx: FlowContext, p: Progress): StepResult {
  const correction = readCorrection(ctx.text);
  const last = itemCount(p.instrument);
  if (correction === 'ask') return ask(ctx, { ...p, at: last }, ctx.copy.questionnaires.goingBack);
  // (Not on the safety item: a change to it is asked again, so that a yes is followed up.)
  if (correction !== null && !isSafetyItem(p.instrument, last)) {
    return ask(ctx, { ...p, answers: { ...p.answers, [last]: correction }, at: last + 1 }, ctx.copy.questionnaires.changed(last, frequencyOptions(ctx)[correction]!.label));
  }
  if (correction !== null) return ask(ctx, { ...p, at: last }, ctx.copy.questionnaires.goingBack);
  const command = readCommand(ctx.text);
  if (command === 'back') return ask(ctx, { ...p, at: itemCount(p.instrument) });
  const value = command === 'skip' ? null : readDifficulty(ctx.text);
  if (value === null && command !== 'skip' && p.tries < 1) {
    return { say: [say(ctx.copy.questionnaires.difficulty.again, difficultyOptions(ctx))], step: 'difficulty', data: { ...p, tries: p.tries + 1 } };
  }
  return conclude(ctx, p, value);
}

function replyToChoice(ctx: FlowContext): StepResult {
  const instrument = readInstrument(ctx.text, true);
  if (instrument) return begin(ctx, instrument);
  // Twice not a choice: they probably want something else; don't trap them here.
  if (((ctx.state.data as ChooseData).tries ?? 0) >= 1) return { finish: true };
  return choose(ctx, true);
}

/** An offer made unasked: "phq9:clinician" (the care team asked), "phq9:due" or "phq9:first" (it is time). */
function offerOf(ctx: FlowContext): { instrument: Instrument; by: 'clinician' | 'due' | 'first' } | null {
  const input = ctx.state.input;
  const raw = input?.kind === 'event' && input.event === 'questionnaire' ? input.detail : (ctx.state.data as { offer?: unknown }).offer;
  if (typeof raw !== 'string') return null;
  const [instrument, by] = raw.split(':');
  if (!isInstrument(instrument)) return null;
  return { instrument, by: by === 'clinician' || by === 'first' ? by : 'due' };
}

const LATER = /\b(later|not now|not right now|on the clock|at work|driving|another time|maybe later|tomorrow|no thanks|cant (right )?now|can t (right )?now|busy|gotta go|got to go|have to go|luego|despues|mas tarde|ahora no|ahorita no|al rato|en un rato|no puedo|otro dia|manana|ocupad[oa])\b/;
const NOW = /^(now|sure|ok|okay|yes|yeah|yep|go|go on|lets go|lets do it|let s do it|fine|ahora|si|vale|dale|claro|va|bueno)( please| now| then| pls| por favor| va)?$/;

function offer(ctx: FlowContext, o: NonNullable<ReturnType<typeof offerOf>>): StepResult {
  const c = ctx.copy.questionnaires;
  const name = c.names[o.instrument];
  const said = o.by === 'clinician' ? c.offer.clinician(name, ctx.clinicName) : o.by === 'first' ? c.offer.first(name) : c.offer.due(name);
  // ("your care team asked…": the clinic's name starts the sentence.)
  const text = said.charAt(0).toUpperCase() + said.slice(1);
  return {
    say: [say(text, [{ label: c.offer.now, value: c.offer.now }, { label: c.offer.later, value: c.offer.later }])],
    step: 'offer',
    data: { offer: `${o.instrument}:${o.by}` },
    ...(o.by === 'clinician' ? { profile: { requestedQuestionnaire: o.instrument } } : {}),
  };
}

/** The answer to an offer: now (the questionnaire starts), later (how to start it), or something else (read by the menu). */
function replyToOffer(ctx: FlowContext, o: NonNullable<ReturnType<typeof offerOf>>): StepResult {
  const c = ctx.copy.questionnaires;
  const t = fold(ctx.text);
  if (fold(c.offer.later) === t || LATER.test(t) || readYesNo(ctx.text) === 'no') return { say: [say(c.offer.postponed(c.names[o.instrument]))], finish: true };
  if (fold(c.offer.now) === t || readYesNo(ctx.text) === 'yes' || NOW.test(t)) return begin(ctx, o.instrument);
  return { goto: 'menu', returnTo: null, with: { read: true } };
}

export const questionnaire: Flow = {
  id: 'questionnaire',
  start(ctx) {
    const saved = readProgress(ctx.state.data);
    const offered = offerOf(ctx);
    if (offered) {
      const kept = readProgress((ctx.state.drafts.questionnaire?.data ?? {}) as Record<string, unknown>);
      return kept && kept.instrument === offered.instrument ? resumeAt(ctx, kept) : offer(ctx, offered);
    }
    // What the message asked for, else what the flow was entered with (`with: { instrument }`).
    const { instrument } = ctx.state.data;
    const asked = readInstrument(ctx.text) ?? (isInstrument(instrument) ? instrument : null);
    if (saved && (asked === null || asked === saved.instrument)) return resumeAt(ctx, saved);
    if (asked) return begin(ctx, asked);
    return choose(ctx);
  },
  reply(ctx) {
    const offered = ctx.state.step === 'offer' ? offerOf(ctx) : null;
    if (offered) return replyToOffer(ctx, offered);
    const progress = readProgress(ctx.state.data);
    if (!progress) return replyToChoice(ctx);
    const phase = phaseOf(progress);
    switch (phase) {
      case 'item':
        return replyToItem(ctx, progress);
      case 'difficulty':
        return replyToDifficulty(ctx, progress);
      default:
        return phase satisfies never;
    }
  },
  resume(ctx) {
    const offered = ctx.state.step === 'offer' ? offerOf(ctx) : null;
    if (offered) {
      const c = ctx.copy.questionnaires;
      return { say: [say(c.offer.nudge(c.names[offered.instrument]), [{ label: c.offer.now, value: c.offer.now }, { label: c.offer.later, value: c.offer.later }])], step: 'offer' };
    }
    const progress = readProgress(ctx.state.data);
    if (progress) return resumeAt(ctx, progress);
    // "phq9" at "which would you like?" (asked for by name, so routed here as a resume): the answer.
    const picked = readInstrument(ctx.text, true);
    return picked ? begin(ctx, picked) : choose(ctx);
  },
};
