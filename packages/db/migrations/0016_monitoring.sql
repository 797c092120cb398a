CREATE TYPE "public"."safety_check_kind" AS ENUM('gas', 'electrical');--> statement-breakpoint
CREATE TABLE "damp_mould_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"home_id" uuid NOT NULL,
	"customer_id" uuid,
	"reported_at" timestamp with time zone NOT NULL,
	"emergency" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "safety_checks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"home_id" uuid NOT NULL,
	"kind" "safety_check_kind" NOT NULL,
	"done_on" date NOT NULL,
	"appointment_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"customer_id" uuid,
	"channel" "booking_channel" NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"acknowledged_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitoring_figures" (
	"run_id" uuid NOT NULL,
	"measure" text NOT NULL,
	"patch_id" uuid,
	"week_start" date,
	"dimension" text NOT NULL,
	"group_key" text NOT NULL,
	"counted" integer NOT NULL,
	"met" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitoring_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"as_of" date NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone,
	"record_count" integer
);
--> statement-breakpoint
ALTER TABLE "homes" ADD COLUMN "has_gas" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "damp_mould_reports" ADD CONSTRAINT "damp_mould_reports_home_id_homes_id_fk" FOREIGN KEY ("home_id") REFERENCES "public"."homes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "damp_mould_reports" ADD CONSTRAINT "damp_mould_reports_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_checks" ADD CONSTRAINT "safety_checks_home_id_homes_id_fk" FOREIGN KEY ("home_id") REFERENCES "public"."homes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_checks" ADD CONSTRAINT "safety_checks_appointment_id_appointments_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."appointments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_figures" ADD CONSTRAINT "monitoring_figures_run_id_monitoring_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."monitoring_runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "damp_mould_reports_home_idx" ON "damp_mould_reports" USING btree ("home_id","reported_at");--> statement-breakpoint
CREATE INDEX "safety_checks_home_kind_idx" ON "safety_checks" USING btree ("home_id","kind","done_on");--> statement-breakpoint
CREATE UNIQUE INDEX "safety_checks_appointment_key" ON "safety_checks" USING btree ("appointment_id");--> statement-breakpoint
CREATE INDEX "contacts_received_idx" ON "contacts" USING btree ("received_at");--> statement-breakpoint
CREATE INDEX "contacts_customer_idx" ON "contacts" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "monitoring_figures_scope_idx" ON "monitoring_figures" USING btree ("run_id","patch_id","week_start","dimension");--> statement-breakpoint
CREATE INDEX "monitoring_figures_lookup_idx" ON "monitoring_figures" USING btree ("run_id","measure","patch_id","week_start","dimension");--> statement-breakpoint
CREATE INDEX "monitoring_runs_finished_idx" ON "monitoring_runs" USING btree ("finished_at");