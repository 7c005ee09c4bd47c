import { onCallAt } from '../escalation/roster.js';
import type { Services } from './services.js';

/**
 * Says loudly at start-up when no clinician is on call: an urgent escalation would page nobody, and
 * patients in crisis are told to use the crisis line. Returns whether anyone is on call.
 */
export async function warnIfNobodyOnCall(svc: Services): Promise<boolean> {
  const onCall = await onCallAt(svc.db, svc.clock.now());
  if (onCall.length > 0) return true;
  svc.log.warn(
    'no clinician is on call: an urgent escalation will page nobody, and patients in crisis are told to use the crisis line. Add clinicians and shifts with the operator API (/api/admin/clinicians, /api/admin/shifts)',
  );
  return false;
}
