ALTER TABLE "check_in_schedules" ADD COLUMN "paused_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "patients" ADD COLUMN "quiet_hours" text;