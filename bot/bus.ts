import { EventEmitter } from 'node:events';

/**
 * Tells in-process listeners (the widget's event stream) that a patient has new messages, after
 * the transaction that stored them commits. Other processes' writes are picked up by polling.
 */
export class MessageBus {
  readonly #emitter = new EventEmitter();

  constructor() {
    this.#emitter.setMaxListeners(0);
  }

  notify(patientId: string): void {
    this.#emitter.emit(patientId);
  }

  subscribe(patientId: string, listener: () => void): () => void {
    this.#emitter.on(patientId, listener);
    return () => this.#emitter.off(patientId, listener);
  }
}
