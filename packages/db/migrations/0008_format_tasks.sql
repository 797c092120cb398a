CREATE TABLE "format_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"notice_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"format" "notice_format" NOT NULL,
	"language" text NOT NULL,
	"due_on" date NOT NULL,
	"done_at" timestamp with time zone,
	"done_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "format_tasks" ADD CONSTRAINT "format_tasks_notice_id_notices_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."notices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "format_tasks" ADD CONSTRAINT "format_tasks_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "format_tasks_notice_key" ON "format_tasks" USING btree ("notice_id");--> statement-breakpoint
CREATE INDEX "format_tasks_open_idx" ON "format_tasks" USING btree ("done_at","due_on");