import { randomInt } from 'node:crypto';
import type { Tx } from '../db/client.js';
import type { Channel } from '../db/schema/index.js';
import { channelIdentities, patients } from '../db/schema/index.js';

export type Patient = typeof patients.$inferSelect;

// No 0/O, 1/I/L: pseudonyms are read aloud and typed by clinicians.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** A short pseudonym for clinicians' screens ("P-7KQ4F"): never the patient's name or number. */
export function newPseudonym(): string {
  let s = 'P-';
  for (let i = 0; i < 5; i++) s += ALPHABET[randomInt(ALPHABET.length)];
  return s;
}

export interface NewPatient {
  locale: string;
  timezone: string;
  channel: Channel;
  /** For SMS: the phone number, stored encrypted with a keyed hash for lookup. */
  address?: { hash: string; encrypted: string };
}

/** Creates a patient and their first channel identity. */
export async function createPatient(tx: Tx, p: NewPatient): Promise<Patient> {
  for (let attempt = 0; ; attempt++) {
    const [row] = await tx
      .insert(patients)
      .values({ pseudonym: newPseudonym(), locale: p.locale, timezone: p.timezone, lastChannel: p.channel })
      .onConflictDoNothing({ target: patients.pseudonym })
      .returning();
    if (row) {
      await tx.insert(channelIdentities).values({
        patientId: row.id,
        channel: p.channel,
        addressHash: p.address?.hash ?? null,
        addressEnc: p.address?.encrypted ?? null,
      });
      return row;
    }
    // 31^5 ≈ 28.6 million pseudonyms: a collision is rare, several in a row means something is wrong.
    if (attempt >= 5) throw new Error('could not allocate a pseudonym');
  }
}

/** Whether a string is an IANA time zone this runtime knows. */
export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** Canonical BCP 47 form (`es-mx` → `es-MX`), or null when it is not a locale. */
export function canonicalLocale(locale: string): string | null {
  try {
    const [canonical] = Intl.getCanonicalLocales(locale);
    return canonical && /^[a-z]{2,3}(-[A-Z]{2})?$/.test(canonical) ? canonical : null;
  } catch {
    return null;
  }
}
