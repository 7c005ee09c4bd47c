import { ConfigError, loadConfig } from './config.js';
import { createRuntime } from './runtime.js';
import { warnIfNobodyOnCall } from './startup-checks.js';

/** Boots the service: config, services, HTTP, background loops; stops them in reverse on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  // Every file the service creates (the embedded database, keys) is readable by its own user only.
  process.umask(0o077);
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw err;
  }
  const runtime = await createRuntime(config);
  const { svc, app, background } = runtime;
  if (config.WORKER_ENABLED) background.start();

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    svc.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    try {
      await runtime.close();
    } finally {
      process.exit(0);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));

  if (!svc.smsEnabled) svc.log.info('SMS channel off: set TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_FROM_NUMBER or TWILIO_MESSAGING_SERVICE_SID, and PUBLIC_URL to turn it on');
  if (config.TEAMS_EMULATOR && !config.MICROSOFT_APP_ID) {
    svc.log.warn('TEAMS EMULATOR MODE: /api/teams/messages accepts UNAUTHENTICATED activities (from a loopback serviceUrl only). For local development; never in production. Set MICROSOFT_APP_ID to authenticate.');
  } else if (!config.MICROSOFT_APP_ID) svc.log.info('Teams channel off: set MICROSOFT_APP_ID, MICROSOFT_APP_PASSWORD and MICROSOFT_APP_TENANT_ID (or TEAMS_EMULATOR=true for local development)');
  if (!config.ADMIN_TOKEN) svc.log.info('operator API off: set ADMIN_TOKEN to manage clinicians, shifts and enrolment');
  await warnIfNobodyOnCall(svc);
  await app.listen({ port: config.PORT, host: config.HOST });
  svc.log.info(
    { database: svc.database.kind, sms: svc.smsEnabled, llm: Boolean(config.OPENAI_API_KEY), teamsAuth: Boolean(config.MICROSOFT_APP_ID) },
    'ready',
  );
}

main().catch((err: unknown) => {
  process.stderr.write(`failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
