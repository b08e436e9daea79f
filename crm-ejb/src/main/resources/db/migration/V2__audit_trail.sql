-- The audit trail: every write (who, when, which record, the before/after of the changed fields) and every read
-- of personal data in clear. Rows are only ever inserted.

CREATE SEQUENCE audit_entry_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE audit_entry (
    id           BIGINT PRIMARY KEY,
    occurred_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    -- a user id, or "system:<job>" for a batch job
    actor        VARCHAR(200) NOT NULL,
    -- CREATE, UPDATE, DELETE, READ_PII, ...
    action       VARCHAR(40) NOT NULL,
    entity_type  VARCHAR(50) NOT NULL,
    entity_id    VARCHAR(100) NOT NULL,
    -- JSON {"field": {"before": ..., "after": ...}} for writes; null for reads
    changes      VARCHAR(100000),
    -- client address and request id, when the entry comes from a request
    source       VARCHAR(200)
);

CREATE INDEX audit_entry_entity_idx ON audit_entry (entity_type, entity_id, id);
CREATE INDEX audit_entry_actor_idx ON audit_entry (actor, id);
CREATE INDEX audit_entry_occurred_idx ON audit_entry (occurred_at);
