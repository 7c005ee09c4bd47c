import type { ContentHit } from '../../content/retrieve.js';
import type { Flow, FlowContext, StepResult } from '../flow.js';
import { say } from '../flow.js';
import { fold } from '../parse.js';

const MAX_BODY = 700;

/** Cuts at a sentence end near the limit, so an SMS never ends mid-word. */
function shorten(text: string): string {
  if (text.length <= MAX_BODY) return text;
  const cut = text.slice(0, MAX_BODY);
  const end = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('\n'));
  return `${cut.slice(0, end > 200 ? end + 1 : MAX_BODY).trim()}…`;
}

/** The article whose sections match best overall, and its best section. */
function bestArticle(hits: readonly ContentHit[]): ContentHit | null {
  const byItem = new Map<string, { total: number; best: ContentHit }>();
  for (const h of hits) {
    const a = byItem.get(h.itemId);
    if (!a) byItem.set(h.itemId, { total: h.score, best: h });
    else a.total += h.score;
  }
  return [...byItem.values()].sort((a, b) => b.total - a.total)[0]?.best ?? null;
}

function topics(ctx: FlowContext) {
  return [...ctx.copy.learn.topics, ctx.copy.menuLabel];
}

async function answer(ctx: FlowContext): Promise<StepResult> {
  const hits = (await ctx.searchContent?.(ctx.text)) ?? [];
  const best = bestArticle(hits);
  if (!best) return { say: [say(`${ctx.copy.learn.nothing}`, topics(ctx))], step: 'ask' };
  const shortSource = best.source.split(';')[0]!.trim();
  const scripted = `${best.heading ? `${best.heading}. ` : ''}${shorten(best.body)}`;
  // With an LLM, an answer grounded only in the retrieved sections (guarded); otherwise the section itself.
  const generated = await ctx.llm?.groundedAnswer(ctx.text, hits.filter((h) => h.itemId === best.itemId).map((h) => `${h.heading ?? ''}\n${h.body}`), ctx.language);
  return {
    say: [say(generated ?? scripted), say(ctx.copy.learn.from(best.title, shortSource), [ctx.copy.learn.more, ctx.copy.menuLabel])],
    step: 'ask',
  };
}

/** Psychoeducation, only from the vetted library: the best matching section, with its source. */
export const learn: Flow = {
  id: 'learn',
  start(ctx) {
    // Arriving with a question ("what is a thought record?"), answer it; from the menu button, ask for one.
    const picked = [ctx.copy.menu.items.learn, 'learn', 'aprender', '7'].some((w) => fold(w) === fold(ctx.text));
    if (ctx.text && !picked && ctx.state.input?.kind === 'message') return answer(ctx);
    return { say: [say(ctx.copy.learn.ask, topics(ctx))], step: 'ask', data: {} };
  },
  reply(ctx) {
    if (ctx.text.trim().toLowerCase() === ctx.copy.learn.more.toLowerCase()) return { say: [say(ctx.copy.learn.ask, topics(ctx))], step: 'ask' };
    return answer(ctx);
  },
};
