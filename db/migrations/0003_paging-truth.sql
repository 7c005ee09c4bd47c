ALTER TABLE "escalations" ADD COLUMN "first_paged_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "escalations" ADD COLUMN "nobody_to_page_at" timestamp with time zone;--> statement-breakpoint
UPDATE "escalations" e SET "first_paged_at" = (SELECT min(ev."at") FROM "escalation_events" ev WHERE ev."escalation_id" = e."id" AND ev."type" = 'page');
