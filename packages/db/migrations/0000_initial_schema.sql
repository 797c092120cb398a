CREATE TYPE "public"."access_need_kind" AS ENUM('interpreter', 'relay_uk', 'extra_time', 'visit_adjustment', 'preferred_staff_gender', 'unavailable_weekly', 'unavailable_date', 'vulnerability');--> statement-breakpoint
CREATE TYPE "public"."authorisation_method" AS ENUM('email', 'letter', 'phone', 'in_person');--> statement-breakpoint
CREATE TYPE "public"."contact_restriction_kind" AS ENUM('written_contact_only', 'two_person_visits', 'no_home_visits', 'named_contact_only');--> statement-breakpoint
CREATE TYPE "public"."representative_period" AS ENUM('one_off', 'ongoing', 'time_limited');--> statement-breakpoint
CREATE TYPE "public"."appointment_status" AS ENUM('booked', 'completed', 'no_access', 'cancelled', 'rescheduled');--> statement-breakpoint
CREATE TYPE "public"."appointment_type" AS ENUM('living_well', 'tenancy_visit', 'repair_inspection', 'gas_safety_check', 'electrical_safety_check', 'damp_mould_investigation', 'survey', 'home_improvement', 'digital_support', 'emergency_repair');--> statement-breakpoint
CREATE TYPE "public"."booking_channel" AS ENUM('booking_link', 'phone', 'in_person', 'email', 'live_chat', 'social_media', 'post', 'staff');--> statement-breakpoint
CREATE TYPE "public"."contact_channel" AS ENUM('email', 'sms', 'post', 'phone');--> statement-breakpoint
CREATE TYPE "public"."written_format" AS ENUM('standard', 'large_print', 'braille', 'audio', 'easy_read', 'email');--> statement-breakpoint
CREATE TYPE "public"."staff_role" AS ENUM('advisor', 'community', 'manager', 'admin');--> statement-breakpoint
CREATE TYPE "public"."tenure" AS ENUM('low_cost_rental', 'affordable_rent', 'shared_ownership', 'leasehold', 'intermediate_rent');--> statement-breakpoint
CREATE TABLE "access_needs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"customer_id" uuid NOT NULL,
	"kind" "access_need_kind" NOT NULL,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"recorded_by_id" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contact_restrictions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"customer_id" uuid NOT NULL,
	"kind" "contact_restriction_kind" NOT NULL,
	"reason" text NOT NULL,
	"named_staff_id" uuid,
	"venue" text,
	"starts_on" date NOT NULL,
	"review_on" date NOT NULL,
	"ends_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "representatives" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"customer_id" uuid NOT NULL,
	"name" text NOT NULL,
	"phone" text,
	"email" text,
	"address" text,
	"relationship" text NOT NULL,
	"organisation" text,
	"date_of_birth" date,
	"authorised_on" date,
	"authorised_by" "authorisation_method",
	"scope" text[] DEFAULT '{}' NOT NULL,
	"period" "representative_period" NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"withdrawn_at" timestamp with time zone,
	"invite_to_visits" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "appointments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"type" "appointment_type" NOT NULL,
	"customer_id" uuid NOT NULL,
	"home_id" uuid NOT NULL,
	"staff_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"during" "tstzrange" GENERATED ALWAYS AS (tstzrange(starts_at, ends_at, '[)')) STORED,
	"status" "appointment_status" DEFAULT 'booked' NOT NULL,
	"booked_via" "booking_channel" NOT NULL,
	"purpose" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "appointments_ends_after_start" CHECK ("appointments"."ends_at" > "appointments"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "customers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenancy_id" uuid,
	"is_lead_tenant" boolean DEFAULT true NOT NULL,
	"name" text NOT NULL,
	"date_of_birth" date,
	"phone" text,
	"email" text,
	"preferred_language" text DEFAULT 'en' NOT NULL,
	"preferred_channel" "contact_channel" NOT NULL,
	"preferred_format" "written_format" DEFAULT 'standard' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "venues" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"address_line1" text NOT NULL,
	"town" text NOT NULL,
	"postcode" text NOT NULL,
	"latitude" double precision NOT NULL,
	"longitude" double precision NOT NULL,
	"opening_notes" text,
	"step_free_entrance" boolean DEFAULT false NOT NULL,
	"accessible_toilet" boolean DEFAULT false NOT NULL,
	"hearing_loop" boolean DEFAULT false NOT NULL,
	"blue_badge_parking" boolean DEFAULT false NOT NULL,
	"quiet_room" boolean DEFAULT false NOT NULL,
	"baby_changing" boolean DEFAULT false NOT NULL,
	"bsl_on_request" boolean DEFAULT false NOT NULL,
	"bus_routes" text,
	"nearest_stop" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "homes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"address_line1" text NOT NULL,
	"address_line2" text,
	"town" text NOT NULL,
	"postcode" text NOT NULL,
	"latitude" double precision NOT NULL,
	"longitude" double precision NOT NULL,
	"patch_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "living_well_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenancy_id" uuid NOT NULL,
	"advisor_id" uuid,
	"held_on" date NOT NULL,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "patches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"boundary" jsonb NOT NULL,
	"advisor_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "staff" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"role" "staff_role" NOT NULL,
	"team" text NOT NULL,
	"working_pattern" jsonb NOT NULL,
	"home_base_name" text NOT NULL,
	"home_base_latitude" double precision NOT NULL,
	"home_base_longitude" double precision NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tenancies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"home_id" uuid NOT NULL,
	"tenure" "tenure" NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "access_needs" ADD CONSTRAINT "access_needs_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "access_needs" ADD CONSTRAINT "access_needs_recorded_by_id_staff_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_restrictions" ADD CONSTRAINT "contact_restrictions_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_restrictions" ADD CONSTRAINT "contact_restrictions_named_staff_id_staff_id_fk" FOREIGN KEY ("named_staff_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "representatives" ADD CONSTRAINT "representatives_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_home_id_homes_id_fk" FOREIGN KEY ("home_id") REFERENCES "public"."homes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customers" ADD CONSTRAINT "customers_tenancy_id_tenancies_id_fk" FOREIGN KEY ("tenancy_id") REFERENCES "public"."tenancies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "homes" ADD CONSTRAINT "homes_patch_id_patches_id_fk" FOREIGN KEY ("patch_id") REFERENCES "public"."patches"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "living_well_meetings" ADD CONSTRAINT "living_well_meetings_tenancy_id_tenancies_id_fk" FOREIGN KEY ("tenancy_id") REFERENCES "public"."tenancies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "living_well_meetings" ADD CONSTRAINT "living_well_meetings_advisor_id_staff_id_fk" FOREIGN KEY ("advisor_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patches" ADD CONSTRAINT "patches_advisor_id_staff_id_fk" FOREIGN KEY ("advisor_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tenancies" ADD CONSTRAINT "tenancies_home_id_homes_id_fk" FOREIGN KEY ("home_id") REFERENCES "public"."homes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "access_needs_customer_idx" ON "access_needs" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "contact_restrictions_customer_idx" ON "contact_restrictions" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "representatives_customer_idx" ON "representatives" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "appointments_customer_idx" ON "appointments" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "appointments_staff_starts_idx" ON "appointments" USING btree ("staff_id","starts_at");--> statement-breakpoint
CREATE INDEX "customers_tenancy_idx" ON "customers" USING btree ("tenancy_id");--> statement-breakpoint
CREATE UNIQUE INDEX "venues_name_key" ON "venues" USING btree ("name");--> statement-breakpoint
CREATE INDEX "homes_patch_idx" ON "homes" USING btree ("patch_id");--> statement-breakpoint
CREATE INDEX "homes_postcode_idx" ON "homes" USING btree ("postcode");--> statement-breakpoint
CREATE INDEX "living_well_meetings_tenancy_held_idx" ON "living_well_meetings" USING btree ("tenancy_id","held_on");--> statement-breakpoint
CREATE UNIQUE INDEX "patches_name_key" ON "patches" USING btree ("name");--> statement-breakpoint
CREATE INDEX "patches_advisor_idx" ON "patches" USING btree ("advisor_id");--> statement-breakpoint
CREATE UNIQUE INDEX "staff_email_key" ON "staff" USING btree ("email");--> statement-breakpoint
CREATE UNIQUE INDEX "tenancies_reference_key" ON "tenancies" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "tenancies_home_idx" ON "tenancies" USING btree ("home_id");