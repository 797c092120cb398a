CREATE TYPE "public"."characteristic_kind" AS ENUM('ethnicity', 'religion', 'sex', 'sexual_orientation', 'disability');--> statement-breakpoint
CREATE TYPE "public"."living_well_outcome" AS ENUM('met', 'no_access', 'declined');--> statement-breakpoint
CREATE TYPE "public"."living_well_visit_kind" AS ENUM('proposed', 'locked', 'booked');--> statement-breakpoint
CREATE TYPE "public"."referral_service" AS ENUM('money_advice', 'getting_online', 'tenancy_support', 'repairs', 'employment');--> statement-breakpoint
CREATE TYPE "public"."referral_status" AS ENUM('open', 'done');--> statement-breakpoint
CREATE TABLE "customer_characteristics" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"customer_id" uuid NOT NULL,
	"characteristic" characteristic_kind NOT NULL,
	"value" text NOT NULL,
	"consent_recorded_at" timestamp with time zone NOT NULL,
	"recorded_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "household_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenancy_id" uuid NOT NULL,
	"name" text NOT NULL,
	"relationship" text NOT NULL,
	"birth_year" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "living_well_locked_days" (
	"patch_id" uuid NOT NULL,
	"date" date NOT NULL,
	"locked_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "living_well_locked_days_patch_id_date_pk" PRIMARY KEY("patch_id","date")
);
--> statement-breakpoint
CREATE TABLE "living_well_plan_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patch_id" uuid NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone NOT NULL,
	"from_on" date NOT NULL,
	"to_on" date NOT NULL,
	"daily_cap" integer NOT NULL,
	"placed" integer NOT NULL,
	"unplaced" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"travel_km" double precision NOT NULL,
	"travel_km_per_visit" double precision,
	"run_by_id" uuid
);
--> statement-breakpoint
CREATE TABLE "living_well_plan_visits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patch_id" uuid NOT NULL,
	"tenancy_id" uuid NOT NULL,
	"date" date NOT NULL,
	"start_time" time NOT NULL,
	"end_time" time NOT NULL,
	"day_order" integer NOT NULL,
	"kind" "living_well_visit_kind" DEFAULT 'proposed' NOT NULL,
	"late" boolean DEFAULT false NOT NULL,
	"send_invitation_on" date NOT NULL,
	"invitation_id" uuid,
	"planned_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "living_well_plan_visits_times" CHECK ("living_well_plan_visits"."end_time" > "living_well_plan_visits"."start_time")
);
--> statement-breakpoint
CREATE TABLE "referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"customer_id" uuid NOT NULL,
	"meeting_id" uuid,
	"service" "referral_service" NOT NULL,
	"owner_id" uuid,
	"note" text,
	"status" "referral_status" DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "invitations" ADD COLUMN "proposed_start" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "living_well_meetings" ADD COLUMN "outcome" "living_well_outcome" DEFAULT 'met' NOT NULL;--> statement-breakpoint
ALTER TABLE "living_well_meetings" ADD COLUMN "decline_reason" text;--> statement-breakpoint
ALTER TABLE "living_well_meetings" ADD COLUMN "recorded_by_id" uuid;--> statement-breakpoint
ALTER TABLE "living_well_meetings" ADD COLUMN "appointment_id" uuid;--> statement-breakpoint
ALTER TABLE "living_well_meetings" ADD COLUMN "recorded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "customer_characteristics" ADD CONSTRAINT "customer_characteristics_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_characteristics" ADD CONSTRAINT "customer_characteristics_recorded_by_id_staff_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "household_members" ADD CONSTRAINT "household_members_tenancy_id_tenancies_id_fk" FOREIGN KEY ("tenancy_id") REFERENCES "public"."tenancies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "living_well_locked_days" ADD CONSTRAINT "living_well_locked_days_patch_id_patches_id_fk" FOREIGN KEY ("patch_id") REFERENCES "public"."patches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "living_well_locked_days" ADD CONSTRAINT "living_well_locked_days_locked_by_staff_id_fk" FOREIGN KEY ("locked_by") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "living_well_plan_runs" ADD CONSTRAINT "living_well_plan_runs_patch_id_patches_id_fk" FOREIGN KEY ("patch_id") REFERENCES "public"."patches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "living_well_plan_runs" ADD CONSTRAINT "living_well_plan_runs_run_by_id_staff_id_fk" FOREIGN KEY ("run_by_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "living_well_plan_visits" ADD CONSTRAINT "living_well_plan_visits_patch_id_patches_id_fk" FOREIGN KEY ("patch_id") REFERENCES "public"."patches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "living_well_plan_visits" ADD CONSTRAINT "living_well_plan_visits_tenancy_id_tenancies_id_fk" FOREIGN KEY ("tenancy_id") REFERENCES "public"."tenancies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "living_well_plan_visits" ADD CONSTRAINT "living_well_plan_visits_invitation_id_invitations_id_fk" FOREIGN KEY ("invitation_id") REFERENCES "public"."invitations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_meeting_id_living_well_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."living_well_meetings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_owner_id_staff_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "customer_characteristics_customer_kind_key" ON "customer_characteristics" USING btree ("customer_id","characteristic");--> statement-breakpoint
CREATE INDEX "household_members_tenancy_idx" ON "household_members" USING btree ("tenancy_id");--> statement-breakpoint
CREATE INDEX "living_well_plan_runs_patch_idx" ON "living_well_plan_runs" USING btree ("patch_id","finished_at");--> statement-breakpoint
CREATE UNIQUE INDEX "living_well_plan_visits_tenancy_key" ON "living_well_plan_visits" USING btree ("tenancy_id");--> statement-breakpoint
CREATE INDEX "living_well_plan_visits_patch_date_idx" ON "living_well_plan_visits" USING btree ("patch_id","date");--> statement-breakpoint
CREATE INDEX "referrals_customer_idx" ON "referrals" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "referrals_owner_idx" ON "referrals" USING btree ("owner_id","status");--> statement-breakpoint
ALTER TABLE "living_well_meetings" ADD CONSTRAINT "living_well_meetings_recorded_by_id_staff_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "living_well_meetings" ADD CONSTRAINT "living_well_meetings_appointment_id_appointments_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."appointments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "living_well_meetings" ADD CONSTRAINT "living_well_meetings_decline_has_reason" CHECK ("living_well_meetings"."outcome" <> 'declined' or "living_well_meetings"."decline_reason" is not null);