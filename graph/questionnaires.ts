import { fold } from './parse.js';

/**
 * The PHQ-9 (depression) and GAD-7 (anxiety): their items, answer options, scoring and severity
 * bands (Kroenke et al. 2001; Spitzer et al. 2006). The wording of items and options is copy (one
 * file per language, `copy/questionnaires-*.ts`, keyed by the item ids below); this module is what
 * does not change with the language. No imports from `copy/`.
 */

export const INSTRUMENT_IDS = ['phq9', 'gad7'] as const;
export type Instrument = (typeof INSTRUMENT_IDS)[number];

export const PHQ9_ITEMS = ['interest', 'down', 'sleep', 'tired', 'appetite', 'failure', 'concentration', 'psychomotor', 'selfHarm'] as const;
export const GAD7_ITEMS = ['nervous', 'control', 'worrying', 'relaxing', 'restless', 'irritable', 'afraid'] as const;
export type Phq9Item = (typeof PHQ9_ITEMS)[number];
export type Gad7Item = (typeof GAD7_ITEMS)[number];

/** The answer to an item: 0 "Not at all", 1 "Several days", 2 "More than half the days", 3 "Nearly every day". */
export type Frequency = 0 | 1 | 2 | 3;
export const FREQUENCIES = [0, 1, 2, 3] as const satisfies readonly Frequency[];
/** Copy keys of the four options, by value. */
export const FREQUENCY_KEYS = ['notAtAll', 'severalDays', 'moreThanHalf', 'nearlyEveryDay'] as const;
/** Copy keys of the (unscored) functional question's options, by value 0–3. */
export const DIFFICULTY_KEYS = ['notDifficult', 'somewhat', 'very', 'extremely'] as const;

export type Severity = 'minimal' | 'mild' | 'moderate' | 'moderately_severe' | 'severe';

interface Definition {
  items: readonly string[];
  /** Lowest score of each band, in ascending order. */
  bands: readonly (readonly [number, Severity])[];
  /** The item whose answer above 0 needs a safety follow-up (PHQ-9 item 9), 1-based. */
  safetyItem: number | null;
}

export const INSTRUMENTS: Readonly<Record<Instrument, Definition>> = {
  phq9: {
    items: PHQ9_ITEMS,
    bands: [[0, 'minimal'], [5, 'mild'], [10, 'moderate'], [15, 'moderately_severe'], [20, 'severe']],
    safetyItem: 9,
  },
  gad7: {
    items: GAD7_ITEMS,
    bands: [[0, 'minimal'], [5, 'mild'], [10, 'moderate'], [15, 'severe']],
    safetyItem: null,
  },
};

export function itemCount(instrument: Instrument): number {
  return INSTRUMENTS[instrument].items.length;
}

export function maxScore(instrument: Instrument): number {
  return itemCount(instrument) * 3;
}

export function isSafetyItem(instrument: Instrument, item: number): boolean {
  return INSTRUMENTS[instrument].safetyItem === item;
}

export function severityOf(instrument: Instrument, score: number): Severity {
  let severity: Severity = 'minimal';
  for (const [from, band] of INSTRUMENTS[instrument].bands) if (score >= from) severity = band;
  return severity;
}

/** Answers by item number (1-based); null is an item asked but not answered. */
export type Answers = Partial<Record<number, Frequency | null>>;

export interface Result {
  /** The total, prorated when one item is missing; null with more missing. */
  score: number | null;
  severity: Severity | null;
  prorated: boolean;
  /** Item numbers without an answer. */
  missing: number[];
}

/**
 * Totals the answers. With one item missing the total is prorated (mean of the answered items ×
 * the number of items, rounded half up), as is usual for both scales; with more, there is no score.
 */
export function scoreAnswers(instrument: Instrument, answers: Answers): Result {
  const count = itemCount(instrument);
  const missing: number[] = [];
  let sum = 0;
  for (let n = 1; n <= count; n++) {
    const a = answers[n];
    if (a === undefined || a === null) missing.push(n);
    else sum += a;
  }
  if (missing.length > 1) return { score: null, severity: null, prorated: false, missing };
  const prorated = missing.length === 1;
  const score = prorated ? Math.round((sum / (count - 1)) * count) : sum;
  return { score, severity: severityOf(instrument, score), prorated, missing };
}

// ---------------------------------------------------------------------------------------------
// Reading free-text answers. Patterns see folded text (lower case, no accents or apostrophes,
// punctuation as spaces). They are tried in order and each match is blanked out, so "nearly every
// day" is not read again as "every day". The answer is the one value found; two different values
// ("sometimes, maybe most days") are not an answer, and the question is asked again.

type Reading = number | 'unclear';

const UNSURE = /\b(not sure|unsure|dont know|do not know|no idea|idk|dunno|no se|no lo se|no estoy segur[oa]|ni idea)\b/g;

const FREQUENCY_PHRASES: ReadonlyArray<readonly [Reading, RegExp]> = [
  ['unclear', UNSURE],
  // "Nel, como siempre", "lo de comer es normal", "same as usual": nothing out of the ordinary, so
  // not at all; read before "siempre" could be taken for "always".
  [0, /\b((eso |esto |that )?(no|nope|nah) (nada|nunca|para nada|not at all|never)|(nel|no|nop|nope|nah|na) (como siempre|igual que siempre|as usual|like always|same as (always|usual)|normal)|(es |esta |todo |pretty |totally |all |just )?normal|as usual|same as (always|usual)|igual que siempre|como siempre nada|nada fuera de lo normal|nothing (unusual|out of the ordinary))\b/g],
  // "Not every day" or "not always" says what it is not, not how often.
  ['unclear', /\b(not|no) (every ?day|daily|all the time|always|most days|todos los dias|siempre|a diario|cada dia)\b/g],
  // "Three times a day" is every day, not three days.
  [3, /\b((\w+ )?(times|veces)|once|twice|una vez) (a|per|each|al|por) (day|dia)\b/g],
  // "Half the days or a bit more" before "a bit" is read as a little.
  [2, /\b(quite (a bit|a lot|often)|bastantes?( (dias|veces))?|(about |around |roughly |more or less |mas o menos |como )?(half (the|of the) (days|time)|la mitad (de los dias|del tiempo|de las veces)) (or|o) (a bit |algo |even )?(more|mas)|(about |around |roughly |more or less |mas o menos |como )?(half (the|of the) (days|time|week)|la mitad (de los dias|del tiempo|de las veces|de la semana)))\b/g],
  [0, /\b(not (even )?once|never once|ni una (sola )?vez)\b/g],
  [
    1,
    /\b(almost never|hardly ever|rarely|seldom|not (very |that |so |too )?(often|much|many days|a lot)|once or twice|(a )?(few|couple( of)?) (days|times)|some days|several days|sometimes|some times|occasionally|now and (then|again)|from time to time|once|twice|a little|a bit|casi nunca|rara vez|pocas veces|(unos )?pocos dias|unos dias|algunos dias|varios dias|algunas veces|unas (cuantas )?veces|a veces|un poquito|poquito|de vez en cuando|ocasionalmente|un par de (dias|veces)|una vez|dos veces|no (mucho|muy seguido|muy a menudo|tanto|muchas veces|muchos dias)|un poco|varios|algunos|unos cuantos|several|a few)\b/g,
  ],
  [
    3,
    /\b((nearly|almost|pretty much) (every ?day|daily|all the time|always)|casi diario|diario|diariamente|(nearly|almost|pretty much) every (night|evening|morning)|every (single )?(night|evening|morning)|casi todas las noches|todas las noches|casi tod[oa]s|nearly all|almost all|every single day|every ?day|daily|all (the time|day)|constantly|always|non ?stop|casi (todos los dias|siempre|a diario|cada dia)|todos los dias|todo el (tiempo|dia)|cada dia|a diario|siempre|constantemente|sin parar)\b/g,
  ],
  [
    2,
    /\b(more than half( the days| of the days| the time)?|over half|most (days|of the time|of the days)|more often than not|a lot|lots|often|frequently|usually|many days|mas de la mitad( de los dias| del tiempo)?|la mayoria de (los dias|las veces)|la mayor parte( del tiempo)?|muchos dias|muchas veces|a menudo|frecuentemente|con frecuencia|bastante)\b/g,
  ],
  [0, /\b(not at all|never|no days|zero days|ningun dia|ninguna vez|nunca|jamas|para nada|en absoluto)\b/g],
];

/** A plain "no" (or "none", "nada") is "not at all" only when it is the whole answer. */
const ONLY_NO = /^(no|nope|nah|nop|none|nada|not really|no really|no realmente|no no|no thanks|no gracias|no not really|nah not really|nope not really|not really no|not really nope|not really nah|nah never|no not at all|nah not at all|realmente no|la verdad no|no la verdad)$/;

const NUMBER_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  cero: 0, un: 1, uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10,
};
const COUNT = /\b(\d{1,2}|zero|one|two|three|four|five|six|seven|eight|nine|ten|cero|un|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez) (days?|dias?)( (a|per|each|a la|por|cada) (week|semana))?\b/g;

/** Days out of the last 14: up to half is "several days", more is "more than half", 12+ "nearly every day". */
function fromDays(days: number): Frequency {
  if (days <= 0) return 0;
  if (days <= 7) return 1;
  if (days <= 11) return 2;
  return 3;
}

/** Words around a bare option number ("I'd say 2", "option 3 please"), which are then ignored. */
const AROUND_NUMBER = new Set(['i', 'id', 'd', 'would', 'say', 'option', 'answer', 'number', 'its', 'it', 's', 'is', 'probably', 'maybe', 'about', 'please', 'pls', 'ok', 'okay', 'the', 'a', 'um', 'uh', 'hmm', 'well', 'so', 'por', 'favor', 'opcion', 'respuesta', 'numero', 'diria', 'creo', 'que', 'es', 'la', 'el', 'pues', 'bueno', 'quizas', 'tal', 'vez']);

function normalise(text: string): string {
  return fold(text).replace(/[./-]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Reads what the phrases say; returns the values found and what is left of the text. */
function readPhrases(text: string, phrases: ReadonlyArray<readonly [Reading, RegExp]>): { values: Set<number>; rest: string } {
  const values = new Set<number>();
  let rest = text;
  for (const [reading, re] of phrases) {
    rest = rest.replace(re, () => {
      if (reading !== 'unclear') values.add(reading);
      return ' ';
    });
  }
  return { values, rest: rest.replace(/\s+/g, ' ').trim() };
}

/** An option number (0–3) that is the whole answer, give or take a few words around it. */
function optionNumber(rest: string): number | null | 'other' {
  const words = rest.split(' ').filter((w) => w && !AROUND_NUMBER.has(w));
  if (words.length === 0) return null;
  if (words.length > 1) return 'other';
  const [word] = words as [string];
  const n = /^\d+$/.test(word) ? Number(word) : rest === word ? NUMBER_WORDS[word] : undefined;
  return n !== undefined && n >= 0 && n <= 3 ? n : 'other';
}

function decide(values: Set<number>, rest: string): number | null {
  const n = optionNumber(rest);
  if (typeof n === 'number') values.add(n);
  if (values.size === 1) return [...values][0]!;
  if (values.size === 0 && ONLY_NO.test(rest)) return 0;
  return null;
}

/** Taking back the answer before ("wait, I put the last one wrong", "la anterior la puse mal", "¿cómo vuelvo atrás?"). */
const PREVIOUS_ANSWER =
  /\b((the )?(last|previous|other) (one|question|answer)|one before|go back|change (my|the) (last |previous )?answer|i (put|got|answered|picked) (that|it|the last one|the last|the previous one|the one before) wrong|la anterior|lo anterior|el anterior|pregunta anterior|la de antes|la (puse|conteste|respondi|marque) mal|volver atras|vuelvo atras|volver a la|ir atras|regresar|cambiar (la|mi) respuesta|cambiar la (de|otra))\b/;

/**
 * A correction of the previous item's answer: null when the message is not one; otherwise the new
 * answer when it says one ("no es casi siempre, sería más bien varios días": the last said counts), or
 * 'ask' to ask that item again.
 */
export function readCorrection(text: string): Frequency | 'ask' | null {
  if (!PREVIOUS_ANSWER.test(normalise(text))) return null;
  const clauses = text.split(/[,;:.!?]|\b(?:but|rather|sino|pero|mas bien|más bien)\b/).map((c) => c ?? '').filter((c) => c.trim());
  for (const clause of clauses.reverse()) {
    if (PREVIOUS_ANSWER.test(normalise(clause))) continue;
    const value = readFrequencyOf(normalise(clause));
    if (value !== null) return value;
  }
  return 'ask';
}

/** What each item is about, in the words people use for it, so "the tired one, change it" finds item 4. */
const ITEM_TOPICS: Readonly<Record<Instrument, Readonly<Record<number, RegExp>>>> = {
  phq9: {
    1: /\b(interest|pleasure|enjoy\w*|interes|placer|ganas|disfrutar)\b/,
    2: /\b(down|depressed|hopeless|low|decaid[oa]|deprimid[oa]|sin esperanzas?|desesperanza|triste)\b/,
    3: /\b(sleep\w*|asleep|insomnia|dormir|dormid[oa]|sueno|duermo)\b/,
    4: /\b(tired|energy|exhausted|cansad[oa]|cansancio|energia)\b/,
    5: /\b(appetite|eating|food|eat|overeating|apetito|comer|comida)\b/,
    6: /\b(failure|bad about (yourself|myself)|let (yourself|myself|your family|my family) down|fracaso|mal con(migo| usted)|quedado mal)\b/,
    7: /\b(concentrat\w*|focus\w*|concentrar\w*|concentracion)\b/,
    8: /\b(slow\w*|fidget\w*|restless|lento|lenta|inquiet[oa])\b/,
  },
  gad7: {
    1: /\b(nervous|anxious|on edge|nervios[oa]|ansios[oa]|con los nervios)\b/,
    2: /\b(stop (or control )?worrying|control (the )?worry\w*|dejar de preocupar\w*|controlar)\b/,
    3: /\b(worrying too much|too much worry|preocupar\w* demasiado)\b/,
    4: /\b(relax\w*|relajar\w*)\b/,
    5: /\b(restless|sit still|inquiet[oa]|quiet[oa])\b/,
    6: /\b(irritable|annoyed|irritated|molest[oa]|irritad[oa]|enojad[oa])\b/,
    7: /\b(afraid|awful|terrible|miedo|algo terrible|algo horrible)\b/,
  },
};
/** Saying an earlier answer was for another item, or should change: "la de cansado cámbiala", "the sleep one was wrong". */
const ABOUT_ANOTHER = /\b(change|fix|wrong|meant|was for|was about|the one (about|for|on)|the (\w+ )?one|la de|el de|lo de|esa era|eso era|era (pa|para)|cambia\w*|corrige|mal|quise decir|espera)\b/;

/**
 * A correction of an earlier item named by what it is about ("no espera, la de cansado cámbiala, es
 * más de la mitad"): the item, and its new answer or 'ask'. Null when no earlier item is named.
 * Never the safety item: a change to it is asked again in full.
 */
export function readTopicCorrection(instrument: Instrument, current: number, text: string): { item: number; value: Frequency | 'ask' } | null {
  const t = normalise(text);
  if (!ABOUT_ANOTHER.test(t)) return null;
  const named = Object.entries(ITEM_TOPICS[instrument])
    .map(([n, re]) => [Number(n), re] as const)
    .filter(([n, re]) => n < current && re.test(t) && !isSafetyItem(instrument, n));
  // The current item named too ("lo de comer es normal" at the eating item) is an answer to it, not a correction.
  if (named.length !== 1 || ITEM_TOPICS[instrument][current]?.test(t)) return null;
  const [item, re] = named[0]!;
  // The new answer: what the clauses say, leaving out the one naming the item ("la de cansado cámbiala").
  const clauses = text.split(/[,;:.!?]|\b(?:but|pero|es|is|it s|its)\b/).filter((c) => c.trim() && !re.test(normalise(c)));
  for (const clause of clauses.reverse()) {
    const value = readFrequencyOf(normalise(clause));
    if (value !== null) return { item, value };
  }
  return { item, value: 'ask' };
}

/**
 * Reads how often an item has bothered the patient: an option number 0–3, the option's words, or
 * everyday phrases in English or Spanish ("most days", "a veces", "3 days"). Null when unreadable.
 */
export function readFrequency(text: string): Frequency | null {
  const whole = readFrequencyOf(normalise(text));
  if (whole !== null) return whole;
  // "más de la mitad de los días, siempre pienso que algo va a salir mal": the answer said first,
  // then a story about it; read the first clause alone.
  // Not when the rest hedges ("sometimes, maybe most days"): then they are torn, and asked again.
  const first = text.split(/[,;:.!?]/)[0] ?? '';
  const rest = normalise(text.slice(first.length));
  if (first.trim() && rest && !/\b(maybe|or|perhaps|probably|actually|well|quizas?|o|tal vez|bueno|igual|aunque|but|pero)\b/.test(rest)) {
    const value = readFrequencyOf(normalise(first));
    if (value !== null) return value;
  }
  // "Decaída sí, casi diario la neta. Sin esperanzas no tanto": the answer is the first sentence that
  // gives one; what follows qualifies part of the item.
  const sentence = text.split(/[.;!?]+/).find((x) => x.trim());
  return sentence && sentence.trim() !== text.trim() ? readFrequencyOf(normalise(sentence)) : null;
}

function readFrequencyOf(t: string): Frequency | null {
  const { values, rest: afterPhrases } = readPhrases(t, FREQUENCY_PHRASES);
  const rest = afterPhrases.replace(COUNT, (_, n: string, _unit: string, perWeek: string | undefined) => {
    const days = /^\d+$/.test(n) ? Number(n) : (NUMBER_WORDS[n] ?? 0);
    values.add(fromDays(perWeek ? days * 2 : days));
    return ' ';
  });
  return decide(values, rest.replace(/\s+/g, ' ').trim()) as Frequency | null;
}

const DIFFICULTY_PHRASES: ReadonlyArray<readonly [Reading, RegExp]> = [
  ['unclear', UNSURE],
  [1, /\b(not (very|that|too|so|really) (difficult|hard)|not (much|very)|somewhat|a (bit|little)|kind of|sort of|slightly|un poco|un poquito|poquito|algo|no (muy|tan) dificil|no (mucho|muy|tanto))\b/g],
  [3, /\b(extremely|extremadamente|incredibly|impossible|imposible|muchisimo|sumamente)\b/g],
  [2, /\b(very|really (hard|difficult)|pretty (hard|difficult|tough|bad)|quite|tough|muy|bastante|a lot|mucho)\b/g],
  [0, /\b(not difficult( at all)?|not hard( at all)?|not at all|no difficulty|no ha sido dificil|nada dificil|no (es|fue) dificil|para nada|ninguna dificultad|en absoluto)\b/g],
];

/** Reads the functional question ("how difficult have these problems made it …"): 0–3 or null. */
export function readDifficulty(text: string): Frequency | null {
  const { values, rest } = readPhrases(normalise(text), DIFFICULTY_PHRASES);
  return decide(values, rest.replace(/\b(difficult|hard|dificil)\b/g, ' ').replace(/\s+/g, ' ').trim()) as Frequency | null;
}

const ASKS_FOR: ReadonlyArray<readonly [Instrument, RegExp]> = [
  ['phq9', /\b(phq( ?9)?|depress\w*|depresi\w*|deprimid\w*|depre|mood|animo)\b/],
  ['gad7', /\b(gad( ?7)?|anxiety|anxious|ansiedad|ansios\w*|nervios\w*|nervous|nerves|worry|worries|preocupacion\w*)\b/],
];

/**
 * Which instrument a message asks for ("the depression questionnaire", "cuestionario de
 * ansiedad"); null when it names neither or both. With `choosing`, also "1"/"2" and "the first".
 */
export function readInstrument(text: string, choosing = false): Instrument | null {
  const t = normalise(text);
  const named = ASKS_FOR.filter(([, re]) => re.test(t)).map(([id]) => id);
  if (named.length === 1) return named[0]!;
  if (named.length > 1 || !choosing) return null;
  if (/^(the )?(1|one|first( one)?|el primero|primero|uno|el 1)$/.test(t)) return 'phq9';
  if (/^(the )?(2|two|second( one)?|el segundo|segundo|dos|el 2)$/.test(t)) return 'gad7';
  return null;
}
