import { eq } from 'drizzle-orm';
import { clinicians, escalations, messages, outbox, patients, questionnaireResponses, screenings } from '../../../db/schema/index.js';
import { recordEvent } from '../../../escalation/lifecycle.js';
import { severityOf } from '../../../graph/questionnaires.js';
import { scoreNoticeCard } from '../../clinical/notices.js';
import type { OutboxRow, Sender, SendOutcome } from '../../outbox/outbox-worker.js';
import type { Services } from '../../services.js';
import type { ConversationRef, TeamsTransport } from './bot-framework.js';
import { ConnectorError } from './bot-framework.js';
import { loadCardView } from './card-data.js';
import { escalationCard } from './cards.js';

/** Statuses worth retrying (Teams throttling, conflicts, gateways, outages). */
const TRANSIENT = new Set([408, 412, 429, 500, 502, 503, 504]);

function outcomeOf(err: unknown): SendOutcome {
  if (err instanceof ConnectorError) {
    if (err.status === undefined || TRANSIENT.has(err.status)) {
      return { type: 'retry', code: `teams_${err.status ?? 'network'}`, ...(err.retryAfterMs !== undefined ? { afterMs: err.retryAfterMs } : {}) };
    }
    return { type: 'failed', code: `teams_${err.status}` };
  }
  throw err;
}

/** Outbox senders for everything that goes to clinicians in Teams. */
export function teamsSenders(svc: Services, transport: TeamsTransport): Record<string, Sender> {
  async function clinicianRef(id: unknown): Promise<{ ref: ConversationRef; name: string } | null> {
    if (typeof id !== 'string') return null;
    const [c] = await svc.db.select().from(clinicians).where(eq(clinicians.id, id));
    return c?.teamsRef ? { ref: c.teamsRef, name: c.name } : null;
  }

  async function deliver(row: OutboxRow, fn: (ref: ConversationRef) => Promise<Record<string, unknown> | void>): Promise<SendOutcome> {
    const target = await clinicianRef(row.payload.clinicianId);
    if (!target) {
      if (row.escalationId) {
        await recordEvent(svc.db, { escalationId: row.escalationId, at: svc.clock.now(), actor: { type: 'system' }, type: 'page_undeliverable', reason: 'clinician has not messaged the bot in Teams yet', details: { clinicianId: row.payload.clinicianId } });
      }
      return { type: 'failed', code: 'no_conversation_reference' };
    }
    try {
      const result = await fn(target.ref);
      return { type: 'sent', ...(result ? { result } : {}) };
    } catch (err) {
      return outcomeOf(err);
    }
  }

  return {
    escalation_card: (row) =>
      deliver(row, async (ref) => {
        const view = await loadCardView(svc, String(row.payload.escalationId));
        if (!view) return;
        const activityId = await transport.send(ref, { card: escalationCard(view) });
        return { activityId };
      }),

    card_update: (row) =>
      deliver(row, async (ref) => {
        const [card] = await svc.db.select({ result: outbox.result }).from(outbox).where(eq(outbox.id, String(row.payload.cardOutboxId)));
        const activityId = card?.result?.activityId;
        const view = await loadCardView(svc, String(row.payload.escalationId));
        if (typeof activityId !== 'string' || !activityId || !view) return;
        await transport.update(ref, activityId, { card: escalationCard(view) });
      }),

    relay: (row) =>
      deliver(row, async (ref) => {
        const [m] = await svc.db
          .select({ bodyEnc: messages.bodyEnc, channel: messages.channel, pseudonym: patients.pseudonym, level: screenings.level })
          .from(messages)
          .innerJoin(patients, eq(patients.id, messages.patientId))
          .leftJoin(screenings, eq(screenings.messageId, messages.id))
          .where(eq(messages.id, String(row.payload.messageId)));
        if (!m) return;
        const flag = m.level === 'urgent' ? '**URGENT (screened)** ' : m.level === 'concern' ? '**Concern (screened)** ' : '';
        const activityId = await transport.send(ref, { text: `${flag}**${m.pseudonym}** (${m.channel === 'sms' ? 'SMS' : 'web'}): ${svc.crypto.decrypt(m.bodyEnc)}` });
        return { activityId };
      }),

    score_notice: (row) =>
      deliver(row, async (ref) => {
        const [r] = await svc.db
          .select({ instrument: questionnaireResponses.instrument, scoreEnc: questionnaireResponses.scoreEnc, itemsEnc: questionnaireResponses.itemsEnc, at: questionnaireResponses.createdAt, pseudonym: patients.pseudonym })
          .from(questionnaireResponses)
          .innerJoin(patients, eq(patients.id, questionnaireResponses.patientId))
          .where(eq(questionnaireResponses.id, String(row.payload.recordId)));
        // Erased since (the patient's data was deleted), or not a scored questionnaire: nothing to say.
        if (!r?.scoreEnc || (r.instrument !== 'phq9' && r.instrument !== 'gad7')) return;
        const score = Number(svc.crypto.decrypt(r.scoreEnc));
        const items = JSON.parse(svc.crypto.decrypt(r.itemsEnc)) as { item9?: unknown };
        const card = scoreNoticeCard({
          pseudonym: r.pseudonym,
          instrument: r.instrument,
          score,
          severity: severityOf(r.instrument, score),
          previous: typeof row.payload.previous === 'number' ? row.payload.previous : null,
          at: r.at,
          item9: typeof items.item9 === 'string' ? items.item9 : null,
        });
        const activityId = await transport.send(ref, { card });
        return { activityId };
      }),

    adherence_notice: (row) =>
      deliver(row, async (ref) => {
        const [p] = await svc.db.select({ pseudonym: patients.pseudonym, channel: patients.lastChannel }).from(patients).where(eq(patients.id, String(row.payload.patientId)));
        if (!p) return;
        const since = typeof row.payload.since === 'string' ? ` (nothing from them since ${row.payload.since.slice(0, 10)})` : '';
        const text =
          `**${p.pseudonym}** (${p.channel === 'sms' ? 'SMS' : 'web chat'}) hasn't answered their last ${Number(row.payload.count)} check-ins${since}. ` +
          `Not urgent, and nobody was paged: for your next contact. Type **summary ${p.pseudonym}** for the draft.`;
        const activityId = await transport.send(ref, { text });
        return { activityId };
      }),

    clinician_notice: (row) =>
      deliver(row, async (ref) => {
        const [esc] = await svc.db
          .select({ pseudonym: patients.pseudonym, channel: patients.lastChannel })
          .from(escalations)
          .innerJoin(patients, eq(patients.id, escalations.patientId))
          .where(eq(escalations.id, String(row.payload.escalationId)));
        const who = esc ? `${esc.pseudonym} (${esc.channel === 'sms' ? 'SMS' : 'web chat'})` : 'the patient';
        const text =
          row.payload.notice === 'takeover_started'
            ? `You're now in the conversation with ${who}. What you type here goes to them, marked as from a clinician; their replies appear here. Commands start with /: /handback, /help.`
            : row.payload.notice === 'patient_opted_out'
              ? `${who} texted STOP: automated messages to them have stopped. They were sent the crisis resources with the confirmation. Contact them by another route if you need to.`
              : row.payload.notice === 'new_danger'
                ? `**New danger:** ${who}, whose escalation you have, sent a message just now that was screened as urgent again. They were sent the crisis resources again. Please check on them now.`
                : `Update about ${who}.`;
        const activityId = await transport.send(ref, { text });
        return { activityId };
      }),
  };
}
