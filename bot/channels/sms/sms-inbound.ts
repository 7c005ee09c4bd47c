import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../../db/client.js';
import { enqueue } from '../../../db/outbox.js';
import { channelIdentities, outbox, patients } from '../../../db/schema/index.js';
import { activeEscalation, recordEvent } from '../../../escalation/lifecycle.js';
import { copyFor } from '../../../graph/copy/index.js';
import type { Patient } from '../../patients.js';
import { createPatient } from '../../patients.js';
import type { Services } from '../../services.js';
import type { AcceptResult } from '../../turn/accept.js';
import { acceptInbound } from '../../turn/accept.js';
import { storeOutbound } from '../../turn/messages.js';
import type { InboundSms } from './parse.js';
import { keywordOf, normalisePhone } from './parse.js';

type Identity = typeof channelIdentities.$inferSelect;

/** An unenrolled number is told how to enrol at most this often. */
const NOTICE_EVERY_MS = 24 * 3_600_000;

/** Finds the patient behind a number, or enrols one (active or pending, by SMS_ENROLMENT). */
async function identityFor(svc: Services, phone: string): Promise<Identity> {
  const hash = svc.crypto.hash(phone);
  const find = async () => (await svc.db.select().from(channelIdentities).where(and(eq(channelIdentities.channel, 'sms'), eq(channelIdentities.addressHash, hash))))[0];
  const existing = await find();
  if (existing) return existing;
  try {
    await svc.db.transaction(async (tx) => {
      const patient = await createPatient(tx, {
        locale: svc.config.DEFAULT_LOCALE,
        timezone: svc.config.DEFAULT_TIMEZONE,
        channel: 'sms',
        address: { hash, encrypted: svc.crypto.encrypt(phone) },
      });
      if (svc.config.SMS_ENROLMENT === 'invite') await tx.update(patients).set({ enrolment: 'pending' }).where(eq(patients.id, patient.id));
      svc.log.info({ patientId: patient.id, enrolment: svc.config.SMS_ENROLMENT === 'invite' ? 'pending' : 'active' }, 'new SMS number');
    });
  } catch (err) {
    // Two webhooks from a new number at once: the other one created it.
    if (!(await find())) throw err;
  }
  return (await find())!;
}

/**
 * An inbound SMS: dedupe, store, screen (and the crisis path) like every turn, then the compliance
 * keywords and enrolment rules, all in the accept transaction so the graph never sees a STOP.
 */
export async function receiveSms(svc: Services, sms: Extract<InboundSms, { kind: 'text' | 'media' }>): Promise<AcceptResult> {
  const identity = await identityFor(svc, normalisePhone(sms.from));
  const text = sms.kind === 'media' ? `[${sms.numMedia} attachment${sms.numMedia === 1 ? '' : 's'}]` : sms.body;
  return acceptInbound(svc, { patientId: identity.patientId, channel: 'sms', providerId: sms.messageSid, text, receivedAt: svc.clock.now() }, async (tx, { patient, escalationId }) => {
    const now = svc.clock.now();
    const copy = copyFor(patient.locale);
    const clinic = svc.config.CLINIC_NAME ?? copy.defaultClinic;
    const crisisLine = svc.crisisText('short', patient.locale);
    const reply = (body: string) => storeOutbound(tx, svc.crypto, now, { patientId: patient.id, channel: 'sms', author: 'system', text: body, answersPatient: true });
    const [current] = await tx.select().from(channelIdentities).where(eq(channelIdentities.id, identity.id));
    const optedOut = Boolean(current?.optedOutAt);

    switch (keywordOf(sms.body)) {
      case 'stop':
        await optOut(svc, tx, patient, identity.id, now);
        await reply(copy.sms.optedOut(clinic, crisisLine));
        return true;
      case 'start':
        // "YES" and "START" only mean opt back in when the number has opted out; otherwise they
        // are ordinary answers (a yes to a safety question must reach the graph).
        if (!optedOut) break;
        await tx.update(channelIdentities).set({ optedOutAt: null, blockedCode: null }).where(eq(channelIdentities.id, identity.id));
        await reply(copy.sms.optedIn(clinic));
        return true;
      case 'help':
        await reply(copy.sms.help(clinic, svc.config.CLINIC_CONTACT, crisisLine));
        return true;
      case null:
        break;
      default:
        return false;
    }
    if (optedOut) return patient.mode !== 'clinician'; // still relayed to a clinician who has the conversation
    if (patient.enrolment === 'pending') {
      // The crisis path already ran if it was needed; otherwise, say how to enrol (not every time).
      if (!escalationId && (!current?.lastNoticeAt || now.getTime() - current.lastNoticeAt.getTime() > NOTICE_EVERY_MS)) {
        await tx.update(channelIdentities).set({ lastNoticeAt: now }).where(eq(channelIdentities.id, identity.id));
        await reply(copy.sms.notEnrolled(clinic, svc.config.CLINIC_CONTACT, crisisLine));
      }
      return true;
    }
    return false;
  });
}

/**
 * STOP: no more automated messages (queued ones are cancelled). If the patient has an active
 * escalation, the clinicians on it are told, and it stays open: one STOP never closes a crisis.
 */
async function optOut(svc: Services, tx: Tx, patient: Patient, identityId: string, now: Date): Promise<void> {
  await tx.update(channelIdentities).set({ optedOutAt: now }).where(eq(channelIdentities.id, identityId));
  await tx.update(outbox).set({ status: 'cancelled', lastError: 'opted_out' }).where(and(eq(outbox.destination, `sms:${patient.id}`), eq(outbox.status, 'pending')));
  const esc = await activeEscalation(tx, patient.id);
  if (!esc) return;
  await recordEvent(tx, { escalationId: esc.id, at: now, actor: { type: 'patient', id: patient.id }, type: 'patient_opted_out', reason: 'SMS STOP' });
  const owner = esc.takenOverBy ?? esc.acknowledgedBy;
  const paged = owner
    ? [owner]
    : [
        ...new Set(
          (await tx.select({ payload: outbox.payload }).from(outbox).where(and(eq(outbox.escalationId, esc.id), inArray(outbox.kind, ['escalation_card']))))
            .map((r) => String(r.payload.clinicianId)),
        ),
      ];
  await enqueue(
    tx,
    now,
    paged.map((clinicianId) => ({
      channel: 'teams' as const,
      destination: `teams:${clinicianId}`,
      kind: 'clinician_notice',
      payload: { clinicianId, escalationId: esc.id, notice: 'patient_opted_out' },
      escalationId: esc.id,
    })),
  );
  svc.log.info({ patientId: patient.id, escalationId: esc.id, told: paged.length }, 'patient with an active escalation opted out');
}
