import type { BaseCheckpointSaver } from '@langchain/langgraph';
import { END, START, StateGraph } from '@langchain/langgraph';
import { copyFor } from './copy/index.js';
import type { Flow, FlowContext, SafetyText, StepResult } from './flow.js';
import type { ContentHit } from '../content/retrieve.js';
import type { Llm } from './llm.js';
import { FLOWS } from './flows/index.js';
import { say } from './flow.js';
import { readCommand } from './intents.js';
import { fold, readYesNo } from './parse.js';
import { BRACKETED, flowLabel, recentMood } from './moods.js';
import { duePlan } from './plans.js';
import { DRAFTABLE, decide, inExercise } from './route.js';
import type { Paused, State, StateUpdate } from './state.js';
import { ConversationState } from './state.js';
import type { FlowId } from './types.js';
import { FLOW_IDS } from './types.js';

export interface GraphDeps {
  botName: string;
  /** The clinic's name as patients know it; without one the copy says "your care team". */
  clinicName?: string | undefined;
  /** Crisis lines and emergency wording for a locale (from the vetted crisis content). */
  safetyText(locale: string): SafetyText;
  /** Optional: generated reflections and routing, always with a scripted fallback. */
  llm?: Llm | undefined;
  /** The vetted library, searched in a language. */
  searchContent?: ((query: string, language: string) => Promise<ContentHit[]>) | undefined;
}

function context(state: State, deps: GraphDeps): FlowContext {
  const input = state.input;
  if (!input) throw new Error('a turn needs an input');
  const locale = input.context.locale;
  const copy = copyFor(locale);
  const language = locale.split(/[-_]/)[0]?.toLowerCase() ?? 'en';
  return {
    state,
    text: input.kind === 'message' ? input.text : '',
    now: new Date(input.at),
    copy,
    safety: deps.safetyText(locale),
    botName: deps.botName,
    clinicName: deps.clinicName ?? copy.defaultClinic,
    activeEscalation: input.context.activeEscalation,
    escalation: input.context.escalation,
    onCall: input.context.onCall,
    screening: input.kind === 'message' ? input.screening : null,
    language,
    locale,
    channel: input.context.channel,
    timezone: input.context.timezone,
    checkIns: input.context.checkIns ?? null,
    quietHours: input.context.quietHours ?? input.context.checkIns?.quietHours ?? DEFAULT_QUIET_HOURS,
    texts: input.context.texts ?? (input.context.channel === 'sms' ? 'linked' : 'off'),
    llm: deps.llm,
    searchContent: deps.searchContent ? (query: string) => deps.searchContent!(query, language) : undefined,
  };
}

const RESUME_OFFER = 'resume_offer';
/** The product's default quiet hours, for a turn whose context does not say (the bot always says). */
const DEFAULT_QUIET_HOURS = '21:00-08:00';

function paused(state: State, at: string): Paused {
  return { flow: state.flow, step: state.step, data: state.data, returnTo: state.returnTo, at };
}

function withoutDraft(drafts: State['drafts'], id: FlowId): State['drafts'] {
  const { [id]: _gone, ...rest } = drafts;
  return rest;
}

function nowOf(state: State): string {
  return state.input?.at ?? new Date(0).toISOString();
}

/** Turns a flow's step result into a state update, entering the next flow when it leaves. */
function apply(state: State, id: FlowId, r: StepResult): StateUpdate {
  const update: StateUpdate = { replies: r.say ?? [], actions: r.actions ?? [], resuming: false };
  if (r.profile) update.profile = r.profile;
  if (r.watchUntil !== undefined) update.watchUntil = r.watchUntil;
  const leaving = Boolean(r.goto || r.finish || r.resumeSuspended);
  let drafts = state.drafts;
  // A finished (or abandoned-for-good) exercise has no draft left.
  if (leaving && !r.suspend && drafts[id]) drafts = withoutDraft(drafts, id);
  if (r.resumeSuspended && state.suspended) {
    const s = state.suspended;
    // The answer that raised the question was leaving the exercise ("ya no quiero seguir, luego lo
    // termino"): it is left now, kept as a draft, instead of being read as an answer.
    if (r.replay && s.pending && readCommand(s.pending) === 'exit') {
      const { pending: _left, ...kept } = s;
      return {
        ...update,
        drafts: DRAFTABLE.has(s.flow) ? { ...drafts, [s.flow]: kept } : drafts,
        entering: 'menu',
        flow: 'menu',
        step: 'start',
        data: { left: s.flow },
        returnTo: null,
        suspended: null,
        resuming: false,
      };
    }
    const replaying = r.replay && s.pending ? s.pending : null;
    return { ...update, drafts, entering: s.flow, flow: s.flow, step: s.step, data: s.data, returnTo: s.returnTo, suspended: null, resuming: replaying === null, replaying };
  }
  if (r.goto || r.finish) {
    let target: FlowId = r.goto ?? state.returnTo ?? 'menu';
    let data = r.with ?? {};
    if (!r.goto && target === 'menu' && state.followUpDue && duePlan(state.profile, new Date(nowOf(state)))) {
      // A planned activity came due during the exercise: asked about now that the exercise is over.
      target = 'activity_review';
      data = {};
      update.followUpDue = false;
    } else if (!r.goto && target === 'menu' && state.questionnaireDue) {
      // The PHQ-9 / GAD-7 was offered during the exercise: offered now that it is over.
      target = 'questionnaire';
      data = { offer: state.questionnaireDue };
      update.questionnaireDue = null;
    } else if (!r.goto && target === 'menu' && state.checkInDue) {
      // A check-in came due during the exercise: it is asked now that the exercise is over.
      target = 'mood';
      data = { checkIn: true };
      update.checkInDue = false;
    } else if (!r.goto && target === 'menu' && state.bracket?.flow === id) {
      // An exercise finished: the mood now (and before, if no recent rating was known), for "what helps".
      target = 'mood_after';
      data = { flow: id, before: state.bracket.before };
    }
    update.bracket = null;
    let suspended = state.suspended;
    if (r.suspend) suspended = { flow: id, step: r.step ?? state.step, data: r.data ?? state.data, returnTo: state.returnTo, at: nowOf(state) };
    else if (suspended && target !== suspended.flow) {
      // The patient went elsewhere after a safety follow-up: the paused exercise is kept as a draft.
      if (DRAFTABLE.has(suspended.flow)) drafts = { ...drafts, [suspended.flow]: suspended };
      suspended = null;
    }
    return { ...update, drafts, suspended, entering: target, flow: target, step: 'start', data, returnTo: r.goto ? (r.returnTo ?? null) : null };
  }
  return {
    ...update,
    ...(drafts !== state.drafts && { drafts }),
    entering: null,
    flow: id,
    ...(r.step !== undefined && { step: r.step }),
    ...(r.data !== undefined && { data: r.data }),
    ...(r.returnTo !== undefined && { returnTo: r.returnTo }),
  };
}

/**
 * An exercise started (or a draft of it picked up) from the menu or a request, not inside the crisis
 * hold, and staying there: its mood is asked when it ends, with the mood before if it is recent.
 */
function withBracket(state: State, id: FlowId, update: StateUpdate, now: Date): StateUpdate {
  if (!BRACKETED.has(id) || state.returnTo !== null || update.entering !== null) return update;
  return { ...update, bracket: { flow: id, before: recentMood(state.profile, now) } };
}

/** Starting an exercise left half-way: carry on where it was, or start a new one. */
function offerDraft(ctx: FlowContext, id: FlowId): StepResult {
  const label = flowLabel(ctx, id);
  return { say: [say(ctx.copy.menu.resumeOffer(label), [ctx.copy.menu.carryOn, ctx.copy.menu.startAgain])], step: RESUME_OFFER, data: {} };
}

/** "Neither", "not now, thanks", "ahora no": neither carrying on nor starting again. */
const REFUSED_OFFER = /^(neither|no|nope|not now|not yet|ninguno|ninguna|ni uno ni otro|ahora no|todavia no)\b[\s,.!]*(for now|thanks|gracias)?[\s,.!]*/;

async function answerDraftOffer(ctx: FlowContext, flow: Flow): Promise<{ result: StepResult; drafts: State['drafts'] }> {
  const draft = ctx.state.drafts[flow.id];
  const drafts = withoutDraft(ctx.state.drafts, flow.id);
  const t = fold(ctx.text);
  // "Carry on", "seguimos donde me quedé", "pick up where we left off"; not "start a new one".
  const fresh = /\b(new|again|fresh|from the (start|beginning)|nuevo|nueva|de nuevo|otra vez|desde el principio|empezar)\b/.test(t);
  const carryOn =
    !fresh &&
    (readYesNo(ctx.text) === 'yes' ||
      t.startsWith(fold(ctx.copy.menu.carryOn)) ||
      /\b(carry on|continue|resume|keep going|pick (it )?up|where (i|we) (left off|stopped|were)|seguir|seguimos|sigamos|sigo|continuar|continuamos|continua|donde (lo )?(deje|dejamos|me quede|nos quedamos|ibamos|iba))\b/.test(t));
  // "Neither", "not now, I only wanted to look": the draft is kept, and they are back at the menu.
  const refused = REFUSED_OFFER.exec(t);
  if (refused && !carryOn) {
    // With something asked after it ("Neither. I want to look at the one I made"), that is read at the menu.
    const more = t.slice(refused[0].length);
    if (more.split(' ').filter(Boolean).length >= 3) return { result: { goto: 'menu', with: { read: true, text: ctx.text } }, drafts: ctx.state.drafts };
    return { result: { say: [say(ctx.copy.menu.decline)], goto: 'menu', with: { quiet: true } }, drafts: ctx.state.drafts };
  }
  if (draft && carryOn) return { result: await carryOnDraft(ctx, flow), drafts };
  return { result: await flow.start.call(flow, { ...ctx, text: '' }), drafts };
}

/** An exercise picked up where it was left. */
async function carryOnDraft(ctx: FlowContext, flow: Flow): Promise<StepResult> {
  const draft = ctx.state.drafts[flow.id]!;
  const resumed = { ...ctx, state: { ...ctx.state, step: draft.step, data: draft.data } };
  const result = await (flow.resume ?? flow.start).call(flow, resumed);
  return { step: draft.step, data: draft.data, ...result };
}

function flowNode(flow: Flow, deps: GraphDeps) {
  return async (state: State): Promise<StateUpdate> => {
    const ctx = context(state, deps);
    if (state.entering === flow.id) {
      if (state.replaying) {
        // The answer a safety follow-up interrupted, now that it ended in a clear no: read as the exercise's reply.
        const replayed = { ...ctx, text: state.replaying, screening: null };
        return { ...apply(state, flow.id, await flow.reply.call(flow, replayed)), replaying: null };
      }
      if (state.resuming) return apply(state, flow.id, await (flow.resume ?? flow.start).call(flow, ctx));
      // (An offer of the PHQ-9 / GAD-7 makes its own choice: it picks up a half-done one of the same.)
      const offered = flow.id === 'questionnaire' && ((state.input?.kind === 'event' && state.input.event === 'questionnaire') || typeof (state.data as { offer?: unknown }).offer === 'string');
      if (DRAFTABLE.has(flow.id) && state.drafts[flow.id] && !offered) {
        // "Can we finish the one from before?": asked to carry on, so no need to ask which.
        if ((state.data as { carryOn?: boolean }).carryOn === true) {
          const result = await carryOnDraft(ctx, flow);
          return withBracket(state, flow.id, apply({ ...state, drafts: withoutDraft(state.drafts, flow.id) }, flow.id, result), ctx.now);
        }
        return apply(state, flow.id, offerDraft(ctx, flow.id));
      }
      return withBracket(state, flow.id, apply(state, flow.id, await flow.start.call(flow, ctx)), ctx.now);
    }
    if (state.step === RESUME_OFFER) {
      const { result, drafts } = await answerDraftOffer(ctx, flow);
      return withBracket(state, flow.id, apply({ ...state, drafts }, flow.id, result), ctx.now);
    }
    return apply(state, flow.id, await flow.reply.call(flow, ctx));
  };
}

/** Whether an exercise's data holds anything the patient wrote or chose. */
function hasAnswers(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  if (typeof value === 'number' || typeof value === 'boolean') return true;
  if (Array.isArray(value)) return value.some(hasAnswers);
  if (value && typeof value === 'object') return Object.entries(value).some(([k, v]) => k !== 'tries' && hasAnswers(v));
  return false;
}

/** The route node: what this turn means (route.ts), and what entering a flow pauses or keeps. */
function route(state: State): StateUpdate {
  const input = state.input!;
  const base: StateUpdate = { resuming: false, replaying: null, ...(input.kind === 'message' ? { lastMessageAt: input.at } : {}) };
  const d = decide(state, input);
  switch (d.type) {
    case 'skip':
      return {
        ...base,
        entering: null,
        skip: true,
        ...(d.deferCheckIn ? { checkInDue: true } : {}),
        ...(d.deferFollowUp ? { followUpDue: true } : {}),
        ...(d.deferQuestionnaire ? { questionnaireDue: d.deferQuestionnaire } : {}),
      };
    case 'continue':
      return { ...base, entering: null, skip: false };
    case 'resume':
      return { ...base, entering: state.flow, resuming: true, skip: false };
    case 'enter': {
      const update: StateUpdate = { ...base, entering: d.flow, skip: false };
      const here = inExercise(state) ? paused(state, input.at) : null;
      if (d.suspend && here) update.suspended = input.kind === 'message' ? { ...here, pending: input.text } : here;
      // Left with something answered: kept as a draft (and said so); left before any answer: nothing to keep.
      else if (d.leaving && here && DRAFTABLE.has(state.flow) && hasAnswers(here.data)) update.drafts = { ...state.drafts, [state.flow]: here };
      if (d.flow === 'menu') update.data = { ...(d.leaving && here ? { left: state.flow } : {}), ...(d.read ? { read: true } : {}) };
      // The question that raised it is answered after a clear no ("why do stuff when I don't feel like it?").
      if (d.flow === 'cssrs') update.data = input.kind === 'message' && !(d.suspend && here) && state.flow !== 'crisis_hold' ? { pending: input.text } : {};
      return update;
    }
    default:
      return d satisfies never;
  }
}

export function buildGraph(deps: GraphDeps, checkpointer: BaseCheckpointSaver) {
  const flowNodes = Object.fromEntries(FLOW_IDS.map((id) => [id, flowNode(FLOWS[id], deps)])) as Record<
    FlowId,
    ReturnType<typeof flowNode>
  >;
  const targets = [...FLOW_IDS, 'finish'] as const;
  const graph = new StateGraph(ConversationState)
    .addNode('route', route)
    .addNode(flowNodes)
    .addNode('finish', (state: State): StateUpdate => {
      const input = state.input!;
      const id = input.kind === 'message' ? input.messageId : input.eventId;
      return { entering: null, lastTurn: { id, replies: state.replies, actions: state.actions } };
    })
    .addEdge(START, 'route')
    .addConditionalEdges('route', (s: State) => (s.skip ? 'finish' : (s.entering ?? s.flow)), [...targets]);
  for (const id of FLOW_IDS) graph.addConditionalEdges(id, (s: State) => s.entering ?? 'finish', [...targets]);
  return graph.addEdge('finish', END).compile({ checkpointer });
}

export type ConversationGraph = ReturnType<typeof buildGraph>;
