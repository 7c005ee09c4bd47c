CREATE TABLE "phone_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"phone_hash" text NOT NULL,
	"phone_enc" text NOT NULL,
	"code_enc" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"confirmed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "patients" ADD COLUMN "merged_into" uuid;--> statement-breakpoint
ALTER TABLE "phone_links" ADD CONSTRAINT "phone_links_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "phone_links_patient_idx" ON "phone_links" USING btree ("patient_id","created_at");--> statement-breakpoint
CREATE INDEX "phone_links_phone_idx" ON "phone_links" USING btree ("phone_hash","created_at");