import { describe, expect, it } from 'vitest';
import { nextCheckIn } from './check-in-time.js';

describe('check-in times', () => {
  it('is later today when the time has not passed, tomorrow when it has', () => {
    expect(nextCheckIn('09:00', '0123456', 'Europe/London', new Date('2026-03-02T08:00:00Z')).toISOString()).toBe('2026-03-02T09:00:00.000Z');
    expect(nextCheckIn('09:00', '0123456', 'Europe/London', new Date('2026-03-02T09:00:00Z')).toISOString()).toBe('2026-03-03T09:00:00.000Z');
  });

  it('follows the patient’s zone across a daylight-saving change', () => {
    // London moves to BST on 29 March 2026: 09:00 local is 08:00 UTC from then on.
    expect(nextCheckIn('09:00', '0123456', 'Europe/London', new Date('2026-03-28T10:00:00Z')).toISOString()).toBe('2026-03-29T08:00:00.000Z');
    expect(nextCheckIn('18:30', '0123456', 'America/New_York', new Date('2026-07-01T12:00:00Z')).toISOString()).toBe('2026-07-01T22:30:00.000Z');
  });

  it('skips days not in the schedule', () => {
    // 2026-03-06 is a Friday; weekdays only (1–5) → Monday the 9th.
    expect(nextCheckIn('09:00', '12345', 'UTC', new Date('2026-03-06T10:00:00Z')).toISOString()).toBe('2026-03-09T09:00:00.000Z');
  });
});
