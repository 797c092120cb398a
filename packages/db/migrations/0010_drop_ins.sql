CREATE TYPE "public"."drop_in_change_kind" AS ENUM('cancel', 'reinstate', 'move', 'venue');--> statement-breakpoint
CREATE TYPE "public"."drop_in_clash_rule" AS ENUM('skip', 'next_working_day');--> statement-breakpoint
CREATE TYPE "public"."drop_in_follow_up_kind" AS ENUM('task', 'invitation');--> statement-breakpoint
ALTER TYPE "public"."notice_kind" ADD VALUE 'drop_in_change';--> statement-breakpoint
CREATE TABLE "drop_in_attendance" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"series_id" uuid NOT NULL,
	"original_date" date NOT NULL,
	"count" integer NOT NULL,
	"topics" text[] NOT NULL,
	"notes" text,
	"recorded_by_id" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "drop_in_attendance_count" CHECK ("drop_in_attendance"."count" >= 0)
);
--> statement-breakpoint
CREATE TABLE "drop_in_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"series_id" uuid NOT NULL,
	"original_date" date NOT NULL,
	"kind" "drop_in_change_kind" NOT NULL,
	"date" date,
	"start_time" text,
	"end_time" text,
	"venue_id" uuid,
	"reason" text NOT NULL,
	"changed_by_id" uuid,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "drop_in_changes_move_has_time" CHECK ("drop_in_changes"."kind" <> 'move' or ("drop_in_changes"."date" is not null and "drop_in_changes"."start_time" is not null and "drop_in_changes"."end_time" is not null)),
	CONSTRAINT "drop_in_changes_venue_has_venue" CHECK ("drop_in_changes"."kind" <> 'venue' or "drop_in_changes"."venue_id" is not null)
);
--> statement-breakpoint
CREATE TABLE "drop_in_follow_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"series_id" uuid NOT NULL,
	"original_date" date NOT NULL,
	"customer_id" uuid NOT NULL,
	"kind" "drop_in_follow_up_kind" NOT NULL,
	"note" text NOT NULL,
	"invitation_id" uuid,
	"owner_id" uuid,
	"created_by_id" uuid,
	"done_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "drop_in_interest" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"series_id" uuid NOT NULL,
	"original_date" date NOT NULL,
	"customer_id" uuid NOT NULL,
	"recorded_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "drop_in_series" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"team" text NOT NULL,
	"topics" text[] NOT NULL,
	"venue_id" uuid NOT NULL,
	"rrule" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"start_time" text NOT NULL,
	"end_time" text NOT NULL,
	"clash_rule" "drop_in_clash_rule" NOT NULL,
	"published" boolean DEFAULT false NOT NULL,
	"sequence" integer DEFAULT 0 NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "drop_in_series_start_time" CHECK (start_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
	CONSTRAINT "drop_in_series_end_time" CHECK (end_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
	CONSTRAINT "drop_in_series_times_order" CHECK ("drop_in_series"."end_time" > "drop_in_series"."start_time"),
	CONSTRAINT "drop_in_series_dates_order" CHECK ("drop_in_series"."ends_on" >= "drop_in_series"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "venue_closures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"venue_id" uuid NOT NULL,
	"date" date NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "venue_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"venue_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"changed_by_id" uuid,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"changes" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "venues" ALTER COLUMN "step_free_entrance" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "venues" ALTER COLUMN "step_free_entrance" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "venues" ALTER COLUMN "accessible_toilet" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "venues" ALTER COLUMN "accessible_toilet" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "venues" ALTER COLUMN "hearing_loop" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "venues" ALTER COLUMN "hearing_loop" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "venues" ALTER COLUMN "blue_badge_parking" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "venues" ALTER COLUMN "blue_badge_parking" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "venues" ALTER COLUMN "quiet_room" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "venues" ALTER COLUMN "quiet_room" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "venues" ALTER COLUMN "baby_changing" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "venues" ALTER COLUMN "baby_changing" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "venues" ALTER COLUMN "bsl_on_request" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "venues" ALTER COLUMN "bsl_on_request" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "venues" ADD COLUMN "area" text;--> statement-breakpoint
ALTER TABLE "venues" ADD COLUMN "opening_hours" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "venues" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "venues" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "notices" ADD COLUMN "drop_in_series_id" uuid;--> statement-breakpoint
ALTER TABLE "notices" ADD COLUMN "drop_in_date" date;--> statement-breakpoint
ALTER TABLE "drop_in_attendance" ADD CONSTRAINT "drop_in_attendance_series_id_drop_in_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."drop_in_series"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drop_in_attendance" ADD CONSTRAINT "drop_in_attendance_recorded_by_id_staff_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drop_in_changes" ADD CONSTRAINT "drop_in_changes_series_id_drop_in_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."drop_in_series"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drop_in_changes" ADD CONSTRAINT "drop_in_changes_venue_id_venues_id_fk" FOREIGN KEY ("venue_id") REFERENCES "public"."venues"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drop_in_changes" ADD CONSTRAINT "drop_in_changes_changed_by_id_staff_id_fk" FOREIGN KEY ("changed_by_id") REFERENCES "public"."staff"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drop_in_follow_ups" ADD CONSTRAINT "drop_in_follow_ups_series_id_drop_in_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."drop_in_series"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drop_in_follow_ups" ADD CONSTRAINT "drop_in_follow_ups_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drop_in_follow_ups" ADD CONSTRAINT "drop_in_follow_ups_invitation_id_invitations_id_fk" FOREIGN KEY ("invitation_id") REFERENCES "public"."invitations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drop_in_follow_ups" ADD CONSTRAINT "drop_in_follow_ups_owner_id_staff_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drop_in_follow_ups" ADD CONSTRAINT "drop_in_follow_ups_created_by_id_staff_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drop_in_interest" ADD CONSTRAINT "drop_in_interest_series_id_drop_in_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."drop_in_series"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drop_in_interest" ADD CONSTRAINT "drop_in_interest_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drop_in_interest" ADD CONSTRAINT "drop_in_interest_recorded_by_id_staff_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drop_in_series" ADD CONSTRAINT "drop_in_series_venue_id_venues_id_fk" FOREIGN KEY ("venue_id") REFERENCES "public"."venues"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drop_in_series" ADD CONSTRAINT "drop_in_series_created_by_id_staff_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "venue_closures" ADD CONSTRAINT "venue_closures_venue_id_venues_id_fk" FOREIGN KEY ("venue_id") REFERENCES "public"."venues"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "venue_revisions" ADD CONSTRAINT "venue_revisions_venue_id_venues_id_fk" FOREIGN KEY ("venue_id") REFERENCES "public"."venues"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "venue_revisions" ADD CONSTRAINT "venue_revisions_changed_by_id_staff_id_fk" FOREIGN KEY ("changed_by_id") REFERENCES "public"."staff"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "drop_in_attendance_occurrence_key" ON "drop_in_attendance" USING btree ("series_id","original_date");--> statement-breakpoint
CREATE INDEX "drop_in_changes_series_idx" ON "drop_in_changes" USING btree ("series_id","original_date","changed_at");--> statement-breakpoint
CREATE INDEX "drop_in_follow_ups_owner_idx" ON "drop_in_follow_ups" USING btree ("owner_id","done_at");--> statement-breakpoint
CREATE INDEX "drop_in_follow_ups_customer_idx" ON "drop_in_follow_ups" USING btree ("customer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "drop_in_interest_key" ON "drop_in_interest" USING btree ("series_id","original_date","customer_id");--> statement-breakpoint
CREATE INDEX "drop_in_interest_customer_idx" ON "drop_in_interest" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "drop_in_series_venue_idx" ON "drop_in_series" USING btree ("venue_id");--> statement-breakpoint
CREATE UNIQUE INDEX "venue_closures_venue_date_key" ON "venue_closures" USING btree ("venue_id","date");--> statement-breakpoint
CREATE UNIQUE INDEX "venue_revisions_venue_version_key" ON "venue_revisions" USING btree ("venue_id","version");--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_drop_in_series_id_drop_in_series_id_fk" FOREIGN KEY ("drop_in_series_id") REFERENCES "public"."drop_in_series"("id") ON DELETE cascade ON UPDATE no action;