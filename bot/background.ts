import { pageDueEscalations } from '../escalation/paging.js';
import { runDueCheckIns, runDueFollowUps, runDueReminders } from './check-ins.js';
import type { Sender } from './outbox/outbox-worker.js';
import { OutboxWorker } from './outbox/outbox-worker.js';
import type { Services } from './services.js';
import { processPendingTurns } from './turn/process.js';
import { Loop } from './worker.js';

/**
 * The work that happens after a request has been answered, in two loops so a slow turn (an LLM
 * call) never delays a page: `safety` pages due escalations and delivers the outbox; `turns` runs
 * the graph for accepted messages. Both claim their work in the database, so any number of
 * processes can run them.
 */
export class Background {
  readonly outbox: OutboxWorker;
  readonly #loops: Loop[];

  constructor(
    private readonly svc: Services,
    senders: Readonly<Record<string, Sender>>,
  ) {
    this.outbox = new OutboxWorker(svc, senders);
    const every = svc.config.WORKER_POLL_MS;
    this.#loops = [
      new Loop('safety', () => this.safetyPass(), every, svc.log),
      new Loop('turns', () => this.turnPass(), every, svc.log),
      new Loop('check-ins', () => this.checkInPass(), Math.max(every, 5_000), svc.log),
    ];
  }

  async safetyPass(): Promise<number> {
    const outcomes = await pageDueEscalations(this.svc.db, this.svc.clock.now(), {
      ackTimeoutMs: this.svc.config.ESCALATION_ACK_TIMEOUT_S * 1000,
      smsFallback: this.svc.smsEnabled,
    });
    for (const o of outcomes) {
      if (o.paged) {
        if (o.firstPageAfterMs !== null) this.svc.prometheus.pageSeconds.observe(o.firstPageAfterMs / 1000);
        continue;
      }
      this.svc.metrics.increment('escalation.nobody_to_page');
      // Someone may be in danger and no clinician can be reached: an operator must see this.
      if (o.first) this.svc.log.error({ escalationId: o.escalationId, patientId: o.patientId }, 'escalation opened but nobody could be paged: no clinician on call or reachable');
    }
    return outcomes.filter((o) => o.paged).length + (await this.outbox.runDue());
  }

  /** A safety pass that never overlaps itself (the turn workers call it between patients). */
  #safety: Promise<number> | null = null;
  safetyPassOnce(): Promise<number> {
    this.#safety ??= this.safetyPass().finally(() => (this.#safety = null));
    return this.#safety;
  }

  /** Check-ins and activity follow-ups become turn events; the turns loop runs them. */
  async checkInPass(): Promise<number> {
    const started = (await runDueCheckIns(this.svc)) + (await runDueFollowUps(this.svc)) + (await runDueReminders(this.svc));
    if (started > 0) this.#loops[1]?.kick();
    return started;
  }

  async turnPass(): Promise<number> {
    const turns = await processPendingTurns(this.svc, 50, () => this.safetyPassOnce());
    // Replies for SMS and relays to Teams were just queued: deliver them without waiting a tick.
    if (turns > 0) this.kickSafety();
    return turns;
  }

  /** Everything that is due, until nothing is (tests and one-shot tools). */
  async runOnce(): Promise<void> {
    for (let i = 0; i < 50; i++) {
      const done = (await this.checkInPass()) + (await this.safetyPass()) + (await this.turnPass()) + (await this.safetyPass());
      if (done === 0) return;
    }
  }

  start(): void {
    // Deferred a turn of the event loop: the request that created the work answers first.
    this.svc.kick = () =>
      void setImmediate(() => {
        for (const loop of this.#loops) loop.kick();
      });
    for (const loop of this.#loops) loop.start();
  }

  kickSafety(): void {
    this.#loops[0]?.kick();
  }

  async stop(): Promise<void> {
    this.svc.kick = () => {};
    await Promise.all(this.#loops.map((l) => l.stop()));
  }
}
