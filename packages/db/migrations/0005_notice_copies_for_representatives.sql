ALTER TABLE "notices" ADD COLUMN "representative_id" uuid;--> statement-breakpoint
ALTER TABLE "notices" ADD COLUMN "share_reason" text;--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_representative_id_representatives_id_fk" FOREIGN KEY ("representative_id") REFERENCES "public"."representatives"("id") ON DELETE cascade ON UPDATE no action;