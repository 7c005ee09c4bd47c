ALTER TABLE "content_items" ADD COLUMN "embedder" text DEFAULT 'unknown' NOT NULL;--> statement-breakpoint
ALTER TABLE "content_items" ADD COLUMN "embedding_dims" integer DEFAULT 256 NOT NULL;--> statement-breakpoint
ALTER TABLE "content_chunks" ADD COLUMN "asks" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "content_chunks" DROP COLUMN "tsv";--> statement-breakpoint
ALTER TABLE "content_chunks" ADD COLUMN "tsv" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector(case when language = 'es' then 'spanish'::regconfig else 'english'::regconfig end, keywords), 'A') || setweight(to_tsvector(case when language = 'es' then 'spanish'::regconfig else 'english'::regconfig end, coalesce(heading, '') || ' ' || asks), 'B') || to_tsvector(case when language = 'es' then 'spanish'::regconfig else 'english'::regconfig end, body)) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "content_chunks_tsv_idx" ON "content_chunks" USING gin ("tsv");
