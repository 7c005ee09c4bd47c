import { readEmotions } from '../emotion-ratings.js';
import type { SavedThoughtRecord } from '../state.js';
import { clean, clip, echo, isNone, isUnsure, labelReader, mentions, pack, readChoiceNumbers, unquote, withoutMeta, words } from '../exercise-text.js';
import type { Flow, FlowContext, StepResult } from '../flow.js';
import { say } from '../flow.js';
import { readCommand } from '../intents.js';
import { capitalise } from './plan-when.js';
import { toldOfLoss } from '../reading.js';
import { readYesNo } from '../parse.js';
import type { Reply } from '../types.js';

/**
 * A thought record (Greenberger & Padesky): situation, hot thought, emotions rated 0–100, evidence
 * for and against, thinking traps, a balanced thought, and the emotions re-rated. Answers may be
 * labelled ("For: … Against: …") and may come early; each lands in its field and the next question
 * is the first one still unanswered.
 */
const STEPS = ['situation', 'thought', 'emotions', 'evidenceFor', 'evidenceAgainst', 'traps', 'balanced', 'rerate'] as const;
type Step = (typeof STEPS)[number];

export const TRAPS = [
  'all_or_nothing',
  'catastrophising',
  'mind_reading',
  'fortune_telling',
  'overgeneralising',
  'labelling',
  'should_statements',
  'discounting_positive',
  'emotional_reasoning',
  'personalising',
] as const;
export type Trap = (typeof TRAPS)[number];

type Emotion = { name: string; before: number | null; after: number | null; tenScale: boolean };
type Answers = {
  situation?: string;
  thought?: string;
  emotions?: Emotion[];
  evidenceFor?: string;
  evidenceAgainst?: string;
  traps?: Trap[];
  /** Their own words when they described a trap we could not match. */
  trapsNote?: string;
  balanced?: string;
  rerated?: boolean;
};
type RecordData = {
  answers: Answers;
  skipped: Step[];
  /** Emotions were named without a rating: the next answer rates them. */
  rating?: boolean;
  /** Answers at this step that could not be read. */
  tries?: number;
  /** Traps just explained, so "yes" picks them. */
  explained?: Trap[];
  /** A death told in the record ("my nan passed away…") has been met with condolences. */
  condoled?: boolean;
};

/** Labels patients put before their answers, English and Spanish (accents optional). */
const readLabels = labelReader<Step>([
  { field: 'situation', labels: ['situation', 'what happened', 'situacion', 'lo que paso', 'que paso'] },
  {
    field: 'thought',
    labels: ['automatic thought', 'hot thought', 'negative thought', 'thought', 'thoughts', 'i thought', 'what went through my mind', 'pensamiento automatico', 'pensamiento caliente', 'pensamiento negativo', 'pensamiento', 'pensamientos', 'pense', 'lo que pense'],
  },
  { field: 'emotions', labels: ['emotions', 'emotion', 'feelings', 'feeling', 'i felt', 'felt', 'emociones', 'emocion', 'sentimientos', 'sentimiento', 'me senti', 'senti'] },
  {
    field: 'evidenceFor',
    labels: ['evidence for', 'evidence for it', 'supporting evidence', 'evidence supporting', 'for', 'evidencia a favor', 'pruebas a favor', 'a favor'],
  },
  {
    field: 'evidenceAgainst',
    labels: ['evidence against', 'evidence against it', 'against', 'evidencia en contra', 'pruebas en contra', 'en contra'],
  },
  { field: 'traps', labels: ['thinking traps', 'thinking trap', 'traps', 'trap', 'distortions', 'cognitive distortions', 'trampas', 'trampa', 'trampas de pensamiento', 'distorsiones'] },
  {
    field: 'balanced',
    labels: ['balanced thought', 'alternative thought', 'more balanced thought', 'balanced', 'alternative', 'new thought', 'pensamiento equilibrado', 'pensamiento alternativo', 'pensamiento balanceado', 'alternativa', 'nuevo pensamiento'],
  },
  // Not "now:" or "ahora:" alone: those start ordinary answers too.
  { field: 'rerate', labels: ['rerate', 're-rate', 're-rating', 'feeling now', 'feelings now', 'emotion now', 'emotions now', 'emocion ahora', 'emociones ahora'] },
]);

function isStep(step: string): step is Step {
  return (STEPS as readonly string[]).includes(step);
}

function done(step: Step, d: RecordData): boolean {
  const a = d.answers;
  switch (step) {
    case 'situation':
    case 'thought':
    case 'evidenceFor':
    case 'evidenceAgainst':
    case 'balanced':
      return a[step] !== undefined;
    case 'emotions':
      return a.emotions !== undefined && !d.rating;
    case 'traps':
      return a.traps !== undefined;
    case 'rerate':
      // Only asked when there is a feeling to re-rate.
      return a.rerated === true || (a.emotions ?? []).length === 0;
    default:
      return step satisfies never;
  }
}

function nextStep(d: RecordData): Step | undefined {
  return STEPS.find((s) => !done(s, d) && !d.skipped.includes(s));
}

function feelingName(ctx: FlowContext, e: Emotion | undefined): string {
  return echo(e?.name) ?? ctx.copy.exercises.thoughtRecord.thatFeeling;
}

function ratingList(ctx: FlowContext, emotions: readonly Emotion[]): string {
  return emotions.map((e) => `${e.name || ctx.copy.exercises.thoughtRecord.thatFeeling} ${e.before ?? ''}`.trim()).join(', ');
}

function trapQuickReplies(ctx: FlowContext): string[] {
  const c = ctx.copy.exercises;
  const names = ctx.channel === 'web' ? TRAPS.map((t) => c.traps[t].name) : [];
  return [...names, c.thoughtRecord.explainLabel, c.thoughtRecord.noneLabel];
}

function prompt(ctx: FlowContext, step: Step, d: RecordData): Reply[] {
  const c = ctx.copy.exercises.thoughtRecord;
  const emotions = d.answers.emotions ?? [];
  switch (step) {
    case 'situation':
    case 'thought':
    case 'evidenceAgainst':
    case 'balanced':
      return [say(c[step])];
    case 'emotions':
      if (!d.rating) return [say(c.emotions)];
      return [say(emotions.length > 1 ? c.rateMany : c.rateOne(feelingName(ctx, emotions[0])))];
    case 'evidenceFor':
      return [say(c.evidenceFor(echo(d.answers.thought) ?? c.thatThought))];
    case 'traps': {
      const list = TRAPS.map((t, i) => `${i + 1}. ${ctx.copy.exercises.traps[t].name}`).join('\n');
      return [say(c.traps), say(list, trapQuickReplies(ctx))];
    }
    case 'rerate':
      return [say(emotions.length > 1 ? c.rerateMany(ratingList(ctx, emotions)) : c.rerateOne(feelingName(ctx, emotions[0])))];
    default:
      return step satisfies never;
  }
}

/** Moves to the first unanswered step, or ends with the summary and the record. */
function advance(ctx: FlowContext, d: RecordData, lead: Reply[] = []): StepResult {
  const next = nextStep(d);
  if (next) return { say: [...lead, ...prompt(ctx, next, d)], step: next, data: { ...d, tries: 0 } };
  return finish(ctx, d, lead);
}

function copyOf(raw: Record<string, unknown>): RecordData {
  const d = raw as Partial<RecordData>;
  return {
    answers: { ...d.answers, ...(d.answers?.emotions && { emotions: d.answers.emotions.map((e) => ({ ...e })) }) },
    skipped: [...(d.skipped ?? [])],
    ...(d.rating && { rating: true }),
    tries: d.tries ?? 0,
    ...(d.explained && { explained: [...d.explained] }),
  };
}

// --- Reading answers ------------------------------------------------------------------------

/** Feeling words (English and Spanish, folded) that name how someone felt rather than what they thought. */
const FEELING =
  /\b(guilty|guilt|sad|sadness|anxious|anxiety|angry|anger|mad|ashamed|shame|scared|afraid|fear|worried|upset|lonely|hopeless|stressed|nervous|frustrated|embarrassed|hurt|down|low|depressed|panicky|jealous|resentful|irritated|annoyed|culpable|culpa|triste|tristeza|ansios[oa]|ansiedad|enfadad[oa]|enojad[oa]|rabia|verguenza|avergonzad[oa]|asustad[oa]|miedo|preocupad[oa]|nervios[oa]|sol[oa]|frustrad[oa]|dolid[oa]|agobiad[oa]|estresad[oa])\b/;
/** What a thought sounds like: a subject and a verb, a prediction, a judgement ("I'm a bad mom", "he'll remember"). */
const THOUGHT_LIKE =
  /\b(i m|im|i am|i ll|ill|i will|i can t|i cant|i should|i never|i always|i ve|ive|he|she|they|he s|she s|they re|you re|everyone|nobody|no one|it s|its|will|won t|wont|gonna|going to|never|always|what if|soy|voy a|nunca|siempre|todos|nadie|va a|van a|no puedo|deberia|que tal si)\b/;

/** A thought-step answer that only names feelings ("guilty mostly. like 80. and sad"). */
function isFeelingsOnly(text: string): boolean {
  const t = words(text);
  if (t.split(' ').length > 12 || !FEELING.test(t) || THOUGHT_LIKE.test(t) || /["\u201c]/.test(text)) return false;
  // Every word is a feeling, a number, or filler.
  const rest = t
    .replace(new RegExp(FEELING.source, 'g'), ' ')
    .replace(/\b\d{1,3}( ?%| percent| out of (10|100)| de (10|100)| sobre (10|100))?\b/g, ' ')
    .replace(/\b(mostly|mainly|really|very|so|a bit|bit|kind of|kinda|like|about|around|maybe|and|also|too|plus|felt|feel|feeling|i|was|just|some|little|bit of|mucho|muy|un poco|bastante|sobre todo|y|tambien|como|me senti|me sentia|sentia|senti|un|una)\b/g, ' ')
    .trim();
  return rest === '';
}

function toEmotions(text: string): { emotions: Emotion[]; unrated: boolean } {
  const read = readEmotions(text);
  const emotions = read.map((e) => ({ name: e.name, before: e.value, after: null, tenScale: e.tenScale }));
  return { emotions, unrated: emotions.length > 0 && emotions.every((e) => e.before === null) };
}

/** Fills ratings for feelings already named: by name when they are repeated, else in order. */
function rate(emotions: Emotion[], text: string, key: 'before' | 'after'): boolean {
  const read = readEmotions(text, { tenScale: key === 'before' || emotions.some((e) => e.tenScale) }).filter((r) => r.value !== null);
  if (read.length === 0) return false;
  const open = emotions.filter((e) => e[key] === null);
  // The same feeling in other words: "shame" for "a bit of something like shame", "ashamed" for "shame".
  const sameFeeling = (a: string, b: string) => {
    const x = words(a);
    const y = words(b);
    if (x === '' || y === '') return false;
    if (x.includes(y) || y.includes(x)) return true;
    return x.split(' ').some((w) => w.length >= 4 && y.split(' ').some((v) => v.length >= 4 && (w.startsWith(v.slice(0, 4)) || v.startsWith(w.slice(0, 4)))));
  };
  for (const r of read) {
    const byName = r.name ? emotions.find((e) => sameFeeling(e.name, r.name)) : undefined;
    const target = byName ?? open.shift();
    // A feeling rated by name is not also the next unnamed one.
    const at = byName ? open.indexOf(byName) : -1;
    if (at >= 0) open.splice(at, 1);
    if (target) {
      target[key] = r.value;
      if (key === 'before') target.tenScale = r.tenScale;
    }
  }
  return true;
}

export function readTraps(ctx: FlowContext, text: string): Trap[] {
  const c = ctx.copy.exercises;
  const byNumber = readChoiceNumbers(text, TRAPS.length).map((n) => TRAPS[n - 1]!);
  const byName = TRAPS.filter((t) => mentions(text, [...c.trapWords[t], c.traps[t].name]));
  return [...new Set([...byNumber, ...byName])];
}

function trapNames(ctx: FlowContext, traps: readonly Trap[]): string {
  return traps.map((t) => ctx.copy.exercises.traps[t].name).join(', ');
}

function explainTraps(ctx: FlowContext, traps: readonly Trap[]): Reply[] {
  const lines = traps.map((t) => `${TRAPS.indexOf(t) + 1}. ${ctx.copy.exercises.traps[t].name}: ${ctx.copy.exercises.traps[t].explain}`);
  return pack(lines).map((text) => say(text));
}

/** The traps step: numbers or names pick traps, "explain" explains them, "none" moves on. */
function answerTraps(ctx: FlowContext, d: RecordData, text: string, lead: Reply[]): StepResult {
  const c = ctx.copy.exercises.thoughtRecord;
  const picked = readTraps(ctx, text);
  const asks = text.includes('?') || words(text) === words(c.explainLabel) || mentions(text, c.explainWords);
  if (asks) {
    const shown = picked.length ? picked : [...TRAPS];
    const ask = picked.length ? c.trapsFit : c.trapsExplained;
    // "Does that fit? Reply yes…": a Yes to tap, before the traps.
    const replies = picked.length ? [ctx.copy.yes, ...trapQuickReplies(ctx)] : trapQuickReplies(ctx);
    return { say: [...lead, ...explainTraps(ctx, shown), say(ask, replies)], step: 'traps', data: { ...d, explained: picked } };
  }
  // "Yes, those, and a bit of labelling too": the ones just explained and the new one.
  const confirmed = d.explained?.length && (readYesNo(text) === 'yes' || /^(those|both|all (three|of them)|esas|esos|las dos|los dos|ambas|si si)\b/.test(words(text)));
  const chosen = confirmed ? [...new Set([...(d.explained ?? []), ...picked])] : picked.length ? picked : null;
  const rest = { ...d, explained: [] as Trap[] };
  if (chosen) return advance(ctx, { ...rest, answers: { ...d.answers, traps: chosen } }, [...lead, say(c.trapsNoted(trapNames(ctx, chosen)))]);
  if (isUnsure(text) || words(text) === words(c.noneLabel)) return advance(ctx, { ...rest, answers: { ...d.answers, traps: [] } }, lead);
  if ((d.tries ?? 0) < 1) return { say: [...lead, say(c.trapsAgain, trapQuickReplies(ctx))], step: 'traps', data: { ...d, tries: 1 } };
  // Twice unreadable: keep their words and move on rather than trap them in a loop.
  return advance(ctx, { ...rest, answers: { ...d.answers, traps: [], trapsNote: clean(text) } }, lead);
}

/** The emotions step, or its follow-up asking how strong the named feelings were. */
/** The thought put right where feelings were asked: "espera no, lo q pensé fue 'me odia'", "no wait, the thought was…". */
const THOUGHT_WAS = /^(?:(?:no|wait|sorry|actually|espera|perdon|perdona|bueno|oh|ah)[\s,.!]+)*(?:lo que|lo q|lo)\s+(?:pense|pensaba|me dije|me decia)\s+(?:fue|era)\b|^(?:(?:no|wait|sorry|actually|oh|ah)[\s,.!]+)*(?:what i (?:thought|was thinking)|the thought|my thought|the hot thought)\s+(?:was|is)\b/i;

function answerEmotions(ctx: FlowContext, d: RecordData, text: string, lead: Reply[]): StepResult {
  const c = ctx.copy.exercises.thoughtRecord;
  const emotions = d.answers.emotions ?? [];
  // "Espera no, lo q pensé fue 'me odia, le parezco rara'": the thought replaced, the feelings asked again.
  const thoughtWas = THOUGHT_WAS.exec(words(text));
  if (thoughtWas && !d.rating) {
    const said = unquote(text.trim().split(/\s+/).slice(thoughtWas[0].trim().split(/\s+/).length).join(' ').replace(/^[\s:,-]+/, ''));
    if (words(said)) return { say: [...lead, ...prompt(ctx, 'emotions', { ...d, answers: { ...d.answers, thought: clean(said) } })], step: 'emotions', data: { ...d, answers: { ...d.answers, thought: clean(said) } } };
  }
  if (d.rating) {
    const fresh = toEmotions(text);
    // New names with their own numbers replace the list; bare numbers rate the names given before.
    const replaced = !fresh.unrated && fresh.emotions.some((e) => e.name && !emotions.some((o) => words(o.name) === words(e.name)));
    if (replaced) return advance(ctx, { ...d, rating: false, answers: { ...d.answers, emotions: fresh.emotions } }, lead);
    rate(emotions, text, 'before');
    return advance(ctx, { ...d, rating: false, answers: { ...d.answers, emotions } }, lead);
  }
  // "How am I supposed to put a number on that??": a question about rating, not a feeling's name.
  const aboutRating = /\?\s*$/.test(text.trim()) && !FEELING.test(words(text)) && /\b(number|rate|rating|score|how|what|que|como|numero|puntuar|nota)\b/.test(words(text));
  const read = isUnsure(text) || aboutRating ? { emotions: [], unrated: false } : toEmotions(text);
  if (read.emotions.length === 0) {
    if ((d.tries ?? 0) < 1) return { say: [...lead, say(c.emotionsHelp)], step: 'emotions', data: { ...d, tries: 1 } };
    return advance(ctx, { ...d, answers: { ...d.answers, emotions: [] } }, lead);
  }
  const next = { ...d, answers: { ...d.answers, emotions: read.emotions }, rating: read.unrated };
  return read.unrated ? { say: [...lead, ...prompt(ctx, 'emotions', next)], step: 'emotions', data: next } : advance(ctx, next, lead);
}

function answerRerate(ctx: FlowContext, d: RecordData, text: string, lead: Reply[]): StepResult {
  const emotions = d.answers.emotions ?? [];
  if (rate(emotions, text, 'after') || (d.tries ?? 0) >= 1 || isNone(text)) {
    return advance(ctx, { ...d, answers: { ...d.answers, emotions, rerated: true } }, lead);
  }
  return { say: [...lead, say(ctx.copy.exercises.thoughtRecord.rerateAgain)], step: 'rerate', data: { ...d, tries: 1 } };
}

/** Puts labelled parts of a message in their fields (the current step's is answered by the caller). */
function applyLabelled(ctx: FlowContext, d: RecordData, fields: Partial<Record<Step, string>>, current: Step | null): RecordData {
  const a = { ...d.answers };
  let rating = d.rating;
  for (const step of STEPS) {
    const value = fields[step];
    if (value === undefined || step === current) continue;
    switch (step) {
      case 'situation':
      case 'thought':
      case 'evidenceFor':
      case 'evidenceAgainst':
      case 'balanced':
        a[step] = value;
        break;
      case 'emotions': {
        const read = toEmotions(value);
        if (read.emotions.length) {
          a.emotions = read.emotions;
          rating = read.unrated;
        }
        break;
      }
      case 'traps': {
        const traps = readTraps(ctx, value);
        a.traps = traps;
        if (!traps.length && !isNone(value)) a.trapsNote = value;
        break;
      }
      case 'rerate':
        if (a.emotions?.length && rate(a.emotions, value, 'after')) a.rerated = true;
        break;
      default:
        step satisfies never;
    }
  }
  return { ...d, answers: a, skipped: d.skipped.filter((s) => fields[s] === undefined), ...(rating !== undefined && { rating }) };
}

/** Lower case without accents, one character for each of the original's, so a match's offsets cut the original. */
function sameLengthFold(text: string): string {
  return [...text]
    .map((ch) => {
      const f = ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
      return (f.length === ch.length ? f : ch).replace(/['\u2019]/, ' ');
    })
    .join('');
}

/** "…the first thing I thought was nobody's going to hire a 54-year-old": the situation, then the thought told with it. */
const THOUGHT_TOLD =
  /(?:^|[.,;:!?]\s*|\s)(?:and |y )?(?:(?:the )?first thing i thought was|my (?:first |only )?thought was|all i could think (?:was|about was)|i (?:just )?thought(?: to myself)?|i was thinking|lo primero que pense fue(?: que)?|lo unico que pensaba era(?: que)?|pense(?: que)?|y pense(?: que)?)[\s:,]+(?=\S)/i;

/** A situation answer that also tells the thought: both kept, when each is at least a few words. */
function splitSituation(text: string): { situation: string; thought: string } | null {
  const folded = sameLengthFold(text);
  const m = THOUGHT_TOLD.exec(folded.toLowerCase());
  if (!m || m.index === 0) return null;
  const situation = text.slice(0, m.index).replace(/[\s,;:.-]+$/, '').trim();
  const thought = text.slice(m.index + m[0].length).trim();
  if (words(situation).split(' ').length < 4 || words(thought).split(' ').length < 3) return null;
  return { situation, thought };
}

/** "…nobody could get me out. And I felt really scared, like 90": the thought, then the feeling told with it. */
const FEELING_TOLD = /(?:^|[.;!?]\s+|,\s*|\s)(?:and |y )?(?:i felt|i was feeling|felt|me senti|me sentia|senti)\b/i;
function splitThought(text: string): { thought: string; feelings: string } | null {
  const folded = sameLengthFold(text);
  const m = FEELING_TOLD.exec(folded.toLowerCase());
  if (!m || m.index === 0) return null;
  const thought = text.slice(0, m.index).replace(/[\s,;:.-]+$/, '').trim();
  const feelings = text.slice(m.index).trim();
  if (words(thought).split(' ').length < 3 || !toEmotions(feelings).emotions.some((e) => e.before !== null)) return null;
  return { thought, feelings };
}

/** A message that is only a filler word, the start of a message sent in halves: "osea", "pues", "so", "um". */
const FILLER_ONLY = /^(o ?sea|osea|pues|bueno|este|entonces|a ver|mira|y|so|well|um+|uh+|erm|hmm+|like|basically|and|ok so|okay so|right so)$/;

function answer(ctx: FlowContext, step: Step, data: RecordData, raw: string, heard: Reply[]): StepResult {
  // "My nan passed away a few weeks ago and…": the loss is met by name before the next question.
  const told = step !== 'emotions' && step !== 'traps' && step !== 'rerate' && !data.condoled ? toldOfLoss(raw) : null;
  const lead = told ? [say(ctx.copy.sorryAbout(told.who)), ...heard] : heard;
  const d = told ? { ...data, condoled: true } : data;
  // "I just told you. Nobody's going to hire me": the answer, not the words about it; "that my
  // children don't want me around" is the thought without its "that".
  const text = step === 'thought' ? withoutMeta(raw).replace(/^(that|que)\s+(?=\S+\s+\S)/i, '') : withoutMeta(raw);
  switch (step) {
    case 'situation':
    case 'thought':
    case 'evidenceFor':
    case 'evidenceAgainst':
    case 'balanced':
      if (!text) return { say: [...lead, ...prompt(ctx, step, d)], step, data: d };
      // "O sea…" sent alone, the rest to follow: not the answer; they are asked to go on.
      if (FILLER_ONLY.test(words(text))) return { say: [...lead, say(ctx.copy.exercises.thoughtRecord.goOn)], step, data: d };
      if (step === 'situation' && d.answers.thought === undefined) {
        const both = splitSituation(text);
        if (both) return advance(ctx, { ...d, answers: { ...d.answers, situation: clean(both.situation), thought: clean(both.thought) } }, lead);
      }
      if (step === 'thought' && d.answers.emotions === undefined) {
        const both = splitThought(text);
        if (both) {
          const read = toEmotions(both.feelings);
          return advance(ctx, { ...d, answers: { ...d.answers, thought: clean(both.thought), emotions: read.emotions }, rating: read.unrated }, lead);
        }
      }
      // "Guilty mostly, like 80. And sad": a feeling where the thought goes. The thought is asked for
      // again (once), saying the feelings come next.
      if (step === 'thought' && (d.tries ?? 0) < 1 && isFeelingsOnly(text)) {
        return { say: [...lead, say(ctx.copy.exercises.thoughtRecord.feelingNotThought)], step, data: { ...d, tries: 1 } };
      }
      return advance(ctx, { ...d, answers: { ...d.answers, [step]: clean(text) } }, lead);
    case 'emotions':
      return answerEmotions(ctx, d, text, lead);
    case 'traps':
      return answerTraps(ctx, d, text, lead);
    case 'rerate':
      return answerRerate(ctx, d, text, lead);
    default:
      return step satisfies never;
  }
}

// --- Ending ---------------------------------------------------------------------------------

/** Finished records kept to show again (older ones stay in the stored responses, for the clinician). */
const KEEP_RECORDS = 5;

function finish(ctx: FlowContext, d: RecordData, lead: Reply[]): StepResult {
  const c = ctx.copy.exercises.thoughtRecord;
  const a = d.answers;
  const emotions = a.emotions ?? [];
  const line = (label: string, value: string | undefined) => (value ? [`${label}: ${clip(value, 280)}`] : []);
  const feelings = emotions
    .map((e) => {
      const name = e.name || c.thatFeeling;
      if (e.before !== null && e.after !== null) return `${name} ${c.shift(e.before, e.after)}`;
      return `${name} ${e.before ?? e.after ?? ''}`.trim();
    })
    .join('; ');
  const traps = a.traps?.length ? trapNames(ctx, a.traps) : a.trapsNote;
  const lines = [
    c.summaryTitle,
    ...line(c.labels.situation, a.situation),
    ...line(c.labels.thought, a.thought),
    ...line(c.labels.emotions, feelings),
    ...line(c.labels.evidenceFor, a.evidenceFor),
    ...line(c.labels.evidenceAgainst, a.evidenceAgainst),
    ...line(c.labels.traps, traps),
    ...line(c.labels.balanced, a.balanced),
  ];
  const eased = emotions.filter((e) => e.before !== null && e.after !== null && e.after < e.before);
  const lower = eased[0];
  const rerated = emotions.some((e) => e.before !== null && e.after !== null);
  // Each feeling that eased, by its name ("anxious from 80 to 60, ashamed from 60 to 35"), when more than one did.
  const named = eased.length > 1 && eased.every((e) => e.name) ? eased.map((e, i) => c.fromTo(i === 0 ? capitalise(e.name) : e.name, e.before!, e.after!)) : null;
  const close = named ? c.closeLowerMany(named.join(', ')) : lower ? c.closeLower(lower.before!, lower.after!) : rerated ? c.closeSame : c.close;
  const saved: SavedThoughtRecord = { at: ctx.now.toISOString(), situation: a.situation ?? null, thought: a.thought ?? null, feelings: feelings || null, balanced: a.balanced ?? null, evidenceFor: a.evidenceFor ?? null, evidenceAgainst: a.evidenceAgainst ?? null, traps: traps || null };
  return {
    // Their words go in messages of their own, apart from ours.
    say: [...lead, ...pack(lines).map((text) => say(text)), say(close)],
    profile: { thoughtRecords: [...(ctx.state.profile.thoughtRecords ?? []), saved].slice(-KEEP_RECORDS) },
    actions: [
      {
        type: 'record',
        instrument: 'thought_record',
        score: null,
        items: {
          situation: a.situation ?? null,
          thought: a.thought ?? null,
          emotions: emotions.map((e) => ({ name: e.name, before: e.before, after: e.after })),
          evidenceFor: a.evidenceFor ?? null,
          evidenceAgainst: a.evidenceAgainst ?? null,
          traps: a.traps ?? [],
          ...(a.trapsNote && { trapsNote: a.trapsNote }),
          balanced: a.balanced ?? null,
        },
      },
    ],
    finish: true,
  };
}

// --- The flow -------------------------------------------------------------------------------

export const thoughtRecord: Flow = {
  id: 'thought_record',
  start(ctx) {
    const c = ctx.copy.exercises;
    let d: RecordData = { answers: {}, skipped: [] };
    // A request that already carries labelled parts ("thought record. Situation: …") keeps them.
    if (ctx.text && ctx.state.input?.kind === 'message') d = applyLabelled(ctx, d, readLabels(ctx.text).fields, null);
    const next = nextStep(d);
    const intro = `${c.thoughtRecord.intro} ${c.controls}`;
    if (next === 'situation') return { say: [say(`${intro} ${c.thoughtRecord.situation}`)], step: 'situation', data: d };
    return advance(ctx, d, [say(intro), say(c.gotIt)]);
  },
  reply(ctx) {
    const step = ctx.state.step;
    if (!isStep(step)) return thoughtRecord.start(ctx);
    const d = copyOf(ctx.state.data);
    const command = readCommand(ctx.text);
    // "Oh wait, I answered the wrong thing. The thought was 'I'm a bad mom'": the thought, taken from
    // the same message, and on to the feelings.
    const restated = (step === 'emotions' || step === 'thought') && command === 'back' ? /\b(?:the (?:hot )?thought|my thought|el pensamiento|mi pensamiento) (?:was|is|era|es)\b\s*:?\s*(.+)$/isu.exec(ctx.text) : null;
    if (restated?.[1] && words(restated[1])) {
      return advance(ctx, { ...d, answers: { ...d.answers, thought: clean(unquote(restated[1].trim())) }, rating: false, tries: 0 });
    }
    // "Oops, I answered the wrong thing" just after being told so: the thought is what is asked.
    if (command === 'back' && step === 'thought' && (d.tries ?? 0) >= 1) return { say: prompt(ctx, step, d), step, data: d };
    if (command === 'back') {
      const previous = d.rating ? step : STEPS[Math.max(0, STEPS.indexOf(step) - 1)]!;
      const back = { ...d, rating: false, tries: 0, explained: [] };
      return { say: prompt(ctx, previous, back), step: previous, data: back };
    }
    if (command === 'skip') {
      const skipped = done(step, d) ? d.skipped : [...d.skipped, step];
      const answers = step === 'rerate' ? { ...d.answers, rerated: true } : d.answers;
      return advance(ctx, { ...d, answers, skipped, rating: false });
    }
    const { before, fields } = readLabels(ctx.text);
    const labelledHere = fields[step];
    const filled = applyLabelled(ctx, d, fields, step);
    const others = (Object.keys(fields) as Step[]).filter((s) => s !== step).length > 0;
    const lead = others ? [say(ctx.copy.exercises.gotIt)] : [];
    const text = labelledHere ?? before;
    if (!text && others) return advance(ctx, filled, lead);
    return answer(ctx, step, filled, text, lead);
  },
  resume(ctx) {
    const step = ctx.state.step;
    if (!isStep(step)) return thoughtRecord.start(ctx);
    const d = copyOf(ctx.state.data);
    // Coming back days later: what they wrote so far, so the next question has something to work on.
    const c = ctx.copy.exercises.thoughtRecord;
    const sofar = [
      ...(d.answers.situation ? [`${c.labels.situation}: ${clip(d.answers.situation, 280)}`] : []),
      ...(d.answers.thought ? [`${c.labels.thought}: ${clip(d.answers.thought, 280)}`] : []),
    ];
    return { say: [say(c.resume), ...pack(sofar).map((t) => say(t)), ...prompt(ctx, step, d)], step, data: d };
  },
};
