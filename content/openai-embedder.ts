import { OpenAIEmbeddings } from '@langchain/openai';
import type { Embedder } from './embedder.js';
import { libraryEmbedder } from './embedder.js';
import type { LibraryItem } from './library-files.js';
import { EMBEDDING_DIMS } from '../db/schema/content.js';

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

/** What picks the library's embedder: an OpenAI-compatible model when both a key and a model are set. */
export interface EmbedderSettings {
  OPENAI_API_KEY?: string | undefined;
  OPENAI_BASE_URL?: string | undefined;
  OPENAI_EMBEDDINGS_MODEL?: string | undefined;
}

/**
 * The embedder to ingest and search with (`preferred`), and the local one it falls back to; the same
 * object when no model is configured. Used by the service and by `content:ingest`.
 */
export function libraryEmbedders(settings: EmbedderSettings, items: readonly LibraryItem[], timeoutMs: number): { preferred: Embedder; local: Embedder } {
  const local = libraryEmbedder(items);
  const preferred =
    settings.OPENAI_API_KEY && settings.OPENAI_EMBEDDINGS_MODEL
      ? openAiEmbedder({ apiKey: settings.OPENAI_API_KEY, baseURL: settings.OPENAI_BASE_URL, model: settings.OPENAI_EMBEDDINGS_MODEL, dims: EMBEDDING_DIMS, timeoutMs })
      : local;
  return { preferred, local };
}
