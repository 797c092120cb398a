ALTER TABLE "living_well_meetings" ADD COLUMN "idempotency_key" uuid;--> statement-breakpoint
ALTER TABLE "living_well_meetings" ADD COLUMN "answered_next_due_on" date;--> statement-breakpoint
CREATE UNIQUE INDEX "living_well_meetings_recorder_idempotency_key" ON "living_well_meetings" USING btree ("recorded_by_id","idempotency_key");