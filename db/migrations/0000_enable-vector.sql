-- pgvector, for the content library's embeddings. drizzle-kit does not emit CREATE EXTENSION.
CREATE EXTENSION IF NOT EXISTS vector;
