import { sql } from 'drizzle-orm';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { libraryEmbedder } from '../content/embedder.js';
import { ingestLibrary } from '../content/ingest.js';
import { readLibrary } from '../content/library-files.js';
import type { TestRuntime } from './helpers.js';
import { startApp, WebPatient } from './helpers.js';
import { OPENAI_BASE, openAi } from './msw/openai.js';
import { openAiEmbeddings } from './msw/openai-embeddings.js';

// The fake provider's vectors: the local embedder's, so answers stay sensible and comparable.
const local = libraryEmbedder(readLibrary());
const provider = openAiEmbeddings((text) => local.embedQuery(text));
// The chat model is configured too (one key): it is down, so replies are the script's.
const chat = openAi();
chat.respond(() => ({ status: 503 }));
const server = setupServer(...provider.handlers, ...chat.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const WITH_EMBEDDINGS = { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: OPENAI_BASE, OPENAI_EMBEDDINGS_MODEL: 'text-embedding-3-small', LLM_TIMEOUT_MS: '300' };

async function embedders(rt: TestRuntime) {
  return rt.svc.database.rows<{ embedder: string; dims: number; n: number }>(
    sql`select embedder, embedding_dims as dims, count(*)::int as n from content_items group by 1, 2 order by 1`,
  );
}

describe('an OpenAI-compatible embedder for the library (OPENAI_EMBEDDINGS_MODEL)', () => {
  let rt: TestRuntime;
  afterEach(async () => {
    await rt?.close();
    provider.requests.length = 0;
    provider.fail(null);
  });

  it('embeds the library with the model at the stored dimension, records which, and questions are embedded the same way', async () => {
    rt = await startApp(WITH_EMBEDDINGS);
    const articles = readLibrary().length;
    expect(await embedders(rt)).toEqual([{ embedder: 'openai-text-embedding-3-small-256', dims: 256, n: articles }]);
    expect(provider.requests.every((r) => r.model === 'text-embedding-3-small' && r.dimensions === 256)).toBe(true);
    const p = await WebPatient.create(rt);
    await p.say('hi');
    await p.say('yes'); // summaries question at enrolment
    await p.say('5');
    await p.say('calm');
    provider.requests.length = 0;
    const answer = await p.say('what is a thought record?');
    expect(answer[1]).toMatch(/From "Thought records, step by step"/);
    expect(provider.requests.map((r) => r.inputs)).toEqual([['what is a thought record?']]);
  });

  it('switching back to the local embedder re-embeds every article, and switching again re-embeds again', async () => {
    rt = await startApp(WITH_EMBEDDINGS);
    const items = readLibrary();
    const back = await ingestLibrary(rt.svc.db, items, local);
    expect(back).toMatchObject({ added: 0, updated: items.length, unchanged: 0 });
    expect(await embedders(rt)).toEqual([{ embedder: local.id, dims: 256, n: items.length }]);
    expect(await ingestLibrary(rt.svc.db, items, local)).toMatchObject({ updated: 0, unchanged: items.length });
  });

  it('a provider down at start: the library is embedded locally and still answers; down at question time: full text answers', async () => {
    provider.fail(503);
    rt = await startApp(WITH_EMBEDDINGS);
    expect((await embedders(rt)).map((r) => r.embedder)).toEqual([local.id]);
    const p = await WebPatient.create(rt);
    await p.say('hi');
    await p.say('yes'); // summaries question at enrolment
    await p.say('5');
    await p.say('calm');
    expect((await p.say('what is a thought record?'))[1]).toMatch(/From "Thought records, step by step"/);
    await rt.close();

    provider.fail(null);
    rt = await startApp(WITH_EMBEDDINGS);
    provider.fail(500);
    const q = await WebPatient.create(rt);
    await q.say('hi');
    await q.say('yes'); // summaries question at enrolment
    await q.say('5');
    await q.say('calm');
    expect((await q.say('what is a thought record?'))[1]).toMatch(/From "Thought records, step by step"/);
    expect(rt.svc.metrics.snapshot()['content.embed_fallback']).toBeGreaterThan(0);
  });
});
