CREATE TYPE "public"."follow_up_kind" AS ENUM('none', 'rebook_link', 'second_attempt');--> statement-breakpoint
CREATE TYPE "public"."visit_outcome" AS ENUM('met', 'no_access', 'cancelled_by_tenant', 'rescheduled', 'unsafe_to_enter');--> statement-breakpoint
CREATE TABLE "visit_outcomes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"appointment_id" uuid NOT NULL,
	"staff_id" uuid NOT NULL,
	"outcome" "visit_outcome" NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"card_left" boolean DEFAULT false NOT NULL,
	"follow_up" "follow_up_kind",
	"note" text,
	"idempotency_key" uuid NOT NULL,
	"result" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "appointments" ADD COLUMN "attempt_number" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "appointments" ADD COLUMN "attempt_of_id" uuid;--> statement-breakpoint
ALTER TABLE "appointments" ADD COLUMN "flexible" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "visit_outcomes" ADD CONSTRAINT "visit_outcomes_appointment_id_appointments_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."appointments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_outcomes" ADD CONSTRAINT "visit_outcomes_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "visit_outcomes_appointment_key" ON "visit_outcomes" USING btree ("appointment_id");--> statement-breakpoint
CREATE UNIQUE INDEX "visit_outcomes_staff_idempotency_key" ON "visit_outcomes" USING btree ("staff_id","idempotency_key");--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_attempt_of_id_appointments_id_fk" FOREIGN KEY ("attempt_of_id") REFERENCES "public"."appointments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_attempt_positive" CHECK ("appointments"."attempt_number" >= 1);