ALTER TABLE "questionnaire_responses" ADD COLUMN "score_enc" text;--> statement-breakpoint
ALTER TABLE "escalations" ADD COLUMN "cssrs_enc" text;