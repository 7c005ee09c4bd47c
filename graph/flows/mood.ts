import { fold, readRating } from '../parse.js';
import type { Flow } from '../flow.js';
import { say } from '../flow.js';

type MoodData = {
  rating?: number;
  tries?: number;
};

const MAX_FEELING_LENGTH = 60;

/** Mood check-in: a 0–10 rating, a named feeling, a short reflection, then an offer of what next. */
export const mood: Flow = {
  id: 'mood',
  start(ctx) {
    const scale = Array.from({ length: 11 }, (_, i) => String(i));
    const checkIn = (ctx.state.input?.kind === 'event' && ctx.state.input.event === 'checkin') || (ctx.state.data as { checkIn?: boolean }).checkIn === true;
    return { say: [say(checkIn ? ctx.copy.mood.checkIn : ctx.copy.mood.askRating, scale)], step: 'rating', data: {} };
  },
  resume(ctx) {
    const scale = Array.from({ length: 11 }, (_, i) => String(i));
    const c = ctx.copy.mood;
    if (ctx.state.step === 'feeling') return { say: [say(`${c.resume} ${c.askFeeling}`, [...c.feelings, c.somethingElse])] };
    return { say: [say(`${c.resume} ${c.askRatingAgain}`, scale)], step: 'rating' };
  },
  async reply(ctx) {
    const c = ctx.copy.mood;
    const data = ctx.state.data as MoodData;
    switch (ctx.state.step) {
      case 'rating': {
        const rating = readRating(ctx.text);
        if (rating === null) {
          const tries = (data.tries ?? 0) + 1;
          // Twice not a number: they probably want something else; don't trap them in a loop.
          if (tries >= 2) return { finish: true };
          return { say: [say(c.askRatingAgain)], step: 'rating', data: { tries } };
        }
        return {
          say: [say(c.askFeeling, [...c.feelings, c.somethingElse])],
          step: 'feeling',
          data: { rating },
        };
      }
      case 'feeling': {
        if (ctx.text.trim().toLowerCase() === c.somethingElse.toLowerCase()) {
          return { say: [say(c.askFeelingFree)], step: 'feeling', data };
        }
        const rating = data.rating ?? 5;
        const feeling = ctx.text.trim().slice(0, MAX_FEELING_LENGTH).toLowerCase();
        const hard = c.hardFeelings.some((f) => fold(feeling).includes(f));
        const reflect = rating <= 3 ? c.reflectLow : rating <= 6 ? c.reflectMid : hard ? c.reflectMixed : c.reflectHigh;
        const previous = ctx.state.profile.lastMood;
        const reflection = (await ctx.llm?.reflect({ rating, feeling, language: ctx.language })) ?? reflect(rating, feeling);
        const text = previous === undefined ? reflection : `${reflection} ${c.trend(previous, rating)}`;
        return {
          say: [say(text)],
          profile: { lastMood: rating },
          actions: [{ type: 'record', instrument: 'mood', score: rating, items: { rating, feeling } }],
          finish: true,
        };
      }
      default:
        return this.start(ctx);
    }
  },
};
