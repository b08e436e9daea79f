-- A read in clear of several records at once (a list page) is one entry that names them all, instead of one row per
-- record: entity_ids holds their ids separated by spaces, and entity_id is null on such an entry.

ALTER TABLE audit_entry ADD COLUMN entity_ids VARCHAR(100000);
ALTER TABLE audit_entry ALTER COLUMN entity_id DROP NOT NULL;
