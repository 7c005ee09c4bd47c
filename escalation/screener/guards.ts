/**
 * Layer 2 traps: decide whether one pattern match is governed by a negation, sits in a quote or a
 * lyric/homework frame, has someone else as its subject, or is placed in remote history. Each guard
 * looks only at the clause or sentence holding the match, so a denial in one clause never cancels
 * risk stated in another ("i'd never do it, but i keep thinking about how").
 */
import { CLARIFY, HOMEWORK, JOKE, MEDIA, RECENT, REMOTE } from './lexicon-en.js';
import { ES_RECENT, ES_REMOTE } from './lexicon-es.js';
import { alt, rx, rxRaw } from './pattern.js';

/** Turn-level markers computed once per turn. */
export interface TurnMarkers {
  readonly joke: boolean;
  readonly clarify: boolean;
  readonly media: boolean;
  readonly homework: boolean;
  /** The patient says a hypothetical "someone" is them ("asking because that's me"). */
  readonly selfRef: boolean;
  /** An everyday annoyance is named (a lecture, traffic, a meeting): with a joke marker, hyperbole. */
  readonly trivial: boolean;
  /** [start, end) offsets of quoted spans in the normalised text. */
  readonly quotes: readonly (readonly [number, number])[];
}

const JOKE_RE = rx(JOKE);
const SELF_REF_RE = rx(alt('(?:asking|i ask) (?:because|cos|since|as) (?:thats|that is|its|it is) me', '(?:the )?someone (?:is|was) me', 'asking for (?:myself|me)(?! and)', '(?:hablo|pregunto) (?:de|por) mi', 'ese alguien soy yo'));
const CLARIFY_RE = rx(CLARIFY);
const MEDIA_RE = rx(MEDIA);
const HOMEWORK_RE = rx(HOMEWORK);
const TRIVIAL_RE = rx(
  alt(
    '(?:this|the|that|my|another|these|those) (?:lecture|class|lesson|meeting|homework|exam|test|quiz|traffic|commute|queue|line|song|movie|film|show|episode|game|match|weather|heat|cold|rain|monday|mondays|week|shift|call|email|emails|zoom|assignment|essay|presentation|deadline|boss|teacher|hangover|wifi|printer|train|bus|flight|diet|workout|gym|job|paperwork|ad|ads|neighbours?|kids|toddler|group chat)s?',
    'so (?:boring|embarrassing|cringe|awkward|annoying|tired|hungover|bored)', 'of (?:embarrassment|boredom|cringe)', 'mondays', 'monday again',
    '(?:este|esta|el|la|otra|otro|de|mi) (?:lunes|examen|clase|trafico|calor|frio|reunion|tarea|trabajo|jefe|profe|partido|cola|fila|resaca|suegra|vecino)', 'que (?:asco|pereza|flojera|verguenza)',
  ),
);

export function turnMarkers(text: string): TurnMarkers {
  const quotes: (readonly [number, number])[] = [];
  let open = -1;
  for (let i = text.indexOf(' " '); i !== -1; i = text.indexOf(' " ', i + 2)) {
    if (open === -1) open = i;
    else {
      quotes.push([open, i + 2]);
      open = -1;
    }
  }
  return {
    joke: JOKE_RE.test(text),
    clarify: CLARIFY_RE.test(text),
    media: MEDIA_RE.test(text),
    homework: HOMEWORK_RE.test(text),
    selfRef: SELF_REF_RE.test(text),
    trivial: TRIVIAL_RE.test(text),
    quotes,
  };
}

/** Start and end offsets of the sentence holding [start, end). */
export function sentenceAround(text: string, start: number, end: number): readonly [number, number] {
  const a = Math.max(text.lastIndexOf(' . ', start), text.lastIndexOf(' ? ', start));
  const dot = text.indexOf(' . ', end);
  const q = text.indexOf(' ? ', end);
  let e = text.length;
  if (dot !== -1) e = dot + 1;
  if (q !== -1 && q + 1 < e) e = q + 1;
  return [a === -1 ? 0 : a + 2, e];
}

// Words that negate what follows them in the same clause.
const NEGATORS: ReadonlySet<string> = new Set([
  'not', 'never', 'no', 'dont', 'doesnt', 'didnt', 'wont', 'wouldnt', 'shouldnt', 'isnt', 'arent', 'wasnt', 'werent', 'aint',
  'havent', 'hasnt', 'nor', 'neither', 'without', 'nunca', 'jamas', 'ni', 'tampoco', 'sin', 'nope', 'nah',
]);
// A negator followed by one of these is a hedge or an idiom, not a denial ("not sure", "dont know").
const NOT_A_DENIAL: Readonly<Record<string, ReadonlySet<string>>> = {
  no: new Set(['longer', 'matter', 'doubt', ',', 'one', 'idea', 'clue', 'wonder', 'joke', 'lie', 'kidding', 'se', 'puedo', 'aguanto', 'soporto', 'point', 'reason', 'hope', 'future', 'way', 'hay', 'veo', 'encuentro', 'le']),
  not: new Set(['sure', 'only', 'saying', 'like', 'even', 'just', 'kidding', 'joking', 'lying', 'exaggerating', 'because', 'being', 'to', 'a', 'an', 'okay', 'ok', 'fine', 'well', 'doing', 'coping', 'getting', 'good', 'great', 'much']),
  dont: new Set(['know', 'care', 'understand', 'see', 'get', 'remember', 'deserve']),
  didnt: new Set(['know', 'care', 'understand', 'see', 'get', 'realise', 'realize', 'expect', 'sleep', 'eat']),
  doesnt: new Set(['know', 'care', 'understand', 'see', 'get', 'matter']),
  never: new Set(['thought', 'imagined', 'expected', 'realised', 'realized', 'finished']),
  cant: new Set([]),
  without: new Set(['me', 'a', 'any']),
  nunca: new Set(['pense', 'imagine', 'voy']),
  sin: new Set(['mi', 'esperanza', 'salida', 'futuro']),
};
// A clause restarts at a contrast or a fresh subject, ending the reach of an earlier negation.
const CLAUSE_STOPS: ReadonlySet<string> = new Set([
  'but', 'pero', 'though', 'although', 'however', 'aunque', 'yet', 'except', 'sino', 'just', 'still', 'only', 'solo', 'because',
  'porque', 'so', 'then', 'anyway', 'tho', 'sometimes', 'lately', 'honestly',
]);
const SUBJECTS: ReadonlySet<string> = new Set(['i', 'im', 'ive', 'id', 'ill', 'he', 'she', 'they', 'it', 'my', 'yo', 'we']);
const NEG_WINDOW = 6;
// "suicide? lol no", "killing myself isn't something i'd do", "self-harm is not an option".
const POST_NEG_RE = rxRaw(
  `^ (?:\\? |, |\\. )?(?:lol |jk |ok |honestly )*(?:${alt(
    'no(?= [.,?] | $| no\\b| never\\b| i (?:wont|wouldnt|dont|will not|would not|am not|m not|never)\\b| im not\\b| not (?:really|at all|happening)| obviously| of course| lol| jk| thats not| its not| thanks)',
    'nope', 'nah', 'never(?! been)', 'not me', 'of course not', 'hell no', 'god no', 'no way', 'not happening', 'not really', 'not at all',
    'para nada', 'ni loca', 'ni loco', 'ni de broma', 'jamas', 'claro que no', 'por supuesto que no',
    '(?:is|are|was) (?:not|never) (?:something|anything|an option|on the table|happening|on my mind|what i want)',
    '(?:isnt|arent|wasnt|aint) (?:something|anything|an option|on the table|happening|on my mind|what i want|in my plans)',
    '(?:never|hasnt|has not|doesnt|does not) (?:crossed|cross) my mind', 'no es algo que', 'no es una opcion', 'no entra en mis planes',
  )})\\b`,
);

// "when the screener asked about suicidal thoughts i answered no": a reported question, answered no.
const ANSWERED_NO_RE = rx(alt('(?<!(?:when|because|after|cos|as|since|until|till) (?:i |we )?)(?:answered|said|replied|put|ticked|circled|wrote|marked|scored) (?:a )?(?:no|never|none|zero|0)', 'conteste que no', 'dije que no'));

/** True when a negation in the same clause governs the match, or a denial follows it. */
export function isNegated(text: string, start: number, end: number, sentStart: number): boolean {
  const pre = text.slice(sentStart, start).replace(' , ever ', ' ever ');
  const toks = pre.trim().split(' ');
  let from = Math.max(0, toks.length - NEG_WINDOW);
  for (let j = toks.length - 1; j >= from; j--) {
    const t = toks[j] ?? '';
    const next = toks[j + 1];
    if (t === ',' || CLAUSE_STOPS.has(t) || (t === 'and' && next !== undefined && SUBJECTS.has(next))) {
      from = j + 1;
      break;
    }
  }
  for (let j = from; j < toks.length; j++) {
    const t = toks[j] ?? '';
    if (!NEGATORS.has(t)) continue;
    const next = toks[j + 1] ?? '';
    const hedges = NOT_A_DENIAL[t];
    if (hedges !== undefined && hedges.has(next)) continue;
    // "not going to lie" is a hedge, not a denial.
    if (t === 'not' && toks[j + 3] === 'lie') continue;
    // "not that" is a hedge ("not that it matters") unless the patient follows: "not that i want to take them all".
    if (t === 'not' && next === 'that' && !FIRST.has(toks[j + 2] ?? '')) continue;
    return true;
  }
  if (POST_NEG_RE.test(text.slice(end, end + 70))) return true;
  const [, sentEnd] = sentenceAround(text, start, end);
  return ANSWERED_NO_RE.test(text.slice(end, sentEnd));
}

// Subject words; the nearest one before the match decides whose act or wish it is.
const FIRST: ReadonlySet<string> = new Set(['i', 'im', 'ive', 'id', 'ill', 'me', 'myself', 'yo', 'me', 'we', 'were']);
const OTHERS: ReadonlySet<string> = new Set([
  'he', 'she', 'they', 'hes', 'shes', 'theyre', 'theyve', 'hed', 'shed', 'theyd', 'theyll', 'shell', 'someone', 'somebody',
  'people', 'friend', 'friends', 'sister', 'brother', 'mum', 'mom', 'mother', 'dad', 'father', 'son', 'daughter', 'wife', 'husband',
  'partner', 'boyfriend', 'girlfriend', 'bf', 'gf', 'cousin', 'uncle', 'aunt', 'roommate', 'flatmate', 'colleague', 'coworker',
  'boss', 'patient', 'client', 'student', 'kid', 'child', 'character', 'guy', 'girl', 'man', 'woman', 'teen', 'teenager', 'person',
  'anyone', 'nobody', 'his', 'their', 'grandma', 'grandad', 'neighbour', 'neighbor', 'classmate', 'teacher', 'celebrity', 'singer',
  'actor', 'actress', 'author', 'narrator', 'protagonist', 'victim', 'mate', 'bestie', 'niece', 'nephew', 'amigo', 'amiga', 'hermano',
  'hermana', 'alguien', 'who', 'whoever', 'somone', 'fan', 'fans', 'users', 'manager', 'supervisor', 'coach', 'landlord', 'nurse', 'doctor',
  'prima', 'primo', 'tia', 'tio', 'madre', 'padre', 'mama', 'papa', 'hija', 'hijo', 'sobrina', 'sobrino', 'abuela', 'abuelo', 'novia', 'novio', 'esposa', 'esposo',
  'vecina', 'vecino', 'companera', 'companero', 'ella', 'ellos', 'ellas',
]);
const SUBJECT_WINDOW = 10;

const ES_PARTICIPLE_RE = /(?:ado|ido|isto|echo|icho|uelto|ierto|scrito)$/;
const FIRST_IN_MATCH_RE = /(?:^| )(?:i|im|ive|id|ill|myself|me|my|voy|yo|mi|mis)(?= |$)/;

/** True when the nearest subject before the match, in its sentence, is someone other than the patient. */
export function isThirdParty(text: string, start: number, end: number, sentStart: number): boolean {
  if (FIRST_IN_MATCH_RE.test(text.slice(start, end))) return false;
  const toks = text.slice(sentStart, start).trim().split(' ');
  const from = Math.max(0, toks.length - SUBJECT_WINDOW);
  for (let j = toks.length - 1; j >= from; j--) {
    const t = toks[j] ?? '';
    // Spanish "he dejado / he pensado" is first person ("I have"), not English "he".
    if (t === 'he' && ES_PARTICIPLE_RE.test(toks[j + 1] ?? '')) return false;
    if (FIRST.has(t)) return false;
    if (OTHERS.has(t)) {
      // "gave my guitar to my cousin and wrote…": a person after a preposition is an object, not the subject.
      let k = j - 1;
      if (DETERMINERS.has(toks[k] ?? '')) k -= 1;
      // Spanish fronts a personal object ("a mi prima la internaron"): that person is still the topic.
      if (PREPOSITIONS.has(toks[k] ?? '') && !(toks[k] === 'a' && k === 0)) continue;
      return true;
    }
  }
  return false;
}

const DETERMINERS: ReadonlySet<string> = new Set(['my', 'the', 'our', 'your', 'his', 'her', 'their', 'a', 'an', 'mi', 'mis', 'el', 'la', 'los', 'las', 'su', 'sus']);
const PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'for', 'with', 'from', 'at', 'about', 'of', 'by', 'near', 'a', 'para', 'con', 'de', 'por']);

const REMOTE_RE = rx(alt(REMOTE, ES_REMOTE));
const RECENT_RE = rx(alt(RECENT, ES_RECENT));
// Habitual or childhood past ("he used to hit me", "as a kid") stays past even when another clause
// of the sentence says "today", unless the act is said to be back ("again", "still", "started").
const STRONG_REMOTE_RE = rx(
  alt('used to', 'when i was (?:a |little|young|younger|\\d+)', 'as a (?:kid|child|teen|teenager)', 'growing up', '(?:years?|decades?) ago', '(?:years?|decades?) since', 'in (?:19|20)\\d\\d', 'cuando era', 'de (?:nina|nino|pequena|pequeno)', 'solia'),
);
const STILL_RE = rx(
  alt(
    'again', 'still (?:hits|beats|does|hurts|touches|comes|threatens|abuses|hitting|doing|happens|happening|want|wants|feel|feels|get|gets|have|think)', 'started (?:again|up)', 'back to (?:hitting|it|that)',
    '(?:its|it is|theyre|they are|feelings? (?:are|is)|thoughts? (?:are|is)) (?:back|coming back|returning)', 'otra vez', 'de nuevo', 'todavia (?:me|lo|la|quiero|siento)', 'sigue (?:pegando|golpeando|haciendo)',
  ),
);

/** True when the sentence places the event in remote history and nothing marks it as recent. */
export function isHistorical(sentence: string): boolean {
  if (STRONG_REMOTE_RE.test(sentence)) return !STILL_RE.test(sentence);
  return REMOTE_RE.test(sentence) && !RECENT_RE.test(sentence);
}

const MEDIA_FRAME_RE = rx(
  alt(
    '(?:songs?|lyrics?|line|poem|quote|title|chorus|verse|book|film|movie|show|episode|play|character|album|track|game|meme|tiktok|video|novel|memoir|story)s? (?:goes|go|says|said|is called|called|titled|named|where|that goes|about|when|in which)',
    '(?:sings|sang|rapped|raps|wrote|writes|singing) (?:about|that)', 'in (?:the|this|my|that|a) (?:game|book|film|movie|show|play|song|episode|novel|series|video)',
    'my (?:sims|character|avatar)', 'respawn', 'playing (?:juliet|romeo|hamlet|a character|the role)', 'cancion (?:que )?dice', 'la letra',
    'en (?:la|el) (?:pelicula|serie|juego|libro|cancion|novela)',
  ),
);
const HOMEWORK_FRAME_RE = rx(
  alt(
    'automatic thoughts?', 'thought record(?:s)?(?= ,| i (?:wrote|put|did)| says| said| was| entry| for| today| about)', '(?:negative|hot|unhelpful|anxious) thoughts?', 'el pensamiento (?:era|es|fue)', 'puse el pensamiento', '(?:hoja|registro) de (?:registro|pensamientos)', 'ejercicio de reestructuracion', 'my thought (?:was|is)', 'the thought (?:was|is)',
    'evidence (?:for|against)', 'distortion', 'the nat', 'pensamiento automatico', 'registro de pensamientos',
  ),
);

const REPORTED_RE = rxRaw(`(?:he|she|they|(?:my|his|her) [a-z]+) (?:said|says|goes|went|told me|was like|texted|wrote|posted|asked)(?: to me| me)?(?: ,)? $`);

/** Where a sentence's first lyric/film/game frame and first thought-record frame end (-1: none). */
export interface Frames {
  readonly media: number;
  readonly homework: number;
}

export function framesOf(sentence: string): Frames {
  const mm = MEDIA_FRAME_RE.exec(sentence);
  const hm = HOMEWORK_FRAME_RE.exec(sentence);
  return { media: mm === null ? -1 : mm.index + mm[0].length, homework: hm === null ? -1 : hm.index + hm[0].length };
}

/** Quote guard: the match is inside quotes in a media or homework turn, or follows such a frame. */
export function isQuotedOrFramed(
  text: string,
  start: number,
  sentStart: number,
  m: TurnMarkers,
  frames: Frames,
): 'media' | 'homework' | 'reported' | 'clarified' | null {
  const offset = start - sentStart;
  if (frames.media !== -1 && frames.media <= offset) return 'media';
  if (frames.homework !== -1 && frames.homework <= offset) return 'homework';
  for (const [a, b] of m.quotes) {
    if (start < a || start >= b) continue;
    if (m.homework) return 'homework';
    if (m.media) return 'media';
    // "sorry if 'i want to disappear' sounded bad, i meant on holiday": a quoted phrase taken back.
    if (m.clarify) return 'clarified';
    // "he said 'i'd rather be dead than...'": someone else's words, quoted.
    if (REPORTED_RE.test(text.slice(Math.max(0, a - 40), a + 1))) return 'reported';
  }
  return null;
}

// Idiom frames right after a death/kill word: "die of embarrassment", "killing myself laughing",
// "die for a coffee". Not a span of time: "wish i could disappear for a while" is a wish to disappear.
const IDIOM_AFTER_RE = rxRaw(
  `^ (?:${alt(
    '(?:of|from|with) (?:the )?(?:embarrassment|shame|boredom|laughter|laughing|cringe|hunger|thirst|heat|cold|curiosity|envy|jealousy|cuteness|happiness|excitement|anticipation|exhaustion|old age|natural causes)',
    'laughing', 'for (?:a|an|some|one) (?!(?:while|bit|little|moment|minute|second|day|week|weekend|month|year|few|couple|time)\\b)[a-z]+(?!(?: [^ ]+){0,6} (?:permanently|forever|for good))', 'over (?:this|that|the|my) (?:essay|project|exam|assignment|work|deadline|thesis|job|workout)',
    'at (?:the )?(?:gym|work|training|practice)', 'studying', 'working', 'to (?:finish|get|make|meet|pass|impress)',
    'de (?:la |el )?(?:hambre|risa|sueno|ganas|verguenza|calor|frio|envidia|aburrimiento|miedo|amor|nervios|cansancio|pena)', 'por (?:ver|verte|saber|ir|conocer|probar|que|un|una|el|la)',
  )})\\b`,
);

export function isIdiom(text: string, end: number): boolean {
  return IDIOM_AFTER_RE.test(text.slice(end, end + 50));
}
