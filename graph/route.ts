/**
 * The one place that decides what a turn means, in this order: safety (an urgent screening, a crisis
 * hold, a safety question waiting for its answer, a concern), then the exercise in progress, then
 * commands (menu, leave), then free text (the current flow reads it). Pure: tests cover each pair
 * of "what is active" × "what arrives" without a database.
 */
import { MENU_WORDS, asksAboutMedication, asksForMenu, asksToSeePlans, asksToSeeThoughtRecords, isBackAgain, isGoodbye, isHelpWord, isLeaving, readCommand, readMenuChoice } from './intents.js';
import { readRequest } from './intent-match.js';
import { readCheckInRequest } from './check-in-words.js';
import { fold, isOneOf } from './parse.js';
import { duePlan } from './plans.js';
import { askingWhatWasShared, holdTopic, isRequest, modelOnly, readTone, worriedAboutSomeoneElse } from './reading.js';
import type { State } from './state.js';
import type { FlowId, TurnInput } from './types.js';

/** Flows "stop" leaves. */
export const EXERCISES: ReadonlySet<FlowId> = new Set([
  'mood',
  'grounding',
  'breathing',
  'safety_plan',
  'learn',
  'thought_record',
  'activation',
  'problem_solving',
  'worry_time',
  'questionnaire',
  'activity_review',
  'mood_after',
  'thinking_traps',
  'sleep_wind_down',
]);
/** Exercises whose answers are worth keeping when they are left half-way (offered again next time). */
export const DRAFTABLE: ReadonlySet<FlowId> = new Set(['safety_plan', 'thought_record', 'activation', 'problem_solving', 'worry_time', 'questionnaire', 'thinking_traps', 'sleep_wind_down']);

/** An exercise not touched for this long no longer holds a scheduled check-in back. */
const STALE_MS = 2 * 3_600_000;

export type Decision =
  /**
   * Enter `flow`. `suspend`: the exercise in progress is paused and resumed afterwards (a safety
   * follow-up). `leaving`: it is left (kept as a draft). `read`: the menu reads this message.
   */
  | { type: 'enter'; flow: FlowId; suspend?: boolean; leaving?: boolean; read?: boolean }
  /** The current flow reads the message. */
  | { type: 'continue' }
  /** The current exercise says where it is again (its `resume`). */
  | { type: 'resume' }
  /** Nothing to do now; `deferCheckIn` / `deferFollowUp` / `deferQuestionnaire`: asked when the exercise in progress ends. */
  | { type: 'skip'; deferCheckIn?: boolean; deferFollowUp?: boolean; deferQuestionnaire?: string };

/** An exercise is under way and waiting for the patient's answer. */
export function inExercise(state: State): boolean {
  // (An offer of the PHQ-9 / GAD-7 is a question, not an exercise begun: "not now, off to work" is its answer.)
  return EXERCISES.has(state.flow) && state.step !== 'start' && state.step !== 'idle' && !(state.flow === 'questionnaire' && state.step === 'offer');
}

/** Steps of the enrolment intake (flows/onboarding.ts): a message at one of them is read there, not taken to the menu. */
export const INTAKE_STEPS: ReadonlySet<string> = new Set(['consent', 'consent_again', 'offer', 'name', 'help', 'goals', 'check_in']);

/** Waiting for an exercise's answer. */
function answeringExercise(state: State): boolean {
  return inExercise(state) && state.flow !== 'learn';
}

/** Exercises that work on difficult thoughts on purpose: a dark automatic thought is the homework. */
const WORKING_ON_THOUGHTS: ReadonlySet<FlowId> = new Set(['thought_record', 'worry_time', 'problem_solving', 'activation', 'safety_plan', 'questionnaire']);

/** A request to switch, said as one ("can we do breathing instead", "let's do the thought record"). */
const SWITCH_FRAME =
  /(?:^|[,;]\s*|\b(?:and|also|but|anyway|y|tambien|pero|otra cosa|another thing|different thing|by the way) )(?:(?:ok|okay|actually|hmm|um|sorry|oye|bueno)\s+)*(?:(?:can|could) (?:we|i|you)(?: please| just)? (?:do|try|start|have|go to|switch to|help me)|(?:let s|lets)(?: just)? (?:do|try|start|switch to)|i (?:want|d like|would like|wanna|need) to (?:do|try|start)|i (?:want|need) (?:help|to do)|help me|(?:podemos|puedo|quiero|prefiero|necesito) (?:hacer|probar|empezar|contestar)|ayudame a|me ayudas a|hagamos)\b/;
/** "Breathing instead?": a switch when an exercise is named with it ("…on the monitor sooner instead of charting" is not). */
const INSTEAD = /\b(instead|en su lugar|mejor)\b/;

/** How often, said as "never": "nada", "eso no, nada", "not at all". */
const NOT_AT_ALL = /\b(nada|nunca|ningun dia|ninguno|never|not at all|none|para nada|en absoluto)\b/;

/** Exercises that offer their own numbered options (problem solving's ideas, the thinking traps). */
const NUMBERED_CHOICE: ReadonlySet<string> = new Set(['problem_solving', 'thinking_traps', 'thought_record']);
const OWN_OPTION = /\b(go with|pick|choose|chose|option|number|opcion|numero|me quedo con|elijo|escojo|changed my mind|cambie de opinion|instead|mejor (la|el))\b[^.?!]{0,30}\b([1-9]|one|two|three|four|five|uno|dos|tres|cuatro|cinco)\b|\b([1-9]|one|two|three|four|five) instead\b/;

function holding(state: State, input: TurnInput): boolean {
  return state.flow === 'crisis_hold' && input.context.activeEscalation;
}

function urgentOpen(input: TurnInput): boolean {
  return input.context.activeEscalation && input.context.escalation?.level === 'urgent';
}

function inSafetyQuestions(state: State): boolean {
  return state.flow === 'cssrs' && state.step !== 'offer' && state.step !== 'start';
}

/** A scheduled event may speak: the patient has started, and no safety conversation is under way. */
function mayInterrupt(state: State, input: TurnInput): boolean {
  return state.profile.onboarded && !holding(state, input) && !inSafetyQuestions(state);
}

/** In the middle of an exercise touched recently: a scheduled event waits until it ends. */
function busyWithExercise(state: State, at: string): boolean {
  const stale = state.lastMessageAt === null || new Date(at).getTime() - new Date(state.lastMessageAt).getTime() > STALE_MS;
  return answeringExercise(state) && !stale;
}

/**
 * A message that asks for an everyday exercise or explanation ("how do I sleep on my days off after
 * night shifts?"): read by the intent model as one of these. The statistical model alone raising a
 * concern over it is the false alarm play testing met most.
 */
const EVERYDAY = new Set(['sleep', 'breathing', 'grounding', 'activation', 'problem_solving', 'worry_time', 'learn', 'questionnaire', 'mood', 'show_thought_records']);
function everydayAsk(text: string): boolean {
  const asked = readRequest(text);
  return asked !== null && EVERYDAY.has(asked);
}

/**
 * "I'll leave it there for tonight, thank you for your help. Goodnight": a goodbye that says when
 * they will be back, with nothing final in it. (A farewell with no return, "thank you for everything,
 * this is the last time", is read by the screener's rules, not here.)
 */
const COMING_BACK = /\b(tonight|for now|for today|for the night|tomorrow|tmrw|next time|later|soon|in the morning|see you|speak (to you )?(soon|tomorrow|later)|talk (to you )?(soon|tomorrow|later)|por hoy|por ahora|hasta manana|manana|luego|otro dia|al rato|mas tarde)\b/;
const FINAL = /\b(for good|forever|last time|won ?t be (back|around|here)|not be (back|around|here)|never|no more|goodbye forever|para siempre|ultima vez|no (voy a|vuelvo a) volver|nunca|ya no (estare|voy a estar))\b/;
/** Anything dark or doubtful beside the goodbye ("see you tomorrow, or not, doesn't matter anymore") keeps it a question. */
const DOUBT = /\b(or not|o no|matter|matters|anymore|any more|wake|waking|despiert\w*|despertar|importa|da igual|tired of|cansad[oa] de|harto|harta|hopeless|pointless|point|sentido|alive|vivo|viva|gone|die|dying|dead|morir|muert\w*|end it|acabar|better off|mejor sin|if i m still|si sigo|whatever happens|pase lo que pase|sorry for everything|perdon por todo|thank you for everything|gracias por todo)\b/;
function ordinarySignOff(text: string): boolean {
  const t = fold(text);
  return (isGoodbye(text) || isLeaving(text)) && COMING_BACK.test(t) && !FINAL.test(t) && !DOUBT.test(t) && readTone(text) !== 'hard';
}

export function decide(state: State, input: TurnInput): Decision {
  if (input.kind === 'event') {
    switch (input.event) {
      case 'handback':
        return { type: 'enter', flow: 'menu' };
      case 'checkin': {
        // Not before the patient has started talking to the bot; never over a safety conversation,
        // which is a check-in in itself.
        if (!mayInterrupt(state, input)) return { type: 'skip' };
        if (busyWithExercise(state, input.at)) return { type: 'skip', deferCheckIn: true };
        return { type: 'enter', flow: 'mood', leaving: true };
      }
      case 'followup': {
        // "Did you manage the walk?": only for a plan still waiting to be asked about, under the same
        // rules as a check-in.
        if (!mayInterrupt(state, input) || !duePlan(state.profile, new Date(input.at))) return { type: 'skip' };
        if (busyWithExercise(state, input.at)) return { type: 'skip', deferFollowUp: true };
        return { type: 'enter', flow: 'activity_review', leaving: true };
      }
      case 'reminder': {
        // One nudge, only if the check-in (or the questionnaire offer) is still the question waiting.
        const waiting = (state.flow === 'mood' && state.step === 'rating') || (state.flow === 'questionnaire' && state.step === 'offer');
        return waiting && mayInterrupt(state, input) ? { type: 'resume' } : { type: 'skip' };
      }
      case 'questionnaire': {
        // The PHQ-9 or GAD-7 offered (the care team asked, or it is time): under the rules of a check-in.
        if (!mayInterrupt(state, input) || !input.detail) return { type: 'skip' };
        if (busyWithExercise(state, input.at)) return { type: 'skip', deferQuestionnaire: input.detail };
        return { type: 'enter', flow: 'questionnaire', leaving: true };
      }
      default:
        return input.event satisfies never;
    }
  }
  const { screening, text } = input;
  switch (screening.level) {
    case 'urgent':
      return { type: 'enter', flow: 'crisis', leaving: true };
    case 'concern':
    case 'none':
      break;
    default:
      return screening.level satisfies never;
  }
  if (holding(state, input)) return { type: 'continue' };
  // A safety question is waiting: whatever arrives is its answer (the flow reads requests too).
  if (inSafetyQuestions(state)) return { type: 'continue' };
  // While an urgent escalation is open, wherever the patient is (an exercise, the menu): a goodbye,
  // a safety step ("I locked the gun away"), drinking, or "did you see what I said?" is the hold's
  // to answer, not an exercise's next step.
  if (urgentOpen(input) && (isGoodbye(text) || holdTopic(text) !== null)) return { type: 'enter', flow: 'crisis_hold' };
  // A concern while an urgent escalation is open: the crisis response is already under way, and the
  // questions would only start again from the beginning. New danger is urgent, and the hold lens
  // catches it at accept.
  const underCrisis = urgentOpen(input);
  // The safety plan asks for warning signs and dark moments on purpose: the first such answer is
  // followed up like any other; once the patient has answered no in this session, the rest of their
  // warning signs are the plan, not new alarms.
  const watching = state.watchUntil !== null && new Date(input.at) < new Date(state.watchUntil);
  const planning = state.flow === 'safety_plan' && answeringExercise(state) && watching;
  if (screening.level === 'concern' && !underCrisis && !planning) {
    // Only the statistical model saw a concern: the weakest evidence. It is not followed up in the
    // middle of an exercise's answer (a negative thought being worked on), over a clear request,
    // or when the worry is about someone else.
    // And after a clear no in this session (the watch), the model alone does not ask again: patients
    // asked three times in a few minutes for ordinary questions learnt to avoid words, not to answer.
    const weak =
      modelOnly(screening) &&
      (watching ||
        (answeringExercise(state) && (WORKING_ON_THOUGHTS.has(state.flow) || state.flow === 'safety_plan')) ||
        isRequest(text) ||
        worriedAboutSomeoneElse(text) ||
        everydayAsk(text) ||
        ordinarySignOff(text) ||
        // "Will it still come on my days off? Don't really want it then": about the check-ins.
        readCheckInRequest(text, { context: (state.data as { checkInContext?: boolean }).checkInContext === true }) !== null);
    // "I'm done", "ya no quiero seguir con esto" typed in an exercise: leaving it, unless a rule saw more than an ambiguous remark.
    const leavingExercise =
      inExercise(state) && readCommand(text) === 'exit' && (modelOnly(screening) || screening.categories.every((c) => c === 'ambiguous_needs_followup'));
    // The PHQ-9 asks about low mood and hopelessness, and its item 9 is the safety question: its
    // answers are read by the questionnaire, which starts the follow-up itself.
    const phq9 = state.flow === 'questionnaire' && (state.data as { instrument?: string }).instrument === 'phq9' && answeringExercise(state);
    if (!weak && !phq9 && !leavingExercise) return { type: 'enter', flow: 'cssrs', suspend: answeringExercise(state) };
  }
  // "help" on its own: the crisis numbers at once, wherever the patient is (an exercise is kept as a draft).
  if (isHelpWord(text)) return { type: 'enter', flow: 'resources', suspend: answeringExercise(state) };
  if (!state.profile.onboarded) return { type: 'enter', flow: 'onboarding' };
  if (isOneOf(text, MENU_WORDS) || asksForMenu(text)) return { type: 'enter', flow: 'menu', leaving: true };
  // "Hang on, the check-ins are off now, yeah?" mid-exercise, or after a library answer: answered (an
  // exercise kept), not taken as an answer, a goodbye or a library question.
  // (The intake's own check-in question reads its answer.)
  const intakeCheckIn = state.flow === 'onboarding' && state.step === 'check_in';
  if (state.flow !== 'menu' && !intakeCheckIn && readCheckInRequest(text) && text.trim().split(/\s+/).length <= 24) return { type: 'enter', flow: 'menu', leaving: answeringExercise(state), read: true };
  // "Eso no, nada" at a questionnaire item is "not at all", not "stop": an answer there is read first.
  const answersItem = state.flow === 'questionnaire' && NOT_AT_ALL.test(fold(text)) && text.trim().split(/\s+/).length <= 6;
  if (EXERCISES.has(state.flow) && !answersItem && readCommand(text) === 'exit') return { type: 'enter', flow: state.returnTo ?? 'menu', leaving: true };
  // A goodbye in the middle of an exercise: it is left (kept as a draft) with a goodbye, not read as an answer.
  // So is "sorry, I have to go, they called me in early" (isLeaving): never saved as the answer.
  if (answeringExercise(state) && (isGoodbye(text) || isLeaving(text))) return { type: 'enter', flow: 'menu', leaving: true, read: true };
  // "Ok sorry, I'm back. Where were we?" mid-exercise: the question it was on, asked again.
  if (answeringExercise(state) && isBackAgain(text)) return { type: 'resume' };
  if (answeringExercise(state) && /\p{L}/u.test(text)) {
    // (A bare number is an answer here: a rating, a choice from the exercise's own list.)
    // "Show my thought records", mid-exercise: shown (this exercise is kept as a draft).
    if ((asksToSeeThoughtRecords(text) || asksToSeePlans(text)) && text.trim().split(/\s+/).length <= 10) return { type: 'enter', flow: 'menu', leaving: true, read: true };
    // "Pause the check-ins for a week" mid-exercise: done and confirmed (the exercise is kept), not saved as an answer.
    if (readCheckInRequest(text) && text.trim().split(/\s+/).length <= 24) return { type: 'enter', flow: 'menu', leaving: true, read: true };
    // A medicine question mid-exercise is answered, not stored as the exercise's answer.
    if (asksAboutMedication(text)) return { type: 'enter', flow: 'menu', leaving: true, read: true };
    // "Did that flag me to someone?" mid-exercise: answered plainly (the exercise is kept), not saved as an answer.
    if (askingWhatWasShared(text) && text.trim().split(/\s+/).length <= 16) return { type: 'enter', flow: 'menu', leaving: true, read: true };
    // "Can I go with 3 instead, the aide thing": a change of mind about this exercise's own numbered
    // options, not a request for another exercise.
    if (NUMBERED_CHOICE.has(state.flow) && OWN_OPTION.test(fold(text))) return { type: 'continue' };
    // Named ("can we do breathing instead"), or asked for in other words as a request ("ayúdame a calmarme").
    const named = readMenuChoice(text);
    const switching = text.split(/[.!?\n]+/).some((part) => SWITCH_FRAME.test(fold(part))) || (named !== null && INSTEAD.test(fold(text)));
    const other = named === null && switching ? readRequest(text) : null;
    const asked = named ?? (other && other !== 'sleep' && other !== 'done' && other !== 'show_thought_records' ? other : null);
    // Asking for the exercise already under way ("can we start the safety plan now?"): pick it up where it is.
    // (Asked for, not mentioned: "a bit calmer after the breathing" is an answer, not a request to start again.)
    if (asked === state.flow && (switching || text.trim().split(/\s+/).length <= 4)) return { type: 'resume' };
    // Asking for another one, as a request: leave this one (kept as a draft) for it.
    if (asked && asked !== 'done' && asked !== 'learn' && switching) return { type: 'enter', flow: asked, leaving: true };
    // Worried about someone else at risk, mid-exercise: that comes first (the menu gives the numbers for them).
    if (worriedAboutSomeoneElse(text)) return { type: 'enter', flow: 'menu', leaving: true, read: true };
  }
  if ((state.flow === 'onboarding' && !INTAKE_STEPS.has(state.step)) || state.flow === 'crisis') return { type: 'enter', flow: 'menu' };
  return { type: 'continue' };
}
