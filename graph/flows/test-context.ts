import { copyFor } from '../copy/index.js';
import type { Flow, FlowContext, StepResult } from '../flow.js';
import type { State } from '../state.js';
import { testState } from '../test-state.js';
import type { TurnAction } from '../types.js';

/** For flow unit tests: builds contexts directly (no graph, no database) and plays a conversation. */

export interface ChatOptions {
  locale?: string;
  channel?: 'web' | 'sms';
  timezone?: string;
  /** The clock: every turn happens at this instant. */
  now?: Date;
}

/** Wednesday 4 March 2026, 10:00 in New York (15:00 UTC). */
export const WEDNESDAY_MORNING = new Date('2026-03-04T15:00:00Z');

export function flowContext(flow: Flow, text: string, at: { step: string; data: Record<string, unknown>; entering: boolean }, options: ChatOptions = {}): FlowContext {
  const locale = options.locale ?? 'en-US';
  const channel = options.channel ?? 'web';
  const timezone = options.timezone ?? 'America/New_York';
  const now = options.now ?? WEDNESDAY_MORNING;
  const context = { activeEscalation: false, escalation: null, onCall: true, channel, locale, timezone };
  const state: State = testState(flow.id, at.step, {
    input: { kind: 'message', messageId: 'test-message', text, screening: { level: 'none', categories: [], signals: [], version: 'test' }, at: now.toISOString(), context },
    data: at.data,
    entering: at.entering ? flow.id : null,
  });
  const copy = copyFor(locale);
  return {
    checkIns: null,
    texts: 'off',
    quietHours: '21:00-08:00',
    state,
    text,
    now,
    copy,
    safety: { crisisLine: 'call or text 988', emergencyLine: 'call 911', lines: 'call or text 988', resources: 'Call or text 988.' },
    botName: 'Sam',
    clinicName: copy.defaultClinic,
    activeEscalation: false,
    escalation: null,
    onCall: true,
    screening: null,
    language: locale.split('-')[0] ?? 'en',
    locale,
    channel,
    timezone,
  };
}

/** A conversation with one flow: `start`, then `send` each message, keeping step and data as the graph does. */
export class Chat {
  step = 'start';
  data: Record<string, unknown> = {};
  finished = false;
  /** The texts of the last turn's replies. */
  said: string[] = [];
  last: StepResult = {};
  actions: TurnAction[] = [];

  constructor(
    private readonly flow: Flow,
    private readonly options: ChatOptions = {},
  ) {}

  async start(text = ''): Promise<string[]> {
    return this.apply(await this.flow.start(flowContext(this.flow, text, { step: 'start', data: {}, entering: true }, this.options)));
  }

  async send(text: string): Promise<string[]> {
    if (this.finished) throw new Error('the flow has finished');
    return this.apply(await this.flow.reply(flowContext(this.flow, text, { step: this.step, data: this.data, entering: false }, this.options)));
  }

  /** As after a safety follow-up paused the exercise: the flow picks up where it was. */
  async resume(): Promise<string[]> {
    if (!this.flow.resume) throw new Error('the flow cannot resume');
    return this.apply(await this.flow.resume(flowContext(this.flow, '', { step: this.step, data: this.data, entering: true }, this.options)));
  }

  /** Everything said in the last turn, as one string. */
  get text(): string {
    return this.said.join('\n');
  }

  /** The items of the record action, once the exercise has finished. */
  record(instrument: string): Record<string, unknown> {
    const action = this.actions.find((a) => a.type === 'record' && a.instrument === instrument);
    if (action?.type !== 'record') throw new Error(`no ${instrument} record`);
    return action.items;
  }

  private apply(result: StepResult): string[] {
    // The result must survive the checkpoint: plain JSON.
    if (result.data) this.data = JSON.parse(JSON.stringify(result.data)) as Record<string, unknown>;
    if (result.step !== undefined) this.step = result.step;
    if (result.finish) this.finished = true;
    this.actions.push(...(result.actions ?? []));
    this.last = result;
    this.said = (result.say ?? []).map((r) => r.text);
    return this.said;
  }
}
