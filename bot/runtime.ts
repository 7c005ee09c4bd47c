import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import { Background } from './background.js';
import type { Config } from './config.js';
import type { Sender } from './outbox/outbox-worker.js';
import type { ServiceOptions, Services } from './services.js';
import { createServices } from './services.js';

/** The assembled service: what main.ts boots and what tests drive. */
export interface Runtime {
  svc: Services;
  app: FastifyInstance;
  background: Background;
  /** Stops HTTP, the loops and the database, in that order. */
  close(): Promise<void>;
}

export async function createRuntime(config: Config, options: ServiceOptions = {}): Promise<Runtime> {
  const svc = await createServices(config, options);
  const senders: Record<string, Sender> = {};
  const background = new Background(svc, senders);
  const app = await buildApp(svc);
  return {
    svc,
    app,
    background,
    async close() {
      await app.close();
      await background.stop();
      await svc.database.close();
    },
  };
}
