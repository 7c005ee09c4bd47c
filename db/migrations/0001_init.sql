CREATE TABLE "channel_identities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"address_hash" text,
	"address_enc" text,
	"opted_out_at" timestamp with time zone,
	"blocked_code" text,
	"last_notice_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "check_in_schedules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"local_time" text NOT NULL,
	"days" text DEFAULT '0123456' NOT NULL,
	"next_at" timestamp with time zone NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "check_in_schedules_patient_id_unique" UNIQUE("patient_id")
);
--> statement-breakpoint
CREATE TABLE "patients" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pseudonym" text NOT NULL,
	"locale" text DEFAULT 'en-US' NOT NULL,
	"timezone" text DEFAULT 'UTC' NOT NULL,
	"msg_seq" bigint DEFAULT 0 NOT NULL,
	"mode" text DEFAULT 'bot' NOT NULL,
	"enrolment" text DEFAULT 'active' NOT NULL,
	"clinician_id" uuid,
	"last_channel" text DEFAULT 'web' NOT NULL,
	"lease_owner" text,
	"lease_until" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "patients_pseudonym_unique" UNIQUE("pseudonym"),
	CONSTRAINT "patients_mode_check" CHECK ("patients"."mode" in ('bot', 'clinician'))
);
--> statement-breakpoint
CREATE TABLE "messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"seq" bigint NOT NULL,
	"channel" text NOT NULL,
	"direction" text NOT NULL,
	"author" text NOT NULL,
	"provider_id" text,
	"body_enc" text NOT NULL,
	"quick_replies" jsonb,
	"clinician_id" uuid,
	"reply_to" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"processed_at" timestamp with time zone,
	"status" text,
	"status_at" timestamp with time zone,
	"external_id" text,
	"error_code" text,
	CONSTRAINT "messages_direction_check" CHECK ("messages"."direction" in ('in', 'out'))
);
--> statement-breakpoint
CREATE TABLE "questionnaire_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"instrument" text NOT NULL,
	"score" integer,
	"items_enc" text NOT NULL,
	"message_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "screenings" (
	"message_id" uuid PRIMARY KEY NOT NULL,
	"level" text NOT NULL,
	"categories" text[] NOT NULL,
	"signals" text[] NOT NULL,
	"version" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "turn_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"event" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"processed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_type" text NOT NULL,
	"actor_id" text,
	"action" text NOT NULL,
	"subject_type" text,
	"subject_id" text,
	"details" jsonb
);
--> statement-breakpoint
CREATE TABLE "clinicians" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"teams_user_id" text NOT NULL,
	"teams_ref" jsonb,
	"phone_enc" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "clinicians_teams_user_id_unique" UNIQUE("teams_user_id")
);
--> statement-breakpoint
CREATE TABLE "escalation_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"escalation_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_type" text NOT NULL,
	"actor_id" text,
	"type" text NOT NULL,
	"from_status" text,
	"to_status" text,
	"tier" integer,
	"reason" text,
	"details" jsonb
);
--> statement-breakpoint
CREATE TABLE "escalations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"level" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"tier" integer DEFAULT 0 NOT NULL,
	"round" integer DEFAULT 0 NOT NULL,
	"categories" text[] NOT NULL,
	"source" text NOT NULL,
	"trigger_message_id" uuid,
	"cssrs" jsonb,
	"opened_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"next_page_at" timestamp with time zone,
	"acknowledged_by" uuid,
	"acknowledged_at" timestamp with time zone,
	"taken_over_by" uuid,
	"resolved_by" uuid,
	"resolved_at" timestamp with time zone,
	"outcome" text,
	CONSTRAINT "escalations_status_check" CHECK ("escalations"."status" in ('open', 'paged', 'acknowledged', 'taken_over', 'resolved'))
);
--> statement-breakpoint
CREATE TABLE "on_call_shifts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinician_id" uuid NOT NULL,
	"tier" integer NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "on_call_shifts_order_check" CHECK ("on_call_shifts"."ends_at" > "on_call_shifts"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigserial NOT NULL,
	"channel" text NOT NULL,
	"destination" text NOT NULL,
	"kind" text NOT NULL,
	"payload" jsonb NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone NOT NULL,
	"locked_until" timestamp with time zone,
	"last_error" text,
	"result" jsonb,
	"escalation_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "channel_identities" ADD CONSTRAINT "channel_identities_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_in_schedules" ADD CONSTRAINT "check_in_schedules_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questionnaire_responses" ADD CONSTRAINT "questionnaire_responses_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screenings" ADD CONSTRAINT "screenings_message_id_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."messages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "turn_events" ADD CONSTRAINT "turn_events_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalation_events" ADD CONSTRAINT "escalation_events_escalation_id_escalations_id_fk" FOREIGN KEY ("escalation_id") REFERENCES "public"."escalations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalations" ADD CONSTRAINT "escalations_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalations" ADD CONSTRAINT "escalations_trigger_message_id_messages_id_fk" FOREIGN KEY ("trigger_message_id") REFERENCES "public"."messages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalations" ADD CONSTRAINT "escalations_acknowledged_by_clinicians_id_fk" FOREIGN KEY ("acknowledged_by") REFERENCES "public"."clinicians"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalations" ADD CONSTRAINT "escalations_taken_over_by_clinicians_id_fk" FOREIGN KEY ("taken_over_by") REFERENCES "public"."clinicians"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalations" ADD CONSTRAINT "escalations_resolved_by_clinicians_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."clinicians"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "on_call_shifts" ADD CONSTRAINT "on_call_shifts_clinician_id_clinicians_id_fk" FOREIGN KEY ("clinician_id") REFERENCES "public"."clinicians"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "channel_identities_address_uq" ON "channel_identities" USING btree ("channel","address_hash");--> statement-breakpoint
CREATE INDEX "channel_identities_patient_idx" ON "channel_identities" USING btree ("patient_id");--> statement-breakpoint
CREATE INDEX "check_in_due_idx" ON "check_in_schedules" USING btree ("next_at") WHERE "check_in_schedules"."active";--> statement-breakpoint
CREATE UNIQUE INDEX "messages_patient_seq_uq" ON "messages" USING btree ("patient_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "messages_channel_provider_uq" ON "messages" USING btree ("channel","provider_id");--> statement-breakpoint
CREATE INDEX "messages_pending_idx" ON "messages" USING btree ("created_at") WHERE "messages"."direction" = 'in' and "messages"."processed_at" is null;--> statement-breakpoint
CREATE INDEX "messages_external_idx" ON "messages" USING btree ("external_id");--> statement-breakpoint
CREATE INDEX "questionnaire_patient_idx" ON "questionnaire_responses" USING btree ("patient_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "questionnaire_message_uq" ON "questionnaire_responses" USING btree ("message_id","instrument");--> statement-breakpoint
CREATE INDEX "screenings_level_idx" ON "screenings" USING btree ("level");--> statement-breakpoint
CREATE INDEX "turn_events_pending_idx" ON "turn_events" USING btree ("created_at") WHERE "turn_events"."processed_at" is null;--> statement-breakpoint
CREATE INDEX "audit_events_subject_idx" ON "audit_events" USING btree ("subject_type","subject_id");--> statement-breakpoint
CREATE INDEX "escalation_events_escalation_idx" ON "escalation_events" USING btree ("escalation_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "escalations_one_active_uq" ON "escalations" USING btree ("patient_id") WHERE "escalations"."status" <> 'resolved';--> statement-breakpoint
CREATE INDEX "escalations_due_idx" ON "escalations" USING btree ("next_page_at") WHERE "escalations"."status" in ('open', 'paged');--> statement-breakpoint
CREATE INDEX "on_call_shifts_window_idx" ON "on_call_shifts" USING btree ("starts_at","ends_at");--> statement-breakpoint
CREATE INDEX "outbox_due_idx" ON "outbox" USING btree ("next_attempt_at") WHERE "outbox"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "outbox_destination_idx" ON "outbox" USING btree ("destination","seq") WHERE "outbox"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "outbox_escalation_idx" ON "outbox" USING btree ("escalation_id");