/**
 * New danger during a crisis hold. While an urgent escalation is open, the patient has already told
 * us they are at risk, so a message that would be unremarkable on its own ("I have the pills in
 * front of me", "I'm sitting in the car with it now", "I feel faint", "already taken some of them")
 * is new danger: the crisis reply goes out again and the escalation is re-paged at once. These
 * recognisers run only then (screen(text, { holding })), after the ordinary rules.
 *
 * Each is data a reviewer can read: an id, the pattern over normalised text (see pattern.ts), the
 * category it means (or the escalation's own), and what cancels it (a negation; a safety step such
 * as putting the pills away).
 */
import type { RiskCategory } from '../screening.js';
import { isNegated, sentenceAround } from './guards.js';
import { normalise } from './normalise.js';
import { alt, gap, rx } from './pattern.js';

interface HoldRule {
  readonly id: string;
  readonly re: RegExp;
  /** null: the category of the escalation already open (e.g. an overdose that now makes them faint). */
  readonly category: RiskCategory | null;
  /** Only while an escalation of one of these categories is open (sleepiness is danger after an overdose, not otherwise). */
  readonly onlyAfter?: readonly RiskCategory[];
}

const MEANS = alt(
  'pills', 'tablets', 'meds', 'medication', 'medicine', 'bottle', 'gun', 'rifle', 'pistol', 'rope', 'belt', 'cord', 'knife', 'knives', 'blade', 'blades', 'razor', 'razors',
  'pastillas', 'pastis', 'medicamentos', 'pistola', 'arma', 'cuerda', 'soga', 'cuchillo', 'navaja', 'cuchilla',
);
const AT_HAND = alt(
  'in front of me', 'in my hands?', 'in my lap', 'next to me', 'beside me', 'right here', 'here with me', 'with me', 'on me', 'ready', 'lined up', 'laid out', 'counted out',
  'on the (?:table|desk|bed|counter|side)', 'out of the (?:drawer|cupboard|cabinet|box|safe)', 'loaded',
  'delante', 'en la mano', 'aqui conmigo', 'conmigo', 'preparad[oa]s?', 'listas?', 'en la mesa', 'al lado',
);
/** What a patient says when they make themselves safer: never new danger. */
const SAFER = rx(
  alt(
    '(?:put|putting) (?:it|them|the \\w+|all \\w+)(?: \\w+)? away', '(?:locked|lock|locking) (?:it|them|the \\w+)(?: \\w+)? (?:up|away)', '(?:gave|given|giving|handed|handing) (?:it|them|the \\w+)(?: \\w+)? (?:to|away|over|in)',
    '(?:threw|thrown|throw|throwing) (?:it|them|the \\w+)(?: \\w+)? (?:away|out)', 'flushed', 'got rid', 'get rid', 'binned',
    'guardad[oa]s? bajo llave', '(?:las|los|la|lo) (?:tire|he tirado)', '(?:tire|he tirado|tiramos|deje|he dejado) (?:las|los|la|lo|mis|el|todas las|todos los) \\w+(?: a la basura| por el vater| por el inodoro| fuera)?', 'se (?:las|los|la|lo) (?:di|he dado)', 'me (?:deshice|he deshecho)',
  ),
);

const RULES: readonly HoldRule[] = [
  { id: 'hold.means_at_hand', re: rx(`${MEANS}${gap(3)}${AT_HAND}`), category: 'suicide_plan_intent' },
  { id: 'hold.holding_means', re: rx(`(?:holding|grabbed|picked up|got out|taken out|took out|loading|loaded|have|got|tengo|agarre|saque|sostengo)${gap(2)}(?:the |my |a |las |la |el |mis |mi )?${MEANS}`), category: 'suicide_plan_intent' },
  // "I'm sitting in the car with it now": the means named earlier, now with them.
  { id: 'hold.with_it_now', re: rx(`(?:with|holding|have|got|con) (?:it|them|that|ella|ellas|eso)(?: right)? (?:now|here|ahora|aqui)`), category: null },
  {
    id: 'hold.taken',
    re: rx(
      alt(
        `(?:taken|took|swallowed|swallow|downed|necked|drank|drunk|injected)${gap(2)}(?:some|all|most|half|a few|a bunch|a handful|more|the rest|loads|lots)(?: of)?(?: them| it| the (?:pills|tablets|meds|bottle))?`,
        `(?:taken|took|swallowed|downed|necked)${gap(2)}(?:the |my |all my |all the )?(?:pills|tablets|meds|bottle|medication)`,
        `(?:ya )?me (?:he )?(?:tome|tomado|trague|tragado)${gap(3)}(?:las |unas |mis |todas |algunas |la mitad|el resto|pastillas)`,
      ),
    ),
    category: 'overdose_taken',
  },
  // "8 of the co-codamol, about an hour ago", "like 6 of them earlier": a count taken, told as a time.
  {
    id: 'hold.taken_count',
    re: rx(`(?:\\d+|a few|a couple|several|some|half|most|all) of (?:them|those|these|the|my)${gap(6)}(?:ago|earlier)`),
    category: 'overdose_taken',
    onlyAfter: ['means_seeking', 'overdose_taken', 'suicide_plan_intent', 'preparatory_behavior'],
  },
  // After an overdose: drowsiness, and "sleeping it off", are the danger itself.
  {
    id: 'hold.drowsy_after_taken',
    re: rx(alt(`(?:bit|little|getting|so|really|very|quite|pretty|kinda|kind of|feel|feeling|im|i m|super|v)${gap(1)}(?:sleepy|drowsy|tired|heavy|out of it|groggy|woozy)`, 'sleep (?:it|this) off', 'nod(?:ding)? off', '(?:eyes|eyelids) (?:are )?(?:heavy|closing)', 'mucho sueno', 'me (?:estoy )?(?:durmiendo|quedando dormid[oa])', 'me duermo', 'somnolient[oa]')),
    category: 'overdose_taken',
    onlyAfter: ['overdose_taken'],
  },
  { id: 'hold.did_it', re: rx(alt('(?:ive|i ve|i have|i) (?:done|did) it', '(?:cut|cutting|hurt|hurting) myself (?:again|now|more|deeper)', 'ya lo hice', 'lo he hecho', 'me (?:he )?cortado', 'me corte')), category: 'self_harm_active' },
  {
    id: 'hold.body',
    re: rx(
      alt(
        `(?:feel|feeling|felt|im|i m|getting|going|gone|went|so|really|bit|little)${gap(2)}(?:faint|dizzy|lightheaded|light headed|woozy|drowsy|confused|numb|cold and clammy|really sleepy|so sleepy)`,
        '(?:cant|can t|cannot) (?:breathe|stay awake|keep my eyes open|stand up|feel my)',
        '(?:passing|pass|passed|blacking|blacked) out',
        '(?:bleeding|blood)(?: is| has)? (?:wont|won t|isnt|not|hasnt) (?:stop|stopping|slow|slowing)',
        'bleeding (?:again|more|heavily|a lot|badly)',
        '(?:throwing|threw|vomiting|coughing) up blood',
        '(?:heart|chest)(?: is| keeps)? (?:pounding|racing|hurting|hurts|pain|skipping)',
        'me (?:estoy )?(?:mareando|desmayando)', 'mareada', 'mareado', 'me mareo', 'me desmayo', 'no puedo respirar', 'no (?:para|deja) de sangrar', 'sangr(?:a|o) mucho', 'vomito sangre',
      ),
    ),
    category: null,
  },
  {
    id: 'hold.imminent',
    re: rx(
      alt(
        '(?:doing|do|going to do|gonna do) it (?:now|right now|tonight)',
        '(?:im|i m|i am) (?:on|at|by) the (?:bridge|roof|edge|ledge|tracks|platform|cliff|railing)',
        'about to (?:do it|jump|take them|take it|cut|end it)',
        '(?:voy a hacerlo|lo voy a hacer|lo hago) (?:ya|ahora)', 'estoy en (?:el puente|la azotea|el tejado|el borde|las vias)',
      ),
    ),
    category: 'suicide_plan_intent',
  },
];

/** The message tells of a step that makes the patient safer ("I've given the pills to my neighbour"). */
export function makingSafer(text: string): boolean {
  return SAFER.test(normalise(text));
}

export interface NewDanger {
  /** The recogniser that fired (stored as a signal). */
  id: string;
  category: RiskCategory | null;
}

/** New danger in a message sent while an urgent escalation is open, or null. */
export function newDangerDuringHold(text: string, open: readonly RiskCategory[] = []): NewDanger | null {
  const t = normalise(text);
  for (const rule of RULES) {
    if (rule.onlyAfter && !rule.onlyAfter.some((c) => open.includes(c))) continue;
    const m = rule.re.exec(t);
    if (!m) continue;
    const [s, e] = sentenceAround(t, m.index, m.index + m[0].length);
    const sentence = t.slice(s, e);
    if (isNegated(t, m.index, m.index + m[0].length, s) || SAFER.test(sentence)) continue;
    return { id: rule.id, category: rule.category };
  }
  return null;
}
