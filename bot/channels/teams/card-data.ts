import { and, desc, eq, gte, inArray, lte } from 'drizzle-orm';
import { clinicians, escalations, messages, patients } from '../../../db/schema/index.js';
import { cssrsOf } from '../../../escalation/open.js';
import { loadFacts } from '../../clinical/facts.js';
import { cardLines } from '../../clinical/summary.js';
import type { Services } from '../../services.js';
import type { CardView } from './cards.js';

/** Messages shown on a card: the trigger and what came just before it, no more (minimum necessary). */
const TRANSCRIPT_MESSAGES = 6;
const TRANSCRIPT_WINDOW_MS = 24 * 3_600_000;
const SUMMARY_DAYS = 14;

/** Reads what the card shows, as it is now. */
export async function loadCardView(svc: Services, escalationId: string, notice?: string): Promise<CardView | null> {
  const [esc] = await svc.db.select().from(escalations).where(eq(escalations.id, escalationId));
  if (!esc) return null;
  const [patient] = await svc.db.select().from(patients).where(eq(patients.id, esc.patientId));
  const people = [esc.acknowledgedBy, esc.takenOverBy, esc.resolvedBy].filter((x): x is string => Boolean(x));
  const names = new Map(
    people.length ? (await svc.db.select({ id: clinicians.id, name: clinicians.name }).from(clinicians).where(inArray(clinicians.id, people))).map((c) => [c.id, c.name]) : [],
  );
  let transcript: CardView['transcript'] = [];
  if (esc.triggerMessageId) {
    const [trigger] = await svc.db.select().from(messages).where(eq(messages.id, esc.triggerMessageId));
    if (trigger) {
      const rows = await svc.db
        .select()
        .from(messages)
        .where(
          and(
            eq(messages.patientId, esc.patientId),
            lte(messages.seq, trigger.seq),
            gte(messages.createdAt, new Date(trigger.createdAt.getTime() - TRANSCRIPT_WINDOW_MS)),
          ),
        )
        .orderBy(desc(messages.seq))
        .limit(TRANSCRIPT_MESSAGES);
      transcript = rows.reverse().map((m) => ({
        who: m.author === 'patient' ? 'patient' : m.author === 'clinician' ? 'clinician' : 'bot',
        text: svc.crypto.decrypt(m.bodyEnc),
        at: m.createdAt,
      }));
    }
  }
  const now = svc.clock.now();
  const facts = await loadFacts(svc, esc.patientId, new Date(now.getTime() - SUMMARY_DAYS * 86_400_000), new Date(now.getTime() + 1));
  return {
    escalationId: esc.id,
    level: esc.level,
    status: esc.status,
    categories: esc.categories,
    pseudonym: patient?.pseudonym ?? 'unknown',
    channel: patient?.lastChannel ?? 'web',
    openedAt: esc.openedAt,
    now,
    tier: esc.tier,
    round: esc.round,
    transcript,
    cssrs: cssrsOf(esc, svc.crypto),
    acknowledgedBy: esc.acknowledgedBy ? (names.get(esc.acknowledgedBy) ?? null) : null,
    takenOverBy: esc.takenOverBy ? (names.get(esc.takenOverBy) ?? null) : null,
    resolvedBy: esc.resolvedBy ? (names.get(esc.resolvedBy) ?? null) : null,
    outcome: esc.outcome,
    between: facts ? cardLines(facts) : [],
    notice,
  };
}
