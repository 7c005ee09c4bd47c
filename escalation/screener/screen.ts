/**
 * The screener: analyse the current turn and up to MAX_PREVIOUS earlier turns, and apply the combos
 * (letting earlier turns supply context such as a loss or a dark remark). Pure and synchronous.
 *
 * Two readings of a conversation:
 * - `screen(text, { previous })`: the risk of the current turn, read in the light of the earlier
 *   ones. This is what the live pipeline stores with each message: an earlier turn's own risk was
 *   acted on when it arrived, so it is not raised again on every later "ok" or "thanks" (which
 *   would repeat the crisis reply and restart the C-SSRS on every message).
 * - `screenConversation(turns)`: the risk of the exchange as a whole, as the evaluation set labels
 *   a multi-turn item: an earlier turn's risk stands unless the last turn takes it back.
 */
import { maxLevel } from '../screening.js';
import type { RiskCategory, RiskLevel, ScreenContext, Screening } from '../screening.js';
import { analyseTurnCached } from './analyse.js';
import type { SharedTurnAnalysis } from './analyse.js';
import { SUICIDAL_FAMILY, TOPIC_FAMILY, levelOf, sortCategories } from './categories.js';
import { cleanInvisibleAndConfusable } from './clean-unicode.js';
import { COMBOS } from './combos.js';
import { makingSafer, newDangerDuringHold } from './hold.js';
import type { ComboRule } from './rule-types.js';
import type { RiskModel } from '../risk-model/model.js';
import { loadRiskModel } from '../risk-model/model.js';
import { SCREENER_VERSION } from './version.js';

/**
 * A small statistical layer (escalation/risk-model) after the rules. Its risk head raises a turn the
 * rules found harmless to concern (which starts the C-SSRS follow-up, and that escalates if the
 * answers say so); its urgent head, at a high-precision threshold, raises to urgent. It never
 * lowers a level.
 */
let MODEL: RiskModel = loadRiskModel();
let VERSION = `${SCREENER_VERSION}+${MODEL.version}`;

/** Training only: screens with a candidate model held in memory (`risk-model/train.ts` chooses thresholds this way). */
export function useRiskModel(model: RiskModel): void {
  MODEL = model;
  VERSION = `${SCREENER_VERSION}+${model.version}`;
}

/** Previous turns considered (oldest dropped first): risk builds over two or three messages. */
const MAX_PREVIOUS = 4;
const COMBO_PASSES = 2;

interface TurnResult {
  readonly level: RiskLevel;
  readonly categories: ReadonlySet<RiskCategory>;
  readonly features: ReadonlySet<string>;
  readonly signals: readonly string[];
}

function addDerived(features: Set<string>, hits: ReadonlyMap<string, RiskCategory>): void {
  for (const cat of hits.values()) {
    features.add(`cat.${cat}`);
    if (SUICIDAL_FAMILY.has(cat)) {
      features.add('risk.suicidal');
      features.add('dark');
      if (cat !== 'past_attempt_current_distress') features.add('risk.suicidal_now');
    }
    if (TOPIC_FAMILY.has(cat)) features.add('topic.strong');
  }
  if (features.has('topic.suicide')) features.add('topic.strong');
  if (features.has('ctx.distress') || features.has('ctx.loss')) features.add('dark');
}

function anyIn(group: readonly string[], set: ReadonlySet<string>): boolean {
  for (const f of group) if (set.has(f)) return true;
  return false;
}

/** Each group must hold; at least one group must hold in the current turn itself. */
function comboHolds(c: ComboRule, cur: ReadonlySet<string>, ctx: ReadonlySet<string>): 'no' | 'turn' | 'context' {
  let anyCurrent = false;
  let usedContext = false;
  for (let i = 0; i < c.all.length; i++) {
    const group = c.all[i] ?? [];
    if (anyIn(group, cur)) {
      anyCurrent = true;
      continue;
    }
    if (c.fromContext !== undefined && c.fromContext.includes(i) && anyIn(group, ctx)) {
      usedContext = true;
      continue;
    }
    return 'no';
  }
  if (!anyCurrent || (c.unless !== undefined && anyIn(c.unless, cur))) return 'no';
  return usedContext ? 'context' : 'turn';
}

function evaluateTurn(a: SharedTurnAnalysis, ctx: ReadonlySet<string>): TurnResult {
  const features = new Set(a.features);
  const hits = new Map(a.hits);
  const extra: string[] = [];
  // Derived features come from pattern hits only, so a combo can never feed itself
  // (e.g. a concern raised by "not coming back" must not count as the distress that makes it urgent).
  addDerived(features, a.hits);
  // A second pass lets a combo build on another combo's category; skipped when nothing fired.
  for (let pass = 0, changed = true; pass < COMBO_PASSES && changed; pass++) {
    changed = false;
    for (const c of COMBOS) {
      if (hits.has(c.id)) continue;
      const holds = comboHolds(c, features, ctx);
      if (holds === 'no') continue;
      changed = true;
      hits.set(c.id, c.category);
      features.add(c.id);
      features.add(`cat.${c.category}`);
      if (holds === 'context' && !extra.includes('context.previous')) extra.push('context.previous');
    }
  }
  let level: RiskLevel = 'none';
  const categories = new Set<RiskCategory>();
  for (const cat of hits.values()) {
    categories.add(cat);
    level = maxLevel(level, levelOf(cat));
  }
  // Later turns see everything this turn established, combos included.
  addDerived(features, hits);
  return { level, categories, features, signals: [...hits.keys(), ...a.guards, ...extra] };
}

/** Whether the current turn takes back what an earlier turn said. */
function retracts(cur: TurnResult, carried: RiskLevel): boolean {
  if (cur.features.has('tone.clarify')) return true;
  if (carried === 'urgent') return false;
  return cur.level === 'none' && (cur.features.has('tone.joke') || cur.features.has('safety.affirmed') || cur.signals.includes('negation.self'));
}

function evaluateTurns(turns: readonly string[]): TurnResult[] {
  const ctx = new Set<string>();
  const results: TurnResult[] = [];
  for (const turn of turns) {
    const r = evaluateTurn(analyseTurnCached(turn), ctx);
    results.push(r);
    for (const f of r.features) ctx.add(f);
  }
  return results;
}

/** Rule-feature families (features that fired without making a category on their own) → the urgent category they point to. */
const URGENT_HINTS: ReadonlyArray<[RegExp, RiskCategory]> = [
  [/^(?:child|es\.child)\./, 'child_safeguarding'],
  [/^(?:da|abuse)\./, 'domestic_abuse'],
  [/^(?:hto|weapon)\./, 'harm_to_others'],
  [/^cmd\./, 'command_hallucinations'],
  [/^od\./, 'overdose_taken'],
  [/^(?:sh|injury)\./, 'self_harm_active'],
  [/^ed\./, 'eating_disorder_crisis'],
  [/^med\./, 'medical_emergency'],
  [/^(?:prep|care)\./, 'preparatory_behavior'],
  [/^(?:farewell|goodbye|absence)\./, 'goodbye_final_message'],
  [/^(?:means|exit|q)\./, 'means_seeking'],
];

/**
 * The category of a turn the risk model raised to urgent: the urgent category its rule features
 * point to (a goodbye, a question about means…), or suicidal intent when none does.
 */
function urgentCategoryHint(features: ReadonlySet<string>): RiskCategory {
  for (const [re, category] of URGENT_HINTS) for (const f of features) if (re.test(f)) return category;
  return 'suicide_plan_intent';
}

/**
 * Everyday messages and control words that context must never turn into an alarm ("stop" typed
 * during grounding, "back", "ok", "what's the weather like today?").
 */
const CONTROL_RE = /^\W*(?:stop|quit|exit|cancel|enough|skip|next|back|go back|menu|done|ok|okay|k|kk|yes|yeah|yep|no|nope|nah|sure|thanks|thank you|ty|hi|hey|hello|bye|later|lol|hmm+|um+|pass|basta|salir|atras|siguiente|vale|si|gracias|hola|adios)\W*$/i;

/**
 * Anxiety told as anxiety ("I'm panicking about tomorrow's exam, my heart's racing", "tengo mucha
 * ansiedad, ayúdame a respirar"): when the rules find no risk in it, the model may not raise it.
 * Its bodily words (heart racing, can't breathe) otherwise read to it like a medical emergency, and
 * a crisis reply to a panic attack is exactly what a patient asking for help to calm down must not
 * get. The rules still catch a real emergency told with the same words (chest pain with an overdose).
 */
const ANXIETY_FRAME =
  /\b(?:panic\w*|anxious|anxiety|nervous|ansiedad|ansios[oa]|nervios[oa]?|p[aá]nico)\b/i;

/**
 * The model reads the current turn with the previous ones as context. A raise that only the context
 * produced (the turn alone would not be raised) stands only when the turn can carry it: at least a
 * few words, not a control word, and an earlier turn that the rules themselves found risky. So
 * context may raise a message that continues a risk signal, and never "stop" after an ordinary
 * exercise answer or a question about the weather after a self-critical thought.
 */
/**
 * Worries the model over-reads when the rules find nothing in them: the body in anxiety without the
 * word ("my chest gets tight when I lie awake replaying work"), sleep ("¿no tienes nada para el
 * insomnio?"), and fear of being judged or found out ("everyone will see I'm a fraud"). These are
 * the everyday material of CBT; a suicide question in reply tells the patient they were misread.
 */
const EVERYDAY_FRAME = new RegExp(
  [
    '\\b(?:chest|throat|stomach) (?:gets |feels |is |goes )?(?:tight|tighten\\w*|in knots|heavy)\\b',
    '\\b(?:lie|lying|laying) awake\\b', '\\breplay(?:ing|s)?\\b', '\\boverthink\\w*', '\\b(?:can ?t|cannot|couldn ?t) (?:get to |fall )?sleep\\b', '\\binsomni\\w*',
    '\\bno (?:me )?(?:puedo dormir|duermo|descanso)\\b', '\\b(?:dormir|sueno) (?:mal|poco)\\b', '\\b(?:sleep\\w*|asleep|dormir\\w*|dormirme|duermo|desvel\\w*)\\b', '\\b(?:wind[ -]?down|bedtime|bed time|(?:night ?time|evening|morning) routine|rutina|desconectar)\\b', '\\b(?:le )?doy vueltas\\b',
    // Feeling better after an exercise ("ok done. that's a little better").
    '\\b(?:a little|a bit|bit|much|lot|way|feeling|feel|little|slightly|somewhat) (?:better|calmer)\\b', '\\bcalmer\\b', '\\b(?:un poco|algo|mucho) (?:mejor|mas tranquil[oa])\\b',
    // Money worries told as money worries ("no me va a alcanzar para la renta").
    '\\b(?:money|debts?|rent|bills|overdraft|mortgage|dinero|deudas?|renta|alquiler|hipoteca|no me (?:va a )?alcanza\\w*)\\b',
    '\\b(?:fraud|imposter|impostor|found out|judg\\w+|embarrass\\w*|awkward|cringe)\\b', '\\b(?:fraude|impostor[a]?|me juzga\\w*|verguenza|ridiculo)\\b',
    // Doubting the homework, not life ("what's the point of thought records", "para qué sirve anotar pensamientos").
    '\\bwhat ?s the point (?:of|in|with) (?:(?:writing|putting) (?:\\w+ )?down|(?:doing |filling (?:in|out) )?(?:these |this |the |a |my |all these )?(?:thought records?|records?|exercises?|worksheets?|homework|journal\\w*|diar(?:y|ies)|mood tracking|tracking|ratings?|breathing|grounding|cbt)|cbt)\\b',
    // Ending a relationship ("I've decided to end things with my boyfriend tonight", "voy a terminar con mi novia").
    '\\b(?:end(?:ing|ed)? (?:things|it) with|break(?:ing)? up with|broke up with|split(?:ting)? up with|terminar? con|termine con|cortar? con|corte con) (?:(?:(?:my|mi|la|el) )?(?:boyfriend|girlfriend|partner|husband|wife|fiance\\w*|ex|bf|gf|novi[oa]|pareja|espos[oa]|marido)|him|her|them|el|ella)\\b',
    // Missing in action, not the eating-disorder slang ("my bad ive been mia", "went mia on the group chat").
    '\\b(?:been|gone|went|go|going|was|were|totally|bit|kinda) mia\\b',
    '\\b(?:para que|de que) (?:sirve|me sirve|sirven) (?:anotar|escribir|apuntar|hacer (?:el|los|estos|este) (?:registro|registros|ejercicios?)|el registro|los registros|los ejercicios|la tcc|registrar)\\b',
  ].join('|'),
);
/**
 * A message that is only a sign-off to the chat ("ok ya, gracias, me voy a dormir. bye", "thanks,
 * off to bed, night"): when the rules find nothing in it, the model may not raise it. A goodbye with
 * anything more ("thanks for everything", "for good", "tell my mum") is not only a sign-off, and
 * the rules read those.
 */
const SIGN_OFF_CLAUSE =
  '(?:ok|okay|k|kk|ya|vale|bueno|alright|right|cool|great|nice|thanks|thank you|thx|ty|cheers|gracias|muchas gracias|bye|bye bye|goodbye|good night|goodnight|night|nite|adios|chao|chau|hasta luego|hasta manana|buenas noches|see you|see ya|later|talk (?:later|tomorrow|soon)|hablamos|nos vemos|(?:i m |im |i am )?(?:going|off|heading) (?:to )?(?:sleep|bed)|(?:i m |im |i am )?gonna (?:sleep|go to bed)|me voy(?: a dormir| a la cama| a acostar)?|me acuesto|a dormir|xx*|lol|for now|for today|por hoy|por ahora)';
const SIGN_OFF = new RegExp(`^\\W*${SIGN_OFF_CLAUSE}(?:\\W+${SIGN_OFF_CLAUSE})*\\W*$`);

/**
 * A "no" to the safety question that says it was only a question ("no nothing like that. just asking",
 * "no, nada de eso, solo preguntaba"): when the rules find nothing in it, the model may not raise it.
 */
const NOTHING_LIKE_THAT =
  /^(?!.*\b(?:but|pero|except|though|although|aunque|sin embargo|excepto)\b)\W*(?:no+|nope|nah|god no|no no|not at all|not really)\b[\w\s,.!]{0,12}\b(?:nothing like that|not like that|not that|nada de eso|nada (?:asi|parecido)|para nada)\b[\w\s,.!]{0,40}$/;

/** A question about the companion itself ("are you a real person?", "what can you do?"): it carries no risk of its own, whatever came before. */
const ABOUT_THE_BOT =
  /^\W*(?:(?:are|r) (?:you|u) (?:even |really |actually )?(?:a |an )?(?:real|actual|human|person|bot|robot|ai|machine)|(?:did|have|will|are|do) (?:you|u) (?:\w+ )?(?:tell|told|telling|alert|alerted|report|reported|contact|contacted|notify|notified|inform|informed|pass|passed)\b|(?:does|will|can) my (?:team|therapist|doctor|clinician|counsell?or|psychologist|care team) (?:know|see|read|find out)|(?:se lo|le|les) (?:has|vas a) (?:dicho|contado|avisado|decir|contar|avisar)|(?:who|what) (?:are|r) (?:you|u)\b|is this (?:a |an )?(?:real|bot|robot|ai|person|human|machine)|what (?:can|do) (?:you|u) (?:even )?do\b|how (?:does|do) (?:this|you) work|(?:eres|es esto) (?:una |un )?(?:persona|humano|bot|robot|maquina|ia)|que (?:puedes|sabes) hacer)/;

/**
 * Doubt about the exercises, not about living: "whats the point of all this though. writing plans on a
 * phone" (a play-tester's, own-048). The model reads "what's the point" as hopelessness; said of the
 * work itself, with the work named, the rules decide alone.
 */
const DOUBT_ABOUT_THE_WORK =
  /\b(?:whats|what is|wheres|where is) (?:even |really |actually )?the point (?:of|in) (?:all )?(?:this|these|doing (?:this|these|it))\b.*\b(?:phone|app|plans?|planning|exercises?|worksheets?|homework|records?|diary|chat|bot|therapy|cbt|writing|apps?)\b/;

/**
 * A small dose talked about as a small dose ("es solo media pastilla, mi mamá dice que no pasa nada",
 * "just half a tablet"): the pill is named (a means feature), but without intent, preparation or an
 * overdose feature the model may not raise it on its own.
 */
const SMALL_DOSE =
  /\b(?:(?:just|only) (?:half|one|a quarter)(?: of)? (?:a |my |the )?(?:pill|tablet)s?|half (?:a |my |the )?(?:pill|tablet)|(?:solo|nada mas|nomas) (?:media|una|un cuarto de) (?:pastilla|tableta)|media (?:pastilla|tableta))\b/;
const STRONGER_THAN_MEANS = /^(?:od|prep|intent|act|q|exit|weapon)\./;

/** Rule features that name means or preparation: with any of them the everyday frames never hold the model back. */
const MEANS_OR_PREP = /^(?:means|od|prep|intent|act|q|exit|care|weapon)\./;

/**
 * The model alone never pages: it may raise what the rules call concern to urgent, and what they call
 * none only to concern, which asks the safety question. A message the rules find nothing urgent in but
 * the model scores urgent ("dm her like hey my bad ive been mia", "me van a correr del depa", "a pile
 * of marking on my kitchen table right now": each paged in patients' trials, as did 1.7 % of 2,962
 * everyday requests) is raised to concern, and only if its any-risk score clears `withRisk` (chosen on validation)
 * too; otherwise nothing. After risk in the last few turns the model's urgent stands: "there's about a
 * month's worth in my drawer now", after "some nights I hope I don't wake up", is the same danger going on.
 */
const CONTINUES_FLOOR = 0.5;

type Raised = { level: RiskLevel; signal: string | null };

/** Analyser features that say when or in what stance something was said (a joke, a film, long ago, someone else, safe now). */
const TIME_AND_STANCE = /^(?:tone|safety)\.|\.(?:remote|past)$|third_party/;

/**
 * The analyser's negation and tense cues in a turn, for the risk model: the guards that cancelled a
 * risk match (a negation, an idiom, a remote past, a quote...) and the features of time and stance.
 * Training reads them the same way. (The rule features themselves made the urgent head lean on the
 * rules and page for what they call concern; measured on validation, 2026-12-08.)
 */
export function analyserCues(text: string): string[] {
  const a = analyseTurnCached(text);
  return [...a.guards, ...[...a.features].filter((f) => TIME_AND_STANCE.test(f))];
}

/** What the model's scores raise the rules' level to (never lower). */
function modelLevel(scores: { risk: number; urgent: number }, text: string, level: RiskLevel, earlierRisk: boolean): Raised {
  if (level === 'urgent') return { level, signal: null };
  const t = MODEL.thresholds;
  // Sure enough on its own (`page`, chosen on the corpus's validation split): it pages.
  if (scores.urgent >= t.page) return { level: 'urgent', signal: 'model.urgent' };
  // After risk in the last turns, a message with something in it that both heads find risky continues
  // it; "are you there?" does not, nor "god no im not going to hurt myself, i mean the night feeds".
  if (earlierRisk && scores.urgent >= CONTINUES_FLOOR && (scores.risk >= t.risk || scores.urgent >= t.continues) && text.trim().split(/\s+/).length >= 4 && !CONTROL_RE.test(text)) {
    return { level: 'urgent', signal: 'model.urgent' };
  }
  // One or two words the rules find nothing in ("ahora no", a button's label) are too little for the
  // model to go on: its scores swing on a single word ("ahora" is in many a Spanish crisis).
  if (level === 'none' && text.trim().split(/\s+/).length <= 2) return { level, signal: null };
  if (scores.urgent >= t.urgent) {
    // Below that, what the rules call concern stays concern: the safety question decides.
    if (level !== 'none') return { level, signal: null };
    if (scores.risk >= t.withRisk) return { level: 'concern', signal: 'model.risk' };
  }
  if (level === 'none' && scores.risk >= t.risk) return { level: 'concern', signal: 'model.risk' };
  return { level, signal: null };
}

function modelRaise(text: string, previous: readonly string[], level: RiskLevel, earlierRisk: boolean, features: ReadonlySet<string>): Raised {
  if (level === 'none' && ANXIETY_FRAME.test(text)) return { level, signal: null };
  if (level === 'none') {
    const folded = text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/['’¿¡]/g, ' ');
    if (SIGN_OFF.test(folded) || ABOUT_THE_BOT.test(folded) || DOUBT_ABOUT_THE_WORK.test(folded) || NOTHING_LIKE_THAT.test(folded)) return { level, signal: null };
    if (EVERYDAY_FRAME.test(folded) && ![...features].some((f) => MEANS_OR_PREP.test(f))) return { level, signal: null };
    if (SMALL_DOSE.test(folded) && ![...features].some((f) => STRONGER_THAN_MEANS.test(f))) return { level, signal: null };
  }
  const cues = MODEL.readsCues ? analyserCues(text) : [];
  const alone = modelLevel(MODEL.scores(text, [], cues), text, level, earlierRisk);
  // A model that reads earlier turns (none since lr3) may raise more with them, but only where the
  // message carries the earlier risk on.
  if (!MODEL.readsContext || previous.length === 0) return alone;
  const raised = modelLevel(MODEL.scores(text, previous, cues), text, level, earlierRisk);
  if (!raised.signal || raised.level === alone.level) return alone;
  const carries = earlierRisk && text.trim().split(/\s+/).length >= 3 && !CONTROL_RE.test(text);
  return carries ? { ...raised, signal: `${raised.signal}.context` } : alone;
}

/**
 * Whether the last turns carried risk: the rules found some, or the model's risk head did in a turn
 * with something in it (the bot asked the safety question then: "a veces pienso que sería mejor
 * desaparecer y ya" is as much a risk signal as one a rule names).
 */
function riskEarlier(results: readonly TurnResult[], earlier: readonly string[]): boolean {
  if (results.slice(0, -1).some((r) => r.level !== 'none')) return true;
  return earlier.some((t) => t.trim().split(/\s+/).length > 2 && MODEL.scores(t, [], MODEL.readsCues ? analyserCues(t) : []).risk >= MODEL.thresholds.risk);
}

function toScreening(
  level: RiskLevel,
  categories: ReadonlySet<RiskCategory>,
  signals: readonly string[],
  text: string,
  previous: readonly string[],
  features: ReadonlySet<string>,
  rulesOnly = false,
  earlierRisk = false,
): Screening {
  const raised = rulesOnly ? { level, signal: null } : modelRaise(text, previous, level, earlierRisk, features);
  if (raised.signal) {
    const cats =
      raised.level === 'urgent'
        ? sortCategories(new Set([urgentCategoryHint(features), ...categories]))
        : categories.size > 0
          ? sortCategories(new Set(categories))
          : (['ambiguous_needs_followup'] as RiskCategory[]);
    return { level: raised.level, categories: cats, signals: [...new Set([...signals, raised.signal])], version: VERSION };
  }
  const sorted = level === 'none' ? [] : sortCategories(new Set(categories));
  return { level, categories: sorted, signals: [...new Set(signals)], version: VERSION };
}

export function screen(rawText: string, context?: ScreenContext): Screening {
  // Invisible characters out and look-alike letters folded once, here: the rules and the model read the same text.
  const text = cleanInvisibleAndConfusable(rawText);
  const previous = (context?.previous ?? []).map(cleanInvisibleAndConfusable);
  const results = evaluateTurns([...previous.slice(-MAX_PREVIOUS), text]);
  const cur = results[results.length - 1];
  if (cur === undefined) throw new Error('unreachable: at least one turn is screened');
  const earlierRisk = riskEarlier(results, previous.slice(-MAX_PREVIOUS));
  const screening = toScreening(cur.level, cur.categories, cur.signals, text, previous, cur.features, false, earlierRisk);
  if (!context?.holding) return screening;
  // A safety step told during a hold ("I've given the pills to my neighbour") is not new danger,
  // even if the model's urgent head reads the words that way: the escalation is open already, and a
  // page for making oneself safer helps nobody. The rules are never overridden.
  if (screening.level === 'urgent' && screening.signals.every((x) => x.startsWith('model.')) && makingSafer(text)) {
    return { ...screening, level: 'concern', signals: [...screening.signals, 'hold.safer'] };
  }
  if (screening.level !== 'urgent') return duringHold(screening, text, context.holding.categories);
  // Urgent already (the model, say): the hold's recognisers still say what the danger is (tablets
  // taken, not a guess at intent), so the escalation and the reply name it.
  const danger = newDangerDuringHold(text, context.holding.categories);
  if (danger?.category && !screening.categories.includes(danger.category)) {
    const model = screening.signals.every((x) => x.startsWith('model.'));
    const categories = model ? [danger.category] : [danger.category, ...screening.categories];
    return { ...screening, categories: sortCategories(new Set(categories)), signals: [...screening.signals, danger.id] };
  }
  return screening;
}

/** While an urgent escalation is open: new danger the ordinary rules would pass over (hold.ts). */
function duringHold(screening: Screening, text: string, open: readonly RiskCategory[]): Screening {
  const danger = newDangerDuringHold(text, open);
  if (!danger) return screening;
  const category = danger.category ?? open.find((c) => levelOf(c) === 'urgent') ?? 'suicide_plan_intent';
  return { level: 'urgent', categories: sortCategories(new Set([category, ...screening.categories])), signals: [...screening.signals, danger.id], version: screening.version };
}

/**
 * The exchange as a whole (the evaluation set's multi-turn convention): see the file comment.
 * `rulesOnly` leaves the risk model out (for training it on what the rules miss).
 */
export function screenConversation(rawTurns: readonly string[], options: { rulesOnly?: boolean } = {}): Screening {
  const turns = rawTurns.map(cleanInvisibleAndConfusable);
  if (turns.length === 0) throw new Error('a conversation has at least one turn');
  const results = evaluateTurns(turns.slice(-(MAX_PREVIOUS + 1)));
  const cur = results[results.length - 1]!;
  let level = cur.level;
  const categories = new Set(cur.categories);
  const signals = [...cur.signals];
  for (const prev of results.slice(0, -1)) {
    // An earlier turn's risk stands unless this turn takes it back; a harmless turn never lowers it.
    if (prev.level === 'none' || maxLevel(level, prev.level) === level || retracts(cur, prev.level)) continue;
    level = prev.level;
    for (const c of prev.categories) categories.add(c);
    if (!signals.includes('context.carry')) signals.push('context.carry');
  }
  const earlierRisk = riskEarlier(results, turns.slice(-(MAX_PREVIOUS + 1), -1));
  return toScreening(level, categories, signals, turns.at(-1) ?? '', turns.slice(0, -1), cur.features, options.rulesOnly, earlierRisk);
}
