import { copyFor } from '../copy/index.js';
import type { Flow, FlowContext, StepResult } from '../flow.js';
import type { State } from '../state.js';
import { testState } from '../test-state.js';
import type { Reply, TurnAction } from '../types.js';

/** For the questionnaire's tests: a FlowContext built by hand (no graph, no database). */
export interface ContextOptions {
  text?: string;
  step?: string;
  data?: Record<string, unknown>;
  locale?: string;
  channel?: 'web' | 'sms';
  now?: Date;
  clinicName?: string;
}

export function flowContext(options: ContextOptions = {}): FlowContext {
  const locale = options.locale ?? 'en-US';
  const copy = copyFor(locale);
  const state: State = testState('questionnaire', options.step ?? 'start', { data: options.data ?? {} });
  return {
    checkIns: null,
    texts: 'off',
    quietHours: '21:00-08:00',
    state,
    text: options.text ?? '',
    now: options.now ?? new Date('2025-03-10T15:00:00Z'),
    copy,
    safety: {
      crisisLine: 'call or text 988',
      emergencyLine: 'call 911 now',
      lines: 'call or text 988',
      resources: 'Call or text 988, or call 911 in an emergency.',
    },
    botName: 'Sam',
    clinicName: options.clinicName ?? copy.defaultClinic,
    activeEscalation: false,
    escalation: null,
    onCall: true,
    screening: null,
    language: locale.split('-')[0] ?? 'en',
    locale,
    channel: options.channel ?? 'web',
    timezone: 'America/New_York',
  };
}

/**
 * Plays a flow the way the graph does: `start` on entering, `reply` for each message, keeping the
 * step and data a result leaves, until the flow finishes or goes elsewhere.
 */
export class FlowDriver {
  step = 'start';
  data: Record<string, unknown> = {};
  last: StepResult = {};
  left = false;

  constructor(
    private readonly flow: Flow,
    private readonly options: Omit<ContextOptions, 'text' | 'step' | 'data'> = {},
  ) {}

  async start(text = ''): Promise<StepResult> {
    return this.apply(await this.flow.start(this.context(text)));
  }

  async send(text: string): Promise<StepResult> {
    if (this.left) throw new Error('the flow has already finished');
    return this.apply(await this.flow.reply(this.context(text)));
  }

  async resume(options: Partial<ContextOptions> = {}): Promise<StepResult> {
    if (!this.flow.resume) throw new Error('the flow cannot resume');
    return this.apply(await this.flow.resume(flowContext({ ...this.options, ...options, step: this.step, data: this.data })));
  }

  /** The texts said by the last result. */
  get said(): string[] {
    return (this.last.say ?? []).map((r: Reply) => r.text);
  }

  get actions(): TurnAction[] {
    return this.last.actions ?? [];
  }

  private context(text: string): FlowContext {
    return flowContext({ ...this.options, text, step: this.step, data: this.data });
  }

  private apply(result: StepResult): StepResult {
    this.last = result;
    if (result.finish || result.goto) {
      this.left = true;
      return result;
    }
    if (result.step !== undefined) this.step = result.step;
    if (result.data !== undefined) this.data = result.data;
    return result;
  }
}
