-- A check-in reminded twice by two instances (the race this index closes) keeps its first reminder.
DELETE FROM "turn_events" d USING "turn_events" k WHERE d."event" = 'reminder' AND k."event" = 'reminder' AND d."detail" = k."detail" AND (d."created_at", d."id") > (k."created_at", k."id");--> statement-breakpoint
CREATE UNIQUE INDEX "turn_events_reminder_uq" ON "turn_events" USING btree ("detail") WHERE "turn_events"."event" = 'reminder';
