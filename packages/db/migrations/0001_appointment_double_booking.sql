-- Double booking is impossible at the database, whatever the application does: no member of
-- staff can hold two appointments whose times overlap. Cancelled and rescheduled
-- appointments no longer hold their time. `btree_gist` lets the equality on staff_id share
-- a GiST index with the range overlap. PGlite loads the extension in packages/db/src/client.ts.
CREATE EXTENSION IF NOT EXISTS btree_gist;
--> statement-breakpoint
ALTER TABLE "appointments"
  ADD CONSTRAINT "appointments_no_double_booking"
  EXCLUDE USING gist ("staff_id" WITH =, "during" WITH &&)
  WHERE ("status" NOT IN ('cancelled', 'rescheduled'));
