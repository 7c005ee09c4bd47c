import { delay, http, HttpResponse } from 'msw';

export const OPENAI_BASE = 'https://llm.example.test/v1';

type Answer = string | { status: number } | { delayMs: number; content: string };

/**
 * msw handlers for an OpenAI-compatible chat completions endpoint. A test sets `answer` to decide
 * what the "model" says to each request (by looking at the system prompt), and reads `requests`.
 */
export function openAi() {
  const requests: Array<{ system: string; user: string; at: number }> = [];
  let answer: (system: string, user: string) => Answer = () => 'ok';
  const handlers = [
    http.post(`${OPENAI_BASE}/chat/completions`, async ({ request }) => {
      const body = (await request.json()) as { messages: Array<{ role: string; content: string }> };
      const system = body.messages.find((m) => m.role === 'system')?.content ?? '';
      const user = body.messages.filter((m) => m.role === 'user').map((m) => m.content).join('\n');
      requests.push({ system, user, at: Date.now() });
      let a = answer(system, user);
      if (typeof a === 'object' && 'status' in a) return HttpResponse.json({ error: { message: 'fake failure' } }, { status: a.status });
      if (typeof a === 'object') {
        await delay(a.delayMs);
        a = a.content;
      }
      return HttpResponse.json({
        id: 'chatcmpl-test',
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model: 'test-model',
        choices: [{ index: 0, message: { role: 'assistant', content: a }, finish_reason: 'stop' }],
        usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
      });
    }),
  ];
  return {
    handlers,
    requests,
    respond(fn: (system: string, user: string) => Answer) {
      answer = fn;
    },
  };
}
