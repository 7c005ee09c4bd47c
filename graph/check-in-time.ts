/**
 * When a check-in is next due: the first instant after `after` that is `localTime` (HH:MM) in the
 * patient's time zone, on one of `days` ("0123456", 0 = Sunday). Daylight-saving safe: it asks
 * Intl for the zone's offset at the candidate instant rather than adding 24 hours.
 */
export function nextCheckIn(localTime: string, days: string, timeZone: string, after: Date): Date {
  const [h, m] = localTime.split(':').map(Number) as [number, number];
  const parts = (d: Date) => {
    const f = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    const o = Object.fromEntries(f.formatToParts(d).map((p) => [p.type, p.value]));
    return { y: Number(o.year), mo: Number(o.month), d: Number(o.day), wd: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(String(o.weekday)) };
  };
  /** The UTC instant of a wall-clock time in the zone (iterating once for DST edges). */
  const zoned = (y: number, mo: number, d: number): Date => {
    let guess = Date.UTC(y, mo - 1, d, h, m);
    for (let i = 0; i < 2; i++) {
      const f = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
      const o = Object.fromEntries(f.formatToParts(new Date(guess)).map((p) => [p.type, p.value]));
      const shown = Date.UTC(Number(o.year), Number(o.month) - 1, Number(o.day), Number(o.hour), Number(o.minute));
      guess -= shown - Date.UTC(y, mo - 1, d, h, m);
    }
    return new Date(guess);
  };
  const start = parts(after);
  for (let i = 0; i < 8; i++) {
    const day = new Date(Date.UTC(start.y, start.mo - 1, start.d + i));
    const at = zoned(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate());
    if (at > after && days.includes(String(parts(at).wd))) return at;
  }
  throw new Error('no check-in day in the schedule');
}

const minutesOf = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
};

/**
 * If `at` falls inside the quiet hours `window` ("21:00-08:00", local to `timeZone`, may wrap past
 * midnight), the instant they end; otherwise null. DST safe (the end is found as a local time).
 */
export function quietUntil(window: string, timeZone: string, at: Date): Date | null {
  const [start = '21:00', end = '08:00'] = window.split('-');
  const f = new Intl.DateTimeFormat('en-US', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const o = Object.fromEntries(f.formatToParts(at).map((p) => [p.type, p.value]));
  const now = Number(o.hour) * 60 + Number(o.minute);
  const s = minutesOf(start);
  const e = minutesOf(end);
  if (s === e) return null;
  const inside = s < e ? now >= s && now < e : now >= s || now < e;
  return inside ? nextCheckIn(end, '0123456', timeZone, at) : null;
}
