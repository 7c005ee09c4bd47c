import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));
const url = optionalString.pipe(z.url().optional());

/**
 * Every setting the service reads, validated once at start-up. A bad value stops the process with
 * a message that names the variable. `.env.example` documents each one; keep them in step.
 */
export const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().default('127.0.0.1'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    DATA_DIR: z.string().default('./data'),
    DATABASE_URL: optionalString.pipe(z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL').optional()),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(2).max(100).default(10),
    PUBLIC_URL: url,
    SESSION_SECRET: optionalString.pipe(z.string().min(32, 'must be at least 32 characters').optional()),
    ENCRYPTION_KEY: optionalString,
    ENCRYPTION_KEYS_RETIRED: optionalString,
    LOOKUP_KEY: optionalString,
    WEB_SESSION_TTL_S: z.coerce.number().int().min(60).default(60 * 60 * 24 * 30),
    WEB_ALLOWED_ORIGINS: optionalString,
    WEB_SESSION_RATE_PER_MIN: z.coerce.number().int().min(1).max(100_000).default(30),
    WEB_MESSAGE_RATE_PER_MIN: z.coerce.number().int().min(1).max(100_000).default(60),
    TRUST_PROXY: optionalString.pipe(
      z
        .string()
        .refine((v) => parseTrustProxy(v) !== null, 'must be the proxies\' addresses (10.0.0.1, 10.0.0.0/8, loopback, …), not true: trusting every hop lets any client choose its address')
        .optional(),
    ),
    DEFAULT_LOCALE: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'must look like en-US').default('en-US'),
    DEFAULT_TIMEZONE: z.string().default('UTC'),
    BOT_NAME: z.string().min(1).default('Companion'),
    /** Local hours in which no check-in or activity follow-up is sent (it waits until they end); a patient's own setting wins. */
    QUIET_HOURS: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM-HH:MM (24-hour), e.g. 21:00-08:00')
      .default('21:00-08:00'),
    /** Offer the PHQ-9 and the GAD-7 at a check-in when the last one is this many days old (0: only when asked). */
    QUESTIONNAIRE_EVERY_DAYS: z.coerce.number().int().min(0).max(365).default(14),
    /** One gentle reminder this many hours after a check-in nobody answered (0: none). */
    CHECK_IN_REMINDER_AFTER_H: z.coerce.number().min(0).max(12).default(3),
    CLINIC_NAME: optionalString,
    CLINIC_CONTACT: optionalString,
    CONTENT_ALLOW_DRAFT: bool.optional(),
    WORKER_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(500),
    WORKER_ENABLED: bool.default(true),
    ADMIN_TOKEN: optionalString.pipe(
      z
        .string()
        .min(16, 'must be at least 16 characters')
        .refine((t) => tokenStrength(t) >= 64, 'is too easy to guess: use a long random value (for example `openssl rand -base64 32`)')
        .optional(),
    ),
    OPENAI_API_KEY: optionalString,
    OPENAI_BASE_URL: url,
    OPENAI_MODEL: z.string().default('gpt-4o-mini'),
    LLM_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(4000),
    OPENAI_EMBEDDINGS_MODEL: optionalString,
    MICROSOFT_APP_ID: optionalString,
    MICROSOFT_APP_PASSWORD: optionalString,
    MICROSOFT_APP_TENANT_ID: optionalString,
    MICROSOFT_APP_TYPE: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('SingleTenant'),
    TEAMS_EMULATOR: bool.default(false),
    ESCALATION_ACK_TIMEOUT_S: z.coerce.number().min(1).max(86_400).default(300),
    TWILIO_ACCOUNT_SID: optionalString.pipe(z.string().regex(/^AC[0-9a-fA-F]{32}$/, 'must be an Account SID (AC…)').optional()),
    TWILIO_AUTH_TOKEN: optionalString,
    TWILIO_MESSAGING_SERVICE_SID: optionalString.pipe(z.string().regex(/^MG[0-9a-fA-F]{32}$/, 'must be a Messaging Service SID (MG…)').optional()),
    TWILIO_FROM_NUMBER: optionalString.pipe(z.string().regex(/^\+[1-9]\d{6,14}$/, 'must be an E.164 number like +15550001234').optional()),
    SMS_ENROLMENT: z.enum(['open', 'invite']).default('invite'),
  })
  .superRefine((c, ctx) => {
    const production = c.NODE_ENV === 'production';
    if (production && !c.MICROSOFT_APP_ID) {
      ctx.addIssue({
        code: 'custom',
        path: ['MICROSOFT_APP_ID'],
        message: 'is required in production: escalations reach clinicians through Teams',
      });
    }
    if (production && c.TEAMS_EMULATOR) {
      ctx.addIssue({ code: 'custom', path: ['TEAMS_EMULATOR'], message: 'is refused in production: it accepts unauthenticated Teams activities' });
    }
    if (c.MICROSOFT_APP_ID && !c.MICROSOFT_APP_PASSWORD && c.MICROSOFT_APP_TYPE !== 'UserAssignedMSI') {
      ctx.addIssue({ code: 'custom', path: ['MICROSOFT_APP_PASSWORD'], message: 'is required when MICROSOFT_APP_ID is set' });
    }
    if (c.MICROSOFT_APP_ID && c.MICROSOFT_APP_TYPE === 'SingleTenant' && !c.MICROSOFT_APP_TENANT_ID) {
      ctx.addIssue({ code: 'custom', path: ['MICROSOFT_APP_TENANT_ID'], message: 'is required for a SingleTenant bot' });
    }
    if (production && c.DATABASE_URL && (!c.SESSION_SECRET || !c.ENCRYPTION_KEY || !c.LOOKUP_KEY)) {
      ctx.addIssue({
        code: 'custom',
        path: [!c.SESSION_SECRET ? 'SESSION_SECRET' : !c.ENCRYPTION_KEY ? 'ENCRYPTION_KEY' : 'LOOKUP_KEY'],
        message: 'is required in production with DATABASE_URL: every process must share it',
      });
    }
    for (const key of ['ENCRYPTION_KEY', 'LOOKUP_KEY'] as const) {
      const value = c[key];
      if (value && !validKey(value)) ctx.addIssue({ code: 'custom', path: [key], message: 'must be 32 bytes, base64 or hex (for example `openssl rand -base64 32`)' });
    }
    const twilio = [c.TWILIO_ACCOUNT_SID, c.TWILIO_AUTH_TOKEN].filter(Boolean).length;
    if (twilio === 1) {
      ctx.addIssue({ code: 'custom', path: [c.TWILIO_ACCOUNT_SID ? 'TWILIO_AUTH_TOKEN' : 'TWILIO_ACCOUNT_SID'], message: 'is required with the other Twilio credential' });
    }
    if (twilio === 2 && !c.TWILIO_MESSAGING_SERVICE_SID && !c.TWILIO_FROM_NUMBER) {
      ctx.addIssue({ code: 'custom', path: ['TWILIO_FROM_NUMBER'], message: 'or TWILIO_MESSAGING_SERVICE_SID is required to send SMS' });
    }
    if (twilio === 2 && !c.PUBLIC_URL) {
      ctx.addIssue({ code: 'custom', path: ['PUBLIC_URL'], message: 'is required for SMS: Twilio signatures are computed on the public URL' });
    }
  });

export type Config = z.infer<typeof configSchema>;

function validKey(value: string): boolean {
  const hex = value.length === 64 && /^[0-9a-f]+$/i.test(value);
  return Buffer.from(value, hex ? 'hex' : 'base64').length === 32;
}

/**
 * A rough strength of a secret in bits: its length times the Shannon entropy of its own characters.
 * "aaaaaaaaaaaaaaaaaaaa" or "1212121212121212" score low; 16+ random base64 characters score 64+.
 */
export function tokenStrength(token: string): number {
  const counts = new Map<string, number>();
  for (const ch of token) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let perChar = 0;
  for (const n of counts.values()) perChar -= (n / token.length) * Math.log2(n / token.length);
  return counts.size < 8 ? 0 : perChar * token.length;
}

const IPV4 = /^(\d{1,3})(\.\d{1,3}){3}(\/\d{1,2})?$/;
const IPV6 = /^[0-9a-f:]*:[0-9a-f:.]*(\/\d{1,3})?$/i;

/**
 * Which proxies in front of the service are believed about the client's address (fastify's
 * `trustProxy`): the proxies' addresses or ranges (proxy-addr's names `loopback`, `linklocal`,
 * `uniquelocal` too). Never every hop, or any client could pick its own address with an
 * `X-Forwarded-For` header and walk past per-address limits; and not a hop count, which fastify
 * takes as trusting no one. Null when the value is none of these.
 */
export function parseTrustProxy(value: string | undefined): false | string[] | null {
  if (value === undefined || /^(false|no|off)$/i.test(value)) return false;
  const addresses = value.split(',').map((a) => a.trim()).filter(Boolean);
  if (addresses.length === 0 || !addresses.every((a) => IPV4.test(a) || IPV6.test(a) || a === 'loopback' || a === 'uniquelocal' || a === 'linklocal')) return null;
  return addresses;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads config from an environment; throws a ConfigError naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const result = configSchema.safeParse(env);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `  ${i.path.join('.') || '(config)'}: ${i.message}`);
  throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
}

/** A config for tests and tools: the defaults, plus what the caller sets. */
export function testConfig(overrides: Partial<Record<keyof Config, string>> = {}): Config {
  return loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', WORKER_ENABLED: 'false', ...overrides });
}

export function smsEnabled(c: Config): boolean {
  return Boolean(c.TWILIO_ACCOUNT_SID && c.TWILIO_AUTH_TOKEN && (c.TWILIO_MESSAGING_SERVICE_SID || c.TWILIO_FROM_NUMBER));
}
