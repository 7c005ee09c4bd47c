ALTER TABLE "patients" ADD COLUMN "share_summaries" boolean;--> statement-breakpoint
ALTER TABLE "patients" ADD COLUMN "share_summaries_at" timestamp with time zone;