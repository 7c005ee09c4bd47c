import { randomInt, timingSafeEqual } from 'node:crypto';
import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { CountryCode } from 'libphonenumber-js';
import type { Tx } from '../db/client.js';
import { enqueue } from '../db/outbox.js';
import { auditEvents, channelIdentities, checkInSchedules, followUps, patients, phoneLinks } from '../db/schema/index.js';
import { activeEscalation } from '../escalation/lifecycle.js';
import { copyFor } from '../graph/copy/index.js';
import { issueToken } from './channels/web/session-token.js';
import { BadRequest, Conflict, TooManyRequests } from './errors.js';
import type { OutboxRow, SendOutcome } from './outbox/outbox-worker.js';
import type { Patient } from './patients.js';
import type { Services } from './services.js';
import { storeOutbound } from './turn/messages.js';

/** How long a code may be typed in. */
export const CODE_TTL_MS = 10 * 60_000;
/** Wrong codes allowed before the code is spent. */
export const CODE_ATTEMPTS = 5;
/** Codes sent per hour, to one patient and to one number (whoever asks): no one is texted a stream of codes. */
export const CODES_PER_HOUR = 3;

const HOUR_MS = 3_600_000;

/** "•• 67": the last two digits, enough for the patient to recognise their own number. */
export function maskPhone(e164: string): string {
  return `•• ${e164.slice(-2)}`;
}

/**
 * A number as the patient typed it ("(555) 010-2345", "+44 7700 900123"), in E.164, read with the
 * region of their locale (or the clinic's) when they leave out the country code; null if it is not a
 * possible phone number.
 */
export function phoneFromInput(raw: string, locale: string, defaultLocale: string): string | null {
  const region = (l: string) => (/-([A-Z]{2})$/.exec(l)?.[1] as CountryCode | undefined) ?? undefined;
  const parsed = parsePhoneNumberFromString(raw.trim(), region(locale) ?? region(defaultLocale) ?? 'US');
  return parsed?.isValid() ? parsed.number : null;
}

/** The patient's linked number (masked) and any code waiting to be typed in. */
export async function phoneStatus(
  svc: Services,
  patient: Patient,
): Promise<{ available: boolean; phone: string | null; optedOut: boolean; pending: { phone: string; expiresAt: string } | null }> {
  const [sms] = await svc.db
    .select()
    .from(channelIdentities)
    .where(and(eq(channelIdentities.patientId, patient.id), eq(channelIdentities.channel, 'sms')));
  const link = await openLink(svc.db, patient.id, svc.clock.now());
  return {
    // Whether this service sends texts at all (a clinic without Twilio: the widget offers no linking).
    available: svc.smsEnabled,
    phone: sms?.addressEnc ? maskPhone(svc.crypto.decrypt(sms.addressEnc)) : null,
    optedOut: Boolean(sms?.optedOutAt),
    pending: link ? { phone: maskPhone(svc.crypto.decrypt(link.phoneEnc)), expiresAt: link.expiresAt.toISOString() } : null,
  };
}

async function openLink(tx: Tx, patientId: string, now: Date) {
  const [link] = await tx
    .select()
    .from(phoneLinks)
    .where(and(eq(phoneLinks.patientId, patientId), isNull(phoneLinks.confirmedAt)))
    .orderBy(desc(phoneLinks.createdAt))
    .limit(1);
  return link && link.expiresAt > now && link.attempts < CODE_ATTEMPTS ? link : null;
}

function audit(tx: Tx, patientId: string, at: Date, action: string, details: Record<string, unknown> | null = null) {
  return tx.insert(auditEvents).values({ at, actorType: 'patient', actorId: patientId, action, subjectType: 'patient', subjectId: patientId, details });
}

/**
 * A web patient asks to link a number: a six-digit code is queued to it by SMS (the outbox sends it,
 * so a Twilio outage delays the text and loses nothing). A new request replaces the code before it.
 */
export async function requestCode(svc: Services, patient: Patient, raw: string): Promise<{ phone: string; expiresAt: string }> {
  if (!svc.smsEnabled) throw new Conflict('this service does not send text messages, so a phone number cannot be linked', 'sms_not_configured');
  const phone = phoneFromInput(raw, patient.locale, svc.config.DEFAULT_LOCALE);
  if (!phone) throw new BadRequest('phone must be a mobile number, with its country code if it is not a local one (for example +1 555 010 2345)', 'invalid_phone');
  const now = svc.clock.now();
  const hash = svc.crypto.hash(phone);
  return svc.db.transaction(async (tx) => {
    // Serialises one patient's requests, so two at once cannot both slip under the limit.
    await tx.select({ id: patients.id }).from(patients).where(eq(patients.id, patient.id)).for('update');
    const hourAgo = new Date(now.getTime() - HOUR_MS);
    const mine = await tx.select({ id: phoneLinks.id }).from(phoneLinks).where(and(eq(phoneLinks.patientId, patient.id), gt(phoneLinks.createdAt, hourAgo)));
    const toNumber = await tx.select({ id: phoneLinks.id }).from(phoneLinks).where(and(eq(phoneLinks.phoneHash, hash), gt(phoneLinks.createdAt, hourAgo)));
    if (mine.length >= CODES_PER_HOUR || toNumber.length >= CODES_PER_HOUR) throw new TooManyRequests(`at most ${CODES_PER_HOUR} codes an hour; try again later`, 'too_many_codes');
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const expiresAt = new Date(now.getTime() + CODE_TTL_MS);
    // An earlier code stops working: only the latest one may be typed in.
    await tx.update(phoneLinks).set({ expiresAt: now }).where(and(eq(phoneLinks.patientId, patient.id), isNull(phoneLinks.confirmedAt), gt(phoneLinks.expiresAt, now)));
    const [link] = await tx
      .insert(phoneLinks)
      .values({ patientId: patient.id, phoneHash: hash, phoneEnc: svc.crypto.encrypt(phone), codeEnc: svc.crypto.encrypt(code), expiresAt, createdAt: now })
      .returning({ id: phoneLinks.id });
    await enqueue(tx, now, [{ channel: 'sms', destination: `sms-link:${link!.id}`, kind: 'link_code', payload: { linkId: link!.id } }]);
    await audit(tx, patient.id, now, 'phone_code_requested');
    return { phone: maskPhone(phone), expiresAt: expiresAt.toISOString() };
  });
}

export type LinkResult =
  | { linked: true; phone: string; patientId: string; token?: string; expiresAt?: string }
  | { linked: false; code: 'wrong_code'; attemptsLeft: number };

/**
 * The patient types the code. On success the number becomes their SMS identity: texts from it join
 * this conversation and check-ins go to it. If the number already belongs to another patient (they
 * texted before), this browser continues as that patient, with a new session token: one patient,
 * one conversation. What was said in this browser before stays on its own record, marked as merged.
 */
export async function confirmCode(svc: Services, patient: Patient, code: string): Promise<LinkResult> {
  const now = svc.clock.now();
  const result = await svc.db.transaction(async (tx): Promise<LinkResult> => {
    await tx.select({ id: patients.id }).from(patients).where(eq(patients.id, patient.id)).for('update');
    const link = await openLink(tx, patient.id, now);
    if (!link) throw new Conflict('there is no code waiting, or it has expired; ask for a new one', 'no_code');
    const expected = svc.crypto.decrypt(link.codeEnc);
    const given = code.replace(/\D/g, '');
    if (given.length !== expected.length || !timingSafeEqual(Buffer.from(given), Buffer.from(expected))) {
      await tx.update(phoneLinks).set({ attempts: link.attempts + 1 }).where(eq(phoneLinks.id, link.id));
      return { linked: false, code: 'wrong_code', attemptsLeft: CODE_ATTEMPTS - link.attempts - 1 };
    }
    const phone = svc.crypto.decrypt(link.phoneEnc);
    const owner = await numberOwner(tx, link.phoneHash);
    let target = patient.id;
    if (owner && owner !== patient.id) {
      // Moving this browser to the other patient must not strand a crisis or a clinician's conversation here.
      if (patient.mode === 'clinician' || (await activeEscalation(tx, patient.id))) {
        throw new Conflict('a clinician is looking after this conversation; the number can be linked once they hand it back', 'with_clinician');
      }
      target = owner;
      await tx.delete(channelIdentities).where(and(eq(channelIdentities.patientId, patient.id), eq(channelIdentities.channel, 'sms')));
      await tx.update(patients).set({ mergedInto: owner, sessionsValidFrom: now }).where(eq(patients.id, patient.id));
      await tx.update(checkInSchedules).set({ active: false }).where(eq(checkInSchedules.patientId, patient.id));
      await tx.update(followUps).set({ cancelledAt: now }).where(and(eq(followUps.patientId, patient.id), isNull(followUps.sentAt), isNull(followUps.cancelledAt)));
      const [web] = await tx.select({ id: channelIdentities.id }).from(channelIdentities).where(and(eq(channelIdentities.patientId, owner), eq(channelIdentities.channel, 'web')));
      if (!web) await tx.insert(channelIdentities).values({ patientId: owner, channel: 'web' });
    } else if (!owner) {
      // A new number, or a change of number: the old one stops receiving anything.
      await tx.delete(channelIdentities).where(and(eq(channelIdentities.patientId, patient.id), eq(channelIdentities.channel, 'sms')));
      const inserted = await tx
        .insert(channelIdentities)
        .values({ patientId: patient.id, channel: 'sms', addressHash: link.phoneHash, addressEnc: svc.crypto.encrypt(phone) })
        .onConflictDoNothing()
        .returning({ id: channelIdentities.id });
      // The number texted in for the first time a moment ago: ask again and it is the case above.
      if (!inserted.length) throw new Conflict('this number was just used elsewhere; ask for a new code', 'try_again');
    }
    await tx.update(phoneLinks).set({ confirmedAt: now }).where(eq(phoneLinks.id, link.id));
    const [t] = await tx.select().from(patients).where(eq(patients.id, target));
    const copy = copyFor(t!.locale);
    const clinic = svc.config.CLINIC_NAME ?? copy.defaultClinic;
    // The text confirms to the number what it signed up for (with HELP and STOP); the chat says what changes.
    await storeOutbound(tx, svc.crypto, now, { patientId: target, channel: 'sms', author: 'system', text: copy.phone.linkedSms(clinic), answersPatient: true });
    await storeOutbound(tx, svc.crypto, now, { patientId: target, channel: 'web', author: 'system', text: copy.phone.linkedWeb(maskPhone(phone), target !== patient.id) });
    await audit(tx, patient.id, now, 'phone_linked', target !== patient.id ? { continuesAs: target } : null);
    if (target !== patient.id) await audit(tx, target, now, 'phone_linked_from_web', { from: patient.id });
    return { linked: true, phone: maskPhone(phone), patientId: target };
  });
  if (!result.linked || result.patientId === patient.id) {
    if (result.linked) svc.bus.notify(patient.id);
    return result;
  }
  svc.log.info({ patientId: patient.id, continuesAs: result.patientId }, 'web patient linked a number that was already enrolled; the browser continues as that patient');
  svc.bus.notify(result.patientId);
  const { token, expiresAt } = issueToken(svc.sessionSecret, result.patientId, now, svc.config.WEB_SESSION_TTL_S);
  return { ...result, token, expiresAt: expiresAt.toISOString() };
}

async function numberOwner(tx: Tx, hash: string): Promise<string | null> {
  const [row] = await tx
    .select({ patientId: channelIdentities.patientId })
    .from(channelIdentities)
    .where(and(eq(channelIdentities.channel, 'sms'), eq(channelIdentities.addressHash, hash)));
  return row?.patientId ?? null;
}

/** The patient removes their number: nothing more is sent to it, and check-ins wait in the web chat. */
export async function unlinkPhone(svc: Services, patient: Patient): Promise<{ phone: null }> {
  const now = svc.clock.now();
  await svc.db.transaction(async (tx) => {
    const removed = await tx
      .delete(channelIdentities)
      .where(and(eq(channelIdentities.patientId, patient.id), eq(channelIdentities.channel, 'sms')))
      .returning({ addressEnc: channelIdentities.addressEnc });
    if (!removed.length) return;
    if (patient.lastChannel === 'sms') await tx.update(patients).set({ lastChannel: 'web' }).where(eq(patients.id, patient.id));
    const copy = copyFor(patient.locale);
    await storeOutbound(tx, svc.crypto, now, { patientId: patient.id, channel: 'web', author: 'system', text: copy.phone.unlinked(maskPhone(svc.crypto.decrypt(removed[0]!.addressEnc!))) });
    await audit(tx, patient.id, now, 'phone_unlinked');
  });
  svc.bus.notify(patient.id);
  return { phone: null };
}

/** The outbox sender for codes: to the number being linked, which is not (yet) any patient's identity. */
export function linkCodeSender(svc: Services, send: (to: string, body: string) => Promise<{ sid: string }>) {
  return async (row: OutboxRow): Promise<SendOutcome> => {
    const [link] = await svc.db.select().from(phoneLinks).where(eq(phoneLinks.id, String(row.payload.linkId)));
    if (!link) return { type: 'failed', code: 'no_link' };
    // Late (an outage) or replaced: a code that can no longer be used is not worth a text.
    if (link.confirmedAt || link.expiresAt <= svc.clock.now()) return { type: 'sent', result: { skipped: 'expired' } };
    const [p] = await svc.db.select({ locale: patients.locale }).from(patients).where(eq(patients.id, link.patientId));
    const copy = copyFor(p?.locale ?? svc.config.DEFAULT_LOCALE);
    const sent = await send(svc.crypto.decrypt(link.phoneEnc), copy.phone.code(svc.config.CLINIC_NAME ?? copy.defaultClinic, svc.crypto.decrypt(link.codeEnc)));
    return { type: 'sent', result: { sid: sent.sid } };
  };
}
