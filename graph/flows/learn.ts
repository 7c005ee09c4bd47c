import { orderAnswers } from '../../content/retrieve.js';
import type { FlowId } from '../types.js';
import type { Flow, FlowContext, StepResult } from '../flow.js';
import { say } from '../flow.js';
import { fold } from '../parse.js';
import { MENU_FLOWS, asksAboutMedication, asksToSeePlans, asksToSeeThoughtRecords, isGoodbye, readChangePlan, readDropPlan, readMenuChoice } from '../intents.js';
import { readRequest } from '../intent-match.js';
import { askingIfHuman, askingWhatWasShared, readSmallTalk } from '../reading.js';
import { flowButton, forTheMenu, routeFromMenu } from './menu.js';

const MAX_BODY = 700;

/** Cuts at a sentence end near the limit, so an SMS never ends mid-word. */
function shorten(text: string): string {
  if (text.length <= MAX_BODY) return text;
  const cut = text.slice(0, MAX_BODY);
  const end = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('\n'));
  return `${cut.slice(0, end > 200 ? end + 1 : MAX_BODY).trim()}…`;
}

function topics(ctx: FlowContext) {
  return [...ctx.copy.learn.topics, ctx.copy.menuLabel];
}

/** A question, by how it starts ("what is…", "¿cómo…", "tell me about…"). */
const QUESTION_START =
  /^(what|whats|what s|how|why|when|which|who|is|are|does|do|can|could|should|tell me|explain|more about|que|qué|como|por que|porque|cual|cuando|cuanto|es|son|puedo|hay|explica|explicame|cuentame|mas sobre|info)\b/;

/**
 * "Could you tell me what behavioural activation actually means?": asked what an exercise is, the
 * library is asked that plainly ("what is behavioural activation"), so the answer is what it is,
 * not whichever section shares the most words with the sentence around it.
 */
const WHAT_IS: Record<string, Partial<Record<FlowId, string>>> = {
  en: { activation: 'what is behavioural activation', thought_record: 'what is a thought record', worry_time: 'what is worry time and how does it work', problem_solving: 'what is structured problem solving', grounding: 'what is grounding', breathing: 'why does slow breathing help', safety_plan: 'what is a safety plan', thinking_traps: 'what are thinking traps', sleep_wind_down: 'what is a wind-down routine', mood: 'why track my mood' },
  es: { activation: 'que es la activacion conductual', thought_record: 'que es un registro de pensamientos', worry_time: 'que es el tiempo de preocupacion', problem_solving: 'que es la resolucion de problemas', grounding: 'que es el anclaje', breathing: 'por que ayuda respirar despacio', safety_plan: 'que es un plan de seguridad', thinking_traps: 'que son las trampas de pensamiento', sleep_wind_down: 'rutina para desconectar antes de dormir', mood: 'para que registrar el animo' },
};
const DEFINITIONAL = /\b(what (is|are|s|does|do)|whats|means?|meaning|explain|que es|que son|que significa|explica\w*|en que consiste)\b/;

/** Words added to a request the menu recognised as about sleep, so the basics come first. */
const SLEEP_QUERY: Record<string, string> = { en: 'how to sleep better basics', es: 'dormir mejor lo basico' };
/** Sleep trouble around shift work ("after my night shift", "trabajo de noche"): that section first. */
const SHIFT_WORK = /\b(night shifts?|nights shifts?|shift work\w*|shifts?|on nights|work(ing)? nights|nightshift|after (my |a |the )?(night )?shift|sleep (during|in) the day|daytime sleep|blackout (curtains|blinds)|(get |got |getting )?home (at|by|around) [4-9](:\d\d)? ?am|turnos?( de noche)?|trabajo (de|por la) noche|trabajo nocturno|guardias?|dormir de dia)\b/;
const SHIFT_QUERY: Record<string, string> = { en: 'sleep when you work shifts night shift day sleep', es: 'dormir cuando trabajas por turnos turno de noche' };
/** A racing mind at bedtime ("my brain won't shut up", "mi mente no se calla"): worry at night first. */
const NIGHT_WORRY = /\b(mind|brain|head|thoughts?|overthink\w*|worry\w*|worried|racing|mente|cabeza|pensamientos?|preocupa\w*|rayo|rayando|vueltas)\b/;
const NIGHT_WORRY_QUERY: Record<string, string> = { en: 'worry at night racing thoughts bedtime', es: 'preocupaciones a la hora de dormir mente acelerada' };

/** Waking in the night and not getting back to sleep ("me despierto a las 4", "I wake at 3am"): what to do then. */
const EARLY_WAKING = /\b(wake|waking|woke|awake|up) (up )?(at|around|about) [1-5]( ?am)?\b|\b(middle of the night|small hours|wake (up )?too early|waking (up )?too early)\b|\b(despierto|desvelo|despertarme|me desvelo|me despierto) (todas las noches )?(a las|sobre las|de madrugada|en mitad de la noche)\b|\bde madrugada\b/;
const EARLY_WAKING_QUERY: Record<string, string> = { en: 'i wake up at 4am and cant get back to sleep should i get up', es: 'me despierto de madrugada y no me vuelvo a dormir me levanto o me quedo en la cama' };

/** The query for sleep trouble told at the menu: the basics, unless shift work, night waking or a racing mind is said. */
function sleepQuery(ctx: FlowContext): string {
  const t = fold(ctx.text);
  const pick = (q: Record<string, string>) => q[ctx.language] ?? q.en!;
  if (SHIFT_WORK.test(t)) return pick(SHIFT_QUERY);
  if (EARLY_WAKING.test(t)) return pick(EARLY_WAKING_QUERY);
  if (NIGHT_WORRY.test(t)) return pick(NIGHT_WORRY_QUERY);
  return pick(SLEEP_QUERY);
}

function sectionKey(h: { itemId: string; heading: string | null }): string {
  return `${h.itemId}#${h.heading ?? ''}`;
}

/** The first source, up to its year: "Greenberger, D. & Padesky, C. A. (2015)". */
function shortSource(source: string): string {
  const first = source.split(';')[0]!.trim();
  return /^(.*?\(\d{4}[a-z]?\))/.exec(first)?.[1] ?? first;
}

async function answer(ctx: FlowContext, query = ctx.text, offer: FlowId | null = null, avoidRepeat = false): Promise<StepResult> {
  const hits = (await ctx.searchContent?.(query)) ?? [];
  const ordered = orderAnswers(hits, query);
  // Sleep trouble told again: the section given last (within a day) is not given again word for
  // word, the next one is ("u sent that already"). A question asked in its own words gets its answer.
  const shown = (ctx.state.profile.shownSections ?? []).filter((x) => ctx.now.getTime() - new Date(x.at).getTime() < 86_400_000);
  const fresh = avoidRepeat ? ordered.find((h) => !shown.some((x) => x.key === sectionKey(h))) : undefined;
  const best = fresh ?? ordered[0];
  const offered = offer ? [flowButton(ctx, offer)] : [];
  if (!best) return { say: [say(`${ctx.copy.learn.nothing}`, [...offered, ...topics(ctx)])], step: 'ask' };
  // Sections are written to stand alone; a heading is kept only over a bare list.
  const scripted = `${best.heading && /^[-*•]/.test(best.body) ? `${best.heading}:\n` : ''}${shorten(best.body)}`;
  // With an LLM, an answer grounded only in the retrieved sections (guarded); otherwise the section itself.
  const generated = await ctx.llm?.groundedAnswer(ctx.text, hits.filter((h) => h.itemId === best.itemId).map((h) => `${h.heading ?? ''}\n${h.body}`), ctx.language);
  return {
    say: [say(generated ?? scripted), say(ctx.copy.learn.from(best.title, shortSource(best.source)), [...offered, ctx.copy.learn.more, ctx.copy.menuLabel])],
    profile: { shownSections: [...shown.filter((x) => x.key !== sectionKey(best)), { key: sectionKey(best), at: ctx.now.toISOString() }].slice(-5) },
    step: 'ask',
  };
}

/** Psychoeducation, only from the vetted library: the best matching section, with its source. */
/**
 * Answered as the menu answers it, and the conversation is then at the menu: a request made next
 * ("yes, the thought record") starts it instead of being searched in the library.
 */
async function toMenu(ctx: FlowContext): Promise<StepResult> {
  const routed = await routeFromMenu(ctx);
  if (routed.goto || routed.finish) return routed;
  return { ...routed, goto: 'menu', with: { quiet: true, ...(routed.data ?? {}) } };
}

export const learn: Flow = {
  id: 'learn',
  start(ctx) {
    // Arriving with a question ("what is a thought record?"), answer it; from the menu button, ask for one.
    const picked = [ctx.copy.menu.items.learn, 'learn', 'aprender', String(MENU_FLOWS.indexOf('learn') + 1)].some((w) => fold(w) === fold(ctx.text));
    const { topic, offer } = ctx.state.data as { topic?: string; offer?: FlowId };
    // Sleep: the basics from the library, with tonight's wind-down offered.
    if (ctx.text && !picked && ctx.state.input?.kind === 'message') {
      // Sleep trouble told ("I can't sleep, I lie there running through every chart"): the basics, not
      // whatever else the words match ("chart" is mood tracking).
      const whatIs = offer && DEFINITIONAL.test(fold(ctx.text)) ? (WHAT_IS[ctx.language] ?? WHAT_IS.en)![offer] : undefined;
      return answer(ctx, topic === 'sleep' ? sleepQuery(ctx) : (whatIs ?? ctx.text), offer ?? (topic === 'sleep' ? 'sleep_wind_down' : null), topic === 'sleep');
    }
    return { say: [say(ctx.copy.learn.ask, topics(ctx))], step: 'ask', data: {} };
  },
  reply(ctx) {
    // A topic button ("Worry", "Sleep") is a question about that topic, not a request for its exercise.
    if (ctx.copy.learn.topics.some((t) => fold(t) === fold(ctx.text))) return answer(ctx);
    if (ctx.text.trim().toLowerCase() === ctx.copy.learn.more.toLowerCase()) return { say: [say(ctx.copy.learn.ask, topics(ctx))], step: 'ask' };
    // Asking for an exercise, not a question about one: go there. A goodbye, thanks or a word about
    // how they are leaves the library too; only a question (or a topic asked for) is searched.
    // Their plans, in the library's middle ("could you remind me what I planned?", "move it to Thursday").
    // About them or this conversation ("what has helped me so far?", "ya regresé", "will my therapist see this?"): the menu's to answer.
    if (forTheMenu(ctx.text)) return toMenu(ctx);
    if (asksToSeePlans(ctx.text) || ((ctx.state.profile.plans ?? []).length > 0 && (readChangePlan(ctx.text) !== null || readDropPlan(ctx.text) !== null))) return toMenu(ctx);
    const asked = readRequest(ctx.text);
    // An exercise named here, without asking to do it ("behavioural activation, please"), is the topic asked about.
    const t = fold(ctx.text);
    const toDo = /\b(can we|could we|let s|lets|start|begin|do (a|one|the|some|it)|try (a|one|the|it)|i want to do|hagamos|empezar|empecemos|quiero hacer|podemos hacer)\b/.test(t);
    // (Its button, tapped or typed, starts it.)
    const button = asked && asked !== 'done' && asked !== 'show_thought_records' && asked !== 'sleep' ? flowButton(ctx, asked) : null;
    const tapped = button !== null && (fold(button.label) === t || fold(button.value) === t);
    if (asked && asked !== 'learn' && asked !== 'sleep' && asked !== 'done' && !toDo && !tapped && t.split(' ').length <= 8 && readMenuChoice(ctx.text) === asked) return answer(ctx);
    // A question here ("what do I do when I catch myself mind reading?", "¿cómo practico la
    // autocompasión?") is the library's to answer, unless it names an exercise or asks to do one.
    const asking = /\?\s*$/.test(ctx.text.trim()) || QUESTION_START.test(t);
    if (asked && asked !== 'learn' && asked !== 'sleep' && asked !== 'done' && asking && !toDo && readMenuChoice(ctx.text) === null && !asksToSeeThoughtRecords(ctx.text)) return answer(ctx);
    if (asked && asked !== 'learn' && asked !== 'sleep') return toMenu(ctx);
    const afterMedicine = (ctx.state.data as { medicine?: boolean }).medicine === true;
    if (readSmallTalk(ctx.text) || isGoodbye(ctx.text) || askingWhatWasShared(ctx.text) || askingIfHuman(ctx.text) || asksAboutMedication(ctx.text) || afterMedicine) return toMenu(ctx);
    const question = /\?\s*$/.test(ctx.text.trim()) || QUESTION_START.test(t) || t.split(/\s+/).length <= 3;
    if (!question && asked !== 'learn' && asked !== 'sleep') return toMenu(ctx);
    return answer(ctx);
  },
};
