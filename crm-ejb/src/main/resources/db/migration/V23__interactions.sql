-- Interactions: what customers did, as host apps report it (page views, store visits, ...). Only ever inserted, in
-- JDBC batches with ids taken a thousand at a time. external_id makes a retried report count once per customer.

CREATE SEQUENCE interaction_seq START WITH 1000 INCREMENT BY 1000;

CREATE TABLE interaction (
    id           BIGINT PRIMARY KEY,
    customer_id  BIGINT NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    type         VARCHAR(50) NOT NULL,
    occurred_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    channel      VARCHAR(50),
    properties   VARCHAR(4000),
    external_id  VARCHAR(200),
    created_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    created_by   VARCHAR(100) NOT NULL,
    CONSTRAINT interaction_external_uq UNIQUE (customer_id, external_id)
);
-- the timeline pages a customer's interactions newest first; segment rules count them by type and time
CREATE INDEX interaction_customer_time_idx ON interaction (customer_id, occurred_at, id);
CREATE INDEX interaction_customer_type_idx ON interaction (customer_id, type, occurred_at);

-- the latest interaction of the customer: recent activity keeps a customer who stopped buying from counting as churned
ALTER TABLE customer ADD COLUMN last_activity_at TIMESTAMP(6) WITH TIME ZONE;
