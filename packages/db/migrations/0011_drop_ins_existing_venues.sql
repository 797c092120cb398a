-- Venues written before drop-in series existed get an area, so the next migration can make
-- it required. A venue in one of the borough's towns takes that town; any other (Stockbridge
-- Village's centre has a Liverpool address) takes the area whose centre is nearest. Their
-- accessibility facts are left exactly as they were.
UPDATE venues SET area = town
WHERE area IS NULL AND town IN ('Halewood', 'Huyton', 'Kirkby', 'Prescot', 'Whiston');
--> statement-breakpoint
UPDATE venues SET area = (
  SELECT centres.name
  FROM (VALUES
    ('Kirkby', 53.4826, -2.8915),
    ('Stockbridge Village', 53.4337, -2.8655),
    ('Huyton', 53.41, -2.842),
    ('Prescot', 53.4305, -2.807),
    ('Whiston', 53.4135, -2.7875),
    ('Halewood', 53.36, -2.83)
  ) AS centres(name, latitude, longitude)
  -- Degrees of longitude are about 0.6 of a degree of latitude this far north.
  ORDER BY power(venues.latitude - centres.latitude, 2)
         + power((venues.longitude - centres.longitude) * 0.6, 2)
  LIMIT 1
)
WHERE area IS NULL;
--> statement-breakpoint
-- Edit histories are evidence, like the audit log (0003): once written, never changed.
CREATE FUNCTION drop_ins_refuse_change() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER venue_revisions_no_update_or_delete
  BEFORE UPDATE OR DELETE ON venue_revisions
  FOR EACH ROW EXECUTE FUNCTION drop_ins_refuse_change();
--> statement-breakpoint
CREATE TRIGGER drop_in_changes_no_update_or_delete
  BEFORE UPDATE OR DELETE ON drop_in_changes
  FOR EACH ROW EXECUTE FUNCTION drop_ins_refuse_change();
