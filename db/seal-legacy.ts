import { and, eq, isNotNull, sql } from 'drizzle-orm';
import type { Db } from './client.js';
import type { FieldCrypto } from './field-crypto.js';
import { escalationEvents, escalations, questionnaireResponses } from './schema/index.js';

export interface Sealed {
  cssrs: number;
  notes: number;
  scores: number;
}

/**
 * Health data that older versions stored in plaintext, sealed at start-up with the current key:
 * C-SSRS answers on escalations, clinicians' resolve notes in the escalation trail, and
 * questionnaire scores (mood ratings, PHQ-9 and GAD-7 totals). Each row is sealed and its plaintext
 * emptied in one statement, so a crash part-way leaves every row either sealed or as it was, and a
 * second run finds nothing left to do. Migration 0007 added the sealed columns; SQL alone cannot do
 * this because the key lives outside the database.
 */
export async function sealLegacyHealthFields(db: Db, crypto: Pick<FieldCrypto, 'encrypt'>): Promise<Sealed> {
  const sealed: Sealed = { cssrs: 0, notes: 0, scores: 0 };

  const answers = await db.select({ id: escalations.id, cssrs: escalations.cssrs }).from(escalations).where(isNotNull(escalations.cssrs));
  for (const row of answers) {
    await db
      .update(escalations)
      .set({ cssrsEnc: crypto.encrypt(JSON.stringify(row.cssrs)), cssrs: null })
      .where(and(eq(escalations.id, row.id), isNotNull(escalations.cssrs)));
    sealed.cssrs += 1;
  }

  const notes = await db
    .select({ id: escalationEvents.id, details: escalationEvents.details })
    .from(escalationEvents)
    .where(sql`${escalationEvents.details} ? 'note'`);
  for (const row of notes) {
    const { note, ...rest } = row.details!;
    await db
      .update(escalationEvents)
      .set({ details: { ...rest, noteEnc: crypto.encrypt(String(note)) } })
      .where(and(eq(escalationEvents.id, row.id), sql`${escalationEvents.details} ? 'note'`));
    sealed.notes += 1;
  }

  const scores = await db
    .select({ id: questionnaireResponses.id, score: questionnaireResponses.score })
    .from(questionnaireResponses)
    .where(isNotNull(questionnaireResponses.score));
  for (const row of scores) {
    await db
      .update(questionnaireResponses)
      .set({ scoreEnc: crypto.encrypt(String(row.score)), score: null })
      .where(and(eq(questionnaireResponses.id, row.id), isNotNull(questionnaireResponses.score)));
    sealed.scores += 1;
  }
  return sealed;
}
