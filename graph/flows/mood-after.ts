import type { Flow, StepResult } from '../flow.js';
import { say } from '../flow.js';
import { isNone } from '../exercise-text.js';
import { isBackAgain, readCommand, readMenuChoice } from '../intents.js';
import { KEEP_MOODS, exerciseName } from '../moods.js';
import { MOOD_SCALE, fold } from '../parse.js';
import type { FlowId } from '../types.js';
import { readRequest } from '../intent-match.js';
import { forTheMenu, routeFromMenu, soundsLikeRequest } from './menu.js';
import { parkAnother } from './worry-time.js';

type Data = { flow?: FlowId; before?: number | null; tries?: number };

/** Two ratings in one answer ("4 and 6", "4 -> 6", "antes 3 ahora 5"), or one (the mood now). */
function readRatings(text: string): { before: number | null; after: number } | null {
  const numbers = [...fold(text).matchAll(/(?<![\d.])(10|[0-9])(?![\d.])/g)].map((m) => Number(m[1]));
  if (numbers.length === 0) return null;
  if (numbers.length >= 2) return { before: numbers[0]!, after: numbers[1]! };
  return { before: null, after: numbers[0]! };
}


/** A rating at the very start of a longer answer ("5 I reckon…", "7. oye…", "6/10, ya me siento mejor"). */
const LEADING_RATING = /^(?:(?:about|like|maybe|prob|probably|um|uh|ok|como|un|una|pues|creo que)\s+)*(10|[0-9])(?:\s*(?:\/|out of|de)\s*10)?(?=[\s.,!;:-]|$)(?!\s*(?:and|y|->|a|to)\s*(?:10|[0-9])\b)/;

/**
 * The mood after an exercise (and before it, when no recent rating was known): recorded for the
 * clinician, kept for "what helps?", reflected back in a line. Anything that is not a rating is read
 * as it would be at the menu, so a request right after an exercise still goes where it asks.
 */
export const moodAfter: Flow = {
  id: 'mood_after',
  start(ctx) {
    const d = ctx.state.data as Data;
    const c = ctx.copy.exercises.moodAfter;
    const scale = [...MOOD_SCALE];
    return { say: [say(d.before === null || d.before === undefined ? c.both : c.now, scale)], step: 'rate', data: d };
  },
  async reply(ctx): Promise<StepResult> {
    const d = ctx.state.data as Data;
    const c = ctx.copy.exercises.moodAfter;
    // Left idle here by an answer given in its place: this message is the menu's.
    if (!d.flow) return routeFromMenu(ctx);
    if (readCommand(ctx.text) === 'skip' || isNone(ctx.text)) return { finish: true };
    // "Ok sorry, I'm back, where were we?": welcomed, and the question asked again.
    if (isBackAgain(ctx.text)) return { say: [say(`${ctx.copy.menu.welcomeBackLine} ${d.before === null || d.before === undefined ? c.both : c.now}`, [...MOOD_SCALE])], step: 'rate', data: d };
    // "5 I reckon. Bit better. Random question…", "7. oye y de casualidad…": a rating said first counts,
    // however much follows it.
    const lead = LEADING_RATING.exec(fold(ctx.text));
    const read = lead ? { before: null, after: Number(lead[1]) } : readRatings(ctx.text);
    // ("Change the plan to option 3": a choice's number, not a mood.)
    const choiceNumber = /\b(option|opcion|number|numero|plan|la|el)\s+\d/.test(fold(ctx.text)) && !lead;
    if (!read || choiceNumber || !d.flow || (!lead && ctx.text.trim().split(/\s+/).length > 8)) {
      // Words, not a number ("a bit better"): asked once more; an exercise named, or a second time, goes on.
      if (readMenuChoice(ctx.text) || d.tries || choiceNumber || ctx.text.trim().split(/\s+/).length > 8) {
        // Something else said in its place ("hang on, that plan's wrong…"): answered, then the mood asked
        // once more, unless the answer opened something else or asks a question of its own.
        const routed = await routeFromMenu(ctx);
        const plain = !routed.goto && !routed.finish && routed.step === 'idle' && Object.keys(routed.data ?? {}).length === 0;
        if (d.tries || !plain) return routed;
        return { ...routed, say: [...(routed.say ?? []), say(c.stillNow, [...MOOD_SCALE])], step: 'rate', data: { ...d, tries: 1 } };
      }
      return { say: [say(c.number, [...MOOD_SCALE])], step: 'rate', data: { ...d, tries: 1 } };
    }
    const before = d.before ?? read.before;
    const after = read.after;
    const name = exerciseName(ctx, d.flow);
    const line = before === null ? c.noted : after > before ? c.up(name, before, after) : after < before ? c.down(before, after) : c.same(after);
    const kept = [...(ctx.state.profile.exerciseMoods ?? []), { flow: d.flow, before, after, at: ctx.now.toISOString() }].slice(-KEEP_MOODS);
    const rest = lead ? ctx.text.slice(lead[0].length).replace(/^[\s.,!;:-]+/, '') : '';
    const recorded = {
      profile: { exerciseMoods: kept, lastMood: after, lastMoodAt: ctx.now.toISOString() },
      actions: [{ type: 'record' as const, instrument: 'exercise_mood', score: after, items: { exercise: d.flow, before, after } }],
    };
    // "5. And I've a deadline Friday, can I put off worrying about it till later?": the rating noted,
    // then the rest read as its own message, so the request is not lost.
    // ("5, ya un poquito más tranquila" tells how they are: not a request for the breathing.)
    if (rest.split(/\s+/).length >= 4 && (readMenuChoice(rest) || (readRequest(rest) && soundsLikeRequest(rest)) || forTheMenu(rest) || parkAnother(ctx, rest))) {
      const routed = await routeFromMenu({ ...ctx, text: rest });
      return { ...routed, say: [say(line), ...(routed.say ?? [])], profile: { ...routed.profile, ...recorded.profile }, actions: [...recorded.actions, ...(routed.actions ?? [])] };
    }
    const asked = lead !== null && /\?/.test(ctx.text) && !readRequest(rest);
    return { say: [say(line), ...(asked ? [say(c.question)] : [])], ...recorded, finish: true };
  },
};
