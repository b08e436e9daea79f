-- PostgreSQL only: finds the reads of several records that named a given one (GET /audit?entityId=...) by the key of
-- its block (entity_id_blocks), then keeps those that name the id itself. Replaces the index over every id of migration
-- 9.1, which cost the database more than the rest of an audited list page (docs/benchmarks.md). Partial: entries about
-- one record stay out of it.

DROP INDEX audit_entry_entity_ids_idx;

CREATE INDEX audit_entry_entity_id_blocks_idx ON audit_entry USING gin (string_to_array(entity_id_blocks, ' '))
    WHERE entity_id_blocks IS NOT NULL;
