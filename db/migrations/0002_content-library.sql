CREATE TABLE "content_chunks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" text NOT NULL,
	"ord" integer NOT NULL,
	"language" text NOT NULL,
	"heading" text,
	"keywords" text NOT NULL,
	"body" text NOT NULL,
	"embedding" vector(256) NOT NULL,
	"tsv" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector(case when language = 'es' then 'spanish'::regconfig else 'english'::regconfig end, keywords), 'A') || setweight(to_tsvector(case when language = 'es' then 'spanish'::regconfig else 'english'::regconfig end, coalesce(heading, '')), 'B') || to_tsvector(case when language = 'es' then 'spanish'::regconfig else 'english'::regconfig end, body)) STORED NOT NULL
);
--> statement-breakpoint
CREATE TABLE "content_items" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"language" text NOT NULL,
	"version" text NOT NULL,
	"status" text NOT NULL,
	"reviewed_by" text,
	"reviewed_at" text,
	"source" text NOT NULL,
	"checksum" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "content_chunks" ADD CONSTRAINT "content_chunks_item_id_content_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."content_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "content_chunks_item_ord_uq" ON "content_chunks" USING btree ("item_id","ord");--> statement-breakpoint
CREATE INDEX "content_chunks_embedding_idx" ON "content_chunks" USING hnsw ("embedding" vector_cosine_ops);--> statement-breakpoint
CREATE INDEX "content_chunks_tsv_idx" ON "content_chunks" USING gin ("tsv");