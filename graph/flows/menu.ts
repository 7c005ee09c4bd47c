import { MENU_FLOWS, asksAboutIt, asksAboutMedication, asksProgress, asksToSeePlans, asksToSeeThoughtRecords, asksWhatHelps, BACK_AGAIN, isGoodbye, isLeaving, NOTHING_ASKED, signsOff, WHERE_WERE_WE, readChangePlan, readDropPlan, readMenuChoice } from '../intents.js';
import { BRACKETED, SET_UP_ONLY, exerciseName, flowLabel, whatHelped } from '../moods.js';
import { openPlans, withPlan } from '../plans.js';
import type { SavedPlan } from '../state.js';
import { capitalise, soundsLikeWhenOnly, whenText } from './plan-when.js';
import { readWhen } from '../when.js';
import { asksAboutScore, explainScore } from './questionnaire.js';
import { asksToSeeWorries, changeWorryTime, parkAnother, showWorries, shownSlot, unparkWorry } from './worry-time.js';
import { asksForBreathingWithoutHolds } from './grounding.js';
import { switchSolvedOption } from './problem-solving.js';
import { readMoodTold } from './mood.js';
import { clip, pack } from '../exercise-text.js';
import { likeliest, readRequest } from '../intent-match.js';
import { fold, foldWords } from '../parse.js';
import { readCheckInRequest } from '../check-in-words.js';
import { readName } from './onboarding.js';
import type { Flow, FlowContext, StepResult } from '../flow.js';
import { answerCheckIns } from './check-in-settings.js';
import { say } from '../flow.js';
import { readTone, doubtsItHelps, toldOfLoss, asksAboutTheBot, askingIfHuman, askingWhatWasShared, isComplaint, isTrivia, readSmallTalk, worriedAboutSomeoneElse } from '../reading.js';
import type { FlowId, QuickReply } from '../types.js';

/** What a quick reply sends for each menu item: words the menu reader understands in any language. */
const VALUES: Record<(typeof MENU_FLOWS)[number] | 'done', string> = {
  breathing: 'breathing',
  grounding: 'grounding',
  mood: 'mood',
  thought_record: 'thought record',
  activation: 'behavioural activation',
  problem_solving: 'problem solving',
  worry_time: 'worry time',
  safety_plan: 'safety plan',
  questionnaire: 'questionnaire',
  resources: 'resources',
  learn: 'learn',
  done: 'done',
};

/** The menu, in the order its numbers follow (MENU_FLOWS, then "done"). */
export function menuOptions(ctx: FlowContext): QuickReply[] {
  const items = ctx.copy.menu.items;
  return ([...MENU_FLOWS, 'done'] as const).map((id) => ({ label: items[id], value: VALUES[id] }));
}

/** The button for an exercise: its menu entry, or its label when it is not in the numbered menu. */
export function flowButton(ctx: FlowContext, flow: FlowId): QuickReply {
  return menuOptions(ctx)[MENU_FLOWS.indexOf(flow as MenuFlowId)] ?? { label: flowLabel(ctx, flow), value: flowLabel(ctx, flow) };
}

function numberedList(ctx: FlowContext): string {
  return menuOptions(ctx)
    .map((o, i) => `${i + 1}. ${o.label}`)
    .join('\n');
}

/**
 * Routes a free-text message to a flow, or answers it. Shared by the menu and by flows that hand
 * back to it. The fallback ("I may not understand everything") is for what nothing here reads.
 */
/**
 * Free text that tells of a difficulty rather than asking for something ("I keep thinking everyone
 * will see I'm a fraud", "staying in my room all week"): heard, with the two or three exercises that
 * fit what it is about, instead of "I didn't understand". Sleep questions go to the vetted library.
 */
const FITS: ReadonlyArray<[RegExp, readonly MenuFlowId[]]> = [
  [/\b(sleep\w*|insomni\w*|awake at night|can t sleep|cant sleep|dormir|duermo|descans\w*|sueno|insomnio)\b/, ['learn']],
  [/\b(worr\w*|what if|overthink\w*|can t stop thinking|cant stop thinking|preocup\w*|y si)\b/, ['worry_time', 'thought_record', 'breathing']],
  [/\b(chest|heart|panic\w*|tense|shaking|shaky|tight|anxious|anxiety|nervous|on edge|pecho|corazon|ansiedad|ansios[oa]|nervios\w*|panico|temblando)\b/, ['breathing', 'grounding', 'worry_time']],
  [/\b(keep thinking|thought|thinking|fraud|failure|fail|stupid|useless|idiot|worthless|not good enough|everyone (will|thinks|hates)|hate me|judg\w*|pienso|pensamiento|fracas\w*|inutil|tont[oa]|no valgo)\b/, ['thought_record', 'mood', 'breathing']],
  [/\b(bed|my room|motivation|lazy|bothered|no energy|stuck|staying in|stay in|can t get up|cant get up|nothing to do|bored|cama|habitacion|cuarto|sin ganas|no tengo ganas|no me apetece|no hago nada)\b/, ['activation', 'mood', 'thought_record']],
  [/\b(problem|deadline|rent|bills|money|debt|exam|boss|landlord|decide|decision|don t know what to do|dont know what to do|problema|dinero|deudas?|examen|jefe|no se que hacer|decidir)\b/, ['problem_solving', 'worry_time', 'breathing']],
];
export type MenuFlowId = (typeof MENU_FLOWS)[number];

/** Said as a request, not a statement: "can we", "help me", "I want to", "what do I do", "¿qué hago?", "ayúdame". */
const REQUEST_FRAME =
  /\?|^(what|whats|what s|how|why|que|como|por que|can|could|would|will|shall|let s|lets|please|pls|help|show|give|tell|teach|start|do|try|i want|i d like|id like|i need|i wanna|need|want|how do i|how can i|what do i|what can i|what should i|is there|any)\b|\b(my (therapist|counsell?or|psychologist|doctor|gp) (said|says|told me|suggested|wants)|mi (psicologa|psicologo|terapeuta|doctora?) me (dijo|recomendo|pidio)|help me|can you|could you|can we|could we|what do i do|what can i do|what should i do|any tips|any ideas|que hago|que puedo hacer|ayudame|ayudarme|me ayudas|puedes|podemos|quiero|necesito|hay algo|algun consejo|dame|ensename|me (pasa|pasas|pasaria|pasarias|das|da|daria|darias|dice|dices|puede|podria|podrias|manda|mandas)|pasame|digame|dime|(a )?donde (puedo|llamo|hablo)|a quien (llamo|puedo llamar)|quisiera|me gustaria|ocupo)\b/;

/** Asking whether something is harmful or normal: "can a panic attack hurt my heart?", "is it normal to…", "¿es peligroso…?". */
const SAFE_OR_NORMAL = /^(?:(?:so|but|and|ok|okay|y|pero|oye)\s+)*(?:can|could|will|would|does|do|is|are|puede|pueden|es|son|me puede|le puede)\b.{0,60}\b(hurt|harm|damage|kill|dangerous|bad for (?:my|your|the)|give me a heart attack|normal|danar|hacer dano|peligros[oa]|matar|dar un infarto)\b/;

/** Asking whether a body alarm is anxiety or panic, or how to tell it from the heart. */
const PANIC_OR_BODY =
  /\b(is (that|this|it) (just )?(anxiety|panic|a panic attack|an anxiety attack|my anxiety)|how (can|do|would|could) (i|you) (tell|know)\b.{0,60}\b(panic|anxiety|heart)|(panic attack|anxiety|panic)\b.{0,20}\b(or|vs|versus)\b.{0,20}\b(my heart|a heart attack|heart problem|something (wrong|serious))|(heart attack|my heart)\b.{0,30}\b(or|vs|versus)\b.{0,20}\b(panic|anxiety)|(es|sera|seria) (solo )?(ansiedad|un ataque de (panico|ansiedad)|panico)|como (se|puedo saber|saber|distingo|diferencio)\b.{0,60}\b(panico|ansiedad|corazon|infarto))\b/;

/** Asking to change a finished thought record: "se puede corregir lo del registro?", "can I fix my thought record". */
const EDIT_RECORD = /\b(corregir|cambiar|editar|arreglar|fix|change|edit|correct)\b.{0,30}\b(registro|record)\b|\b(registro|record)\b.{0,30}\b(esta mal|is wrong|wrong|corregir|editar|cambiar|fix|edit)\b/;

/** "No me voy aún", "I'm not going anywhere", "not leaving yet": still here. */
const NOT_LEAVING = /\b(no me voy|no me he ido|todavia no me voy|aun no me voy|(i m|im|i am) not (going|leaving)( anywhere)?|not leaving|not going anywhere|i m still here|im still here|sigo aqui|aqui sigo)\b/;

export function soundsLikeRequest(text: string): boolean {
  return REQUEST_FRAME.test(fold(text));
}

function fitsFor(text: string): readonly MenuFlowId[] | null {
  const t = fold(text).replace(/[^\p{L}\p{N} ]+/gu, ' ').replace(/\s+/g, ' ');
  for (const [re, flows] of FITS) if (re.test(t)) return flows;
  // Something about themselves, in a sentence: heard, with the usual first steps.
  const aboutSelf = /\b(i|im|i m|ive|i ve|id|my|me|myself|yo|estoy|me siento|mi|mis)\b/.test(t);
  return aboutSelf && t.trim().split(' ').length >= 4 ? ['thought_record', 'mood', 'breathing'] : null;
}

/** What the care team has been told, as it really is now (the open escalation, if any). */
export function sharedAnswer(ctx: FlowContext): string {
  const m = ctx.copy.menu.shared;
  const e = ctx.escalation;
  if (!ctx.activeEscalation || !e) return m.nothing;
  if (e.level === 'concern') return m.concern(ctx.clinicName);
  if (!e.paged) return m.urgentNobody(ctx.clinicName);
  return ctx.onCall || e.acknowledgedBy ? m.urgentPaged(ctx.clinicName) : m.urgentOffShift(ctx.clinicName);
}

/** The patient's last finished thought records, newest first, each in its own message. */
function showThoughtRecords(ctx: FlowContext): StepResult {
  const m = ctx.copy.menu.records;
  const saved = [...(ctx.state.profile.thoughtRecords ?? [])].reverse();
  const options = menuOptions(ctx);
  const newOne = options[MENU_FLOWS.indexOf('thought_record')]!;
  if (saved.length === 0) return { say: [say(m.none, [newOne, { label: ctx.copy.menu.everything, value: 'menu' }])], step: 'idle', data: {} };
  const labels = ctx.copy.exercises.thoughtRecord.labels;
  const day = new Intl.DateTimeFormat(ctx.locale, { day: 'numeric', month: 'long', timeZone: ctx.timezone });
  const records = saved.flatMap((r) =>
    pack([
      day.format(new Date(r.at)),
      ...(r.situation ? [`${labels.situation}: ${r.situation}`] : []),
      ...(r.thought ? [`${labels.thought}: ${r.thought}`] : []),
      ...(r.feelings ? [`${labels.emotions}: ${r.feelings}`] : []),
      ...(r.evidenceFor ? [`${labels.evidenceFor}: ${clip(r.evidenceFor, 280)}`] : []),
      ...(r.evidenceAgainst ? [`${labels.evidenceAgainst}: ${clip(r.evidenceAgainst, 280)}`] : []),
      ...(r.traps ? [`${labels.traps}: ${r.traps}`] : []),
      ...(r.balanced ? [`${labels.balanced}: ${r.balanced}`] : []),
    ]),
  );
  return { say: [say(m.title(saved.length)), ...records.map((text) => say(text)), say(m.after, [newOne, { label: ctx.copy.menu.everything, value: 'menu' }])], step: 'idle', data: {} };
}

/** The last problem-solving plan as lines ("Option: …", "First step: …", "When: …"), or none. */
function solvedLines(ctx: FlowContext): string[] {
  const last = ctx.state.profile.solved?.at(-1);
  if (!last) return [];
  const l = ctx.copy.exercises.problemSolving.labels;
  const when = last.whenAt ? capitalise(whenText(ctx, { text: last.whenText ?? '', at: last.whenAt, part: null, now: false })) : last.whenText;
  return [
    ctx.copy.exercises.plans.solvedTitle,
    ...(last.problem ? [`${l.problem}: ${clip(last.problem, 140)}`] : []),
    ...(last.option ? [`${l.option}: ${last.option}`] : []),
    ...(last.firstStep ? [`${l.firstStep}: ${last.firstStep}`] : []),
    ...(when ? [`${l.when}: ${when}`] : []),
  ];
}

/** "My problem-solving plan, the first step about my sister: when was it?" */
const SEE_SOLVED =
  /\b(my|the) (problem[- ]?solving|problem) plan\b|\bfirst step\b|\bplan (about|for|with) my\b|\b(what time|when) (did i say|i said|was i (going|supposed) to|am i (going|supposed) to)\b|\bmi plan (de|para) (resolver|el problema)|\bprimer paso\b|\b(a que hora|cuando) (dije|quede|iba a)\b/;

/** "Show my plans": the activities still planned, soonest first, numbered for "drop plan 2" (or the last problem-solving plan, when there are none). */
function showPlans(ctx: FlowContext): StepResult {
  const c = ctx.copy.exercises.plans;
  const plans = openPlans(ctx.state.profile);
  const options = menuOptions(ctx);
  const newOne = options[MENU_FLOWS.indexOf('activation')]!;
  const solved = solvedLines(ctx);
  if (plans.length === 0 && solved.length) return { say: [...pack(solved).map((t) => say(t)), say(c.after, [newOne, { label: ctx.copy.menu.everything, value: 'menu' }])], step: 'idle', data: {} };
  if (plans.length === 0) return { say: [say(c.none, [newOne, { label: ctx.copy.menu.everything, value: 'menu' }])], step: 'idle', data: {} };
  const lines = plans.map((p, i) => (p.at ? c.line(i + 1, whenText(ctx, { text: p.whenText, at: p.at, part: null, now: false }), p.activity) : c.lineNoTime(i + 1, p.whenText ? `${p.activity} (${p.whenText})` : p.activity)));
  const reminder = /\b(remind|reminder|recordatorio|recuerdes|me avisas)\b/.test(fold(ctx.text)) ? [say(c.reminder)] : [];
  return { say: [say(c.title(plans.length)), ...pack(lines).map((text) => say(text)), ...reminder, say(c.after, [newOne, { label: ctx.copy.menu.everything, value: 'menu' }])], step: 'idle', data: {} };
}

/**
 * "What should I do?": first what has helped this patient (their own before/after ratings: largest
 * mean rise, at least two uses), then the other exercises.
 */
function whatHelps(ctx: FlowContext): StepResult {
  const c = ctx.copy.exercises.whatHelps;
  const helped = whatHelped(ctx.state.profile.exerciseMoods ?? []).slice(0, 3);
  const rest = [...BRACKETED, 'activation' as const].filter((f) => !helped.some((h) => h.flow === f));
  const button = (f: FlowId): QuickReply => flowButton(ctx, f);
  const everything = { label: ctx.copy.menu.everything, value: 'menu' };
  if (helped.length === 0) {
    // Rated once or so: what rose so far, said as that, not as what "helps you".
    const rose = (ctx.state.profile.exerciseMoods ?? []).filter((m) => m.before !== null && m.after !== null && m.after > m.before && !SET_UP_ONLY.has(m.flow)).slice(-3).reverse();
    if (rose.length) {
      const list = rose.map((m) => c.earlyItem(exerciseName(ctx, m.flow), m.before!, m.after!)).join('; ');
      const first = [...new Set(rose.map((m) => m.flow))];
      return { say: [say(c.early(list), [...first.map(button), ...rest.filter((f) => !first.includes(f)).slice(0, 2).map(button), everything])], step: 'idle', data: {} };
    }
    // No ratings yet, but a thought record shows a feeling that eased: that much is known.
    const eased = ctx.state.profile.thoughtRecords?.at(-1)?.feelings;
    const fromRecord = eased && /\d+, (now|ahora) \d+/.test(eased) ? [say(c.fromRecord(eased))] : [];
    return { say: [...fromRecord, say(c.none, [...rest.slice(0, 4).map(button), everything])], step: 'idle', data: {} };
  }
  const round = (x: number) => (Math.round(x * 10) / 10).toString();
  const list = helped.map((h) => c.item(exerciseName(ctx, h.flow), round(h.mean), h.uses)).join('; ');
  return { say: [say(c.helped(list), [...helped.map((h) => button(h.flow)), ...rest.slice(0, 2).map(button), everything])], step: 'idle', data: {} };
}

/**
 * "Show me my progress": what they have done with the bot, from their own ratings and records (the
 * latest mood changes around exercises, thought records, plans, worry time, the last questionnaire),
 * then what has helped them, as "what helps?" answers it.
 */
function progress(ctx: FlowContext): StepResult {
  const c = ctx.copy.menu.progress;
  const p = ctx.state.profile;
  const lines: string[] = [];
  const rated = (p.exerciseMoods ?? []).filter((m) => m.before !== null && m.after !== null && !SET_UP_ONLY.has(m.flow)).slice(-4);
  if (rated.length) lines.push(c.moods(rated.map((m) => c.moodItem(exerciseName(ctx, m.flow), m.before!, m.after!)).join('; ')));
  else if (p.lastMood !== undefined) lines.push(c.lastMood(p.lastMood));
  if (p.thoughtRecords?.length) lines.push(c.thoughtRecords(p.thoughtRecords.length, p.thoughtRecords.at(-1)?.feelings ?? null));
  const plans = (p.plans ?? []).filter((x) => x.status !== 'cancelled');
  if (plans.length) lines.push(c.plans(plans.filter((x) => x.status === 'planned').length, plans.filter((x) => x.status === 'done' || x.status === 'partly').length));
  if (p.worryTime?.slot) lines.push(c.worryTime(shownSlot(ctx, p.worryTime.slot)));
  if (p.lastScore && p.lastScore.score !== null) lines.push(c.questionnaire(ctx.copy.questionnaires.names[p.lastScore.instrument], p.lastScore.score));
  if (lines.length === 0) return { say: [say(c.nothing, menuOptions(ctx))], step: 'idle', data: {} };
  const helps = whatHelps(ctx);
  return { ...helps, say: [say(`${c.intro}\n${lines.map((l) => `- ${l}`).join('\n')}`), ...helps.say!] };
}

/** After the medicine answer: effects, doses, "just half", "my mum says it's fine". */
const MEDICINE_FOLLOW_UP =
  /\b(dizzy|dizziness|sick|nause\w*|headache|shaky|shaking|sweat\w*|zaps?|side effects?|from that|from it|skipp?ed|missed|forgot|half|just one|only one|once|says it s fine|said it s fine|it s fine|mareo|mareado|mareada|nausea\w*|dolor de cabeza|efectos?|me la salte|me las salte|se me olvido|olvide|media|solo una|nada mas una|dice que no pasa nada|no pasa nada)\b/;
/** Effects felt, rather than a dose asked about again. */
const MEDICINE_EFFECTS =
  /\b(dizzy|dizziness|sick|nause\w*|headache|shaky|shaking|sweat\w*|zaps?|side effects?|feel (weird|strange|off|bad|awful)|felt (weird|strange|off|bad|awful)|mareo|mareado|mareada|nausea\w*|dolor de cabeza|efectos?|me siento (raro|rara|mal))\b/;

/** The open plan meant: by its number in the list, the only one, or the one whose words were used ("the one with my sister"). */
function planMeant(ctx: FlowContext, n: number): SavedPlan | undefined {
  const plans = openPlans(ctx.state.profile);
  if (n >= 1) return plans[n - 1];
  if (plans.length === 1) return plans[0];
  const said = new Set(fold(ctx.text).split(/[^a-z0-9]+/).filter((w) => w.length >= 4));
  const matching = plans.filter((p) => fold(p.activity).split(/[^a-z0-9]+/).some((w) => w.length >= 4 && said.has(w)));
  return matching.length === 1 ? matching[0] : undefined;
}

const CARRY_ON =
  /\b(en (q|que|donde) (ibamos|estabamos|nos quedamos|habiamos quedado)|where were we)\b|\b(finish|continue|carry on( with)?|pick up|get back to|go back to|resume|complete|keep going with|terminar|termino|acabar|acabo|seguir( con)?|seguimos( con)?|sigamos|le seguimos|continuar|continuamos|retomar|retomamos|volver a)\b.*\b(from before|from earlier|before|earlier|from yesterday|yesterday|the other day|we started|i started|we were doing|i was doing|left|unfinished|half ?way|where (we|i) (left off|stopped|were)|in the middle|de antes|de ayer|que empezamos|que empece|que dejamos|que deje|a medias|sin terminar|donde (lo )?(dejamos|deje|nos quedamos|me quede))\b/;

/** The questionnaire asked about, however spelt, or "the one my therapist wanted". */
const REQUESTED = /\b(questionn?aire|questionaire|questionnare|quesionnaire|survey|cuestionario|encuesta|test|the one (my|the) (therapist|team|care team|doctor|psychologist|counsell?or) (wanted|asked for|sent)|el que (me )?(pidio|mando|quiere) (mi|la|el) (psicologa|psicologo|terapeuta|doctora|doctor|equipo))\b/;

/** "Carry on", "seguir": the only exercise left half-way, as said after an aside ("…say 'carry on' to pick it up"). */
const BARE_CARRY_ON = /^(ok |okay |right |vale |ok va )?(carry on|continue|keep going|go on|resume|lets carry on|let s carry on|back to it|seguir|sigamos|seguimos|continuar|continua|continuemos|retomar|retomemos|retomalo)( please| pls| porfa| por favor| then| entonces)?$/;

/** The half-done exercise a message asks to carry on: the one it names, or the only one. */
function unfinishedAskedFor(ctx: FlowContext): FlowId | null {
  const drafts = Object.keys(ctx.state.drafts) as FlowId[];
  if (drafts.length === 0 || !(CARRY_ON.test(fold(ctx.text)) || BARE_CARRY_ON.test(fold(ctx.text).trim()))) return null;
  const named = readMenuChoice(ctx.text) ?? readRequest(ctx.text);
  if (named && drafts.includes(named as FlowId)) return named as FlowId;
  return drafts.length === 1 ? drafts[0]! : null;
}

const CARE_TEAM_SEES =
  /\b(if |whether )?(my |the )?(therapist|counsell?or|psychologist|psychiatrist|doctor|clinician|care team|nurse|psicolog[oa]|terapeuta)( \w+)? (can|could|will|would|does|do|gets to) (see|read|look at)( all)? (this|these|it|that|everything|all (of )?(this|it)|my (messages|answers|stuff|chats?)|what i (write|say|type|put))\b|\b(will|can|could|does|do|would) (dr |doctor |mr |mrs |ms |miss )?(?!you\b|i\b|we\b|it\b|they\b|that\b|this\b)[a-z]+ (be able to )?(see|read)( all)? (this|these|that|it|all of this|what i (write|say|type|put))\b|\b(el|la) (doctor|doctora|dr|dra) [a-z]+ (va a ver|puede ver|vera|lee|va a leer)\b|\b(can|could|will|does|do|would) (my |the )?(therapist|counsell?or|psychologist|psychiatrist|doctor|clinician|care team|team|nurse)( \w+)? (see|read|look at|get|have access to|access)\b|\b(is|are) (this|these|it|my \w+( \w+)?) (shared|sent|visible) (with|to) (my )?(therapist|counsell?or|psychologist|doctor|care team|team)\b|\b(mi |la |el )?(psicolog[oa]|terapeuta|psiquiatra|medic[oa]|doctor[a]?|equipo)( \w+)? (lo |los |las |la )?(puede ver|pueden ver|ve|ven|va a ver|van a ver|va a poder ver|lee|leen|puede leer|va a leer|van a leer|leera|vera|tiene acceso)\b|\b(lo |esto )?(ve|puede ver|podra ver) (mi |la |el )?(psicolog[oa]|terapeuta|psiquiatra|medic[oa]|equipo)\b|\b(los mensajes|mis mensajes|lo que (te )?escribo|lo que te (cuento|he contado|digo)|what i (write|type|tell you)|my messages)\b.{0,90}\b(lo |los )?(lee|leen|leera|ve|ven|vera|read|reads|see|sees)\b/;

const SAFETY_PLAN_ASKED = /\b(safety|seguridad|crisis|emergency|emergencia|warning signs|senales de (alarma|alerta)|plan for when|plan para cuando|when things get (bad|dark|really bad|too much)|cuando (me )?(ponga|sienta|vea) (muy )?mal|keep (myself )?safe|mantenerme a salvo)\b/;

const REMINDER = /\b(remind me (to|on|at|tomorrow|tonight|this|next|monday|tuesday|wednesday|thursday|friday|saturday|sunday|in the)|send me (a )?reminders?|can (you|u) (send|set|give) (me )?(a )?(reminder|alarm|notification)s?|set (a|an|me a) (reminder|alarm)|reminders or|recuerdame (el|mañana|manana|que|a las|esta)|me (puedes|podrias) (recordar|avisar)|mandame un (recordatorio|aviso)|ponme (una )?alarma)\b/;

const WHATS_SAVED =
  /\b(my saved (stuff|things|work|answers)|what (have i|did i|s|is) (saved|been saved|kept)|what do you (keep|save|have) (on|about|from) me|(is|are|was|were) (that|it|this|my [a-z ]{1,20}) (saved|kept|stored)( somewhere)?|everything i (ve )?(saved|done)|lo que (he|tengo) guardado|que (tengo|hay) guardado|(se|esta) guardad[oa] (en algun sitio|en algun lado)?|mis cosas guardadas)\b/;

/** What the patient has kept with the bot, exercise by exercise, and who can read it. */
function showSaved(ctx: FlowContext): StepResult {
  const c = ctx.copy.menu.saved;
  const p = ctx.state.profile;
  const lines: string[] = [];
  if (p.thoughtRecords?.length) lines.push(c.thoughtRecords(p.thoughtRecords.length));
  const plans = openPlans(p);
  if (plans.length) lines.push(c.plans(plans.length));
  if (p.solved?.length) lines.push(c.solved(p.solved.length));
  if (p.worryTime) lines.push(c.worryTime(p.worryTime.parked.length));
  if (p.lastScore) lines.push(c.questionnaire(ctx.copy.questionnaires.names[p.lastScore.instrument]));
  if (p.exerciseMoods?.length || p.lastMood !== undefined) lines.push(c.moods);
  const text = lines.length ? `${c.intro}\n${lines.map((l) => `- ${l}`).join('\n')}\n${c.who(ctx.clinicName)}` : c.nothing(ctx.clinicName);
  return { say: [say(text, menuOptions(ctx))], step: 'idle', data: {} };
}

const RELIEF = /^(oh |ah |well |right )?(splendid|great|brilliant|lovely|perfect|wonderful|excellent|fab|phew|good to know|that s (a relief|great|good|brilliant|lovely|perfect|good to know)|thats (a relief|great|good|brilliant|lovely|perfect)|what a relief|que alivio|menos mal|genial|perfecto|estupendo|que bien|buenisimo)\b/;

const ONE_MORE = /^(oye |hey |oh |ah |wait |ok |okay |so |sorry |perdona |espera |y |and |also |tambien )*(one more thing|one last thing|another thing|una cosa mas|una ultima cosa|otra cosa|una pregunta( mas)?|otra pregunta|one more question|another question|quick question|can i ask (you )?(something|a question)|puedo preguntarte algo|te puedo preguntar algo|te pregunto algo)( (please|porfa|real quick|rapido|rapidito))?$/;

/** Welcomed back: to what was left half-way, or told what was done last, or simply welcomed. */
function welcomeBack(ctx: FlowContext): StepResult {
  const m = ctx.copy.menu;
  const options = menuOptions(ctx);
  const left = (Object.keys(ctx.state.drafts) as FlowId[]).filter((id) => (MENU_FLOWS as readonly string[]).includes(id));
  if (left.length) return { say: [say(m.welcomeBackTo(flowLabel(ctx, left[0]!)), [options[MENU_FLOWS.indexOf(left[0] as MenuFlowId)]!, { label: m.everything, value: 'menu' }])], step: 'idle', data: {} };
  const last = ctx.state.profile.exerciseMoods?.at(-1);
  if (last && ctx.now.getTime() - new Date(last.at).getTime() < 24 * 3_600_000) return { say: [say(m.welcomeBackLast(exerciseName(ctx, last.flow)), options)], step: 'idle', data: {} };
  return { say: [say(m.welcomeBackShort, options)], step: 'idle', data: {} };
}

/** "Volví jaja no me puedo dormir. ¿En qué estábamos?": welcomed back, and the rest read as its own message. */
async function backAgain(ctx: FlowContext): Promise<StepResult | null> {
  const t = foldWords(ctx.text);
  // "Ya volví. ¿En qué íbamos?" with something half-done: carried on at once (unfinishedAskedFor).
  if (Object.keys(ctx.state.drafts).length > 0 && CARRY_ON.test(t)) return null;
  const back = BACK_AGAIN.exec(t);
  // "Where were we?" alone, with something half-done, carries it on (unfinishedAskedFor).
  if (!back && !(WHERE_WERE_WE.test(t) && t.split(' ').length <= 8 && Object.keys(ctx.state.drafts).length === 0)) return null;
  const rest = back ? t.slice(back[0].length).trim() : '';
  if (!back || NOTHING_ASKED.test(rest) || WHERE_WERE_WE.test(rest) || (rest.split(' ').length <= 8 && readMenuChoice(rest) === null && readRequest(rest) === null)) return welcomeBack(ctx);
  const routed = await routeFromMenu({ ...ctx, text: rest });
  if (!routed.say?.length) return routed;
  return { ...routed, say: [say(ctx.copy.menu.welcomeBackLine), ...routed.say] };
}

const SAID_OTHERWISE = /\bno,? (a las |at )?\d{1,2}(:\d\d)? ?(de la (tarde|noche|manana)|pm|am|p m|a m|in the (afternoon|evening|morning))\b|\b(i said|i meant|i told you|i put|wrong (day|time|date)|should (be|have been)|supposed to be|not (on )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow)|dije|quise decir|te dije|he dicho|te he dicho|no era|era el|era a las|no el (lunes|martes|miercoles|jueves|viernes|sabado|domingo))\b/;

/** The newest plan, when a short message says its day or time was not what they said ("no, I said Wednesday"). */
function misreadPlan(ctx: FlowContext): SavedPlan | undefined {
  const t = fold(ctx.text);
  // "Tuesday 4pm. Tuesday": a bare day and time said to the menu is the newest plan's, put right.
  const bare = soundsLikeWhenOnly(ctx.text) && t.split(' ').length <= 6;
  if (t.split(' ').length > 25 || !(SAID_OTHERWISE.test(t) || bare)) return undefined;
  const when = readWhen(ctx.text);
  if (!when.day && !when.time) return undefined;
  return (ctx.state.profile.plans ?? []).filter((p) => p.status === 'planned').at(-1);
}

/** "Drop plan 2": taken off the list, and its follow-up with it. */
function dropPlan(ctx: FlowContext, n: number): StepResult {
  const c = ctx.copy.exercises.plans;
  const plans = openPlans(ctx.state.profile);
  if (plans.length === 0) return showPlans(ctx);
  const plan = planMeant(ctx, n);
  if (!plan) return { say: [say(c.whichOne(plans.length))], step: 'idle', data: {} };
  return {
    say: [say(c.cancelled(plan.activity))],
    profile: { plans: withPlan(ctx.state.profile, { ...plan, status: 'cancelled' }) },
    actions: [{ type: 'follow_up', planId: plan.id, at: null }],
    step: 'idle',
    data: {},
  };
}

/** Said about oneself: a question about "my" body, habits or feelings, not the weather. */
const ABOUT_ME = /\b(i|i m|im|my|me|myself|yo|mi|mis|me tomo|me pongo|me miro|tengo|estoy|soy)\b/;

/** The likeliest two or three exercises for a message, as buttons (never the crisis resources unprompted). */
function offeredFor(text: string, options: readonly QuickReply[]): QuickReply[] {
  return likeliest(text)
    .filter((id): id is MenuFlowId => (MENU_FLOWS as readonly string[]).includes(id) && id !== 'resources')
    .map((id) => options[MENU_FLOWS.indexOf(id)]!);
}

/**
 * Messages about the patient, their saved things or the conversation itself, which the menu answers
 * wherever they are said (the library does not search them): progress, what has helped, coming
 * back, signing off, who sees this, what is saved, their plans, trivia.
 */
export function forTheMenu(text: string): boolean {
  const t = fold(text);
  const letters = foldWords(text);
  return (
    asksProgress(text) ||
    (asksWhatHelps(text) && /\b(helped|worked|difference|so far|vinieron|sirvieron|sirvio|ha servido|ayudaron|ayudo|ha ayudado|funciono|funcionaron)\b/.test(t)) ||
    BACK_AGAIN.test(letters) ||
    (WHERE_WERE_WE.test(letters) && letters.split(' ').length <= 8) ||
    signsOff(text) ||
    isLeaving(text) ||
    CARE_TEAM_SEES.test(t) ||
    WHATS_SAVED.test(t) ||
    SEE_SOLVED.test(t) ||
    isTrivia(text) ||
    asksAboutTheBot(text) ||
    doubtsItHelps(text)
  );
}

/** "Turn off the summaries for my therapist", "no summaries" → false; "share summaries", "compartir resúmenes" → true; else null. */
function summariesChange(text: string): boolean | null {
  const t = fold(text);
  if (!/\b(summar\w*|resumen\w*)\b/.test(t) || t.split(' ').length > 25 || /\?/.test(text)) return null;
  if (/\b(turn (those|them|it|the summaries|summaries) off|turn off|no (more )?summar\w*|stop|dont|don t|do not|sin resumen|no compartas|no quiero|desactiva|quita|deja de)\b/.test(t)) return false;
  if (/\b(share|turn (them |those |the summaries |summaries )?(back )?on|turn on|compartir|comparte|activa|manda)\b/.test(t)) return true;
  return null;
}

const NOT_A_NAME = /^(back|later|tomorrow|today|tonight|when|if|at|on|please|anytime|any|every|the|a|an|manana|luego|despues|cuando|si)$/i;

/** "Call me Jordan", "no. I said call me Marcus not Marc", "change my name to Marcus", "mejor dígame Lupe, así me dicen": the name. */
function nameChange(text: string): string | null {
  const whole = NAME_CHANGE.exec(text.trim());
  if (whole) return NOT_A_NAME.test(fold(whole[1]!.split(/\s+/)[0]!)) ? null : readName(whole[1]!);
  const short = text.trim().split(/\s+/).length <= 5;
  const m = /\b(?:call me|change my name to|my name is|i go by|go by|llamame|llámame|dime|dígame|digame|me dicen)\s+([\p{L}'’-]+)/iu.exec(text);
  if (!m || NOT_A_NAME.test(fold(m[1]!)) || (!short && !/^\p{Lu}/u.test(m[1]!))) return null;
  return readName(m[1]!);
}

/** "Call me Jordan", "my name is Sam", "it's just Jordan, not …", "dime Mari", "llámame Lu": the name is the first group. */
const NAME_CHANGE =
  /^(?:(?:ok|okay|also|btw|and|oh|y|oye|pero|one other thing|one more thing|otra cosa)[\s,:]+)*(?:(?:can you |could you |would you |please )?call me|my name is|my name's|it'?s just|it’s just|just call me|dime|llamame|llámame|me llamo|mejor dime)\s+([\p{L}'’-]+(?:\s+[\p{L}'’-]+)?)(?:[\s,.!]+(?:not\s.*|no\s.*|rather than\s.*|instead( of\s.*)?|from now on.*|please|porfa|por favor|btw|thanks|gracias|en vez de\s.*|a partir de ahora.*))?[\s.!?]*$/iu;

export async function routeFromMenu(ctx: FlowContext): Promise<StepResult> {
  // "Pause check-ins for a week", "check in at 7pm instead", "will you keep messaging me?": the schedule, changed or told.
  // "Y los mensajes normales, eso también lo lee?": who reads the chat, before any word about messages is taken for the check-ins.
  if (CARE_TEAM_SEES.test(fold(ctx.text))) return { say: [say(ctx.copy.menu.careTeamSees(ctx.clinicName), menuOptions(ctx))], step: 'idle', data: {} };
  const checkIns = readCheckInRequest(ctx.text, { context: (ctx.state.data as { checkInContext?: boolean }).checkInContext === true });
  if (checkIns) return answerCheckIns(ctx, checkIns);
  // "Share summaries", "no summaries": the patient's consent changed, in their words.
  const share = summariesChange(ctx.text);
  if (share !== null) {
    const on = share;
    return { say: [say(on ? ctx.copy.onboarding.summariesOn : ctx.copy.onboarding.summariesOff)], step: 'idle', data: {}, actions: [{ type: 'consent', shareSummaries: on }] };
  }
  // "Call me Jordan", "it's just Jordan, not jordan's fine", "dime Mari": the name they want, noted for the care team.
  const name = nameChange(ctx.text);
  if (name) return { say: [say(ctx.copy.onboarding.nameNoted(name))], step: 'idle', data: {}, actions: [{ type: 'record', instrument: 'intake', score: null, items: { preferredName: name } }] };
  // "Can I do that questionaire my therapist wanted?": the one the care team asked for, started.
  if (ctx.state.profile.requestedQuestionnaire && REQUESTED.test(fold(ctx.text))) return { goto: 'questionnaire', returnTo: null, with: { instrument: ctx.state.profile.requestedQuestionnaire } };
  // A medicine or a dose: not the companion's to advise on; who can, and what to do if too much was taken.
  // The next message after that answer, about effects or missed doses ("felt kinda dizzy today, is that
  // from that?", "es solo media pastilla"), stays on the medicine: it is not a new topic.
  const afterMedicine = (ctx.state.data as { medicine?: boolean }).medicine === true;
  if (asksAboutMedication(ctx.text) || (afterMedicine && MEDICINE_FOLLOW_UP.test(fold(ctx.text)))) {
    const effects = afterMedicine && !asksAboutMedication(ctx.text) && MEDICINE_EFFECTS.test(fold(ctx.text));
    const text = effects
      ? ctx.copy.menu.medicationEffects(ctx.safety.emergencyLine)
      : afterMedicine
        ? ctx.copy.menu.medicationAgain
        : ctx.copy.menu.medication(ctx.safety.emergencyLine);
    const options = menuOptions(ctx);
    return { say: [say(text, [options[MENU_FLOWS.indexOf('breathing')]!, { label: ctx.copy.menu.everything, value: 'menu' }])], step: 'idle', data: { medicine: true } };
  }
  // "My grandma died last month and I can't focus", "did you read what I wrote? a patient died": the loss
  // heard first, by name, not "that sounds hard" (a question about loss, "what helps when someone dies?", is the library's).
  const loss = /\?\s*$/.test(ctx.text.trim()) ? null : toldOfLoss(ctx.text);
  if (loss) {
    const options = menuOptions(ctx);
    const fits = fitsFor(ctx.text);
    const picked = (fits ?? ['mood', 'breathing']).filter((id) => id !== 'resources').map((id) => options[MENU_FLOWS.indexOf(id)]!);
    return { say: [say(`${ctx.copy.sorryAbout(loss.who)} ${ctx.copy.menu.heardLoss}`, [...picked, { label: ctx.copy.menu.everything, value: 'menu' }])], step: 'idle', data: { heard: true } };
  }
  // "That's not what I asked": owned, with the likeliest options, not "that sounds hard".
  if (isComplaint(ctx.text)) {
    const options = menuOptions(ctx);
    const guesses = likeliest(ctx.text)
      .filter((id): id is MenuFlowId => (MENU_FLOWS as readonly string[]).includes(id))
      .map((id) => options[MENU_FLOWS.indexOf(id)]!);
    return { say: [say(ctx.copy.menu.sorry, [...guesses, { label: ctx.copy.menu.everything, value: 'menu' }])], step: 'idle', data: {} };
  }
  // "Have you played Elden Ring?", "do you know any good ways to get a 6-year-old to stay in bed?": not
  // what the companion is for, said so, rather than a library answer found by a stray word ("all night").
  if (isTrivia(ctx.text) && readMenuChoice(ctx.text) === null) {
    const wanted = readRequest(ctx.text);
    if (wanted === null || wanted === 'sleep' || wanted === 'learn' || wanted === 'done') {
      const options = menuOptions(ctx);
      return { say: [say(ctx.copy.menu.cantAnswer, [...offeredFor(ctx.text, options), { label: ctx.copy.menu.everything, value: 'menu' }])], step: 'idle', data: {} };
    }
  }
  // "Mood's about 5 now": a mood check-in with the rating already given.
  const toldMood = readMoodTold(ctx.text);
  if (toldMood !== null) return { goto: 'mood', returnTo: null, with: { rating: toldMood } };
  // "What's the point of all this?", "does any of this actually work?": answered honestly, with one small thing offered.
  if (doubtsItHelps(ctx.text)) {
    const options = menuOptions(ctx);
    const offer = [options[MENU_FLOWS.indexOf('activation')]!, options[MENU_FLOWS.indexOf('learn')]!, { label: ctx.copy.menu.everything, value: 'menu' }];
    if ((ctx.state.data as { doubted?: boolean }).doubted) return { say: [say(ctx.copy.menu.doubtAgain, offer)], step: 'idle', data: {} };
    const [first = '', second = ''] = ctx.copy.menu.doubt;
    return { say: [say(first), say(second, offer)], step: 'idle', data: { doubted: true } };
  }
  // "Do you sleep?", "¿tú duermes?": the companion says what it is; what the question touched is offered.
  if (asksAboutTheBot(ctx.text)) {
    return { say: [say(ctx.copy.menu.aboutMe(ctx.botName), [...offeredFor(ctx.text, menuOptions(ctx)), { label: ctx.copy.menu.everything, value: 'menu' }])], step: 'idle', data: {} };
  }
  // "Thanks for the breathing, I'm off to bed now. Night!": a goodbye, not a request for the breathing.
  if (signsOff(ctx.text)) return { say: [say(ctx.copy.menu.goodbye)], step: 'idle', data: {} };
  // "…the thought record was genuinely useful. Goodbye.": a message that ends with a goodbye (and asks nothing) is one.
  const lastSentence = ctx.text.split(/(?<=[.!?])\s+|\n+/).map((x) => x.trim()).filter(Boolean).at(-1) ?? '';
  const endsWithGoodbye = (lastSentence !== ctx.text.trim() && isGoodbye(lastSentence)) || (ctx.text.trim().split(/\s+/).length >= 6 && isGoodbye(ctx.text));
  if (endsWithGoodbye && !/\?/.test(ctx.text) && !NOT_LEAVING.test(fold(ctx.text))) return { say: [say(ctx.copy.menu.goodbye)], step: 'idle', data: {} };
  // "Ok I'm back", "ya volví", "where were we?": welcomed, with what they left half-way offered first.
  const returned = await backAgain(ctx);
  if (returned) return returned;
  // "Can my therapist see this?": yes, the exercises are saved for the care team; said plainly.
  if (CARE_TEAM_SEES.test(fold(ctx.text))) return { say: [say(ctx.copy.menu.careTeamSees(ctx.clinicName), menuOptions(ctx))], step: 'idle', data: {} };
  // "Is there a version of the breathing without holding my breath?": the breathing, without the holds.
  if (asksForBreathingWithoutHolds(ctx.text)) return { goto: 'breathing', returnTo: null };
  // "Can we finish the bad mom thing from before?": the exercise left half-way, picked up where it was.
  const unfinished = unfinishedAskedFor(ctx);
  if (unfinished) return { goto: unfinished, returnTo: null, with: { carryOn: true } };
  // "Is 11 bad?", "¿qué significa moderado?": about the questionnaire just done, not a new one or the library.
  const lastScore = ctx.state.profile.lastScore;
  if (lastScore && asksAboutScore(ctx.text, lastScore, ctx.now)) {
    const explained = explainScore(ctx, lastScore);
    return { ...explained, say: explained.say!.map((line, i, all) => (i === all.length - 1 ? say(line.text, menuOptions(ctx)) : line)) };
  }
  // "Hang on, that's wrong, I'm going with number 2": the problem-solving plan just made, put right.
  const switched = switchSolvedOption(ctx);
  if (switched) return switched;
  // "Make the worry time 4 o'clock", "show my worries": the worry time set up, changed or listed.
  const movedWorry = changeWorryTime(ctx);
  if (movedWorry) return movedWorry;
  const parked = parkAnother(ctx);
  if (parked) return parked;
  const unparked = unparkWorry(ctx);
  if (unparked) return unparked;
  if (asksToSeeWorries(ctx.text)) return showWorries(ctx);
  // "Show me my saved stuff", "is that plan saved somewhere?": what is kept, and who sees it.
  if (WHATS_SAVED.test(fold(ctx.text))) return showSaved(ctx);
  // "Show me my progress", "what has actually helped me so far?": their own figures, before any exercise named in the question.
  if (asksProgress(ctx.text)) return progress(ctx);
  if (asksWhatHelps(ctx.text) && /\b(helped|worked|difference|progress|so far|vinieron|sirvieron|sirvio|ayudaron|ayudo|funcionaron|funciono|han servido|han ayudado)\b/.test(fold(ctx.text))) return whatHelps(ctx);
  // "Can I fix the record? The thought was 'she hates me'": said plainly it can't be edited, and what can be done.
  if (EDIT_RECORD.test(fold(ctx.text)) && (ctx.state.profile.thoughtRecords ?? []).length > 0) {
    const options = menuOptions(ctx);
    return { say: [say(ctx.copy.menu.records.cantEdit, [options[MENU_FLOWS.indexOf('thought_record')]!, { label: ctx.copy.menu.everything, value: 'menu' }])], step: 'idle', data: {} };
  }
  if (asksToSeeThoughtRecords(ctx.text)) return showThoughtRecords(ctx);
  const drop = readDropPlan(ctx.text);
  if (drop !== null && (ctx.state.profile.plans ?? []).length > 0) return dropPlan(ctx, drop);
  // "Can I move it to Sunday afternoon?": the same activity, planned again (its follow-up moves with it).
  const change = readChangePlan(ctx.text);
  const moving = change !== null ? planMeant(ctx, change) : undefined;
  // "Wait no, I said Wednesday not Tuesday": the plan just made (the newest) was read wrong; moved to what they said.
  const misread = moving ? undefined : misreadPlan(ctx);
  const replan = moving ?? misread;
  if (replan) return { goto: 'activation', returnTo: null, with: { again: { planId: replan.id, activity: replan.activity, area: replan.area, text: ctx.text, at: replan.at } } };
  // "Can I see the plan about my mom?", "what time did I say I'd text my sister?": the problem-solving plan.
  if (SEE_SOLVED.test(fold(ctx.text)) && solvedLines(ctx).length && (asksToSeePlans(ctx.text) || /\?|\b(see|show|when|what time|remind|forgot|cuando|a que hora|ver|muestra)\b/.test(fold(ctx.text)))) {
    return { say: [...pack(solvedLines(ctx)).map((t) => say(t)), say(ctx.copy.menu.offer, menuOptions(ctx))], step: 'idle', data: {} };
  }
  if (asksToSeePlans(ctx.text)) return showPlans(ctx);
  // "Can you remind me Thursday morning?": said plainly what it can and cannot do.
  if (REMINDER.test(fold(ctx.text)) && !asksToSeePlans(ctx.text)) return { say: [say(ctx.copy.menu.noReminders, [menuOptions(ctx)[MENU_FLOWS.indexOf('activation')]!, { label: ctx.copy.menu.everything, value: 'menu' }])], step: 'idle', data: {} };
  // "Is this a bot? Who reads this?": both answered, as they really are.
  const human = askingIfHuman(ctx.text) || /\b(who (reads|sees|can see|can read)|quien (lee|ve|puede ver))\b/.test(fold(ctx.text));
  const shared = askingWhatWasShared(ctx.text);
  if (human || shared) {
    const lines = [...(human ? [ctx.copy.menu.notAPerson(ctx.botName)] : []), ...(shared ? [sharedAnswer(ctx)] : [])];
    return { say: lines.map((l, i) => (i === lines.length - 1 ? say(l, menuOptions(ctx)) : say(l))), step: 'idle', data: {} };
  }
  const m = ctx.copy.menu;
  // Someone else at risk: the patient needs the numbers for them (their own screening found nothing of theirs).
  if (worriedAboutSomeoneElse(ctx.text)) {
    return { say: [say(m.someoneElse(ctx.safety.lines, ctx.safety.emergencyLine), [m.items.breathing, m.items.grounding])], step: 'idle', data: {} };
  }
  // Named ("breathing", "5", "thought record"), unless the sentence around the name asks for something
  // else ("I don't want a thought record, I want to understand why they work"): intent-match.ts.
  const choice = readMenuChoice(ctx.text);
  // Said in other words ("my heart won't slow down, what do I do", "llevo noches en vela"): the model and the examples.
  // The safety plan is started when it is asked for as such (its name, a crisis, "a plan for when
  // things get bad"), never because a message about an activity plan says "plan".
  const read = readRequest(ctx.text);
  const asked = read === 'safety_plan' && !SAFETY_PLAN_ASKED.test(fold(ctx.text)) ? null : read;
  // "Splendid, that's a relief": glad to hear it, not a goodbye.
  if (RELIEF.test(fold(ctx.text).trim()) && !isGoodbye(ctx.text) && !isLeaving(ctx.text) && ctx.text.trim().split(/\s+/).length <= 8) return { say: [say(ctx.copy.menu.glad, menuOptions(ctx))], step: 'idle', data: {} };
  // ("¿Qué hemos hecho hasta ahora?", "no me voy aún": a question or staying, not a goodbye.)
  const staying = /\?/.test(ctx.text) || NOT_LEAVING.test(fold(ctx.text));
  if (choice === 'done' && asked === 'done' && !staying) return { say: [say(ctx.copy.menu.goodbye)], step: 'idle', data: {} };
  // "I think I'm having a heart attack, is that anxiety?", "how can I tell if it's panic or my heart": the
  // library's answer (when chest pain needs a doctor), not "that sounds hard" or the breathing.
  if (asked !== 'done' && PANIC_OR_BODY.test(fold(ctx.text))) return { goto: 'learn', returnTo: null };
  if (choice && choice !== 'learn' && choice !== 'done' && choice === asked && !asksAboutIt(ctx.text)) return { goto: choice, returnTo: null };
  if (asked === 'done' && !staying && !worriedAboutSomeoneElse(ctx.text)) return { say: [say(ctx.copy.menu.goodbye)], step: 'idle', data: {} };
  if (NOT_LEAVING.test(fold(ctx.text))) return { say: [say(ctx.copy.menu.goAhead)], step: 'idle', data: {} };
  // Asked for ("can we…", "help me…", "¿qué hago?", or a few words): straight there. Told as a
  // statement ("I keep thinking everyone will see I'm a fraud"): heard first, with that exercise offered first.
  // "What's behavioural activation?", "why do thought records help?": explained, with the exercise offered, not started.
  if (asksAboutIt(ctx.text) && asked !== 'done' && !asksWhatHelps(ctx.text)) {
    const offer = asked && (MENU_FLOWS as readonly string[]).includes(asked) && asked !== 'learn' ? asked : null;
    return { goto: 'learn', returnTo: null, with: offer ? { offer } : {} };
  }
  // "Can a panic attack hurt my heart?", "¿es normal…?": a question the library answers, not a request for the breathing.
  if (asked !== 'done' && SAFE_OR_NORMAL.test(fold(ctx.text))) return { goto: 'learn', returnTo: null };
  // "What should I do?", "¿qué hago?": what has helped them, not a library search for "should".
  if (asksWhatHelps(ctx.text) && (asked === null || asked === 'learn')) return whatHelps(ctx);
  // ("… bueno va, planear una actividad": an exercise named as the last words is asked for.)
  const lastClause = ctx.text.split(/[.,;!?\n]+/).map((x) => x.trim()).filter(Boolean).at(-1) ?? '';
  const request = soundsLikeRequest(ctx.text) || ctx.text.trim().split(/\s+/).length <= 5 || (asked !== null && lastClause.split(/\s+/).length <= 4 && readMenuChoice(lastClause) === asked);
  // Sleep trouble, asked about or told ("I can't sleep, I just lie there"): the sleep basics, with tonight's wind-down offered.
  if (asked === 'sleep') return { goto: 'learn', returnTo: null, with: { topic: 'sleep' } };
  if (asked && asked !== 'show_thought_records' && asked !== 'done' && (request || choice === asked)) return { goto: asked, returnTo: null };
  const first = asked && (MENU_FLOWS as readonly string[]).includes(asked) ? (asked as MenuFlowId) : null;
  if (asksWhatHelps(ctx.text) && !first) return whatHelps(ctx);

  // "Oye, una cosa más", "quick question": they have more to say; asked to go on, not shown a menu.
  if (ONE_MORE.test(fold(ctx.text).replace(/[^a-z ]/g, ' ').replace(/\s+/g, ' ').trim())) return { say: [say(m.goAhead)], step: 'idle', data: {} };
  switch (readSmallTalk(ctx.text)) {
    case 'greeting':
      return { say: [say(m.greeting, menuOptions(ctx))], step: 'idle', data: {} };
    case 'fine':
      return { say: [say(m.glad, menuOptions(ctx))], step: 'idle', data: {} };
    case 'thanks':
      return { say: [say(m.youreWelcome)], step: 'idle', data: {} };
    case 'ack':
      return { say: [say(m.acknowledge, menuOptions(ctx))], step: 'idle', data: {} };
    case 'decline':
      return { say: [say(m.decline)], step: 'idle', data: {} };
    case null:
      break;
    default:
      break;
  }
  if (ctx.llm) {
    // Free text: an LLM may recognise what the patient wants, or answer it briefly and warmly.
    const routed = await ctx.llm.route(ctx.text, MENU_FLOWS);
    if (routed && (MENU_FLOWS as readonly string[]).includes(routed)) return { goto: routed as (typeof MENU_FLOWS)[number], returnTo: null };
    const reply = await ctx.llm.supportiveReply(ctx.text, ctx.language);
    if (reply) return { say: [say(reply), say(m.offer, menuOptions(ctx))], step: 'idle', data: {} };
  }
  if (isGoodbye(ctx.text)) return { say: [say(m.goodbye)], step: 'idle', data: {} };
  const found = fitsFor(ctx.text);
  const fits = first ? [first, ...(found ?? ['mood', 'breathing']).filter((f) => f !== first)].slice(0, 3) : found;
  if (fits?.length === 1 && fits[0] === 'learn') return { goto: 'learn', returnTo: null };
  // Met as it was said: something hard as hard, good news as good, a question we cannot answer as
  // one, anything else simply thanked for (reading.ts readTone); crisis numbers only offered for the hard.
  const tone = readTone(ctx.text);
  // A question about themselves the library can answer ("I check my pulse a thousand times a day, is
  // that bad?"): answered from it, not "that's not something I can answer".
  if (tone === 'question' && !isTrivia(ctx.text) && ABOUT_ME.test(fold(ctx.text)) && ctx.searchContent && (await ctx.searchContent(ctx.text)).length > 0) {
    return { goto: 'learn', returnTo: null };
  }
  const offered = (ids: readonly string[]) => ids.filter((id): id is MenuFlowId => (MENU_FLOWS as readonly string[]).includes(id) && (tone === 'hard' || id !== 'resources'));
  if (fits) {
    const options = menuOptions(ctx);
    const picked = offered(fits).map((id) => options[MENU_FLOWS.indexOf(id)]!);
    const again = ctx.state.flow === 'menu' && (ctx.state.data as { heard?: boolean }).heard === true;
    const line = tone === 'hard' ? (again ? m.heardAgain : m.heard) : tone === 'good' ? m.heardGood : tone === 'question' ? m.cantAnswer : m.heardNeutral;
    return { say: [say(line, [...picked, { label: m.everything, value: 'menu' }])], step: 'idle', data: { heard: tone === 'hard' && !again } };
  }
  // Not understood: the likeliest two or three, not the whole menu; and never the full list twice in a row.
  const options = menuOptions(ctx);
  const guesses = offered(likeliest(ctx.text)).map((id) => options[MENU_FLOWS.indexOf(id)]!);
  const everything = { label: m.everything, value: 'menu' };
  if (tone === 'question') return { say: [say(m.cantAnswer, [...guesses, everything])], step: 'idle', data: {} };
  if (guesses.length) return { say: [say(m.didYouMean, [...guesses, everything])], step: 'idle', data: {} };
  // Something told about their day ("just got off a shift, made like 40 lattes"): heard, not "I don't understand".
  if (tone === 'neutral' && ctx.text.trim().split(/\s+/).length >= 5) {
    return { say: [say(m.heardNeutral, [options[MENU_FLOWS.indexOf('mood')]!, options[MENU_FLOWS.indexOf('breathing')]!, everything])], step: 'idle', data: {} };
  }
  const listedBefore = ctx.state.flow === 'menu' && (ctx.state.data as { listed?: boolean }).listed === true;
  if (listedBefore) return { say: [say(m.notUnderstoodAgain, [options[MENU_FLOWS.indexOf('thought_record')]!, options[MENU_FLOWS.indexOf('breathing')]!, everything])], step: 'idle', data: {} };
  return { say: [say(`${m.notUnderstood}\n${numberedList(ctx)}`, options)], step: 'idle', data: { listed: true } };
}

export const menu: Flow = {
  id: 'menu',
  async start(ctx) {
    const data = ctx.state.data as { quiet?: boolean; left?: FlowId; read?: boolean; text?: string };
    // Entered by a flow that has already said what was needed (the end of a safety follow-up).
    if (data.quiet) {
      const { quiet: _quiet, ...kept } = data as Record<string, unknown>;
      return { step: 'idle', data: kept };
    }
    // Entered to answer this message (something more pressing than the exercise that was under way).
    // Reading a message: this one, or the one a safety question interrupted (answered now, after a clear no).
    const left = data.left && ctx.state.drafts[data.left] ? data.left : undefined;
    if (data.read) {
      const routed = await routeFromMenu(data.text ? { ...ctx, text: data.text } : ctx);
      // Leaving mid-exercise ("sorry, I have to go"): told their place is kept, and how to pick it up.
      if (left && routed.say?.length === 1 && routed.say[0]!.text === ctx.copy.menu.goodbye) return { ...routed, say: [say(ctx.copy.menu.goodbyeKept(flowLabel(ctx, left)))] };
      // An aside about the check-ins mid-exercise: answered, and the way back to the exercise said.
      if (left && routed.say?.length && readCheckInRequest(data.text ?? ctx.text)) return { ...routed, say: [...routed.say, say(ctx.copy.menu.asideKept(flowLabel(ctx, left)))] };
      return routed;
    }
    const welcomeBack = ctx.state.input?.kind === 'event' && ctx.state.input.event === 'handback';
    const text = welcomeBack
      ? `${ctx.copy.menu.welcomeBack}\n${numberedList(ctx)}`
      : left
        ? ctx.copy.menu.paused(flowLabel(ctx, left))
        : ctx.copy.menu.offer;
    return { say: [say(text, menuOptions(ctx))], step: 'idle', data: {} };
  },
  reply: routeFromMenu,
};
