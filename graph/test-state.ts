import type { State } from './state.js';
import type { FlowId } from './types.js';

/** For unit tests of flows and routing: a conversation state at `flow`/`step`, everything else at rest. */
export function testState(flow: FlowId, step: string, extra: Partial<State> = {}): State {
  return {
    input: null,
    replies: [],
    actions: [],
    flow,
    step,
    data: {},
    skip: false,
    entering: null,
    returnTo: null,
    profile: { onboarded: true },
    watchUntil: null,
    suspended: null,
    resuming: false,
    replaying: null,
    drafts: {},
    checkInDue: false,
    questionnaireDue: null,
    followUpDue: false,
    bracket: null,
    lastMessageAt: null,
    lastTurn: null,
    ...extra,
  };
}
