import type { FlowContext } from './flow.js';
import type { ExerciseMood, Profile } from './state.js';
import type { FlowId } from './types.js';

/** Exercises that ask the mood when they end, so what helps this patient can be told apart. */
export const BRACKETED: ReadonlySet<FlowId> = new Set(['breathing', 'grounding', 'thought_record', 'problem_solving', 'worry_time', 'thinking_traps']);
/** Exercises whose end is a set-up, not the practice itself: a mood after them says nothing of what helps. */
export const SET_UP_ONLY: ReadonlySet<FlowId> = new Set(['worry_time']);
/** A mood rating this recent counts as the mood before an exercise (no need to ask again). */
const RECENT_MS = 2 * 3_600_000;
/** How many before/after ratings are kept. */
export const KEEP_MOODS = 60;
/** Uses with both ratings before an exercise counts as having helped (or not). */
const MIN_USES = 2;

/** The mood before an exercise: the last rating if it is recent, else unknown (asked at the end). */
export function recentMood(profile: Profile, now: Date): number | null {
  if (profile.lastMood === undefined || !profile.lastMoodAt) return null;
  return now.getTime() - new Date(profile.lastMoodAt).getTime() <= RECENT_MS ? profile.lastMood : null;
}

export interface Helped {
  flow: FlowId;
  uses: number;
  /** Mean change in mood (after - before). */
  mean: number;
}

/**
 * What has helped this patient: exercises used at least twice with both ratings and a mean rise in
 * mood, largest first.
 */
export function whatHelped(moods: readonly ExerciseMood[]): Helped[] {
  const by = new Map<FlowId, number[]>();
  for (const m of moods) {
    if (m.before === null || m.after === null || SET_UP_ONLY.has(m.flow)) continue;
    by.set(m.flow, [...(by.get(m.flow) ?? []), m.after - m.before]);
  }
  return [...by.entries()]
    .filter(([, d]) => d.length >= MIN_USES)
    .map(([flow, d]) => ({ flow, uses: d.length, mean: d.reduce((a, b) => a + b, 0) / d.length }))
    .filter((h) => h.mean > 0)
    .sort((a, b) => b.mean - a.mean || b.uses - a.uses);
}

/** "the breathing exercise", "la respiración": an exercise as a sentence names it. */
export function exerciseName(ctx: FlowContext, flow: FlowId): string {
  const names = ctx.copy.exercises.moodAfter.names as Partial<Record<FlowId, string>>;
  const items = ctx.copy.menu.items as Partial<Record<FlowId, string>>;
  return names[flow] ?? (items[flow] ?? flow).toLowerCase();
}

/** An exercise's button label: its menu item, or its label when it is not in the numbered menu. */
export function flowLabel(ctx: FlowContext, flow: FlowId): string {
  const items = ctx.copy.menu.items as Partial<Record<FlowId, string>>;
  const labels = ctx.copy.exercises.labels as Partial<Record<FlowId, string>>;
  return items[flow] ?? labels[flow] ?? flow;
}
