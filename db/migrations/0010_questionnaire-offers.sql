ALTER TABLE "patients" ADD COLUMN "questionnaire_every_days" integer;--> statement-breakpoint
ALTER TABLE "turn_events" ADD COLUMN "detail" text;