/**
 * Acknowledgement: how many patient messages a second the service accepts (stored, screened, the
 * crisis path decided, answered 202 / empty TwiML), and its p99, on `POST /api/web/messages` and on a
 * Twilio-signed `POST /api/sms/inbound`, with autocannon, beside a bare fastify route measured the
 * same way in the same run. Every request is a new message (its own clientMessageId or MessageSid),
 * so the dedupe fast path is never what is measured; the turns it creates run in the background
 * while the load goes on, as they would.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import twilio from 'twilio';
import { json } from './util.js';

const PUBLIC_URL = 'https://cbt-bench.invalid';
const TWILIO_AUTH_TOKEN = 'bench-twilio-auth-token-0123456789';
/** SMS on, with open enrolment so a text is a full turn like a web message. Replies fail to send (no network): retried in the background. */
export const SMS_ENV = {
  TWILIO_ACCOUNT_SID: `AC${'0123456789abcdef'.repeat(2)}`,
  TWILIO_AUTH_TOKEN,
  TWILIO_FROM_NUMBER: '+15550001234',
  PUBLIC_URL,
  SMS_ENROLMENT: 'open',
};
const PATIENTS = 50;
const CONNECTIONS = 10;
const TEXT = 'work was rough today and I keep going over what my boss said';

export interface LoadFigures {
  rps: number;
  p99Ms: number;
  ok: number;
  failed: number;
}

interface Request {
  path: string;
  headers: Record<string, string>;
  body: string;
}

/** `seconds` of load from CONNECTIONS connections after a one-second warm-up; a new request each time. */
async function load(origin: string, next: () => Request, seconds: number): Promise<LoadFigures> {
  const run = (duration: number) =>
    autocannon({
      url: origin,
      connections: CONNECTIONS,
      duration,
      requests: [{ method: 'POST', setupRequest: (req) => ({ ...req, ...next() }) }],
    });
  await run(1);
  const r = await run(seconds);
  const ok = r['2xx'];
  return { rps: Math.round(ok / seconds), p99Ms: r.latency.p99, ok, failed: r.non2xx + r.errors + r.timeouts };
}

/** The bare route in its own process; `stop` ends that process. */
export async function startBare(): Promise<{ origin: string; stop(): Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/bare-server.ts'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [line] = await Promise.race([
    (async () => {
      for await (const l of createInterface({ input: child.stdout! })) return [l];
      return [];
    })(),
    new Promise<string[]>((_, reject) => setTimeout(() => reject(new Error('bare server did not start in 30 s')), 30_000)),
  ]);
  return {
    origin: `http://127.0.0.1:${Number(line)}`,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

export async function bareLoad(origin: string, seconds: number): Promise<LoadFigures> {
  let n = 0;
  return load(origin, () => ({ path: '/ack', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: TEXT, clientMessageId: `b${n++}` }) }), seconds);
}

/** The web channel: PATIENTS sessions taking turns, each request a new message. */
export async function webLoad(base: string, seconds: number): Promise<LoadFigures> {
  const tokens: string[] = [];
  for (let i = 0; i < PATIENTS; i++) {
    tokens.push((await json<{ token: string }>(await fetch(`${base}/api/web/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }))).token);
  }
  let n = 0;
  const run = `${Date.now()}`;
  return load(
    base,
    () => {
      n += 1;
      return {
        path: '/api/web/messages',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[n % PATIENTS]}` },
        body: JSON.stringify({ text: TEXT, clientMessageId: `ack-${run}-${n}` }),
      };
    },
    seconds,
  );
}

/** The SMS channel: PATIENTS numbers texting, each request signed as Twilio signs it. */
export async function smsLoad(base: string, seconds: number): Promise<LoadFigures> {
  let n = 0;
  const run = Date.now().toString(16).padStart(16, '0').slice(-16);
  return load(
    base,
    () => {
      n += 1;
      const form = {
        MessageSid: `SM${run}${n.toString(16).padStart(16, '0')}`,
        AccountSid: SMS_ENV.TWILIO_ACCOUNT_SID,
        From: `+1555020${String(n % PATIENTS).padStart(4, '0')}`,
        To: SMS_ENV.TWILIO_FROM_NUMBER,
        Body: TEXT,
        NumMedia: '0',
      };
      const signature = twilio.getExpectedTwilioSignature(TWILIO_AUTH_TOKEN, `${PUBLIC_URL}/api/sms/inbound`, form);
      return {
        path: '/api/sms/inbound',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature },
        body: new URLSearchParams(form).toString(),
      };
    },
    seconds,
  );
}
