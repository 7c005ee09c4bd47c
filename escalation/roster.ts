import { and, asc, eq, gt, lte } from 'drizzle-orm';
import type { Tx } from '../db/client.js';
import { clinicians, onCallShifts } from '../db/schema/index.js';

export type Clinician = typeof clinicians.$inferSelect;

export interface OnCall {
  clinician: Clinician;
  tier: number;
}

/** Who is on call at `at`, lowest tier first (a clinician on two overlapping shifts counts at the lower tier). */
export async function onCallAt(tx: Tx, at: Date): Promise<OnCall[]> {
  const rows = await tx
    .select({ clinician: clinicians, tier: onCallShifts.tier })
    .from(onCallShifts)
    .innerJoin(clinicians, eq(clinicians.id, onCallShifts.clinicianId))
    .where(and(lte(onCallShifts.startsAt, at), gt(onCallShifts.endsAt, at), eq(clinicians.active, true)))
    .orderBy(asc(onCallShifts.tier));
  const seen = new Set<string>();
  return rows.filter((r) => (seen.has(r.clinician.id) ? false : (seen.add(r.clinician.id), true)));
}

export async function activeClinicians(tx: Tx): Promise<Clinician[]> {
  return tx.select().from(clinicians).where(eq(clinicians.active, true));
}

export async function clinicianByTeamsUser(tx: Tx, teamsUserId: string): Promise<Clinician | null> {
  const [row] = await tx.select().from(clinicians).where(eq(clinicians.teamsUserId, teamsUserId));
  return row ?? null;
}
