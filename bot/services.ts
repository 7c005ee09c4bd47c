import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { eq, isNotNull } from 'drizzle-orm';
import type { DestinationStream, Logger } from 'pino';
import { pino } from 'pino';
import { safeError } from './log-safety.js';
import type { Database, Db } from '../db/client.js';
import { openDatabase } from '../db/client.js';
import type { FieldCrypto } from '../db/field-crypto.js';
import { createFieldCrypto } from '../db/field-crypto.js';
import { sealLegacyHealthFields } from '../db/seal-legacy.js';
import { migrate } from '../db/migrate.js';
import { channelIdentities } from '../db/schema/index.js';
import { ingestWithFallback } from '../content/ingest.js';
import { libraryEmbedders } from '../content/openai-embedder.js';
import { readLibrary } from '../content/library-files.js';
import { searchContent } from '../content/retrieve.js';
import type { CrisisReplyKind, CrisisResources } from '../escalation/crisis/crisis-replies.js';
import { childLines, crisisReply, loadCrisisResources } from '../escalation/crisis/crisis-replies.js';
import { screen } from '../escalation/screener/index.js';
import type { Screener } from '../escalation/screening.js';
import { createCheckpointer } from '../graph/checkpointer.js';
import { ConversationEngine } from '../graph/engine.js';
import type { Llm } from '../graph/llm.js';
import { createLlm } from '../graph/llm.js';
import type { SafetyText } from '../graph/flow.js';
import { MessageBus } from './bus.js';
import type { Clock } from './clock.js';
import { systemClock } from './clock.js';
import type { Config } from './config.js';
import { smsEnabled } from './config.js';
import { Metrics } from './metrics.js';
import type { Prometheus } from './prometheus.js';
import { createPrometheus } from './prometheus.js';
import { loadSecrets } from './secrets.js';

/** Everything the routes and workers use, built once at start-up and passed explicitly. */
export interface Services {
  config: Config;
  database: Database;
  db: Db;
  crypto: FieldCrypto;
  sessionSecret: Buffer;
  clock: Clock;
  log: Logger;
  screen: Screener;
  crisis: CrisisResources;
  engine: ConversationEngine;
  bus: MessageBus;
  metrics: Metrics;
  /** Prometheus metrics: this instance's own registry. */
  prometheus: Prometheus;
  /** Present when OPENAI_API_KEY is set. */
  llm: Llm | undefined;
  /** Names this process in leases, so a crashed process's work is taken over after the lease ends. */
  instanceId: string;
  /** Asks the background worker to run now (after a commit that created work). */
  kick(): void;
  /** Crisis text for a patient's locale. */
  crisisText(kind: CrisisReplyKind, locale: string): string;
  smsEnabled: boolean;
}

export interface ServiceOptions {
  clock?: Clock;
  log?: Logger;
  /** An already-open database (tests start from a migrated snapshot). */
  database?: Database;
}

/** The service's logger; `destination` lets a test read exactly what production would write. */
export function createLogger(config: Config, destination?: DestinationStream): Logger {
  const options = {
    level: config.LOG_LEVEL,
    // Belt and braces: nothing we log should carry these, but if a header or body slips in, it is cut.
    redact: {
      paths: ['req.headers.authorization', 'req.headers["x-twilio-signature"]', 'text', 'body', 'phone', 'name', 'From', 'To', 'Body', '*.params', '*.detail', '*.query'],
      censor: '[redacted]',
    },
    // Errors keep their kind, code and where they happened, never the data (log-safety.ts).
    serializers: { err: safeError, error: safeError },
  };
  return destination ? pino(options, destination) : pino(options);
}

export async function createServices(config: Config, options: ServiceOptions = {}): Promise<Services> {
  const log = options.log ?? createLogger(config);
  const secrets = loadSecrets(config);
  const crypto = createFieldCrypto(secrets.encryptionKeys, secrets.lookupKey);
  const database =
    options.database ??
    (await openDatabase({
      ...(config.DATABASE_URL ? { url: config.DATABASE_URL, poolSize: config.DATABASE_POOL_SIZE } : { dataDir: join(config.DATA_DIR, 'pgdata') }),
      // A dropped connection is logged and replaced; readiness reports the outage meanwhile.
      onConnectionError: (err) => log.warn({ err }, 'database connection lost; it will be reopened'),
    }));
  const library = readLibrary();
  const { preferred: preferredEmbedder, local: localEmbedder } = libraryEmbedders(config, library, 30_000);
  const { checkpointer, embedder } = await database.exclusive(async () => {
    await migrate(database);
    const ingested = await ingestWithFallback(database.db, library, preferredEmbedder, localEmbedder);
    if (ingested.failed) log.warn({ err: ingested.failed instanceof Error ? ingested.failed.name : 'error', embedder: preferredEmbedder.id }, 'embedding provider failed; the library uses the local embedder until the next start');
    const { added, updated, unchanged, removed } = ingested.result;
    if (added + updated + removed > 0) log.info({ added, updated, unchanged, removed, embedder: ingested.embedder.id }, 'content library ingested');
    // Phone lookup hashes made under another lookup key (a folder from before LOOKUP_KEY, or a
    // legacy key derived from a rotated ENCRYPTION_KEY): recomputed from the encrypted numbers.
    const rehashed = await rehashAddresses(database, crypto);
    if (rehashed > 0) log.info({ rehashed }, 'phone lookup hashes recomputed under the current lookup key');
    const sealed = await sealLegacyHealthFields(database.db, crypto);
    if (sealed.cssrs + sealed.notes + sealed.scores > 0) log.info(sealed, 'health data stored in plaintext by an older version is now encrypted');
    return { checkpointer: await createCheckpointer(database.checkpointPool, crypto), embedder: ingested.embedder };
  });
  // Draft articles (not yet approved by a clinician) are served outside production only, unless set.
  const allowDraft = config.CONTENT_ALLOW_DRAFT ?? config.NODE_ENV !== 'production';
  const crisis = loadCrisisResources();
  if (crisis.status !== 'approved') log.warn({ version: crisis.version }, 'crisis resources are not yet approved by a clinician (escalation/crisis/resources.json)');
  const crisisText = (kind: CrisisReplyKind, locale: string) =>
    crisisReply(crisis, kind, { locale, clinicLocale: config.DEFAULT_LOCALE, clinic: config.CLINIC_NAME }).text;
  const safetyText = (locale: string): SafetyText => ({
    crisisLine: crisisText('short', locale),
    emergencyLine: crisisText('emergency', locale),
    lines: crisisText('lines', locale),
    resources: crisisText('resources', locale),
    childLines: childLines(crisis, { locale, clinicLocale: config.DEFAULT_LOCALE }),
  });
  const metrics = new Metrics();
  const llm = config.OPENAI_API_KEY
    ? createLlm({
        apiKey: config.OPENAI_API_KEY,
        baseURL: config.OPENAI_BASE_URL,
        model: config.OPENAI_MODEL,
        timeoutMs: config.LLM_TIMEOUT_MS,
        onBlocked: (rule) => {
          metrics.increment(`guard.blocked.llm.${rule}`);
          log.warn({ rule }, 'output guard discarded a generated reply; the script answers instead');
        },
        onError: (err) => {
          metrics.increment('llm.fallback');
          log.warn({ err: err instanceof Error ? err.name : 'error' }, 'LLM unavailable or slow; the script answers instead');
        },
      })
    : undefined;
  const engine = new ConversationEngine(
    {
      botName: config.BOT_NAME,
      clinicName: config.CLINIC_NAME,
      safetyText,
      llm,
      searchContent: (query, language) =>
        searchContent(database, embedder, query, {
          language,
          allowDraft,
          onEmbedError: (err) => {
            metrics.increment('content.embed_fallback');
            log.warn({ err: err instanceof Error ? err.name : 'error' }, 'embedding a question failed; the library is searched by full text alone');
          },
        }),
    },
    checkpointer,
  );
  const services: Services = {
    config,
    database,
    db: database.db,
    crypto,
    sessionSecret: secrets.sessionSecret,
    clock: options.clock ?? systemClock,
    log,
    screen,
    crisis,
    engine,
    bus: new MessageBus(),
    metrics,
    prometheus: createPrometheus(database, metrics),
    llm,
    instanceId: randomUUID(),
    kick: () => {},
    crisisText,
    smsEnabled: smsEnabled(config),
  };
  return services;
}

/** Recomputes each stored phone number's lookup hash where it differs (returns how many changed). */
async function rehashAddresses(database: Database, crypto: FieldCrypto): Promise<number> {
  const rows = await database.db
    .select({ id: channelIdentities.id, hash: channelIdentities.addressHash, enc: channelIdentities.addressEnc })
    .from(channelIdentities)
    .where(isNotNull(channelIdentities.addressEnc));
  let changed = 0;
  for (const row of rows) {
    let hash: string;
    try {
      hash = crypto.hash(crypto.decrypt(row.enc!));
    } catch {
      continue; // a value no key here can read: left as it is
    }
    if (hash === row.hash) continue;
    await database.db.update(channelIdentities).set({ addressHash: hash }).where(eq(channelIdentities.id, row.id));
    changed += 1;
  }
  return changed;
}
