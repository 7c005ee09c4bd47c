import type { Profile, SavedPlan } from './state.js';

/** How many planned activities the bot keeps (listed, followed up). */
export const KEEP_PLANS = 10;
/** After an activity planned for a time, how long before asking how it went. */
const AFTER_TIMED_MS = 60 * 60_000;
/** Planned for a part of the day ("Saturday morning"): asked once that part is likely over. */
const AFTER_PART_MS = 3 * 60 * 60_000;

/** When to ask how a planned activity went, or null when it has no time to go by. */
export function followUpTime(at: string | null, part: string | null): string | null {
  if (!at) return null;
  return new Date(new Date(at).getTime() + (part ? AFTER_PART_MS : AFTER_TIMED_MS)).toISOString();
}

/** The plan whose follow-up is due (the oldest), if any. */
export function duePlan(profile: Profile, now: Date): SavedPlan | null {
  return (profile.plans ?? []).find((p) => p.status === 'planned' && !p.asked && p.followUpAt !== null && new Date(p.followUpAt) <= now) ?? null;
}

/** Plans still to happen or to be asked about, soonest first. */
export function openPlans(profile: Profile): SavedPlan[] {
  return (profile.plans ?? []).filter((p) => p.status === 'planned').sort((a, b) => (a.at ?? '9').localeCompare(b.at ?? '9'));
}

/** The profile's plans with one replaced (by id) or added, keeping the newest few. */
export function withPlan(profile: Profile, plan: SavedPlan): SavedPlan[] {
  const others = (profile.plans ?? []).filter((p) => p.id !== plan.id);
  return [...others, plan].slice(-KEEP_PLANS);
}
