import type { Logger } from 'pino';

/**
 * A background loop: runs `work` every `intervalMs`, or at once when kicked, never overlapping
 * itself; keeps going while `work` reports it did something. Errors are logged and the loop goes on.
 */
export class Loop {
  #timer: NodeJS.Timeout | null = null;
  #running: Promise<void> | null = null;
  #again = false;
  #stopped = true;
  /** Consecutive failures: the wait grows with them, so a broken dependency is not hammered. */
  #failures = 0;

  constructor(
    readonly name: string,
    private readonly work: () => Promise<number>,
    private readonly intervalMs: number,
    private readonly log: Logger,
  ) {}

  start(): void {
    this.#stopped = false;
    this.kick();
  }

  kick(): void {
    if (this.#stopped) return;
    if (this.#running) {
      this.#again = true;
      return;
    }
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    this.#running = this.#run().finally(() => {
      this.#running = null;
      if (this.#stopped) return;
      if (this.#again) {
        this.#again = false;
        this.kick();
      } else {
        const wait = this.#failures === 0 ? this.intervalMs : Math.min(30_000, this.intervalMs * 2 ** this.#failures);
        this.#timer = setTimeout(() => this.kick(), wait);
        this.#timer.unref();
      }
    });
  }

  async #run(): Promise<void> {
    try {
      // Drain: keep going while there is work, up to a bound so a flood can't starve the event loop.
      for (let i = 0; i < 20 && !this.#stopped && (await this.work()) > 0; i++);
      this.#failures = 0;
    } catch (err) {
      this.#failures += 1;
      this.#again = false;
      this.log.error({ err, loop: this.name, failures: this.#failures }, 'background loop failed; will retry');
    }
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    await this.#running;
  }
}
