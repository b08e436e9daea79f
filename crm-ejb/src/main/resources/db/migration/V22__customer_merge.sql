-- A customer merged into another is gone; this row remembers where it went, so that its id answers 404 with the
-- survivor's id to those who could read it (by the owner and team it had), and a retried merge answers as the first.
CREATE TABLE customer_merge (
    duplicate_id        BIGINT PRIMARY KEY,
    survivor_id         BIGINT NOT NULL,
    duplicate_owner_id  VARCHAR(100) NOT NULL,
    duplicate_team_id   VARCHAR(100),
    merged_at           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    merged_by           VARCHAR(100) NOT NULL
);
CREATE INDEX customer_merge_survivor_idx ON customer_merge (survivor_id);
