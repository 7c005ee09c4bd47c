import type { RiskCategory } from '../../escalation/screening.js';
import type { Flow, FlowContext, StepResult } from '../flow.js';
import { say } from '../flow.js';
import { MENU_WORDS, asksForMenu, isGoodbye, readCommand, readMenuChoice } from '../intents.js';
import { fold, isOneOf, readYesNo } from '../parse.js';
import { askingIfHuman, askingWhatWasShared, holdTopic, isRequest } from '../reading.js';
import { routeFromMenu, sharedAnswer } from './menu.js';

/**
 * An urgent screening: the fixed crisis reply has already gone out and the escalation is committed
 * (bot/turn does both before the graph runs). The graph stops whatever exercise was under way and
 * holds: it asks once whether the patient is safe (or has taken anything, by what they said), and
 * then stays with them as a person would: it tells the truth about who has been paged when asked,
 * hears a denial without closing anything, varies what it says, and keeps grounding and breathing
 * one tap away. New danger during the hold is recognised at accept (the screener's hold lens),
 * which sends the crisis reply again and re-pages; here the hold says what that danger needs.
 */
type Asked = 'safe' | 'taken' | 'tookWhat' | 'medical' | 'others' | 'home' | 'child';
interface HoldData {
  /** Replies given during the hold, to vary them. */
  n?: number;
  /** The question asked once at the start, until it is answered. */
  asked?: Asked | null;
  /** The patient said they don't want a safety plan: not offered again at the next goodbye. */
  noPlan?: boolean;
}

function askFor(category: RiskCategory | undefined): Asked {
  switch (category) {
    case 'overdose_taken':
      return 'taken';
    case 'medical_emergency':
    case 'eating_disorder_crisis':
    case 'self_harm_active':
      return 'medical';
    case 'harm_to_others':
      return 'others';
    case 'domestic_abuse':
      return 'home';
    case 'child_safeguarding':
      return 'child';
    default:
      return 'safe';
  }
}

function askText(ctx: FlowContext, asked: Asked): string {
  const a = ctx.copy.crisis.ask;
  const emergency = ctx.safety.emergencyLine;
  switch (asked) {
    case 'taken':
      return a.taken(emergency);
    case 'tookWhat':
      return a.tookWhat(emergency);
    case 'medical':
      return a.medical(emergency);
    case 'child':
      return a.child(emergency);
    case 'safe':
    case 'others':
    case 'home':
      return a[asked];
    default:
      return asked satisfies never;
  }
}

/** What the danger still needs, said again whatever the patient answers (tablets taken "but I feel fine"). */
function caution(ctx: FlowContext, categories: readonly RiskCategory[], took: boolean): string | null {
  const c = ctx.copy.crisis.caution;
  const emergency = ctx.safety.emergencyLine;
  if (took) return c.taken(emergency);
  if (categories.includes('medical_emergency') || categories.includes('eating_disorder_crisis')) return c.medical(emergency);
  if (categories.includes('self_harm_active')) return c.injury(emergency);
  return null;
}

const WHEN =
  /\b(when|how long|how soon|is (any|some)(one|body)|will (any|some)(one|body)|are (you|they) going to|(gonna|going to) (call|ring|contact|text|phone)|(call|ring|contact|text|phone) me back|anyone coming|someone coming|cuando|cuanto (tiempo|tarda|falta)|alguien|me (va|van) a (llamar|hablar|contactar|escribir))\b/;
const DENIAL =
  /\b(i m (fine|ok|okay|alright|good)|im (fine|ok|okay|alright|good)|i am (fine|ok|okay)|ill be (fine|ok|okay)|i ll be (fine|ok|okay)|forget (it|that|i said)|ignore (that|it|me|what i said)|joking|joke|kidding|jk|nvm|never ?mind|overreacting|not (gonna|going to) do anything|wont do anything|won t do anything|i promise|dont (call|tell|worry)|don t (call|tell|worry)|just venting|it s nothing|its nothing|its fine|it s fine|relax|calm down|leave me alone|dont want an ambulance|estoy bien|olvidalo|olvida|es broma|era broma|no pasa nada|no lo voy a hacer|no te preocupes|no deberia haberlo|tranqui|dejame en paz|de verdad)\b/;
const BYE = /^(bye|goodbye|bye bye|gotta go|got to go|going to (sleep|bed)|goodnight|good night|night|adios|chao|chau|me voy|hasta luego)\b/;
/** After tablets were taken: sleepiness and "it's fine" are not safety ("bit sleepy", "I'll sleep it off", "me voy a dormir"). */
const MINIMISING =
  /\b(sleep\w*|asleep|nap|tired|drowsy|woozy|groggy|(feel|feeling|im|i m|i am) (ok|okay|fine|alright|normal)|probably (fine|ok|okay|nothing)|it s (fine|nothing)|its (fine|nothing)|not (that|too) many|only (a few|a couple|\d+)|sleep it off|dormir\w*|dormid[oa]|sueno|cansad[oa]|me encuentro bien|estoy bien|no pasa nada|seguro que no es nada)\b/;
/** "Thanks for the breathing thing": about an exercise, not asking for it. */
const THANKS_FOR = /^(thanks|thank you|thx|ty|cheers|gracias)\b.*\b(for|por)\b/;

/** Taking told in the past tense ("took a few", "ya me tomé"), not a plan ("thinking of taking them all"). */
const TOOK_RE = /\b(took|taken|swallowed|downed|necked|ingested|overdosed|had (some|a few|a couple|loads|a load|all)|tome|tomado|trague|tragado)\b/;
/** The hold lens's recognisers for tablets already taken. */
const TAKEN_SIGNALS: ReadonlySet<string> = new Set(['hold.taken', 'hold.taken_count', 'hold.drowsy_after_taken']);

/** The crisis hold of the urgent escalation open now is already under way (entered before this message). */
function holdUnderWay(ctx: FlowContext): boolean {
  const e = ctx.escalation;
  return e?.level === 'urgent' && ctx.state.profile.hold?.since === e.openedAt;
}

/** The patient has said, during this hold, that they already took something. */
function tookSomething(ctx: FlowContext): boolean {
  return holdUnderWay(ctx) && ctx.state.profile.hold?.took === true;
}

/** This message tells of tablets already taken (the screener's category alone can mean a plan). */
function tellsTaken(ctx: FlowContext): boolean {
  const s = ctx.screening;
  if (!s) return false;
  if (s.signals.some((x) => TAKEN_SIGNALS.has(x))) return true;
  return s.categories.includes('overdose_taken') && TOOK_RE.test(fold(ctx.text));
}

function holdProfile(ctx: FlowContext, took: boolean) {
  return { hold: { since: ctx.escalation?.openedAt ?? ctx.now.toISOString(), took } };
}

/** Who is coming, as it really is now: acknowledged (by first name), paged, or nobody on call. Two wordings, in turn. */
function whenAnswer(ctx: FlowContext, n: number): string {
  const c = ctx.copy.crisis;
  const line = ctx.safety.crisisLine;
  const i = n % 2;
  if (ctx.escalation?.acknowledgedBy) return c.whenAcknowledged[i]!(ctx.escalation.acknowledgedBy, ctx.clinicName, line);
  return ctx.onCall ? c.whenPaged[i]!(ctx.clinicName, line) : c.whenNobody[i]!(ctx.clinicName, line);
}

function offers(ctx: FlowContext) {
  return [ctx.copy.menu.items.grounding, ctx.copy.menu.items.breathing];
}

export const crisis: Flow = {
  id: 'crisis',
  start(ctx) {
    const categories = ctx.screening?.categories ?? [];
    const c = ctx.copy.crisis;
    const emergency = ctx.safety.emergencyLine;
    if (ctx.state.flow === 'crisis_hold' || ctx.state.returnTo === 'crisis_hold' || holdUnderWay(ctx)) {
      // New danger during the hold (or after leaving it for the menu or an exercise): the crisis reply
      // went out again at accept; say what this danger needs. After tablets, "a bit sleepy" and
      // "I'll sleep it off" get the answer to that; a goodbye gets it too.
      const before = tookSomething(ctx);
      const took = before || tellsTaken(ctx);
      const n = ctx.state.flow === 'crisis_hold' ? ((ctx.state.data as HoldData).n ?? 0) : 1;
      const text = fold(ctx.text);
      const line = !took
        ? caution(ctx, categories, false)
        : isGoodbye(ctx.text)
          ? c.goodbyeTaken(emergency, ctx.clinicName)
          : !before
            ? c.ask.tookWhat(emergency)
            : MINIMISING.test(text)
              ? c.takenSleepy[n % 2]!(emergency)
              : c.caution.taken(emergency);
      return {
        say: line ? [say(line, offers(ctx))] : [],
        goto: 'crisis_hold',
        returnTo: null,
        profile: holdProfile(ctx, took),
        with: { n: n + 1, asked: ctx.state.flow === 'crisis_hold' ? ((ctx.state.data as HoldData).asked ?? null) : null } satisfies HoldData,
      };
    }
    // Already taken (not only planned): straight to what that needs, and what and when.
    const took = tellsTaken(ctx);
    const asked = took ? 'tookWhat' : askFor(categories.find((x) => x !== 'suicide_plan_intent') ?? categories[0]);
    // A child at risk: the region's child line too, for the child or for the adult worried about them.
    const child = categories.includes('child_safeguarding') && ctx.safety.childLines ? [say(c.childHelp(ctx.safety.childLines))] : [];
    // A yes/no question: Yes and No are one tap away too, beside grounding and breathing.
    const buttons = asked === 'tookWhat' ? offers(ctx) : [ctx.copy.yes, ctx.copy.no, ...offers(ctx)];
    return {
      say: [...child, say(askText(ctx, asked), buttons)],
      goto: 'crisis_hold',
      returnTo: null,
      profile: holdProfile(ctx, took),
      with: { n: 0, asked: asked === 'tookWhat' ? null : asked } satisfies HoldData,
    };
  },
  reply(ctx) {
    return this.start(ctx);
  },
};

export const crisisHold: Flow = {
  id: 'crisis_hold',
  // Entered silently with the data the crisis flow (or the C-SSRS) gave it; back from an exercise
  // the patient left ("stop" during grounding), it says it is still there.
  start(ctx) {
    // A goodbye typed in an exercise started from the hold: answered by the hold.
    // (Not when the crisis flow has just answered this same message as new danger.)
    if (ctx.state.input?.kind === 'message' && ctx.screening?.level !== 'urgent' && ctx.activeEscalation && (isGoodbye(ctx.state.input.text) || holdTopic(ctx.state.input.text))) {
      return this.reply(ctx);
    }
    if (ctx.state.input?.kind === 'message' && readCommand(ctx.state.input.text) === 'exit' && ctx.activeEscalation) {
      const n = (ctx.state.data as HoldData).n ?? 1;
      return { say: [say(ctx.copy.crisis.hold[n % ctx.copy.crisis.hold.length]!(ctx.safety.crisisLine), offers(ctx))], step: 'holding', data: { n: n + 1, asked: null } satisfies HoldData };
    }
    return { step: 'holding' };
  },
  resume() {
    return { step: 'holding' };
  },
  reply(ctx): StepResult | Promise<StepResult> {
    // Once the escalation is resolved the hold ends and the conversation goes on normally.
    if (!ctx.activeEscalation) return routeFromMenu(ctx);
    const c = ctx.copy.crisis;
    const data = ctx.state.data as HoldData;
    const n = data.n ?? 0;
    const t = fold(ctx.text);
    const line = ctx.safety.crisisLine;
    const categories = ctx.escalation?.categories ?? [];
    // What the danger needs is said on the first reply of the hold and every other one after, not each time.
    const taken = tookSomething(ctx);
    const careful = n % 2 === 0 ? caution(ctx, categories, taken) : null;
    // "I really don't need a safety plan", "no quiero ningún plan": heard, and not offered again.
    const noPlan = (ctx.state.data as HoldData).noPlan === true || /\b(dont|do not|don t|no|not) (really )?(need|want|wanna)\b.{0,20}\bplan\b|\bno (quiero|necesito)\b.{0,20}\bplan\b|\b(dont|do not|don t) (really )?(need|want|wanna) (one|it|that)\b|\bno (lo|la|uno) (quiero|necesito)\b/.test(t);
    const next = (lines: string[], extra: Partial<StepResult> = {}): StepResult => ({
      say: lines.map((l, i) => (i === lines.length - 1 ? say(l, offers(ctx)) : say(l))),
      step: 'holding',
      data: { n: n + 1, asked: null, ...(noPlan ? { noPlan } : {}) } satisfies HoldData,
      ...extra,
    });

    if (askingWhatWasShared(ctx.text)) return next([sharedAnswer(ctx), whenAnswer(ctx, n)]);
    if (askingIfHuman(ctx.text)) return next([c.notAPerson(ctx.botName), whenAnswer(ctx, n)]);
    if (WHEN.test(t)) return next([whenAnswer(ctx, n), ...(taken ? [c.takenSleepy[n % 2]!(ctx.safety.emergencyLine)] : [])]);
    // A safety step, drinking, "did you see what I said?": heard, said back, and what it needs.
    const topic = holdTopic(ctx.text);
    if (topic === 'safer') return next([c.safer(line)]);
    if (topic === 'using') return next([c.using(line), ...(taken ? [c.takenSleepy[n % 2]!(ctx.safety.emergencyLine)] : [])]);
    if (topic === 'heard') return next([c.heard(line)]);
    // Leaving: what the danger still needs, once more.
    if (BYE.test(t) || isGoodbye(ctx.text)) {
      if (!taken && !noPlan) {
        // Before they go: a plan for tonight (or the one they have), one tap away.
        const plan = ctx.state.profile.safetyPlan ? c.planReminder : c.planOffer;
        return { ...next([c.goodbye(ctx.clinicName, line)]), say: [say(c.goodbye(ctx.clinicName, line)), say(plan, [ctx.copy.menu.items.safety_plan])] };
      }
      if (!taken) return next([c.goodbye(ctx.clinicName, line)]);
      return next([n % 2 === 0 ? c.goodbyeTaken(ctx.safety.emergencyLine, ctx.clinicName) : c.takenSleepy[1]!(ctx.safety.emergencyLine)]);
    }
    // "Menu": the patient is not trapped here. The escalation stays open, every message is still
    // screened with the hold lens, and the menu says what is still with the care team.
    if (isOneOf(ctx.text, MENU_WORDS) || asksForMenu(ctx.text)) return { say: [say(c.toMenu(line))], goto: 'menu' };
    // After tablets: sleepiness and "it's probably fine" get the same clear answer every time.
    if (taken && MINIMISING.test(t)) return next([c.takenSleepy[n % 2]!(ctx.safety.emergencyLine)]);
    const choice = THANKS_FOR.test(t) ? null : readMenuChoice(ctx.text);
    if (choice === 'grounding' || choice === 'breathing' || choice === 'safety_plan') return { goto: choice, returnTo: 'crisis_hold' };
    if (data.asked) {
      const answer = readYesNo(ctx.text);
      // "Are you safe?" → no; "have you taken anything?" → yes: new danger, told here.
      const danger = data.asked === 'taken' ? answer === 'yes' : data.asked === 'medical' ? false : answer === 'no';
      if (danger && data.asked === 'taken') {
        // "Yes, I took some": what that needs now, what and when, and the escalation says so.
        return next([c.ask.tookWhat(ctx.safety.emergencyLine)], {
          actions: [{ type: 'escalate', level: 'urgent', reason: 'hold_answer', categories: ['overdose_taken'] }],
          profile: holdProfile(ctx, true),
        });
      }
      if (danger) {
        const category: RiskCategory = (categories[0] as RiskCategory | undefined) ?? 'suicide_plan_intent';
        return next([c.hold[0](ctx.safety.crisisLine)], { actions: [{ type: 'escalate', level: 'urgent', reason: 'hold_answer', categories: [category] }] });
      }
      if (answer === 'yes' || answer === 'no') return next([answer === 'yes' && data.asked !== 'taken' ? c.safeYes : c.hold[1](line), ...(careful ? [careful] : [])]);
    }
    const denial = ctx.onCall || ctx.escalation?.acknowledgedBy ? c.denial : c.denialNobody;
    if (DENIAL.test(t)) return next([denial[n % denial.length]!(ctx.clinicName, line), ...(careful ? [careful] : [])]);
    if (isRequest(ctx.text)) return next([c.notNow(line)]);
    return next([c.hold[n % c.hold.length]!(line)]);
  },
};
