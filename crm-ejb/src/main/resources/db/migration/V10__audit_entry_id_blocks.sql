-- A read of several records names them in entity_ids; entity_id_blocks holds the keys PostgreSQL finds it by (the
-- blocks of 64 consecutive ids they fall in, io.crm.audit.IdBlocks): a list page in id order gives one or two keys
-- where its ids gave 50. Migration 10.1 fills it for the entries written before.

ALTER TABLE audit_entry ADD COLUMN entity_id_blocks VARCHAR(100000);
