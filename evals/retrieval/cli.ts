/**
 * `npm run eval:retrieval [-- FILE] [--misses]`: does a patient's question get the right section of
 * the vetted library? Ingests the library into an in-memory database exactly as the service does,
 * asks each question as the "learn" flow does, and ranks sections in the order the patient would be
 * shown them (content/retrieve.ts `orderAnswers`; the first is the answer the bot gives).
 *
 * FILE (default evals/retrieval/questions.jsonl, the development set; held-out.jsonl is for measuring
 * only) holds `{ query, language, relevant: [article id or "article#section"], topic? }` per line;
 * an empty `relevant` means the library should answer nothing.
 *
 * - recall@3: `relevant` lists the answers a clinician would accept (any one will do), so recall@3 is
 *   the share of questions with an answer that have an acceptable section among the first three;
 * - mrr: the mean of 1 / rank of the first relevant section (0 when none is returned);
 * - top1: the share whose first section (the bot's answer) is relevant;
 * - abstain: the share of no-answer questions that got nothing.
 * Last line: `{ n, recall_at_3, mrr, top1, abstain_n, abstain }`. Exit 0 when it ran, 2 on a bad file.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { parseJsonl } from '../jsonl.js';
import type { Embedder } from '../../content/embedder.js';
import { libraryEmbedder } from '../../content/embedder.js';
import { ingestLibrary } from '../../content/ingest.js';
import type { LibraryItem } from '../../content/library-files.js';
import { readLibrary } from '../../content/library-files.js';
import { orderAnswers, searchContent } from '../../content/retrieve.js';
import { sectionId } from '../../content/section-id.js';
import { openDatabase } from '../../db/client.js';
import { migrate } from '../../db/migrate.js';

const question = z.object({ query: z.string().min(1), language: z.enum(['en', 'es']), relevant: z.array(z.string().min(1)), topic: z.string().optional() }).strict();
export type RetrievalQuestion = z.infer<typeof question>;

export function parseQuestions(text: string, known: ReadonlySet<string>): RetrievalQuestion[] {
  return parseJsonl(text, question, (q) => {
    const unknown = q.relevant.find((r) => !known.has(r));
    return unknown ? `field relevant: no article or section "${unknown}" (npx tsx evals/retrieval/sections.ts lists them)` : null;
  });
}

export interface RetrievalReport {
  n: number;
  recall_at_3: number;
  mrr: number;
  top1: number;
  abstain_n: number;
  abstain: number;
  misses: Array<{ query: string; relevant: string[]; got: string[] }>;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export async function runRetrievalEval(questions: readonly RetrievalQuestion[], makeEmbedder: (library: LibraryItem[]) => Embedder = libraryEmbedder): Promise<RetrievalReport> {
  const library = readLibrary();
  const embedder = makeEmbedder(library);
  const database = await openDatabase({});
  try {
    await migrate(database);
    await ingestLibrary(database.db, library, embedder);
    let recall = 0;
    let rr = 0;
    let top1 = 0;
    let abstained = 0;
    const answered = questions.filter((q) => q.relevant.length > 0);
    const misses: RetrievalReport['misses'] = [];
    for (const q of questions) {
      const hits = await searchContent(database, embedder, q.query, { language: q.language, allowDraft: true, limit: 10 });
      const ranked = orderAnswers(hits, q.query).map((h) => sectionId(h.itemId, h.heading));
      if (q.relevant.length === 0) {
        if (ranked.length === 0) abstained += 1;
        else misses.push({ query: q.query, relevant: [], got: ranked.slice(0, 3) });
        continue;
      }
      const isRelevant = (id: string) => q.relevant.some((r) => r === id || (!r.includes('#') && id.startsWith(`${r}#`)));
      const first = ranked.findIndex(isRelevant);
      if (first >= 0 && first < 3) recall += 1;
      if (first >= 0) rr += 1 / (first + 1);
      if (first === 0) top1 += 1;
      else misses.push({ query: q.query, relevant: q.relevant, got: ranked.slice(0, 3) });
    }
    const none = questions.length - answered.length;
    return {
      n: answered.length,
      recall_at_3: round(recall / Math.max(1, answered.length)),
      mrr: round(rr / Math.max(1, answered.length)),
      top1: round(top1 / Math.max(1, answered.length)),
      abstain_n: none,
      abstain: round(abstained / Math.max(1, none)),
      misses,
    };
  } finally {
    await database.close();
  }
}

async function main(): Promise<number> {
  const file = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? new URL('./questions.jsonl', import.meta.url).pathname;
  const known = new Set(readLibrary().flatMap((i) => [i.id, ...i.sections.map((s) => sectionId(i.id, s.heading))]));
  let questions: RetrievalQuestion[];
  try {
    questions = parseQuestions(readFileSync(file, 'utf8'), known);
  } catch (err) {
    console.error(`${file}: ${err instanceof Error ? err.message : String(err)}`);
    return 2;
  }
  const report = await runRetrievalEval(questions);
  if (process.argv.includes('--misses')) {
    for (const m of report.misses) console.log(`miss: ${JSON.stringify(m.query)}\n  want ${m.relevant.join(', ') || '(nothing)'}\n  got  ${m.got.join(', ') || '(nothing)'}`);
  }
  console.log(`retrieval: ${report.n} questions with an answer, ${report.abstain_n} without`);
  console.log(`  recall@3 ${report.recall_at_3}   mrr ${report.mrr}   first answer relevant ${report.top1}   no-answer kept silent ${report.abstain}`);
  const { misses: _m, ...summary } = report;
  console.log(JSON.stringify(summary));
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main();
