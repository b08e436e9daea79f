-- The outbox becomes the change log that several consumers read: each entry also says what happened and who did it
-- (entries written before this say UPDATED, by nobody known), and every consumer keeps its position in
-- change_consumer: one row per instance for the search index, one row per deployment group (instance '*') for a
-- consumer that must act once, whose range an instance claims under a lease. The search index positions of
-- index_node move over as they are, so no instance replays or rebuilds for the upgrade.
ALTER TABLE index_event ADD COLUMN change_kind VARCHAR(10) DEFAULT 'UPDATED' NOT NULL;
ALTER TABLE index_event ADD COLUMN actor VARCHAR(200);

CREATE TABLE change_consumer (
    consumer      VARCHAR(100) NOT NULL,
    instance      VARCHAR(200) NOT NULL,
    position      BIGINT NOT NULL,
    seen_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    lease_holder  VARCHAR(200),
    lease_until   TIMESTAMP(6) WITH TIME ZONE,
    PRIMARY KEY (consumer, instance)
);
INSERT INTO change_consumer (consumer, instance, position, seen_at)
    SELECT 'search-index', name, position, seen_at FROM index_node;
DROP TABLE index_node;
