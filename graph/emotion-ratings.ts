import { clip, words } from './exercise-text.js';

/** One emotion as the patient named and rated it. */
export interface EmotionRating {
  /** Their word(s), as typed ('' when only a number was given). */
  name: string;
  /** 0–100, or null when no rating was given. */
  value: number | null;
  /** The number was read on the 0–10 scale ("7", "7/10") and multiplied by ten. */
  tenScale: boolean;
}

const MAX_NAME = 60;

const NUMBER_WORDS: Record<string, number> = {
  zero: 0, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, hundred: 100,
  cero: 0, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, cien: 100,
};

/** A rating: digits or a number word, then optionally "%", "percent", "/10", "out of 10", "de 10". */
const RATING = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,:])(\d{1,3}|${Object.keys(NUMBER_WORDS).join('|')})(?:\s*(%|percent|per cent|por ciento)|\s*(?:\/|out of|de|sobre)\s*(10|100)(?!\p{N}))?(?![\p{L}\p{N}]|:\d)`,
  'giu',
);

/** Words around an emotion that are not part of its name ("I felt …", "… like 90%", "… como un 7"). */
const LEADING = ['i felt', 'i feel', 'i was', 'i am', 'im', 'felt', 'feel', 'feeling', 'feelings', 'emotion', 'emotions', 'and', 'also', 'plus', 'but', 'then', 'mostly', 'like', 'about', 'y', 'e', 'pero', 'tambien', 'luego', 'me senti', 'me siento', 'senti', 'siento', 'estaba', 'estoy', 'sobre todo', 'como', 'the', 'my', 'a bit of', 'a little', 'something like', 'kind of', 'sort of', 'kinda', 'sorta', 'some', 'con', 'bit of', 'la', 'el', 'mi', 'un poco de', 'algo de', 'algo como'];
const TRAILING = [
  'and', 'y', 'e', 'too', 'also', 'as well', 'tambien', 'like', 'like a', 'about', 'about a', 'around', 'around a', 'maybe', 'maybe a', 'probably', 'roughly', 'approx', 'approximately', 'at', 'at about', 'at a', 'a', 'an', 'of', 'to', 'is', 'was', 'with', 'almost', 'nearly', 'level', 'intensity', 'i d say', 'id say', 'i guess', 'i think', 'so',
  'now', 's down to', 's down', 'down to', 'down', 's at', 's about', 's now', 'went down to', 'is down to', 'has gone to', 'gone down to', 'dropped to', 'ahora', 'bajo a', 'ha bajado a', 'baja a', 'ya',
  'un', 'una', 'unos', 'unas', 'como', 'como un', 'como una', 'de', 'del', 'al', 'sobre', 'en', 'en un', 'mas o menos', 'casi', 'nivel', 'intensidad', 'diria', 'diria que', 'diria un', 'creo', 'creo que', 'quizas', 'tal vez', 'tipo', 'es', 'era', 'fue', 'con',
];
const LEADING_SET = new Set(LEADING);
const TRAILING_SET = new Set(TRAILING);

/** Strips filler words and punctuation from both ends, keeping the patient's own spelling and case. */
function nameOf(segment: string): string {
  // Only the clause the name is in: "Sad about 65 now. The shame's down to 20" names shame, not "now".
  // ("guilty. like 85": the name is in the clause before the filler, so each clause is tried from the last.)
  const clauses = segment.split(/[.;!?]\s+/).filter((x) => words(x) !== '');
  for (let i = clauses.length - 1; i > 0; i--) {
    const named = nameOfClause(clauses[i]!);
    if (named) return named;
  }
  return nameOfClause(clauses[0] ?? segment);
}

function nameOfClause(clause: string): string {
  let tokens = clause.replace(/['\u2019]s\b/g, ' s').split(/\s+/).filter((t) => words(t) !== '');
  const phraseAt = (from: number, n: number) => words(tokens.slice(from, from + n).join(' '));
  for (let changed = true; changed && tokens.length; ) {
    changed = false;
    for (const n of [3, 2, 1]) {
      if (tokens.length >= n && LEADING_SET.has(phraseAt(0, n))) {
        tokens = tokens.slice(n);
        changed = true;
        break;
      }
      if (tokens.length >= n && TRAILING_SET.has(phraseAt(tokens.length - n, n))) {
        tokens = tokens.slice(0, tokens.length - n);
        changed = true;
        break;
      }
    }
  }
  const name = tokens.join(' ').replace(/^[^\p{L}\p{N}"']+|[^\p{L}\p{N}"'.!)]+$/gu, '').replace(/[.!]+$/, '');
  return clip(name, MAX_NAME, '');
}

function valueOf(m: RegExpMatchArray, tenScale: boolean): { value: number; tenScale: boolean } | null {
  const raw = (m[1] ?? '').toLowerCase();
  const n = NUMBER_WORDS[raw] ?? Number(raw);
  if (!Number.isFinite(n)) return null;
  if (m[2]) return n <= 100 ? { value: n, tenScale: false } : null;
  if (m[3] === '10') return n <= 10 ? { value: n * 10, tenScale: true } : null;
  if (m[3] === '100') return n <= 100 ? { value: n, tenScale: false } : null;
  if (n <= 10 && tenScale && raw !== 'hundred' && raw !== 'cien') return { value: n * 10, tenScale: true };
  return n <= 100 ? { value: n, tenScale: false } : null;
}

/**
 * Reads emotions and how strong they are: "sad 80, angry 40", "terrified, like 90%", "vergüenza,
 * como un 7", "80 anxious". A number up to 10 without "%" is on the 0–10 scale and is multiplied by
 * ten ("7" is 70), unless `tenScale` is false (a re-rating by someone who used 0–100 before); "90"
 * and "90%" are 0–100. Without numbers, the names alone ("anxious and sad") come back unrated.
 */
export function readEmotions(raw: string, options: { tenScale?: boolean } = {}): EmotionRating[] {
  const text = raw.normalize('NFC');
  const tenScale = options.tenScale ?? true;
  const numbers = [...text.matchAll(RATING)].flatMap((m) => {
    const v = valueOf(m, tenScale);
    return v ? [{ ...v, start: m.index, end: m.index + m[0].length }] : [];
  });
  if (numbers.length === 0) {
    return text
      .split(/\s*(?:[,;/\n]|\band\b|\bplus\b|\by\b|\be\b)\s*/iu)
      .map(nameOf)
      .filter((name) => name !== '')
      .map((name) => ({ name, value: null, tenScale: false }));
  }
  const lead = nameOf(text.slice(0, numbers[0]!.start));
  // "80 anxious, 40 sad": names follow their numbers; otherwise they come before them.
  const nameAfter = lead === '';
  const rated = numbers.map((n, i) => {
    const segment = nameAfter ? text.slice(n.end, numbers[i + 1]?.start ?? text.length) : text.slice(numbers[i - 1]?.end ?? 0, n.start);
    return { name: nameOf(segment), value: n.value, tenScale: n.tenScale };
  });
  return shareOutNames(rated);
}

const NAME_LIST = /\s*(?:[,;/]|\band\b|\bplus\b|\by\b|\be\b)\s*/iu;

/**
 * "Anxious and ashamed, 80 and 60": the names came together and the numbers after them, so the
 * first number read both names and the second none. Gives each number its own name, in order.
 */
function shareOutNames(rated: EmotionRating[]): EmotionRating[] {
  const out: EmotionRating[] = [];
  for (let i = 0; i < rated.length; i++) {
    const item = rated[i]!;
    let unnamed = 0;
    while (rated[i + 1 + unnamed]?.name === '') unnamed++;
    const names = unnamed ? item.name.split(NAME_LIST).map(nameOf).filter((n) => n !== '') : [];
    if (unnamed && names.length === unnamed + 1) {
      names.forEach((name, k) => out.push({ ...rated[i + k]!, name }));
      i += unnamed;
    } else out.push(item);
  }
  return out;
}
