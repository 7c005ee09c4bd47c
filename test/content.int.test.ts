import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chunkText, hashingEmbedder } from '../content/embedder.js';
import { ingestLibrary } from '../content/ingest.js';
import { readLibrary } from '../content/library-files.js';
import { searchContent } from '../content/retrieve.js';
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
  const embedder = hashingEmbedder(readLibrary().flatMap((i) => i.sections.map((x) => chunkText(i, x))));
  const search = (q: string, language = 'en', allowDraft = true) => searchContent(rt.svc.database, embedder, q, { language, allowDraft });

  it('is ingested at start, and ingesting again changes nothing', async () => {
    const items = readLibrary();
    expect(await ingestLibrary(rt.svc.db, items, embedder)).toEqual({ added: 0, updated: 0, unchanged: items.length, removed: 0 });
    const edited = items.map((i) => (i.id === 'sleep' ? { ...i, raw: `${i.raw}\n` } : i));
    expect(await ingestLibrary(rt.svc.db, edited, embedder)).toMatchObject({ updated: 1, unchanged: items.length - 1 });
  });

  it('finds the article a question is about, and nothing for an unrelated question', async () => {
    expect((await search('what is a thought record?'))[0]?.itemId).toBe('thought-records');
    expect((await search('tell me about catastrophising'))[0]?.itemId).toBe('thinking-traps');
    expect((await search('I worry all the time'))[0]?.itemId).toBe('worry-time');
    expect(await search('what is the weather like in Leeds today')).toEqual([]);
    expect((await search('¿qué es un registro de pensamientos?', 'es'))[0]?.itemId).toBe('registro-de-pensamientos');
  });

  it('serves only approved articles when drafts are not allowed', async () => {
    expect(await search('what is a thought record?', 'en', false)).toEqual([]);
  });

  it('a patient asks a question from the menu and gets the library’s answer with its source', async () => {
    const p = await WebPatient.create(rt);
    await p.say('hi');
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
    await p.say('5');
    await p.say('Tranquilo/a');
    expect((await p.messages()).at(-1)?.quickReplies?.map((q) => q.label)).toContain('Aprender sobre TCC');
    expect((await p.say('Aprender sobre TCC'))[0]).toMatch(/Qué te gustaría saber/);
    const answer = await p.say('¿cómo funciona la TCC?');
    expect(answer[1]).toMatch(/De "Qué es la TCC y cómo funciona"/);
  });
});
