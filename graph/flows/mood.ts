import { readRequest } from '../intent-match.js';
import { MOOD_SCALE, fold, readRating } from '../parse.js';
import type { Flow } from '../flow.js';
import { say } from '../flow.js';
import { toldOfLoss } from '../reading.js';

type MoodData = {
  rating?: number;
  tries?: number;
};

const MAX_FEELING_LENGTH = 60;

/**
 * Feeling words a reflection may name back (at most two, as the patient spelled them): the rest of
 * what they wrote is not echoed ("Anxious, like i said at 4 out of 10" reads as a parrot, not a person).
 */
const FEELING_WORDS =
  /\b(anxious|nervous|worried|scared|afraid|panicky|sad|down|low|depressed|miserable|stressed|overwhelmed|angry|annoyed|irritated|irritable|frustrated|tired|exhausted|drained|lonely|numb|empty|hurt|ashamed|guilty|calm|okay|ok|fine|good|great|happy|content|relaxed|hopeful|grateful|excited|proud|better|meh|flat|restless|confused|bored|jealous|ansios[oa]|nervios[oa]|preocupad[oa]|asustad[oa]|triste|deprimid[oa]|estresad[oa]|agobiad[oa]|enfadad[oa]|enojad[oa]|frustrad[oa]|cansad[oa]|agotad[oa]|vaci[oa]|culpable|tranquil[oa]|bien|regular|content[oa]|feliz|relajad[oa]|esperanzad[oa]|mejor|peor|mal)\b/giu;

function namedFeelings(text: string, and: string, buttons: readonly string[]): string | null {
  // A quick reply tapped: its own words ("tranquilo/a").
  const tapped = buttons.find((b) => fold(b) === fold(text));
  if (tapped) return tapped.toLowerCase();
  const found = [...new Set([...fold(text).matchAll(FEELING_WORDS)].map((m) => m[0]))].slice(0, 2);
  return found.length ? found.join(` ${and} `) : null;
}

/** A death told in passing ("passed away", "lost my husband", "falleció mi madre"). */
const LOSS = /\b(passed away|passed on|died|funeral|bereave\w*|widow\w*|lost my (wife|husband|partner|mum|mom|mother|dad|father|son|daughter|brother|sister|baby|friend|nan|gran)|fallecio|falleci\w*|murio|se murio|perdi a mi|mi (esposa|esposo|madre|padre|mama|papa) (murio|fallecio)|funeral|viud[oa]|duelo)\b/;

/** Mood check-in: a 0–10 rating, a named feeling, a short reflection, then an offer of what next. */
export const mood: Flow = {
  id: 'mood',
  start(ctx) {
    const scale = [...MOOD_SCALE];
    const checkIn = (ctx.state.input?.kind === 'event' && ctx.state.input.event === 'checkin') || (ctx.state.data as { checkIn?: boolean }).checkIn === true;
    // "Mood's about 5 now": the rating already given, so the feeling is asked next.
    const given = (ctx.state.data as { rating?: number }).rating;
    if (typeof given === 'number' && given >= 0 && given <= 10) return { say: [say(ctx.copy.mood.askFeeling, [...ctx.copy.mood.feelings, ctx.copy.mood.somethingElse])], step: 'feeling', data: { rating: given } };
    return { say: [say(checkIn ? ctx.copy.mood.checkIn : ctx.copy.mood.askRating, scale)], step: 'rating', data: {} };
  },
  resume(ctx) {
    const scale = [...MOOD_SCALE];
    const c = ctx.copy.mood;
    // A check-in unanswered for a few hours: one gentle nudge, said to be the only one.
    if (ctx.state.input?.kind === 'event' && ctx.state.input.event === 'reminder') return { say: [say(c.nudge, scale)], step: 'rating' };
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
          // "My chest is tight right now, what can I do?": helped first; the rating can wait.
          const wanted = readRequest(ctx.text);
          if (wanted === 'breathing' || wanted === 'grounding') return { goto: wanted, returnTo: null };
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
        const feeling = ctx.text.trim().slice(0, MAX_FEELING_LENGTH);
        const named = namedFeelings(feeling, c.and, c.feelings);
        const hard = c.hardFeelings.some((f) => fold(feeling).includes(f));
        const band = rating <= 3 ? 'low' : rating <= 6 ? 'mid' : 'high';
        const scripted = named
          ? (band === 'low' ? c.reflectLow : band === 'mid' ? c.reflectMid : hard ? c.reflectMixed : c.reflectHigh)(rating, named)
          : c.reflectPlain[band](rating);
        const previous = ctx.state.profile.lastMood;
        const reflection = (await ctx.llm?.reflect({ rating, feeling, language: ctx.language })) ?? scripted;
        // "My wife Jean passed away in the spring": heard before anything else.
        const told = toldOfLoss(ctx.text) ?? (LOSS.test(fold(ctx.text)) ? { who: '' } : null);
        const loss = told ? `${ctx.copy.sorryAbout(told.who)} ` : '';
        const text = loss + (previous === undefined ? reflection : `${reflection} ${c.trend(previous, rating)}`);
        return {
          say: [say(text)],
          profile: { lastMood: rating, lastMoodAt: ctx.now.toISOString() },
          actions: [{ type: 'record', instrument: 'mood', score: rating, items: { rating, feeling } }],
          finish: true,
        };
      }
      default:
        return this.start(ctx);
    }
  },
};

/** A mood told outright at the menu: "mood's about 5 now i spose", "my mood is a 6 today", "mi ánimo anda en un 4". */
const MOOD_TOLD =
  /^(?:(?:ok|okay|right|anyway|and|well|so|y|pues|bueno|oye)\s+)*(?:my |mi )?(?:mood|moods|animo)(?: s| is| esta| anda| es)?(?: now| today| right now| ahora| hoy)?(?: (?:about|around|like|maybe|at|sitting at|como|en|sobre))*(?: an?| un)? (10|[0-9])(?: ?\/ ?10| out of 10| de 10)?\b(?:(?!\b(?:no|not|but|pero|y|and|yesterday|ayer|last)\b)[a-z ]){0,30}$/;

export function readMoodTold(text: string): number | null {
  const m = MOOD_TOLD.exec(fold(text).replace(/[.,!?]/g, ' ').replace(/\s+/g, ' ').trim());
  return m ? Number(m[1]) : null;
}
