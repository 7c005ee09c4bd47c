import { and, desc, eq, isNotNull, lt, ne } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import type { FieldCrypto } from '../../db/field-crypto.js';
import { enqueue } from '../../db/outbox.js';
import { auditEvents, questionnaireResponses } from '../../db/schema/index.js';
import type { Clinician } from '../../escalation/roster.js';
import { activeClinicians, onCallAt } from '../../escalation/roster.js';
import type { Instrument, Severity } from '../../graph/questionnaires.js';
import { worsening } from './facts.js';

/**
 * Who gets a non-urgent notice: the clinicians on call at the lowest tier now, or, with nobody on
 * call, every active clinician; only those the bot can reach in Teams (they have said hi).
 */
export async function noticeRecipients(tx: Tx, now: Date): Promise<Clinician[]> {
  const roster = await onCallAt(tx, now);
  const lowest = roster[0]?.tier;
  return (roster.length ? roster.filter((r) => r.tier === lowest).map((r) => r.clinician) : await activeClinicians(tx)).filter((c) => c.teamsRef !== null);
}

/**
 * The non-urgent notice of a worse PHQ-9 or GAD-7: not an escalation (no crisis queue, no paging
 * tiers, no repeat), one Teams card to each clinician on call at the lowest tier now, or, with nobody
 * on call, to every active clinician. Queued in the transaction that stores the score, so it exists
 * exactly when the score does; the card is rendered from the database when it is sent.
 */
export async function noticeWorsening(
  tx: Tx,
  crypto: Pick<FieldCrypto, 'decrypt'>,
  record: { id: string; patientId: string; instrument: Instrument; score: number; createdAt: Date },
  now: Date,
): Promise<{ rise: number | null; band: Severity; notified: number } | null> {
  const [before] = await tx
    .select({ scoreEnc: questionnaireResponses.scoreEnc })
    .from(questionnaireResponses)
    .where(
      and(
        eq(questionnaireResponses.patientId, record.patientId),
        eq(questionnaireResponses.instrument, record.instrument),
        ne(questionnaireResponses.id, record.id),
        isNotNull(questionnaireResponses.scoreEnc),
        lt(questionnaireResponses.createdAt, new Date(record.createdAt.getTime() + 1)),
      ),
    )
    .orderBy(desc(questionnaireResponses.createdAt))
    .limit(1);
  const previous = before?.scoreEnc ? Number(crypto.decrypt(before.scoreEnc)) : null;
  const worse = worsening(record.instrument, record.score, previous);
  if (!worse) return null;
  const recipients = await noticeRecipients(tx, now);
  await enqueue(
    tx,
    now,
    recipients.map((c) => ({
      channel: 'teams' as const,
      destination: `teams:${c.id}`,
      kind: 'score_notice',
      payload: { recordId: record.id, clinicianId: c.id, previous },
    })),
  );
  await tx.insert(auditEvents).values({
    at: now,
    actorType: 'system',
    actorId: null,
    action: 'score_worsening_noticed',
    subjectType: 'patient',
    subjectId: record.patientId,
    details: { recordId: record.id, instrument: record.instrument, rise: worse.rise, band: worse.band, notified: recipients.map((c) => c.id) },
  });
  return { ...worse, notified: recipients.length };
}

export interface ScoreNoticeView {
  pseudonym: string;
  instrument: Instrument;
  score: number;
  severity: Severity;
  previous: number | null;
  at: Date;
  item9: string | null;
}

const NAMES: Record<Instrument, [string, number]> = { phq9: ['PHQ-9', 27], gad7: ['GAD-7', 21] };

/** The notice card (Adaptive Card 1.5): what changed, and that this is not a crisis page. */
export function scoreNoticeCard(v: ScoreNoticeView): Record<string, unknown> {
  const [name, max] = NAMES[v.instrument];
  const rise = v.previous === null ? null : v.score - v.previous;
  const facts = [
    { title: 'Score', value: `${v.score}/${max} (${v.severity.replace('_', ' ')})` },
    { title: 'Before', value: v.previous === null ? 'first score' : `${v.previous}/${max}` },
    ...(rise !== null ? [{ title: 'Change', value: rise > 0 ? `+${rise}` : String(rise) }] : []),
    { title: 'Completed', value: `{{DATE(${v.at.toISOString().replace(/\.\d+Z$/, 'Z')}, SHORT)}} {{TIME(${v.at.toISOString().replace(/\.\d+Z$/, 'Z')})}}` },
    ...(v.item9 ? [{ title: 'Item 9', value: `${v.item9}: the safety questions followed (a separate review card if they raised a concern)` }] : []),
  ];
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [
      {
        type: 'Container',
        style: 'emphasis',
        bleed: true,
        items: [{ type: 'TextBlock', text: `${name} ${v.previous === null ? 'high' : 'worse'} · patient ${v.pseudonym}`, weight: 'Bolder', size: 'Medium', wrap: true }],
      },
      { type: 'FactSet', facts },
      {
        type: 'TextBlock',
        text: `For review at your next contact; not a crisis page, and nobody else was paged. Type **summary ${v.pseudonym}** for the progress-note draft.`,
        wrap: true,
        isSubtle: true,
      },
    ],
  };
}
