import { eq } from 'drizzle-orm';
import type { Tx } from '../db/client.js';
import { clinicians } from '../db/schema/index.js';
import { activeEscalation } from './lifecycle.js';
import type { RiskCategory } from './screening.js';

/** The patient's active escalation, as the bot may truthfully describe it. */
export interface EscalationView {
  level: 'urgent' | 'concern';
  status: 'open' | 'paged' | 'acknowledged' | 'taken_over';
  categories: RiskCategory[];
  /** A page (a Teams card or an SMS) has actually been queued for someone. */
  paged: boolean;
  /** The first name of the clinician who has acknowledged it, once someone has. */
  acknowledgedBy: string | null;
  /** ISO time it was opened (a hold that began before this message is one already under way). */
  openedAt: string;
}

/**
 * The patient's active escalation as the bot may describe it to them: whether anyone has really
 * been paged, and the first name of whoever has acknowledged it. Nothing more of the clinician.
 */
export async function escalationView(tx: Tx, patientId: string): Promise<EscalationView | null> {
  const esc = await activeEscalation(tx, patientId);
  if (!esc || esc.status === 'resolved') return null;
  let acknowledgedBy: string | null = null;
  const owner = esc.takenOverBy ?? esc.acknowledgedBy;
  if (owner) {
    const [c] = await tx.select({ name: clinicians.name }).from(clinicians).where(eq(clinicians.id, owner));
    acknowledgedBy = c ? firstName(c.name) : null;
  }
  return {
    level: esc.level,
    status: esc.status,
    categories: esc.categories as RiskCategory[],
    paged: esc.firstPagedAt !== null,
    acknowledgedBy,
    openedAt: esc.openedAt.toISOString(),
  };
}

/** "Dr Dana Whitfield" → "Dana": how a patient would be told who has their message. */
export function firstName(name: string): string {
  const parts = name.trim().split(/\s+/).filter((p) => !/^(dr|dr\.|mr|mrs|ms|mx|prof)\.?$/i.test(p));
  return parts[0] ?? name.trim();
}
