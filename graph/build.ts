import type { BaseCheckpointSaver } from '@langchain/langgraph';
import { END, START, StateGraph } from '@langchain/langgraph';
import { copyFor } from './copy/index.js';
import type { Flow, FlowContext, SafetyText, StepResult } from './flow.js';
import type { ContentHit } from '../content/retrieve.js';
import type { Llm } from './llm.js';
import { FLOWS } from './flows/index.js';
import { EXIT_WORDS, MENU_WORDS } from './intents.js';
import { isOneOf } from './parse.js';
import type { State, StateUpdate } from './state.js';
import { ConversationState } from './state.js';
import type { FlowId, TurnInput } from './types.js';
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

/** Flows that are exercises: "stop" leaves them. */
const EXERCISES: ReadonlySet<FlowId> = new Set(['mood', 'grounding', 'breathing', 'safety_plan', 'learn']);

/**
 * Decides where a turn goes. The screening decides first: urgent stops everything, concern starts
 * the C-SSRS follow-up (unless already in it, or holding for an active escalation). Then commands,
 * then the current flow. Returns the flow to enter, or null to pass the message to the current one.
 */
export function chooseEntry(state: State, input: TurnInput): FlowId | 'skip' | null {
  if (input.kind === 'event') {
    switch (input.event) {
      case 'handback':
        return 'menu';
      case 'checkin':
        // Not before the patient has started talking to the bot, and never over a crisis hold.
        if (!state.profile.onboarded || (state.flow === 'crisis_hold' && input.context.activeEscalation)) return 'skip';
        return 'mood';
      default:
        return input.event satisfies never;
    }
  }
  const { level } = input.screening;
  const holding = state.flow === 'crisis_hold' && input.context.activeEscalation;
  switch (level) {
    case 'urgent':
      return 'crisis';
    case 'concern':
      // Inside the questions, a worried answer is an answer; at the offer after them, it is a new concern.
      if ((state.flow !== 'cssrs' || state.step === 'offer') && !holding) return 'cssrs';
      break;
    case 'none':
      break;
    default:
      return level satisfies never;
  }
  if (holding) return null;
  if (!state.profile.onboarded) return 'onboarding';
  if (isOneOf(input.text, MENU_WORDS)) return 'menu';
  if (EXERCISES.has(state.flow) && isOneOf(input.text, EXIT_WORDS)) return state.returnTo ?? 'menu';
  if (state.flow === 'onboarding' || state.flow === 'crisis') return 'menu';
  return null;
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
    language,
    llm: deps.llm,
    searchContent: deps.searchContent ? (query: string) => deps.searchContent!(query, language) : undefined,
  };
}

/** Turns a flow's step result into a state update, entering the next flow when it leaves. */
function apply(state: State, id: FlowId, r: StepResult): StateUpdate {
  const update: StateUpdate = { replies: r.say ?? [], actions: r.actions ?? [] };
  if (r.profile) update.profile = r.profile;
  if (r.watchUntil !== undefined) update.watchUntil = r.watchUntil;
  if (r.goto || r.finish) {
    const target = r.goto ?? state.returnTo ?? 'menu';
    return { ...update, entering: target, flow: target, step: 'start', data: {}, returnTo: r.goto ? (r.returnTo ?? null) : null };
  }
  return {
    ...update,
    entering: null,
    flow: id,
    ...(r.step !== undefined && { step: r.step }),
    ...(r.data !== undefined && { data: r.data }),
    ...(r.returnTo !== undefined && { returnTo: r.returnTo }),
  };
}

function flowNode(flow: Flow, deps: GraphDeps) {
  return async (state: State): Promise<StateUpdate> => {
    const ctx = context(state, deps);
    const result = state.entering === flow.id ? await flow.start(ctx) : await flow.reply(ctx);
    return apply(state, flow.id, result);
  };
}

export function buildGraph(deps: GraphDeps, checkpointer: BaseCheckpointSaver) {
  const flowNodes = Object.fromEntries(FLOW_IDS.map((id) => [id, flowNode(FLOWS[id], deps)])) as Record<
    FlowId,
    ReturnType<typeof flowNode>
  >;
  const targets = [...FLOW_IDS, 'finish'] as const;
  const graph = new StateGraph(ConversationState)
    .addNode('route', (state: State): StateUpdate => {
      const entry = chooseEntry(state, state.input!);
      return entry === 'skip' ? { entering: null, skip: true } : { entering: entry, skip: false };
    })
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
