import { http, HttpResponse } from 'msw';
import { OPENAI_BASE } from './openai.js';

type Embed = (text: string) => number[] | Promise<number[]>;

/**
 * msw handlers for an OpenAI-compatible `/embeddings` endpoint. The test decides the vectors (`embed`)
 * or a failure (`fail` with a status); `requests` records each request's model, dimensions and inputs.
 * Answers in the encoding asked for: the OpenAI SDK asks for base64 floats unless told otherwise.
 */
export function openAiEmbeddings(embed: Embed) {
  const requests: Array<{ model: string; dimensions: number | undefined; inputs: string[] }> = [];
  let failWith: number | null = null;
  const handlers = [
    http.post(`${OPENAI_BASE}/embeddings`, async ({ request }) => {
      const body = (await request.json()) as { model: string; input: string | string[]; dimensions?: number; encoding_format?: string };
      const inputs = [body.input].flat();
      requests.push({ model: body.model, dimensions: body.dimensions, inputs });
      if (failWith) return HttpResponse.json({ error: { message: 'fake outage' } }, { status: failWith });
      const vectors = await Promise.all(inputs.map(embed));
      const encode = (v: number[]) => (body.encoding_format === 'base64' ? Buffer.from(new Float32Array(v).buffer).toString('base64') : v);
      return HttpResponse.json({
        object: 'list',
        model: body.model,
        data: vectors.map((v, index) => ({ object: 'embedding', index, embedding: encode(v) })),
        usage: { prompt_tokens: inputs.length, total_tokens: inputs.length },
      });
    }),
  ];
  return {
    handlers,
    requests,
    fail(status: number | null) {
      failWith = status;
    },
  };
}
