-- Replaying a time range of a subscription's events from the change log, and pruning what no longer needs keeping.
--
-- The change log keeps entries for a retention (crm.changelog.retention) even once every consumer has read them, so
-- that a range can be replayed; the head remembers the newest time of the entries pruned, before which a replay would
-- miss changes. Entries pruned before this version: the oldest entry left marks that time.
ALTER TABLE index_log ADD COLUMN pruned_until TIMESTAMP(6) WITH TIME ZONE;
UPDATE index_log SET pruned_until = COALESCE((SELECT MIN(created_at) FROM index_event), CURRENT_TIMESTAMP)
WHERE pruned_through > 0;
CREATE INDEX index_event_created_idx ON index_event (created_at);

-- A replay: who asked for which range of a subscription's events, and how many it queued again.
CREATE TABLE webhook_replay (
    id               BIGINT PRIMARY KEY,
    subscription_id  BIGINT NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    range_from       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    range_to         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    events           INTEGER NOT NULL,
    created_by       VARCHAR(100) NOT NULL,
    created_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

-- A replay queues new deliveries with the events' own ids: an event is queued once by the change log's consumer
-- (replay_id 0) and once more by each replay that covers it.
ALTER TABLE webhook_delivery ADD COLUMN replay_id BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE webhook_delivery DROP CONSTRAINT webhook_delivery_event_uq;
ALTER TABLE webhook_delivery ADD CONSTRAINT webhook_delivery_event_uq UNIQUE (subscription_id, event_id, replay_id);

-- Delivered and dead deliveries are removed after crm.webhooks.delivery-retention, oldest first.
CREATE INDEX webhook_delivery_finished_idx ON webhook_delivery (status, created_at);
