import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import type { Embedder } from './embedder.js';
import { contentTokens } from './embedder.js';
import { LexicalIndex, parseTsvector } from './lexical.js';
import { spellOut, plainWords, saidOtherwise } from './patient-words.js';

export interface ContentHit {
  itemId: string;
  title: string;
  source: string;
  heading: string | null;
  body: string;
  /** The section's place in its article (0 is the first, which says what the topic is). */
  ord?: number;
  /** Reciprocal-rank-fusion score (higher is better). */
  score: number;
}

export interface SearchOptions {
  language: string;
  /**
   * How many sections to return (10 unless told): `orderAnswers` chooses the answer among them, so the
   * service must hand it as many as eval:retrieval does, or the article and section order it was tuned
   * on is not the one patients get (with 3, a better section of the best article could be cut).
   */
  limit?: number;
  /** Serve draft (not yet clinically approved) articles: development only. */
  allowDraft: boolean;
  /** Told when the embedder fails (a provider outage): the search goes on with full text alone. */
  onEmbedError?: (err: unknown) => void;
}

/** Vector neighbours considered per question. */
const CANDIDATES = 20;

/**
 * How lexical (BM25) and vector evidence are combined; tuned on evals/retrieval/questions.jsonl and
 * checked on held-out.jsonl. Ranking: `lexHalf` is the BM25 score that counts half; cosine similarity
 * below `cosFloor` counts nothing and from floor + `cosSpan` fully. A section is a candidate at all only
 * with a BM25 score of `minLex` (about one rare word of the library in common: a stray common word is
 * not an answer) covering `minCover` of the question (LexicalIndex.search), or a cosine of `minCos`.
 */
export const RANKING = { lexWeight: 0.7, lexHalf: 8, cosFloor: 0.2, cosSpan: 0.4, minScore: 0.3, minLex: 2, minCover: 0.7, minCos: 0.45 };

type ChunkRow = { id: string; item_id: string; ord: number; title: string; source: string; heading: string | null; body: string; language: string; status: string };

/**
 * The query's words for full-text search: shorthand written out ("idk", "xq"), folded to plain letters,
 * and also as typed where that differs, because the Spanish stemmer only recognises accented suffixes
 * ("catastrofización" → catastrofiz, but "catastrofizacion" → catastrofizacion). Tags carry the plain
 * spellings for patients who type without accents.
 */
function textTerms(query: string, language: string): string[] {
  const expanded = spellOut(query, language);
  const words = expanded.split(/[^\p{L}\p{N}]+/u);
  const folded = [...new Set(contentTokens(expanded))].slice(0, 12);
  const asTyped = words.filter((w) => {
    const f = contentTokens(w);
    return f.length === 1 && f[0] !== w && folded.includes(f[0]!);
  });
  // Words Postgres's English stop list drops although in CBT they carry the topic: searched in a form
  // the stemmer keeps ("shoulds" stems to should; the should-statements article's tags have it).
  // Not when it asks for advice ("should I nap?", "how much should I take?"): then it is only the question's grammar.
  const next = (i: number) => words.slice(i + 1).find((w) => w && w !== 't') ?? '';
  const asking = new Set(words.filter((w, i) => STOPPED_BUT_MEANT.has(w) && ASKER.has(next(i))));
  const kept = folded.flatMap((w) => (asking.has(w) ? [] : [STOPPED_BUT_MEANT.get(w) ?? w]));
  // Things said in words the library does not use for them, searched by the library's words too.
  return [...new Set([...kept, ...asTyped, ...saidOtherwise(expanded, language)])];
}

const STOPPED_BUT_MEANT: ReadonlyMap<string, string> = new Map([
  ['should', 'shoulds'],
  ['shouldn', 'shoulds'],
  ['must', 'musts'],
]);
/** Who "should" asks about when it opens a question ("should I…", "shouldn't we…"). */
const ASKER = new Set(['i', 'we', 'you', 'u', 'he', 'she', 'they', 'it', 'my', 'someone', 'people']);


/** The library's sections and their BM25 index, per database, rebuilt when the library changes. */
const indexes = new WeakMap<Database, { version: string; index: LexicalIndex; rows: Map<string, ChunkRow> }>();

/** The library's version (it changes when ingest changes anything) and the question's lexemes, in one round trip. */
async function versionAndLexemes(database: Database, config: string, terms: readonly string[]): Promise<{ version: string; lexemes: string[] }> {
  const [row] = await database.rows<{ version: string; lexemes: string[] | string }>(sql`
    select (select count(*)::text || ':' || coalesce(max(updated_at)::text, '') from content_items) || ':' || (select count(*) from content_chunks)::text as version,
      (select coalesce(array_agg(lexeme), '{}') from unnest(to_tsvector(${config}::regconfig, ${terms.join(' ')}))) as lexemes`);
  const lexemes = Array.isArray(row!.lexemes) ? row!.lexemes : String(row!.lexemes).replace(/^\{|\}$/g, '').split(',').filter(Boolean);
  return { version: row!.version, lexemes };
}

async function lexicalIndex(database: Database, version: string): Promise<{ index: LexicalIndex; rows: Map<string, ChunkRow> }> {
  const cached = indexes.get(database);
  if (cached && cached.version === version) return cached;
  const rows = await database.rows<ChunkRow & { tsv: string }>(sql`
    select c.id, c.item_id, c.ord, i.title, i.source, c.heading, c.body, c.language, i.status, c.tsv::text as tsv
    from content_chunks c join content_items i on i.id = c.item_id`);
  const index = new LexicalIndex(rows.map((r) => ({ id: r.id, language: r.language, ...parseTsvector(r.tsv) })));
  const built = { version, index, rows: new Map(rows.map(({ tsv: _tsv, ...r }) => [r.id, r])) };
  indexes.set(database, built);
  return built;
}

/**
 * Hybrid retrieval from the vetted library: BM25 over Postgres's stemmed full-text lexemes and
 * pgvector cosine neighbours, combined by score. Only articles in the patient's language, and only
 * approved ones unless drafts are allowed. Returns nothing rather than something loosely related.
 */
export async function searchContent(database: Database, embedder: Embedder, query: string, options: SearchOptions): Promise<ContentHit[]> {
  const terms = textTerms(query, options.language);
  if (terms.length === 0) return [];
  const statuses = options.allowDraft ? ['approved', 'draft'] : ['approved'];
  const config = options.language === 'es' ? 'spanish' : 'english';
  const { version, lexemes } = await versionAndLexemes(database, config, terms);
  const { index, rows } = await lexicalIndex(database, version);
  const allowed = (id: string) => {
    const r = rows.get(id);
    return r !== undefined && r.language === options.language && statuses.includes(r.status);
  };
  const lexical = new Map(index.search(options.language, lexemes, allowed).map((h) => [h.id, h]));
  const cosine = new Map<string, number>();
  const embedded = await embedder.embedQuery(query).then(
    (v) => v,
    (err: unknown) => {
      options.onEmbedError?.(err);
      return null;
    },
  );
  // A question of stop words and digits alone ("the 5 4 3 2 1 thing") embeds to zeros, whose cosine is
  // not a number: full text alone then.
  if (embedded?.some((x) => x !== 0)) {
    const vector = `[${embedded.join(',')}]`;
    // Only vectors from the same embedder are comparable (an ingest that fell back to another one).
    const near = await database.rows<{ id: string; similarity: number }>(sql`
      select c.id, 1 - (c.embedding <=> ${vector}::vector) as similarity
      from content_chunks c join content_items i on i.id = c.item_id
      where i.language = ${options.language} and i.status = any(${sql.raw(`array['${statuses.join("','")}']`)}) and i.embedder = ${embedder.id}
      order by c.embedding <=> ${vector}::vector
      limit ${CANDIDATES}`);
    for (const n of near) if (Number.isFinite(Number(n.similarity))) cosine.set(n.id, Number(n.similarity));
  }
  const R = RANKING;
  const scored = [...new Set([...lexical.keys(), ...cosine.keys()])].flatMap((id) => {
    const row = rows.get(id);
    if (!row || !allowed(id)) return [];
    const lex = lexical.get(id)?.score ?? 0;
    const cos = cosine.get(id) ?? 0;
    const score = R.lexWeight * (lex / (lex + R.lexHalf)) + (1 - R.lexWeight) * Math.min(1, Math.max(0, (cos - R.cosFloor) / R.cosSpan));
    const covered = lex >= R.minLex && (lexical.get(id)?.coverage ?? 0) >= R.minCover;
    return score >= R.minScore || covered || cos >= R.minCos ? [{ row, score }] : [];
  });
  return scored
    .sort((a, b) => b.score - a.score)
    .slice(0, options.limit ?? 10)
    .map(({ row, score }) => ({ itemId: row.item_id, title: row.title, source: row.source, heading: row.heading, body: row.body, ord: row.ord, score }));
}

/** Words of a question worth matching against a section (folded, four letters or more). */
function keyWords(text: string): string[] {
  return contentTokens(text).filter((w) => w.length >= 4);
}

/**
 * The order a patient would be shown sections in: articles by their best section's score (with a
 * little for the second best), and within an article by score, the section that names more
 * of the question's words, or whose heading answers the kind of question asked (what, why, how, what
 * if it isn't working), first among near-equals. The first is the answer the bot gives.
 */
export function orderAnswers(hits: readonly ContentHit[], question: string): ContentHit[] {
  const byItem = new Map<string, { hits: ContentHit[] }>();
  for (const h of hits) {
    const a = byItem.get(h.itemId);
    if (!a) byItem.set(h.itemId, { hits: [h] });
    else a.hits.push(h);
  }
  const words = keyWords(question);
  const overlap = (h: ContentHit) => {
    const body = ` ${keyWords(`${h.heading ?? ''} ${h.body}`).join(' ')} `;
    return words.filter((w) => body.includes(` ${w}`)).length;
  };
  const asked = questionKinds(question);
  const kindBonus = (h: ContentHit) => (sectionKinds(h).some((k) => asked.has(k)) ? ORDER.kindBonus : 0);
  // A section whose heading answers the kind of question asked comes first among near-equals.
  const rank = (h: ContentHit) => h.score + ORDER.overlapBonus * overlap(h) + kindBonus(h);
  // An article's evidence is its best section and, a little, its second: not the sum of all, which
  // favoured articles with more sections over a shorter one that answers better.
  const weight = (a: { hits: ContentHit[] }) => {
    const [best = 0, second = 0] = a.hits.map((h) => h.score).sort((x, y) => y - x);
    return best + ORDER.othersWeight * second;
  };
  return [...byItem.values()].sort((a, b) => weight(b) - weight(a)).flatMap((a) => [...a.hits].sort((x, y) => rank(y) - rank(x)));
}

/** How sections are ordered for the patient (tuned with RANKING). */
export const ORDER = { overlapBonus: 0.02, othersWeight: 0.1, kindBonus: 0.04 };

/**
 * What a question asks for, from its form: what something is, why (or what the point is), how to do
 * it, or what to do when it is not working. Matched to sections by their headings (below), so that
 * "qué es un plan de seguridad" opens with what one is and "how do I fill one in" with the steps,
 * where the article's words alone cannot tell its sections apart.
 */
type Kind = 'what' | 'why' | 'how' | 'stuck';
const QUESTION_KINDS: ReadonlyArray<[Kind, RegExp]> = [
  ['what', /^(?:(?:so|ok|okay|and|but|hey|hi|um|y|pero|oye|hola)\s+)*(?:what|wat|wht|que|q)\s*(?:s|is|are|r|es|son|significa|quiere decir)\b(?!\s+(?:the\s+)?point\b)|\bmeaning of\b|\bmean by\b|\bdefin(?:e|ition)\b|\ben que consiste\b|^(?:tell me about|explain|explicame|hablame de)\b/],
  ['why', /\bwhy\b|\bpoint\b|\bhow (?:does|is|would|will|can|could) .{0,40}\b(?:help|work)|\bdoes .{0,40}\b(?:work|help|do anything)\b|\bpor que\b|\bpara que (?:sirve|es|hago|hacer)\b|\bde que sirve\b|\bsirve de algo\b/],
  ['how', /\bhow (?:do|can|should|would|to)\b|\bsteps?\b|\bwhere (?:do i|to|should i) start\b|\bcomo (?:hago|lo hago|se hace|se hacen|empiezo|empezar|puedo|lleno|relleno|uso|hacer|resuelvo|funciona)\b|\bpasos?\b|\bpor donde empiezo\b/],
  ['stuck', /\b(?:doesnt|didnt|isnt|wasnt|not|never|dont) (?:work|working|help|helping|happen|believe|feel)|\bstill\b|\bgave up\b|\bfail(?:ed)?\b|\bno (?:me )?(?:funciona|sirve|sirvio|salio|sale|ayuda)\b|\bsigo igual\b|\bme cuesta\b/],
];
const SECTION_KINDS: ReadonlyArray<[Kind, RegExp]> = [
  ['what', /^(?:what (?:an? )?[a-z -]+ (?:is|are)$|what [a-z -]+ looks? like$|what happens in\b|que (?:es|son|ocurre)\b)/],
  ['why', /^(?:why|por que|para que)\b|\bcycle\b|\bcirculo\b/],
  ['how', /^(?:how|como)\b|\bsteps?\b|\bpasos?\b|\bstep by step\b|^questions that loosen\b|^(?:using|putting|turning|facing|finding|afrontar|notar)\b/],
  ['stuck', /\bwhen its hard\b|\bcuando cuesta\b|\bdoesnt work out\b|\bnot a relapse\b|\bno es una recaida\b|^(?:tips|consejos)$|\brevisar y ajustar\b|\bwhat to expect\b|\bque esperar\b|\bdarle tiempo\b/],
];
function questionKinds(question: string): Set<Kind> {
  const q = plainWords(question);
  return new Set(QUESTION_KINDS.filter(([, re]) => re.test(q)).map(([k]) => k));
}
function sectionKinds(h: ContentHit): Kind[] {
  const heading = plainWords(h.heading ?? '');
  return SECTION_KINDS.filter(([k, re]) => re.test(heading) || (k === 'what' && h.ord === 0)).map(([k]) => k);
}
