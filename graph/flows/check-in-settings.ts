import { nextCheckIn, quietUntil } from '../check-in-time.js';
import type { CheckInRequest } from '../check-in-words.js';
import type { FlowContext, StepResult } from '../flow.js';
import { say } from '../flow.js';
import { describeDay, hourText } from '../when.js';

/**
 * "Pause check-ins for a week", "check in at 7pm instead", "no more reminders", "will you keep
 * messaging me?": answered from the schedule as it is (the turn context), and the change made in the
 * same turn's transaction (a `check_in` action), so what the patient reads is what will happen.
 */

const DAY_MS = 86_400_000;

function time(ctx: FlowContext, hhmm: string): string {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return hourText(h, m, ctx.locale);
}

function when(ctx: FlowContext, at: Date): string {
  const l = new Intl.DateTimeFormat('en-US', { timeZone: ctx.timezone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const o = Object.fromEntries(l.map((p) => [p.type, p.value]));
  return ctx.copy.exercises.when.dayTime(describeDay(at, ctx.now, ctx.timezone, ctx.language, ctx.copy.exercises.when), time(ctx, `${o.hour}:${o.minute}`));
}

function daysText(ctx: FlowContext, days: string): string {
  const c = ctx.copy.checkIns;
  if (days.length === 7) return c.everyDay;
  if (days === '12345') return c.weekdays;
  const names = [...days].map((d) => c.dayNames[Number(d)]!);
  return c.onDays(names.length > 1 ? `${names.slice(0, -1).join(', ')} ${c.and} ${names.at(-1)}` : names[0]!);
}

/** "a las 6:00 p.m.." → "a las 6:00 p.m.": a 12-hour time that ends a sentence already has its full stop. */
const tidy = (text: string) => text.replace(/\.\.(?=\s|$)/g, '.');
/** The reply, and a note that the conversation is on the check-ins (the next message may be "ok 8:45 then"). */
const done = (text: string, extra: Partial<StepResult> = {}): StepResult => ({ say: [say(tidy(text))], step: 'idle', data: { checkInContext: true }, ...extra });

export function answerCheckIns(ctx: FlowContext, request: CheckInRequest): StepResult {
  const c = ctx.copy.checkIns;
  const s = ctx.checkIns;
  const on = s !== null && s.active;
  const pausedUntil = s?.pausedUntil && new Date(s.pausedUntil) > ctx.now ? new Date(s.pausedUntil) : null;
  const next = (after: Date) => (s ? when(ctx, nextCheckIn(s.localTime, s.days, ctx.timezone, after)) : '');
  switch (request.kind) {
    case 'ask': {
      if (!s) return done(c.none);
      if (!s.active) return done(c.off);
      const status = pausedUntil ? `${c.pausedNow(describeDay(pausedUntil, ctx.now, ctx.timezone, ctx.language, ctx.copy.exercises.when))} ${c.current(daysText(ctx, s.days), time(ctx, s.localTime), next(pausedUntil))}` : c.current(daysText(ctx, s.days), time(ctx, s.localTime), next(ctx.now));
      // (How to change them is said once, not after every answer about them.)
      const told = (ctx.state.data as { checkInContext?: boolean }).checkInContext === true;
      return { say: [say(tidy(status)), ...(told ? [] : [say(c.howToChange)])], step: 'idle', data: { checkInContext: true } };
    }
    case 'how': {
      // Told as it is for this patient: where a check-in lands, and whether texts are possible.
      const how = ctx.channel === 'sms' || ctx.texts === 'linked' ? c.byText : ctx.texts === 'available' ? `${c.inChat} ${c.addNumber}` : c.inChat;
      const status = !s ? c.noneYet : !s.active ? c.off : c.current(daysText(ctx, s.days), time(ctx, s.localTime), next(pausedUntil ?? ctx.now));
      return { say: [say(tidy(`${status} ${how}`))], step: 'idle', data: { checkInContext: true } };
    }
    case 'quiet': {
      const [from = '21:00', to = '08:00'] = ctx.quietHours.split('-');
      return done(c.quietHours(time(ctx, from), time(ctx, to)));
    }
    case 'pause': {
      if (!on) return done(s ? c.off : c.nothingToPause);
      // Until the start of that day (local midnight): "until Friday" means Friday's check-in comes.
      const until =
        request.untilDay !== undefined
          ? nextCheckIn('00:00', String(request.untilDay), ctx.timezone, ctx.now)
          : nextCheckIn('00:00', '0123456', ctx.timezone, new Date(ctx.now.getTime() + (request.days - 1) * DAY_MS));
      return done(c.paused(describeDay(until, ctx.now, ctx.timezone, ctx.language, ctx.copy.exercises.when), time(ctx, s.localTime)), {
        actions: [{ type: 'check_in', change: 'pause', until: until.toISOString() }],
      });
    }
    case 'pause_later':
      // Only a break from now can be set: said plainly, with what to do, rather than a wrong break confirmed.
      return done(on ? c.pauseFromNow : s ? c.off : c.nothingToPause);
    case 'off':
      if (!on) return done(s ? c.off : c.none);
      return done(c.turnedOff, { actions: [{ type: 'check_in', change: 'off' }] });
    case 'resume':
      if (!s) return done(c.none);
      if (s.active && !pausedUntil) return done(c.alreadyOn(next(ctx.now)));
      return done(c.resumed(next(ctx.now)), { actions: [{ type: 'check_in', change: 'resume' }] });
    case 'time': {
      const quietHours = ctx.quietHours;
      const [from = '21:00', to = '08:00'] = quietHours.split('-');
      // Is that time of day inside the quiet hours? Asked of today's instant at that local time.
      const candidate = nextCheckIn(request.localTime, '0123456', ctx.timezone, ctx.now);
      // (The next message's bare time, "ok 8:45 then", is read as the answer.)
      if (quietUntil(quietHours, ctx.timezone, candidate)) return done(c.quiet(time(ctx, request.localTime), time(ctx, from), time(ctx, to)));
      const days = s?.days ?? '0123456';
      const first = nextCheckIn(request.localTime, days, ctx.timezone, pausedUntil ?? ctx.now);
      const text = s ? c.moved(time(ctx, request.localTime), when(ctx, first)) : c.created(time(ctx, request.localTime), when(ctx, first));
      // (A new time turns check-ins that were off back on.)
      return done(text, { actions: [{ type: 'check_in', change: 'time', localTime: request.localTime }] });
    }
    default:
      return request satisfies never;
  }
}
