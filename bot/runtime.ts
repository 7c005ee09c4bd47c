import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import { Background } from './background.js';
import type { Config } from './config.js';
import type { Sender } from './outbox/outbox-worker.js';
import type { ServiceOptions, Services } from './services.js';
import type { TeamsTransport } from './channels/teams/bot-framework.js';
import { createTeamsTransport } from './channels/teams/bot-framework.js';
import { teamsRoutes } from './channels/teams/routes.js';
import { teamsSenders } from './channels/teams/teams-senders.js';
import { teamsLogic } from './channels/teams/teams-logic.js';
import { adminRoutes } from './admin/routes.js';
import { adminOperatorRoutes } from './admin/operators.js';
import { adminPatientDataRoutes } from './admin/patient-data.js';
import { clinicalRoutes, fhirRoutes } from './clinical/routes.js';
import { adminPatientRoutes } from './admin/patients.js';
import { smsRoutes } from './channels/sms/routes.js';
import type { SmsApi } from './channels/sms/twilio-sender.js';
import { createTwilioApi, smsSenders } from './channels/sms/twilio-sender.js';
import { createServices } from './services.js';

/** The assembled service: what main.ts boots and what tests drive. */
export interface Runtime {
  svc: Services;
  app: FastifyInstance;
  background: Background;
  /** Stops HTTP, the loops and the database, in that order. */
  close(): Promise<void>;
}

export interface RuntimeOptions extends ServiceOptions {
  /** Replaces the Bot Framework transport (benchmarks use a local connector through the real one). */
  teamsTransport?: TeamsTransport;
  /** Replaces the Twilio REST client (benchmarks use a local fake). */
  smsApi?: SmsApi;
}

export async function createRuntime(config: Config, options: RuntimeOptions = {}): Promise<Runtime> {
  const svc = await createServices(config, options);
  const teams = options.teamsTransport ?? createTeamsTransport(config);
  const sms = svc.smsEnabled ? (options.smsApi ?? createTwilioApi(config)) : null;
  const senders: Record<string, Sender> = { ...teamsSenders(svc, teams), ...(sms ? smsSenders(svc, sms) : {}) };
  const background = new Background(svc, senders);
  const logic = teamsLogic(svc);
  const app = await buildApp(svc, [
    (a) => a.register(teamsRoutes, { svc, transport: teams, logic }),
    (a) => a.register(adminRoutes, { svc }),
    (a) => a.register(adminPatientRoutes, { svc }),
    (a) => a.register(adminOperatorRoutes, { svc }),
    (a) => a.register(adminPatientDataRoutes, { svc }),
    (a) => a.register(clinicalRoutes, { svc }),
    (a) => a.register(fhirRoutes, { svc }),
    (a) => a.register(smsRoutes, { svc }),
  ]);
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
