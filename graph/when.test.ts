import { describe, expect, it } from 'vitest';
import { copyFor } from './copy/index.js';
import { describeWhen, readClock, readWhen, resolveWhen } from './when.js';

/** Wednesday 4 March 2026, 10:00 in New York, 16:00 in Madrid. */
const NOW = new Date('2026-03-04T15:00:00Z');
const NY = 'America/New_York';
const MADRID = 'Europe/Madrid';

function at(text: string, timeZone = NY, now = NOW): string | null {
  return resolveWhen(readWhen(text), now, timeZone)?.at.toISOString() ?? null;
}

describe('reading when', () => {
  it('a day or time ruled out is not the one said: "el jueves no mañana", "5:30 doesn\'t work … down by 8", "not at 5:30 in the morning, I meant 8pm"', () => {
    expect(readWhen('no wey, dije el jueves no mañana').day).toEqual({ weekday: 4, next: false });
    expect(readWhen('mañana no puedo, el viernes').day).toEqual({ weekday: 5, next: false });
    expect(readWhen('ah no espera, mañana temprano no, mejor el jueves').day).toEqual({ weekday: 4, next: false });
    expect(readWhen('5:30 doesnt work. after the kids are in bed is better, like they are usually down by 8').time).toEqual({ kind: 'clock', hour: 20, minute: 0 });
    expect(readWhen('no lol i am definitely not up worrying at 5:30 in the morning. i meant 8pm').time).toEqual({ kind: 'clock', hour: 20, minute: 0 });
    expect(readWhen('a la nochecita').time).toEqual({ kind: 'part', part: 'evening' });
    expect(readWhen('mañana a las 10').day).toEqual({ offset: 1 });
  });

  it('reads English days and times in the patient’s zone', () => {
    expect(at('tomorrow at 5pm')).toBe('2026-03-05T22:00:00.000Z');
    expect(at('Friday 7:30am')).toBe('2026-03-06T12:30:00.000Z');
    expect(at('thursday evening')).toBe('2026-03-05T23:00:00.000Z');
    expect(at('tonight')).toBe('2026-03-05T01:00:00.000Z');
    expect(at('in 2 hours')).toBe('2026-03-04T17:00:00.000Z');
    // "today" said in passing does not outrank "next Wednesday" (a week on, after the clocks change).
    expect(at('oh wait today is wednesday lol. next wednesday. like 4pm')).toBe('2026-03-11T20:00:00.000Z');
    expect(at('hoy es miércoles, mejor el próximo miércoles a las 4')).toBe('2026-03-11T20:00:00.000Z');
  });

  it('reads Spanish days and times, telling "mañana" (tomorrow) from "por la mañana" (morning)', () => {
    expect(at('mañana a las 10', MADRID)).toBe('2026-03-05T09:00:00.000Z');
    expect(at('mañana por la mañana', MADRID)).toBe('2026-03-05T08:00:00.000Z');
    expect(at('el viernes a las 7 de la tarde', MADRID)).toBe('2026-03-06T18:00:00.000Z');
    expect(at('el jueves a las 18:30', MADRID)).toBe('2026-03-05T17:30:00.000Z');
    expect(at('pasado mañana a las 9 y media', MADRID)).toBe('2026-03-06T08:30:00.000Z');
  });

  it('follows the zone across a daylight-saving change', () => {
    // New York moves to EDT on Sunday 8 March 2026: 10:00 local is 14:00 UTC from then on.
    expect(at('sunday at 10am')).toBe('2026-03-08T14:00:00.000Z');
    expect(at('saturday at 10am')).toBe('2026-03-07T15:00:00.000Z');
  });

  it('takes a time alone as today, or tomorrow once it has passed', () => {
    expect(at('at 6pm')).toBe('2026-03-04T23:00:00.000Z');
    expect(at('9am')).toBe('2026-03-05T14:00:00.000Z');
  });

  it('takes a weekday as the coming one, and today only while the time is ahead', () => {
    expect(at('wednesday 8pm')).toBe('2026-03-05T01:00:00.000Z');
    expect(at('wednesday 8am')).toBe('2026-03-11T12:00:00.000Z');
    expect(at('next wednesday at 8pm')).toBe('2026-03-12T00:00:00.000Z');
  });

  it('flags an explicit "today" at a time already gone', () => {
    expect(resolveWhen(readWhen('today at 8am'), NOW, NY)?.past).toBe(true);
  });

  it('needs a time: a day alone or no day and no time cannot be placed', () => {
    expect(readWhen('saturday')).toEqual({ day: { weekday: 6, next: false } });
    expect(resolveWhen(readWhen('saturday'), NOW, NY)).toBeNull();
    expect(resolveWhen(readWhen('whenever I feel up to it'), NOW, NY)).toBeNull();
  });

  it('reads clock times written in the usual ways', () => {
    expect(readClock('17:45')).toMatchObject({ hour: 17, minute: 45 });
    expect(readClock('5.15 p.m.')).toMatchObject({ hour: 17, minute: 15 });
    expect(readClock('12am')).toMatchObject({ hour: 0, minute: 0 });
    expect(readClock('half past 4')).toMatchObject({ hour: 4, minute: 30 });
    expect(readClock('a las 8 menos cuarto')).toMatchObject({ hour: 7, minute: 45 });
    expect(readClock('20h')).toMatchObject({ hour: 20, minute: 0 });
    expect(readClock('for 20 minutes')).toBeNull();
  });
});

describe('saying when back', () => {
  const say = (text: string, locale: string, timeZone: string) => {
    const resolved = resolveWhen(readWhen(text), NOW, timeZone)!;
    return describeWhen(resolved, NOW, timeZone, locale.slice(0, 2), copyFor(locale).exercises.when);
  };

  it('names the day and the time, in English and Spanish', () => {
    expect(say('saturday 10am', 'en-US', NY)).toBe('Saturday 10:00');
    expect(say('tomorrow morning', 'en-US', NY)).toBe('tomorrow morning');
    expect(say('tonight', 'en-US', NY)).toBe('tonight');
    expect(say('el sábado por la tarde', 'es-ES', MADRID)).toBe('el sábado por la tarde');
    expect(say('mañana a la 1 de la tarde', 'es-MX', MADRID)).toBe('mañana a las 13:00');
    expect(say('hoy a las 21:00', 'es-ES', MADRID)).toBe('hoy a las 21:00');
  });

  it('adds the date when the day is more than a week away', () => {
    expect(say('next wednesday at 8pm', 'en-GB', NY)).toBe('Wednesday 11 March 20:00');
  });
});

describe('British times', () => {
  it('"half 4" is half past four', () => {
    expect(readClock('tomorrow after school, like half 4 when I get home')).toMatchObject({ hour: 4, minute: 30 });
    expect(readClock('give me half an hour')).toBeNull();
  });

  it('a day taken back in the same answer is not the day: the one said after the correction is', () => {
    expect(readWhen('umm monday? no wait i work sun and mon nights. thursday around 2pm, should be up by then')).toMatchObject({ day: { weekday: 4 }, time: { hour: 14 } });
    expect(readWhen('el viernes a las 6, bueno no, mejor el sábado')).toMatchObject({ day: { weekday: 6 }, time: { hour: 18 } });
    expect(readWhen('at 4, actually 7pm')).toMatchObject({ time: { hour: 19 } });
    expect(readWhen('friday not monday')).toMatchObject({ day: { weekday: 5 } });
    // Without a correction, the day said first is the plan's ("saturday 9am. i'll ask her today").
    expect(readWhen("saturday 9am. i'll ask her today")).toMatchObject({ day: { weekday: 6 } });
  });

  it('reads "o\'clock" and the part of the day said first', () => {
    expect(readClock("4 o'clock, as I said")).toMatchObject({ hour: 4, minute: 0 });
    expect(readWhen("make it four o'clock, not half past five")).toMatchObject({ time: { hour: 16 } });
    expect(readWhen('mejor en la tarde como a las 6, que en la mañana no puedo')).toMatchObject({ time: { hour: 18 } });
    expect(readWhen('a las 7 de la mañana?? no, 7 de la tarde')).toMatchObject({ time: { hour: 19 } });
  });
});
