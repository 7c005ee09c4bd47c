import { randomUUID } from 'node:crypto';
import { and, asc, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { enqueue } from '../../db/outbox.js';
import { auditEvents, followUps, messages, patients, questionnaireResponses, screenings, turnEvents } from '../../db/schema/index.js';
import { escalationView } from '../../escalation/view.js';
import { onCallAt } from '../../escalation/roster.js';
import { openEscalation } from '../../escalation/open.js';
import { crisisReplyKind } from '../../escalation/crisis/crisis-replies.js';
import { checkOutput } from '../../escalation/output-guard.js';
import { raiseOnly } from '../../escalation/screener/index.js';
import type { Screening } from '../../escalation/screening.js';
import type { Reply, TurnAction, TurnContext, TurnInput } from '../../graph/types.js';
import { changeCheckIns, checkInSettings, textable, unpromptedChannel } from '../check-ins.js';
import { noticeWorsening } from '../clinical/notices.js';
import type { Services } from '../services.js';
import { recentPatientTurns, storeOutbound } from './messages.js';
import { openUrgent } from './crisis-path.js';

type Patient = typeof patients.$inferSelect;

/**
 * Patients whose turns one process runs at the same time. On a server their database round trips
 * overlap (17 → 22 turns/s in bench/turns.ts); PGlite runs every query on the one thread anyway,
 * and interleaving only lengthens the tail there.
 */
const TURN_CONCURRENCY = { pglite: 1, postgres: 4 } as const;

/**
 * How long a worker's claim on a patient lasts unless renewed. Short, and renewed every RENEW_MS while
 * turns run, so the claim of a process that died (a crash, a SIGKILL) ends within seconds and the
 * patient's next turn is not held up; a long turn (an LLM call) keeps renewing it.
 */
export const LEASE_MS = 10_000;
const RENEW_MS = 3_000;

/**
 * Runs the pending turns of every patient that has some, one patient at a time per process and one
 * process at a time per patient (a lease on the patient row). Returns the number of turns run.
 */
export async function processPendingTurns(svc: Services, limit = 50, between?: () => Promise<unknown>): Promise<number> {
  const pending = await svc.database.rows<{ patient_id: string }>(sql`
    select patient_id from (
      select patient_id, min(created_at) as since from messages where direction = 'in' and processed_at is null group by patient_id
      union all
      select patient_id, min(created_at) from turn_events where processed_at is null group by patient_id
    ) p group by patient_id order by min(since) limit ${limit}`);
  let turns = 0;
  const queue = pending.map((p) => p.patient_id);
  // Several patients at once (each under its own lease): their database round trips overlap.
  const worker = async () => {
    for (let patientId = queue.shift(); patientId; patientId = queue.shift()) {
      // Pages and crisis deliveries go first: a queue of graph turns must not hold them up.
      if (between) await between();
      const lease = await takeLease(svc, patientId);
      if (!lease) continue;
      const renew = setInterval(() => void renewLease(svc, patientId, lease).catch(() => {}), RENEW_MS);
      renew.unref();
      try {
        for (;;) {
          const ran = await runNextTurn(svc, patientId);
          if (!ran) break;
          turns += 1;
        }
      } finally {
        clearInterval(renew);
        await releaseLease(svc, patientId, lease);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(TURN_CONCURRENCY[svc.database.kind], queue.length) }, worker));
  return turns;
}

/**
 * Takes the patient's lease; returns its token, or null when someone else holds it. Each taking is
 * its own token (not the process id), so two passes in one process exclude each other too.
 */
async function takeLease(svc: Services, patientId: string): Promise<string | null> {
  const now = svc.clock.now();
  const token = `${svc.instanceId}:${randomUUID()}`;
  const rows = await svc.db
    .update(patients)
    .set({ leaseOwner: token, leaseUntil: new Date(now.getTime() + LEASE_MS) })
    .where(and(eq(patients.id, patientId), or(isNull(patients.leaseUntil), lt(patients.leaseUntil, now))))
    .returning({ id: patients.id });
  return rows.length === 1 ? token : null;
}

async function renewLease(svc: Services, patientId: string, token: string): Promise<void> {
  await svc.db
    .update(patients)
    .set({ leaseUntil: new Date(svc.clock.now().getTime() + LEASE_MS) })
    .where(and(eq(patients.id, patientId), eq(patients.leaseOwner, token)));
}

async function releaseLease(svc: Services, patientId: string, token: string): Promise<void> {
  await svc.db
    .update(patients)
    .set({ leaseOwner: null, leaseUntil: null })
    .where(and(eq(patients.id, patientId), eq(patients.leaseOwner, token)));
}

/** Runs the patient's oldest pending message or event. False when there is none. */
async function runNextTurn(svc: Services, patientId: string): Promise<boolean> {
  const [message] = await svc.db
    .select({ message: messages, screening: screenings })
    .from(messages)
    .innerJoin(screenings, eq(screenings.messageId, messages.id))
    .where(and(eq(messages.patientId, patientId), eq(messages.direction, 'in'), isNull(messages.processedAt)))
    .orderBy(asc(messages.seq))
    .limit(1);
  const [event] = await svc.db
    .select()
    .from(turnEvents)
    .where(and(eq(turnEvents.patientId, patientId), isNull(turnEvents.processedAt)))
    .orderBy(asc(turnEvents.createdAt))
    .limit(1);
  if (!message && !event) return false;
  const [patient] = await svc.db.select().from(patients).where(eq(patients.id, patientId));
  if (!patient) return false;
  if (event && (!message || event.createdAt <= message.message.createdAt)) {
    await runEvent(svc, patient, event);
  } else if (message) {
    await runMessage(svc, patient, message.message, message.screening);
  }
  svc.bus.notify(patientId);
  return true;
}

async function turnContext(svc: Services, patient: Patient): Promise<TurnContext> {
  const now = svc.clock.now();
  const escalation = await escalationView(svc.db, patient.id);
  return {
    activeEscalation: escalation !== null,
    escalation,
    onCall: (await onCallAt(svc.db, now)).length > 0,
    channel: patient.lastChannel,
    locale: patient.locale,
    timezone: patient.timezone,
    checkIns: await checkInSettings(svc.db, patient, svc.config.QUIET_HOURS),
    quietHours: patient.quietHours ?? svc.config.QUIET_HOURS,
    texts: !svc.smsEnabled ? 'off' : (await textable(svc.db, patient.id)) ? 'linked' : 'available',
  };
}

async function runMessage(
  svc: Services,
  patient: Patient,
  message: typeof messages.$inferSelect,
  screeningRow: typeof screenings.$inferSelect,
): Promise<void> {
  const now = svc.clock.now();
  // Taken over: the message goes to the clinician (it was screened on arrival, like every turn).
  if (patient.mode === 'clinician' && patient.clinicianId) {
    await svc.db.transaction(async (tx) => {
      await enqueue(tx, now, [
        { channel: 'teams', destination: `teams:${patient.clinicianId}`, kind: 'relay', payload: { messageId: message.id, clinicianId: patient.clinicianId } },
      ]);
      await markProcessed(tx, message.id, now);
    });
    return;
  }
  const text = svc.crypto.decrypt(message.bodyEnc);
  const screening = await secondOpinion(
    svc,
    patient,
    message,
    text,
    { level: screeningRow.level, categories: screeningRow.categories as Screening['categories'], signals: screeningRow.signals, version: screeningRow.version },
  );
  const input: TurnInput = {
    kind: 'message',
    messageId: message.id,
    text,
    screening,
    at: message.createdAt.toISOString(),
    context: { ...(await turnContext(svc, patient)), channel: message.channel },
  };
  const output = await runGraph(svc, patient, input);
  await svc.db.transaction(async (tx) => {
    await applyTurn(svc, tx, patient, message.channel, message.id, output.replies, output.actions, now);
    await markProcessed(tx, message.id, now);
  });
  svc.prometheus.turnSeconds.observe({ channel: message.channel }, Math.max(0, svc.clock.now().getTime() - message.createdAt.getTime()) / 1000);
}

/**
 * With an LLM configured, a second reading of a message the deterministic screener did not find
 * urgent. It may raise the level (never lower it) and runs here in the worker, so it never delays
 * the deterministic result: the crisis path for an urgent message already ran at accept. A raise
 * is stored with the message, and a raise to urgent opens the escalation with the crisis reply.
 */
async function secondOpinion(svc: Services, patient: Patient, message: typeof messages.$inferSelect, text: string, screening: Screening): Promise<Screening> {
  if (!svc.llm || screening.level === 'urgent') return screening;
  const previous = await recentPatientTurns(svc.db, svc.crypto, patient.id, new Date(message.createdAt.getTime() - 24 * 3_600_000), 3, message.seq);
  const opinion = await svc.llm.riskRead(text, previous);
  if (!opinion) return screening;
  const raised = raiseOnly(screening, { level: opinion.level, categories: opinion.categories, signals: ['llm'] });
  if (raised.level === screening.level) return screening;
  const now = svc.clock.now();
  await svc.db.transaction(async (tx) => {
    await tx.update(screenings).set({ level: raised.level, categories: raised.categories, signals: raised.signals }).where(eq(screenings.messageId, message.id));
    if (raised.level === 'urgent') {
      await openUrgent(
        tx,
        svc,
        { patientId: patient.id, channel: message.channel, locale: patient.locale, categories: raised.categories, source: 'llm_second_opinion', messageId: message.id },
        now,
      );
    }
  });
  svc.metrics.increment(`screen.second_opinion_raised.${raised.level}`);
  svc.log.info({ patientId: patient.id, messageId: message.id, from: screening.level, to: raised.level }, 'second opinion raised the screening');
  svc.kick();
  return raised;
}

async function runEvent(svc: Services, patient: Patient, event: typeof turnEvents.$inferSelect): Promise<void> {
  const now = svc.clock.now();
  const channel = await unpromptedChannel(svc, patient, now);
  const input: TurnInput = {
    kind: 'event',
    eventId: event.id,
    event: event.event,
    detail: event.detail,
    at: event.createdAt.toISOString(),
    context: { ...(await turnContext(svc, patient)), channel },
  };
  // While a clinician has the conversation, bot events (a check-in) wait for the hand-back.
  const output = patient.mode === 'clinician' ? { replies: [], actions: [] } : await runGraph(svc, patient, input);
  await svc.db.transaction(async (tx) => {
    await applyTurn(svc, tx, patient, channel, null, output.replies, output.actions, now);
    await tx.update(turnEvents).set({ processedAt: now }).where(eq(turnEvents.id, event.id));
  });
}

/**
 * Runs the graph. If it fails (a bug, a lost database connection) the patient still gets an answer
 * and the turn is not retried forever: the safety path already ran when the message was accepted.
 */
async function runGraph(svc: Services, patient: Patient, input: TurnInput): Promise<{ replies: Reply[]; actions: TurnAction[] }> {
  try {
    return await svc.engine.runTurn(patient.id, input);
  } catch (err) {
    svc.log.error({ err, patientId: patient.id, input: input.kind === 'message' ? input.messageId : input.eventId }, 'graph turn failed');
    svc.metrics.increment('turn.failed');
    return { replies: [{ text: svc.crisisText('resources', patient.locale) }], actions: [] };
  }
}

/** Stores a turn's replies (each through the output guard) and performs its actions, in one transaction. */
async function applyTurn(
  svc: Services,
  tx: Tx,
  patient: Patient,
  channel: Patient['lastChannel'],
  messageId: string | null,
  replies: readonly Reply[],
  actions: readonly TurnAction[],
  now: Date,
): Promise<void> {
  const after: (Reply & { kind?: 'crisis' })[] = [];
  for (const action of actions) {
    switch (action.type) {
      case 'escalate': {
        const { created, upgraded } = await openEscalation(
          tx,
          svc.crypto,
          { patientId: patient.id, level: action.level, categories: action.categories, source: action.reason, triggerMessageId: messageId, cssrs: action.cssrs },
          now,
        );
        if (action.level === 'urgent') after.push({ text: svc.crisisText(crisisReplyKind(created || upgraded, (await onCallAt(tx, now)).length > 0), patient.locale), kind: 'crisis' });
        break;
      }
      case 'record': {
        const [stored] = await tx
          .insert(questionnaireResponses)
          .values({
            patientId: patient.id,
            instrument: action.instrument,
            scoreEnc: action.score === null ? null : svc.crypto.encrypt(String(action.score)),
            itemsEnc: svc.crypto.encrypt(JSON.stringify(action.items)),
            messageId,
            createdAt: now,
          })
          .onConflictDoNothing()
          .returning({ id: questionnaireResponses.id });
        if (stored && action.score !== null && (action.instrument === 'phq9' || action.instrument === 'gad7')) {
          const worse = await noticeWorsening(tx, svc.crypto, { id: stored.id, patientId: patient.id, instrument: action.instrument, score: action.score, createdAt: now }, now);
          if (worse) svc.metrics.increment(`clinical.worsening_notice.${action.instrument}`);
        }
        break;
      }
      case 'follow_up':
        // Only the plan's id and the time: what was planned stays in the encrypted conversation state.
        if (action.at === null) {
          await tx
            .update(followUps)
            .set({ cancelledAt: now })
            .where(and(eq(followUps.patientId, patient.id), eq(followUps.planId, action.planId), isNull(followUps.sentAt)));
        } else {
          await tx
            .insert(followUps)
            .values({ patientId: patient.id, planId: action.planId, dueAt: new Date(action.at), createdAt: now })
            .onConflictDoUpdate({ target: [followUps.patientId, followUps.planId], set: { dueAt: new Date(action.at), sentAt: null, cancelledAt: null } });
        }
        break;
      case 'check_in':
        await changeCheckIns(tx, patient, action, now);
        break;
      case 'consent':
        await tx.update(patients).set({ shareSummaries: action.shareSummaries, shareSummariesAt: now }).where(eq(patients.id, patient.id));
        await tx.insert(auditEvents).values({
          at: now,
          actorType: 'patient',
          actorId: patient.id,
          action: action.shareSummaries ? 'summaries_agreed' : 'summaries_declined',
          subjectType: 'patient',
          subjectId: patient.id,
        });
        break;
      default:
        action satisfies never;
    }
  }
  for (const reply of [...replies, ...after] as (Reply & { kind?: 'crisis' })[]) {
    const verdict = checkOutput(reply.text);
    let text = reply.text;
    if (!verdict.ok) {
      svc.metrics.increment(`guard.blocked.${verdict.reason}`);
      svc.log.warn({ patientId: patient.id, rule: verdict.rule }, 'output guard replaced a reply');
      text = svc.crisisText('resources', patient.locale);
    }
    await storeOutbound(tx, svc.crypto, now, {
      patientId: patient.id,
      channel,
      author: 'bot',
      text,
      quickReplies: verdict.ok ? reply.quickReplies : undefined,
      replyTo: messageId,
      ...(reply.kind ? { kind: reply.kind } : {}),
    });
  }
}

async function markProcessed(tx: Tx, messageId: string, now: Date): Promise<void> {
  await tx.update(messages).set({ processedAt: now }).where(eq(messages.id, messageId));
}
