import { OpenAIEmbeddings } from '@langchain/openai';
import type { Embedder } from './embedder.js';

export interface OpenAiEmbedderOptions {
  apiKey: string;
  baseURL?: string | undefined;
  /** For example `text-embedding-3-small`: it must accept `dimensions` (the text-embedding-3 family does). */
  model: string;
  dims: number;
  timeoutMs: number;
}

/** One vector, checked: a model that ignores `dimensions` is refused rather than stored wrong. */
function checked(vector: number[], options: OpenAiEmbedderOptions): number[] {
  if (vector.length !== options.dims) throw new Error(`embedding model ${options.model} returned ${vector.length} dimensions, not ${options.dims}`);
  return vector;
}

/**
 * An OpenAI-compatible embedder (any server speaking `/v1/embeddings`), asked for vectors of the
 * library's dimension. Its id names the model and dimension, so switching to it, away from it or
 * between models re-embeds the library. No retries: a slow provider is the caller's to fall back from.
 */
export function openAiEmbedder(options: OpenAiEmbedderOptions): Embedder {
  const client = new OpenAIEmbeddings({
    model: options.model,
    apiKey: options.apiKey,
    dimensions: options.dims,
    maxRetries: 0,
    timeout: options.timeoutMs,
    batchSize: 128,
    ...(options.baseURL ? { configuration: { baseURL: options.baseURL } } : {}),
  });
  return {
    id: `openai-${options.model}-${options.dims}`,
    dims: options.dims,
    embedDocuments: async (texts) => (await client.embedDocuments([...texts])).map((v) => checked(v, options)),
    embedQuery: async (text) => checked(await client.embedQuery(text), options),
  };
}
