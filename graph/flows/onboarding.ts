import { readCheckInRequest } from '../check-in-words.js';
import type { Flow, FlowContext, StepResult } from '../flow.js';
import { say } from '../flow.js';
import { readRequest } from '../intent-match.js';
import { readMenuChoice } from '../intents.js';
import { fold, readYesNo } from '../parse.js';
import { answerCheckIns } from './check-in-settings.js';

interface IntakeData {
  name?: string | null;
  helpWith?: string | null;
  goals?: string | null;
}

/** A yes as people type it, beyond readYesNo's: "ok sounds good", "va, sale", "dale", "órale". */
const YES_ISH = /^(?:(?:ah|oh|bueno|pues|well|ok|okay)\s+)*(ok|okay|k|fine|sure|sounds good|go ahead|why not|yeah|yep|vale|va|sale|dale|orale|andale|simon|claro|de acuerdo|esta bien|asi esta bien|por supuesto|si|sip)\b/;
/** A no as people type it: "rather not", "mejor nel, prefiero que no". */
const NO_ISH =
  /\b(rather not|prefer not|id rather you didnt|i d rather not|not for now|not right now|not yet|maybe later|nel|mejor no|prefiero que no|prefiero no|mejor que no|no gracias|de momento no|por ahora no|ahora mismo no|todavia no|aun no|de momento paso|nah)\b/;
/** Said outright about the summary: "you can share the summary", "that's fine", "don't share it". */
const SHARE_YES =
  /\b(you can share|share (it|the summary|them)|thats fine|that s fine|fine by me|no problem|happy (for|to|with)|i agree|i m ok with|im ok with|okay with that|ok with that|puedes compartir|comparte(lo)?|me parece bien|de acuerdo|sin problema|no hay problema|si que (lo|la) (vea|lea)|que lo vea|que lo lea|asi esta bien)\b/;
const SHARE_NO = /\b(dont share|do not share|don t share|no summar\w*|keep (it|them|that) private|no lo compartas|no compartas|sin resumen\w*|prefiero que no)\b/;

/** A question back ("what do you mean by summary?", "q es eso del resumen?"). */
const ASKS_BACK = /\?|^(what|whats|who|how|why|que|q|quien|quienes|como|por que|para que)\b/;

const SKIP = /^(skip|pass|no thanks|not now|later|nah|none|nothing|rather not|prefer not|paso|ahora no|luego|despues|nada|prefiero no|no gracias)\b/;

/**
 * "Call me Sam", "sam is fine", "just Alex", "soy Dani": the name, capitalised as a name; null when the
 * answer is not a name (a sentence, a question, a request).
 */
export function readName(text: string): string | null {
  const t = text
    .trim()
    .replace(/[.!]+$/, '')
    .replace(/^(hi|hey|hello|hola|ok|okay|sure|vale|bueno)[,!\s]+/i, '')
    .replace(/^(lol |haha |no,? |nope,? )*(you can |u can |just |please )?(call me|it'?s|it’s|i'?m|my name is|my name'?s|name'?s|puedes llamarme|llamame|llámame|me llamo|soy|dime|mejor dime)\s+/i, '')
    .replace(/(\s+is|'s|’s)\s+(fine|good|ok|okay|great)$/i, '')
    .replace(/\s+(works|please|por favor|esta bien|está bien|nomas|nomás)$/i, '')
    .replace(/^(lol |haha |jaja |no,? |nope,? )+(just |only |solo )?/i, '')
    .replace(/^just\s+/i, '')
    .trim();
  if (!t || t.length > 40 || /[?\d@/:]/.test(t)) return null;
  const words = t.split(/\s+/);
  if (words.length > 3 || !words.every((w) => /^[\p{L}'-]+$/u.test(w))) return null;
  if (readMenuChoice(t) !== null || readRequest(t) !== null) return null;
  return words.map((w) => w.charAt(0).toLocaleUpperCase() + w.slice(1)).join(' ');
}

/** "Well, my name is Priya, though most people call me Pri": the name said inside a longer answer. */
function nameIn(text: string): string | null {
  // The name they go by comes last ("my name's Marcus but most folks call me Marc"); a title is not one ("call me Mrs Sharma").
  const found = [...text.matchAll(/\b(?:my name is|my name's|name's|call me|calls me|go by|i'm|i am|me llamo|llamame|llámame|dime|dígame|digame|me dicen|soy)\s+([\p{Lu}][\p{L}'’-]+)/gu)]
    .map((m) => m[1]!)
    .filter((n) => !/^(Mrs?|Ms|Miss|Dr|Sr|Sra|Srta|Señora|Señor|Doctora?)$/.test(n));
  return found.length ? readName(found.at(-1)!) : null;
}

/** Asked for something else mid-intake ("can we do breathing?"): the menu reads it, and the intake waits. */
function asksForSomethingElse(text: string): boolean {
  return readMenuChoice(text) !== null || readRequest(text) !== null;
}

function leave(): StepResult {
  return { goto: 'menu', returnTo: null, with: { read: true } };
}

function intakeRecord(data: IntakeData, checkInTime: string | null, declined: boolean): StepResult['actions'] {
  return [{ type: 'record', instrument: 'intake', score: null, items: { preferredName: data.name ?? null, helpWith: data.helpWith ?? null, goals: data.goals ?? null, checkInTime, ...(declined ? { checkInsDeclined: true } : {}) } }];
}

/**
 * Enrolment: what the bot is (and is not) and how to get help in a crisis; whether the care team may
 * have summaries; a first mood check-in; then an intake the patient may put off (what to call them,
 * what they want help with, one or two goals, a daily check-in time), recorded for their clinician.
 */
export const onboarding: Flow = {
  id: 'onboarding',
  start(ctx) {
    const c = ctx.copy.onboarding;
    // Back from the first mood check-in: the intake is offered.
    if (ctx.state.profile.onboarded) return { say: [say(c.offer, [c.sure, c.notNow])], step: 'offer', data: {} };
    return {
      say: [say(c.intro(ctx.botName, ctx.clinicName, ctx.safety.crisisLine)), say(c.privacy(ctx.clinicName)), say(c.consent, [c.yes, c.no])],
      profile: { onboarded: true },
      step: 'consent',
      data: {},
      returnTo: null,
    };
  },
  reply(ctx) {
    const c = ctx.copy.onboarding;
    const data = ctx.state.data as IntakeData;
    const text = ctx.text.trim();
    switch (ctx.state.step) {
      case 'consent':
      case 'consent_again': {
        // (A bare "no" inside a long message is not an answer: "I have no idea what that means".)
        const short = text.split(/\s+/).length <= 8;
        const answer = readYesNo(text);
        const sentences = text.split(/[.!?\n]+/).map((x) => fold(x).trim());
        // Said outright wins over a bare yes or no ("no problem" is a yes; "don't share it, thanks" a no).
        const saidNo = SHARE_NO.test(fold(text));
        const saidYes = !saidNo && SHARE_YES.test(fold(text));
        const declined = saidNo || (!saidYes && ((answer === 'no' && short) || NO_ISH.test(fold(text))));
        const agreed = !declined && (saidYes || answer === 'yes' || sentences.some((x) => YES_ISH.test(x)));
        if (declined || agreed) {
          return { say: [say(agreed ? c.consentYes : c.consentNo)], actions: [{ type: 'consent', shareSummaries: agreed }], goto: 'mood', returnTo: 'onboarding' };
        }
        // "What do you mean by summary?": answered plainly, then asked again.
        if (ASKS_BACK.test(fold(text)) || /\?/.test(text)) return { say: [say(c.consentExplain, [c.yes, c.no])], step: 'consent_again' };
        if (ctx.state.step === 'consent') return { say: [say(c.consentAgain, [c.yes, c.no])], step: 'consent_again' };
        // Not a yes twice: nothing is shared that was not agreed to.
        return { say: [say(c.consentUnclear)], actions: [{ type: 'consent', shareSummaries: false }], goto: 'mood', returnTo: 'onboarding' };
      }
      case 'offer': {
        const answer = text.split(/\s+/).length <= 6 ? readYesNo(text) : 'unknown';
        if (answer === 'no' || SKIP.test(fold(text)) || NO_ISH.test(fold(text))) return { say: [say(c.offerDeclined)], finish: true, actions: [{ type: 'record', instrument: 'intake', score: null, items: { declined: true } }] };
        if (answer === 'yes' || YES_ISH.test(fold(text))) return { say: [say(c.askName)], step: 'name', data: {} };
        return leave();
      }
      case 'name': {
        const skipped = SKIP.test(fold(text));
        const name = skipped ? null : (readName(text) ?? nameIn(text));
        if (!skipped && name === null) return asksForSomethingElse(text) ? leave() : { say: [say(c.askNameAgain)] };
        return { say: [say(c.askHelp(name))], step: 'help', data: { name } };
      }
      case 'help': {
        // "lol no just Jordan. and mostly work anxiety": the name put right, and the rest is the answer.
        const fix = /^\s*(?:lol|haha|jaja)?[\s,]*(?:no|nope|nah)[\s,!]+(?:just|only|it'?s|it’s|solo|nomas|dime)\s+([\p{L}'-]+)[.!,]*\s*(?:and\s+|y\s+)?([\s\S]*)$/iu.exec(text);
        if (fix) {
          const name = readName(fix[1]!);
          const rest = fix[2]!.trim();
          if (rest.split(/\s+/).length < 3) return { say: [say(c.askHelp(name ?? data.name ?? null))], data: { ...data, name: name ?? data.name ?? null } };
          return { say: [say(c.askGoals)], step: 'goals', data: { ...data, name: name ?? data.name ?? null, helpWith: rest.slice(0, 500) } };
        }
        if (readMenuChoice(text) !== null && text.split(/\s+/).length <= 8) return leave();
        const helpWith = SKIP.test(fold(text)) ? null : text.slice(0, 500);
        return { say: [say(c.askGoals)], step: 'goals', data: { ...data, helpWith } };
      }
      case 'goals': {
        // ("Sleep before 1" is a goal, not a request for the sleep pages: only an exercise named leaves.)
        if (readMenuChoice(text) !== null && text.split(/\s+/).length <= 8) return leave();
        const goals = SKIP.test(fold(text)) ? null : text.slice(0, 500);
        // Check-ins the care team already set up are not asked about again (they can be changed in words).
        if (ctx.checkIns?.active) return { say: [say(c.thanks(data.name ?? null))], actions: intakeRecord({ ...data, goals }, ctx.checkIns.localTime, false), finish: true };
        return { say: [say(c.askCheckIn, [c.noThanks])], step: 'check_in', data: { ...data, goals } };
      }
      case 'check_in':
        return checkInAnswer(ctx, data);
      default:
        return leave();
    }
  },
};

/** The last intake question: a daily check-in at a time they choose, or none. */
function checkInAnswer(ctx: FlowContext, data: IntakeData): StepResult {
  const c = ctx.copy.onboarding;
  const request = readCheckInRequest(ctx.text, { context: true });
  const declined = readYesNo(ctx.text) === 'no' || SKIP.test(fold(ctx.text)) || NO_ISH.test(fold(ctx.text));
  if (request?.kind === 'time') {
    const set = answerCheckIns(ctx, request);
    const scheduled = set.actions?.some((a) => a.type === 'check_in') ?? false;
    // Inside the quiet hours: said so, and the question stays open for another time.
    if (!scheduled) return { say: set.say ?? [], step: 'check_in' };
    return { say: [...(set.say ?? []), say(c.thanks(data.name ?? null))], actions: [...(set.actions ?? []), ...intakeRecord(data, request.localTime, false)!], finish: true };
  }
  if (declined) return { say: [say(c.noCheckIns), say(c.thanks(data.name ?? null))], actions: intakeRecord(data, null, true), finish: true };
  if (asksForSomethingElse(ctx.text)) return { actions: intakeRecord(data, null, false), ...leave() };
  return { say: [say(c.askCheckInAgain, [c.noThanks])] };
}
