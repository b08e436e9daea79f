-- PostgreSQL only: finds the reads of several records that named a given one (GET /audit?entityId=...). A GIN index
-- takes a page's ids as one row's worth of work (its pending list), where a B-tree entry per record cost the database
-- most of an audited list read. Partial: entries about one record stay out of it.

CREATE INDEX audit_entry_entity_ids_idx ON audit_entry USING gin (string_to_array(entity_ids, ' '))
    WHERE entity_ids IS NOT NULL;
