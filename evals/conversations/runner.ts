/**
 * Drives scripted conversations through the real path a patient's message takes: the HTTP API of
 * the web widget or a signed Twilio webhook → accept (dedupe, store, screen, crisis path) → the
 * turn worker (graph, replies, actions) → outbox. Each conversation gets a fresh embedded database
 * (a migrated snapshot), an injected clock and local fakes for Twilio and Teams: no network.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, desc, eq, gt, ne } from 'drizzle-orm';
import twilio from 'twilio';
import type { TeamsTransport } from '../../bot/channels/teams/bot-framework.js';
import type { SmsApi } from '../../bot/channels/sms/twilio-sender.js';
import { ManualClock } from '../../bot/clock.js';
import { testConfig } from '../../bot/config.js';
import type { Runtime } from '../../bot/runtime.js';
import { createRuntime } from '../../bot/runtime.js';
import { libraryEmbedder } from '../../content/embedder.js';
import { ingestLibrary } from '../../content/ingest.js';
import { readLibrary } from '../../content/library-files.js';
import { dumpPglite, openDatabase } from '../../db/client.js';
import { createFieldCrypto, generateKey, parseKey } from '../../db/field-crypto.js';
import { migrate } from '../../db/migrate.js';
import { escalations, messages } from '../../db/schema/index.js';
import { createCheckpointer } from '../../graph/checkpointer.js';
import { copyFor } from '../../graph/copy/index.js';
import { safetyQuestionTexts } from '../../graph/safety-questions.js';
import { CRISIS_REPLY_KINDS } from '../../escalation/crisis/crisis-replies.js';
import type { Conversation, Expectation, Turn } from './schema.js';

const ADMIN_TOKEN = `eval-admin-${randomBytes(8).toString('hex')}`;
const SMS = {
  PUBLIC_URL: 'https://companion.eval.invalid',
  TWILIO_ACCOUNT_SID: `AC${'e'.repeat(32)}`,
  TWILIO_AUTH_TOKEN: 'eval-twilio-auth-token',
  TWILIO_FROM_NUMBER: '+15550001000',
};
/** Where each conversation starts: a weekday afternoon, so nobody's quiet hours are in play. */
const START = '2026-03-04T15:00:00Z';
const TIMEZONES: Record<string, string> = { US: 'America/New_York', GB: 'Europe/London', ES: 'Europe/Madrid', MX: 'America/Mexico_City' };

export interface CheckResult {
  conversation: string;
  turn: number;
  key: keyof Expectation;
  ok: boolean;
  /** What was expected and what happened, for a person reading the failure. */
  expected: unknown;
  actual: unknown;
  kind: 'missed_crisis' | 'false_alarm' | 'not_understood' | 'other';
}

export interface TurnRecord {
  turn: number;
  input: string;
  replies: string[];
  escalation: 'none' | 'concern' | 'urgent';
}

export interface ConversationResult {
  id: string;
  checks: CheckResult[];
  transcript: TurnRecord[];
}

export interface Summary {
  conversations: number;
  checks: number;
  passed: number;
  failed: number;
  missed_crisis: number;
  false_alarms: number;
  not_understood: number;
  pass_rate: number;
}

/** A migrated, content-ingested embedded database, dumped once and loaded for each conversation. */
export async function prepareSnapshot(): Promise<Blob> {
  const db = await openDatabase({});
  try {
    await migrate(db);
    const library = readLibrary();
    const embedder = libraryEmbedder(library);
    await ingestLibrary(db.db, library, embedder);
    await createCheckpointer(db.checkpointPool, createFieldCrypto([parseKey(generateKey())]));
    return await dumpPglite(db);
  } finally {
    await db.close();
  }
}

/** Teams as the eval needs it: clinicians can greet the bot, and pages are recorded, never sent. */
function localTeams(): TeamsTransport {
  let n = 0;
  return {
    async handle(request, logic) {
      const body = request.body as { text: string; from: { aadObjectId: string }; conversation: { id: string }; serviceUrl: string };
      await logic.onMessage({ type: 'message', text: body.text, aadObjectId: body.from.aadObjectId, ref: { conversation: body.conversation, serviceUrl: body.serviceUrl } }, async () => {});
      return { status: 200, body: null };
    },
    async send() {
      n += 1;
      return `eval-activity-${n}`;
    },
    async update() {},
  };
}

function localTwilio(): SmsApi {
  let n = 0;
  return {
    async send() {
      n += 1;
      return { sid: `SM${n.toString(16).padStart(32, '0')}`, status: 'queued' };
    },
  };
}

/** Lower case, accents and case ignored, whitespace collapsed: how reply text is compared. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}
const squash = (text: string) => fold(text).replace(/\s+/g, '');

class Session {
  patientId = '';
  token = '';
  phone = `+1555${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
  lastSeq = 0;

  constructor(
    readonly rt: Runtime,
    readonly conv: Conversation,
    /** The runtime's clock: the session moves it. */
    readonly clock: ManualClock,
  ) {}

  admin(method: 'GET' | 'POST', url: string, payload?: object) {
    return this.rt.app.inject({ method, url, headers: { authorization: `Bearer ${ADMIN_TOKEN}` }, ...(payload ? { payload } : {}) });
  }

  async must(res: Promise<{ statusCode: number; body: string; json<T>(): T }>, status: number[]) {
    const r = await res;
    if (!status.includes(r.statusCode)) throw new Error(`${this.conv.id}: HTTP ${r.statusCode} ${r.body}`);
    return r;
  }

  async setUp(): Promise<void> {
    const c = this.conv;
    const now = this.clock.now().getTime();
    const clinician = await this.must(this.admin('POST', '/api/admin/clinicians', { name: 'Dana Whitfield', teamsUserId: `aad-${randomUUID()}` }), [201]);
    const clinicianId = clinician.json<{ id: string }>().id;
    // On call: a tier-1 shift covering the whole conversation (onboarding is two days before it). Not on
    // call: the clinic has a clinician, but their shift ended.
    const shift = c.onCall ? { startsAt: now - 3_600_000, endsAt: now + 7 * 24 * 3_600_000 } : { startsAt: now - 30 * 3_600_000, endsAt: now - 20 * 3_600_000 };
    await this.must(
      this.admin('POST', '/api/admin/shifts', { clinicianId, tier: 1, startsAt: new Date(shift.startsAt).toISOString(), endsAt: new Date(shift.endsAt).toISOString() }),
      [201],
    );
    const aad = (await this.admin('GET', '/api/admin/clinicians')).json<{ clinicians: Array<{ id: string; teamsUserId: string }> }>().clinicians.find((x) => x.id === clinicianId)!.teamsUserId;
    await this.must(this.rt.app.inject({ method: 'POST', url: '/api/teams/messages', payload: { type: 'message', text: 'hi', serviceUrl: 'http://127.0.0.1/', conversation: { id: `eval-${aad}` }, from: { id: `29:${aad}`, aadObjectId: aad } } }), [200]);

    const region = c.locale.split('-')[1] ?? 'US';
    const timezone = TIMEZONES[region] ?? 'UTC';
    if (c.channel === 'web') {
      const res = await this.must(this.rt.app.inject({ method: 'POST', url: '/api/web/sessions', payload: { locale: c.locale, timezone } }), [201]);
      ({ token: this.token, patientId: this.patientId } = res.json<{ token: string; patientId: string }>());
    } else {
      const res = await this.must(this.admin('POST', '/api/admin/patients', { phone: this.phone, locale: c.locale, timezone }), [201]);
      this.patientId = res.json<{ patientId: string }>().patientId;
    }
    await this.settle();
    if (c.onboarded) {
      // Onboarding and intake as a patient does them, two days before the conversation.
      const spanish = c.locale.startsWith('es');
      // (The summaries question answered, the first check-in done, the intake's questions put off.)
      const steps = spanish ? ['hola', 'sí', '6', 'tranquila', 'ahora no'] : ['hi', 'yes', '6', 'calm', 'not now'];
      for (const text of steps) await this.send(text);
      this.clock.advance(2 * 24 * 3_600_000);
    }
    this.lastSeq = await this.maxSeq();
  }

  async settle(): Promise<void> {
    await this.rt.background.runOnce();
  }

  async maxSeq(): Promise<number> {
    const [row] = await this.rt.svc.db.select({ seq: messages.seq }).from(messages).where(eq(messages.patientId, this.patientId)).orderBy(desc(messages.seq)).limit(1);
    return row?.seq ?? 0;
  }

  async send(text: string): Promise<void> {
    this.clock.advance(20_000);
    if (this.conv.channel === 'web') {
      await this.must(
        this.rt.app.inject({ method: 'POST', url: '/api/web/messages', headers: { authorization: `Bearer ${this.token}` }, payload: { text, clientMessageId: randomUUID() } }),
        [202],
      );
    } else {
      const params = { AccountSid: SMS.TWILIO_ACCOUNT_SID, MessageSid: `SM${randomBytes(16).toString('hex')}`, From: this.phone, To: SMS.TWILIO_FROM_NUMBER, Body: text, NumMedia: '0' };
      const signature = twilio.getExpectedTwilioSignature(SMS.TWILIO_AUTH_TOKEN, `${SMS.PUBLIC_URL}/api/sms/inbound`, params);
      await this.must(
        this.rt.app.inject({
          method: 'POST',
          url: '/api/sms/inbound',
          headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature },
          payload: new URLSearchParams(params).toString(),
        }),
        [200],
      );
    }
    await this.settle();
  }

  /** The check-in becomes due: the schedule is set a minute ahead and the clock moves past it. */
  async checkIn(): Promise<void> {
    const at = new Date(this.clock.now().getTime() + 60_000);
    const region = this.conv.locale.split('-')[1] ?? 'US';
    const local = new Intl.DateTimeFormat('en-GB', { timeZone: TIMEZONES[region] ?? 'UTC', hour: '2-digit', minute: '2-digit', hour12: false }).format(at);
    await this.must(this.admin('POST', `/api/admin/patients/${this.patientId}/check-in`, { time: local }), [204]);
    this.clock.advance(120_000);
    await this.settle();
  }

  /** Everything sent to the patient since the last call, as they would read it. */
  async newReplies(): Promise<string[]> {
    const rows = await this.rt.svc.db
      .select({ seq: messages.seq, bodyEnc: messages.bodyEnc })
      .from(messages)
      .where(and(eq(messages.patientId, this.patientId), eq(messages.direction, 'out'), gt(messages.seq, this.lastSeq)))
      .orderBy(messages.seq);
    this.lastSeq = Math.max(this.lastSeq, await this.maxSeq());
    return rows.map((r) => this.rt.svc.crypto.decrypt(r.bodyEnc));
  }

  async openEscalation(): Promise<'none' | 'concern' | 'urgent'> {
    const rows = await this.rt.svc.db
      .select({ level: escalations.level })
      .from(escalations)
      .where(and(eq(escalations.patientId, this.patientId), ne(escalations.status, 'resolved')));
    if (rows.some((r) => r.level === 'urgent')) return 'urgent';
    return rows.length > 0 ? 'concern' : 'none';
  }
}

interface Observed {
  replies: string[];
  previous: string[];
  escalation: 'none' | 'concern' | 'urgent';
}

/** Judges one turn's expectations against what the patient received. */
export function judge(conv: Conversation, turnNo: number, expect: Expectation, seen: Observed, markers: Markers): CheckResult[] {
  const joined = squash(seen.replies.join(' '));
  const crisisReply = markers.crisis.some((c) => joined.includes(c));
  const safetyQuestion = markers.safety.some((q) => joined.includes(q));
  const folded = fold(seen.replies.join('\n'));
  const understood = seen.replies.length > 0 && !markers.fallback.some((f) => joined.includes(f));
  // "The reply" is everything the bot said this turn, the fixed crisis reply aside (it is fixed on purpose).
  const crisisSet = new Set(markers.crisis);
  const own = (replies: readonly string[]) => squash(replies.filter((r) => !crisisSet.has(squash(r))).join(' '));
  const repeated = own(seen.replies) !== '' && own(seen.replies) === own(seen.previous);

  const out: CheckResult[] = [];
  const check = (key: keyof Expectation, ok: boolean, expected: unknown, actual: unknown, kind: CheckResult['kind']) =>
    out.push({ conversation: conv.id, turn: turnNo, key, ok, expected, actual, kind: ok ? 'other' : kind });
  if (expect.escalation !== undefined) {
    const e = expect.escalation;
    const kind = e === 'urgent' ? 'missed_crisis' : e === 'none' ? 'false_alarm' : 'other';
    check('escalation', seen.escalation === e, e, seen.escalation, kind);
  }
  if (expect.crisisReply !== undefined) check('crisisReply', crisisReply === expect.crisisReply, expect.crisisReply, crisisReply, expect.crisisReply ? 'missed_crisis' : 'false_alarm');
  if (expect.safetyQuestion !== undefined) {
    check('safetyQuestion', safetyQuestion === expect.safetyQuestion, expect.safetyQuestion, safetyQuestion, expect.safetyQuestion ? 'other' : 'false_alarm');
  }
  if (expect.replyIncludesAny) {
    check('replyIncludesAny', expect.replyIncludesAny.some((s) => folded.includes(fold(s))), expect.replyIncludesAny, null, 'not_understood');
  }
  if (expect.replyExcludesAll) {
    const found = expect.replyExcludesAll.filter((s) => folded.includes(fold(s)));
    check('replyExcludesAll', found.length === 0, expect.replyExcludesAll, found, 'other');
  }
  if (expect.understood) check('understood', understood, true, understood, 'not_understood');
  if (expect.notRepeat) check('notRepeat', !repeated, true, repeated ? 'repeated the previous reply' : 'new', 'not_understood');
  return out;
}

/** What a reply is recognised by, for one locale (squashed: no spaces, no accents, lower case). */
export interface Markers {
  crisis: string[];
  safety: string[];
  fallback: string[];
}

function markersFor(rt: Runtime, locale: string): Markers {
  const copy = copyFor(locale);
  return {
    crisis: CRISIS_REPLY_KINDS.map((k) => squash(rt.svc.crisisText(k, locale))),
    safety: safetyQuestionTexts(copy, rt.svc.crisisText('emergency', locale)).map(squash),
    fallback: [squash(copy.menu.notUnderstood)],
  };
}

export async function runConversation(conv: Conversation, snapshot: Blob): Promise<ConversationResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cbt-eval-'));
  const database = await openDatabase({ loadDataDir: snapshot });
  const clock = new ManualClock(START);
  const config = testConfig({ DATA_DIR: dataDir, ADMIN_TOKEN, ...SMS });
  const rt = await createRuntime(config, { database, clock, teamsTransport: localTeams(), smsApi: localTwilio() });
  const session = new Session(rt, conv, clock);
  const checks: CheckResult[] = [];
  const transcript: TurnRecord[] = [];
  try {
    await session.setUp();
    const markers = markersFor(rt, conv.locale);
    let previous: string[] = [];
    for (const [i, turn] of conv.turns.entries()) {
      await play(session, turn);
      const replies = await session.newReplies();
      const escalation = await session.openEscalation();
      transcript.push({ turn: i + 1, input: 'text' in turn ? turn.text : `<${turn.event}>`, replies, escalation });
      if (turn.expect) checks.push(...judge(conv, i + 1, turn.expect, { replies, previous, escalation }, markers));
      if (replies.length > 0) previous = replies;
    }
  } finally {
    await rt.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return { id: conv.id, checks, transcript };
}

async function play(session: Session, turn: Turn): Promise<void> {
  if ('text' in turn) await session.send(turn.text);
  else await session.checkIn();
}

export function summarise(results: readonly ConversationResult[]): Summary {
  const checks = results.flatMap((r) => r.checks);
  const failed = checks.filter((c) => !c.ok);
  const passed = checks.length - failed.length;
  return {
    conversations: results.length,
    checks: checks.length,
    passed,
    failed: failed.length,
    missed_crisis: failed.filter((c) => c.kind === 'missed_crisis').length,
    false_alarms: failed.filter((c) => c.kind === 'false_alarm').length,
    not_understood: failed.filter((c) => c.kind === 'not_understood').length,
    pass_rate: checks.length ? Math.round((passed / checks.length) * 1000) / 1000 : 1,
  };
}
