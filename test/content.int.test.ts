import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentTokens, libraryEmbedder } from '../content/embedder.js';
import { ingestLibrary } from '../content/ingest.js';
import { readLibrary } from '../content/library-files.js';
import { orderAnswers, searchContent } from '../content/retrieve.js';
import type { TestRuntime } from './helpers.js';
import { startApp, WebPatient } from './helpers.js';

describe('psychoeducation from the vetted library (pgvector + full text)', () => {
  let rt: TestRuntime;
  beforeAll(async () => {
    rt = await startApp();
  });
  afterAll(async () => {
    await rt.close();
  });
  const embedder = libraryEmbedder(readLibrary());
  // In the order the patient would be shown them: the first is the bot's answer.
  const search = async (q: string, language = 'en', allowDraft = true) => orderAnswers(await searchContent(rt.svc.database, embedder, q, { language, allowDraft }), q);

  it('is ingested at start, and ingesting again changes nothing', async () => {
    const items = readLibrary();
    expect(await ingestLibrary(rt.svc.db, items, embedder)).toEqual({ added: 0, updated: 0, unchanged: items.length, removed: 0, changed: { added: [], updated: [], removed: [] } });
    const edited = items.map((i) => (i.id === 'sleep' ? { ...i, raw: `${i.raw}\n` } : i));
    expect(await ingestLibrary(rt.svc.db, edited, embedder)).toMatchObject({ updated: 1, unchanged: items.length - 1, changed: { updated: ['sleep'] } });
  });

  it('finds the article a question is about, and nothing for an unrelated question', async () => {
    expect((await search('what is a thought record?'))[0]?.itemId).toBe('thought-records');
    expect((await search('tell me about catastrophising'))[0]?.itemId).toBe('trap-catastrophising');
    expect((await search('I worry all the time'))[0]?.itemId).toBe('worry-time');
    expect(await search('what is the weather like in Leeds today')).toEqual([]);
    expect((await search('¿qué es un registro de pensamientos?', 'es'))[0]?.itemId).toBe('registro-de-pensamientos');
  });

  // [language, question, article that must come first, heading of the section that must come first]
  const questions: Array<[string, string, string | string[], RegExp | null]> = [
    ['en', 'what is catastrophizing?', 'trap-catastrophising', /catastrophising/i],
    ['en', 'what is catastrophising?', 'trap-catastrophising', /catastrophising/i],
    ['en', 'I always expect the worst', ['trap-catastrophising', 'thinking-traps'], /catastrophising/i],
    ['en', 'what happens if I tell you I am in crisis?', 'what-happens-in-a-crisis', null],
    ['en', 'what is a safety plan', 'safety-plan', /What a safety plan is/],
    ['es', '¿qué es la catastrofización?', 'trampas-de-pensamiento', /catastrofización/],
    ['es', 'que es la catastrofizacion', 'trampas-de-pensamiento', null],
    ['es', '¿qué es catastrofizar?', 'trampas-de-pensamiento', /catastrofización/],
    ['es', 'siempre pienso lo peor', 'trampas-de-pensamiento', /catastrofización/],
    ['es', '¿qué son las distorsiones cognitivas?', 'trampas-de-pensamiento', null],
    ['es', '¿cómo funciona el tiempo de preocupación?', 'tiempo-de-preocupacion', /^Cómo funciona/],
    ['es', 'me preocupo por todo', 'tiempo-de-preocupacion', null],
    ['es', '¿qué es la activación conductual?', 'activacion-conductual', null],
    ['es', 'no tengo ganas de nada', 'activacion-conductual', null],
    ['es', 'no puedo dormir', ['dormir-mejor', 'rutina-para-dormir'], null],
    ['es', '¿qué hago con el insomnio?', ['dormir-mejor', 'rutina-para-dormir'], null],
    ['es', '¿qué es un ataque de pánico?', 'ataques-de-panico', /^Qué ocurre/],
    ['es', 'evito todo lo que me da miedo', 'ansiedad-y-evitacion', null],
    ['es', 'evito salir de casa por miedo', 'ansiedad-y-evitacion', null],
    ['es', '¿qué es la exposición gradual?', 'ansiedad-y-evitacion', /^Afrontar/],
    ['es', '¿qué es un plan de seguridad?', 'plan-de-seguridad', /plan de seguridad/],
    ['es', '¿qué hago en una crisis?', ['crisis-y-apoyo', 'plan-de-seguridad'], null],
    ['es', '¿para qué sirve la respiración?', 'respiracion-y-anclaje', null],
  ];
  it.each(questions)('[%s] %s → %s', async (language, question, id, heading) => {
    const [first] = await search(question, language);
    expect([id].flat()).toContain(first?.itemId);
    if (heading) expect(first?.heading).toMatch(heading);
  });

  it('finds every Spanish title and tag word however it is typed, with or without accents', async () => {
    // Queries are folded to plain letters before full-text search, but the Spanish stemmer only strips
    // accented suffixes ("evitación" → evit, "evitacion" → evitacion): tags need both spellings.
    const missing: string[] = [];
    for (const item of readLibrary().filter((i) => i.language === 'es')) {
      for (const word of new Set([item.title, ...item.tags].join(' ').toLowerCase().split(/[^\p{L}\p{N}]+/u))) {
        const folded = contentTokens(word)[0];
        if (!folded) continue;
        const [row] = await rt.svc.database.rows<{ stopword: boolean; hit: boolean }>(sql`
          select numnode(to_tsquery('spanish', ${folded})) = 0 or numnode(plainto_tsquery('spanish', ${word})) = 0 as stopword,
            exists(select 1 from content_chunks where item_id = ${item.id} and tsv @@ to_tsquery('spanish', ${folded})) as hit`);
        if (!row!.stopword && !row!.hit) missing.push(`${item.id}: ${word} (typed "${folded}")`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('serves only approved articles when drafts are not allowed', async () => {
    expect(await search('what is a thought record?', 'en', false)).toEqual([]);
  });

  it('a patient asks a question from the menu and gets the library’s answer with its source', async () => {
    const p = await WebPatient.create(rt);
    await p.say('hi');
    await p.say('yes'); // summaries question at enrolment
    await p.say('5');
    await p.say('Calm');
    const answer = await p.say('what is a thought record?');
    expect(answer[0]).toMatch(/worksheet/);
    expect(answer[1]).toMatch(/From "Thought records, step by step"\. Source: Greenberger/);
    const nothing = await p.say('what is the capital of Peru?');
    expect(nothing[0]).toMatch(/don't have anything on that in my library/);
  });

  it('the menu offers it, and a Spanish-speaking patient gets the Spanish library', async () => {
    const p = await WebPatient.create(rt, { locale: 'es-ES' });
    await p.say('hola');
    await p.say('sí'); // summaries question at enrolment
    await p.say('5');
    // The intake, offered after the first check-in, put off: then the menu.
    expect((await p.say('Tranquilo/a')).join('\n')).toMatch(/tres preguntas rápidas/);
    await p.say('ahora no');
    expect((await p.messages()).at(-1)?.quickReplies?.map((q) => q.label)).toContain('Aprender sobre TCC');
    expect((await p.say('Aprender sobre TCC'))[0]).toMatch(/Qué te gustaría saber/);
    const answer = await p.say('¿cómo funciona la TCC?');
    expect(answer[1]).toMatch(/De "Qué es la TCC y cómo funciona"/);
  });
});
