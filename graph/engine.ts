import type { BaseCheckpointSaver } from '@langchain/langgraph';
import type { ConversationGraph, GraphDeps } from './build.js';
import { buildGraph } from './build.js';
import type { State } from './state.js';
import { RESET } from './state.js';
import type { TurnInput, TurnOutput } from './types.js';

/**
 * Runs one turn of a patient's conversation (LangGraph thread id = patient id).
 *
 * Replaying an input already handled returns what it produced then, without advancing the flow:
 * if the process dies after the checkpoint is written but before the replies are stored, the retry
 * gets the same replies instead of skipping a question.
 */
export class ConversationEngine {
  readonly graph: ConversationGraph;

  constructor(
    deps: GraphDeps,
    private readonly checkpointer: BaseCheckpointSaver,
  ) {
    this.graph = buildGraph(deps, checkpointer);
  }

  async runTurn(patientId: string, input: TurnInput): Promise<TurnOutput> {
    const config = { configurable: { thread_id: patientId } };
    const id = input.kind === 'message' ? input.messageId : input.eventId;
    const before = (await this.graph.getState(config)).values as Partial<State>;
    if (before.lastTurn?.id === id) return { replies: before.lastTurn.replies, actions: before.lastTurn.actions };
    // One checkpoint per turn, written when the turn completes: a turn that dies half-way leaves
    // the previous checkpoint, and its retry starts from there.
    const after = (await this.graph.invoke({ input, replies: RESET, actions: RESET }, { ...config, durability: 'exit' })) as State;
    return { replies: after.replies, actions: after.actions };
  }

  /** The patient's flow and step, for the operator API and tests. */
  async position(patientId: string): Promise<{ flow: string; step: string } | null> {
    const values = (await this.graph.getState({ configurable: { thread_id: patientId } })).values as Partial<State>;
    return values.flow ? { flow: values.flow, step: values.step ?? 'start' } : null;
  }

  /**
   * What the conversation keeps about the patient (their profile, saved plans and records, where
   * they are in a flow), for an export: the turn's own working values are left out.
   */
  async saved(patientId: string): Promise<Record<string, unknown> | null> {
    const values = (await this.graph.getState({ configurable: { thread_id: patientId } })).values as Partial<State> & Record<string, unknown>;
    if (!values.flow && !values.profile) return null;
    const { input: _input, replies: _replies, actions: _actions, lastTurn: _lastTurn, ...kept } = values;
    return kept;
  }

  /** Deletes every checkpoint of the patient's conversation (erasure). Idempotent. */
  async forget(patientId: string): Promise<void> {
    await this.checkpointer.deleteThread(patientId);
  }
}
