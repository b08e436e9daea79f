-- The timeline reads consent changes and merges like its other kinds: newest first per customer, by an index on
-- (customer, time, id). The merge index also serves what the old one on survivor_id alone did.
CREATE INDEX consent_change_customer_time_idx ON consent_change (customer_id, changed_at, id);
CREATE INDEX customer_merge_survivor_time_idx ON customer_merge (survivor_id, merged_at, duplicate_id);
DROP INDEX customer_merge_survivor_idx;
