-- Webhooks: subscriptions of host applications to the CRM's events, read from the change log by a consumer that
-- acts once per deployment group. Each change log entry now also says which fields changed and, for records that
-- live under a customer and for a deleted customer, the customer and its owner and team at the time of the change
-- (a deleted customer can no longer be read to decide who may learn of its deletion).
ALTER TABLE index_event ADD COLUMN changed_fields VARCHAR(1000);
ALTER TABLE index_event ADD COLUMN customer_id BIGINT;
ALTER TABLE index_event ADD COLUMN owner_id VARCHAR(100);
ALTER TABLE index_event ADD COLUMN team_id VARCHAR(100);

-- The platform groups each user had when they last signed in: a subscription acts with its user's permissions while
-- that user is not signed in.
CREATE TABLE crm_user_groups (
    user_id     VARCHAR(100) PRIMARY KEY,
    group_names VARCHAR(4000) NOT NULL,
    seen_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

CREATE SEQUENCE webhook_seq START WITH 50 INCREMENT BY 50;

-- The secret is kept as given to the subscriber: it signs every delivery.
CREATE TABLE webhook_subscription (
    id            BIGINT PRIMARY KEY,
    url           VARCHAR(2000) NOT NULL,
    event_types   VARCHAR(1000) NOT NULL,
    act_as        VARCHAR(100) NOT NULL,
    secret        VARCHAR(100) NOT NULL,
    status        VARCHAR(10) NOT NULL,
    paused_reason VARCHAR(500),
    failing_since TIMESTAMP(6) WITH TIME ZONE,
    created_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    created_by    VARCHAR(100) NOT NULL,
    updated_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version       BIGINT NOT NULL
);

-- One event for one subscription. Deliveries of one subscription and customer go out in sequence (the change log's
-- position); event_id is the same for every attempt, so receivers can drop duplicates.
CREATE TABLE webhook_delivery (
    id               BIGINT PRIMARY KEY,
    subscription_id  BIGINT NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    event_id         VARCHAR(100) NOT NULL,
    event_type       VARCHAR(50) NOT NULL,
    order_key        VARCHAR(100) NOT NULL,
    sequence_no      BIGINT NOT NULL,
    payload          VARCHAR NOT NULL,
    status           VARCHAR(10) NOT NULL,
    attempts         INTEGER NOT NULL,
    next_attempt_at  TIMESTAMP(6) WITH TIME ZONE,
    lease_holder     VARCHAR(200),
    lease_until      TIMESTAMP(6) WITH TIME ZONE,
    created_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    delivered_at     TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT webhook_delivery_event_uq UNIQUE (subscription_id, event_id)
);
CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (status, next_attempt_at);
CREATE INDEX webhook_delivery_order_idx ON webhook_delivery (subscription_id, order_key, sequence_no);

CREATE TABLE webhook_attempt (
    id               BIGINT PRIMARY KEY,
    delivery_id      BIGINT NOT NULL REFERENCES webhook_delivery (id) ON DELETE CASCADE,
    attempted_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    status_code      INTEGER,
    latency_millis   BIGINT NOT NULL,
    error            VARCHAR(500)
);
CREATE INDEX webhook_attempt_delivery_idx ON webhook_attempt (delivery_id, id);

-- Managing webhooks is a permission of its own, the admin's by default, in an existing database too.
INSERT INTO crm_role_permission (role_name, permission)
SELECT name, 'WEBHOOK_MANAGE' FROM crm_role WHERE name = 'admin';
