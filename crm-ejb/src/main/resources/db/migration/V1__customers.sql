-- Users and teams the CRM knows, customers with their tags, contact keys and purchases.

CREATE TABLE crm_team (
    id          VARCHAR(100) PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    parent_id   VARCHAR(100) REFERENCES crm_team (id),
    manager_id  VARCHAR(100)
);

CREATE TABLE crm_user (
    id            VARCHAR(100) PRIMARY KEY,
    display_name  VARCHAR(200) NOT NULL,
    team_id       VARCHAR(100) REFERENCES crm_team (id)
);

CREATE SEQUENCE customer_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE customer (
    id                 BIGINT PRIMARY KEY,
    version            BIGINT NOT NULL,
    type               VARCHAR(10) NOT NULL,
    name               VARCHAR(400) NOT NULL,
    name_key           VARCHAR(400) NOT NULL,
    phones             VARCHAR(400),
    emails             VARCHAR(2700),
    wechat_id          VARCHAR(20),
    gender             VARCHAR(10),
    birthday           DATE,
    occupation         VARCHAR(200),
    region             VARCHAR(200),
    city               VARCHAR(200),
    source             VARCHAR(20),
    consent_email      BOOLEAN,
    consent_email_at   TIMESTAMP(6) WITH TIME ZONE,
    consent_sms        BOOLEAN,
    consent_sms_at     TIMESTAMP(6) WITH TIME ZONE,
    consent_wechat     BOOLEAN,
    consent_wechat_at  TIMESTAMP(6) WITH TIME ZONE,
    consent_phone      BOOLEAN,
    consent_phone_at   TIMESTAMP(6) WITH TIME ZONE,
    owner_id           VARCHAR(100) NOT NULL,
    team_id            VARCHAR(100),
    tier               VARCHAR(20) NOT NULL,
    manual_tier        VARCHAR(20),
    computed_tier      VARCHAR(20) NOT NULL,
    lifecycle_stage    VARCHAR(20) NOT NULL,
    rfm_recency        INTEGER,
    rfm_frequency      INTEGER,
    rfm_monetary       INTEGER,
    last_purchase_at   TIMESTAMP(6) WITH TIME ZONE,
    purchase_count     INTEGER NOT NULL DEFAULT 0,
    total_spend        NUMERIC(19, 4) NOT NULL DEFAULT 0,
    created_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

CREATE INDEX customer_owner_idx ON customer (owner_id, id);
CREATE INDEX customer_team_idx ON customer (team_id, id);
CREATE INDEX customer_tier_idx ON customer (tier, id);
CREATE INDEX customer_stage_idx ON customer (lifecycle_stage, id);
CREATE INDEX customer_updated_idx ON customer (updated_at);
CREATE INDEX customer_name_key_idx ON customer (name_key);

CREATE TABLE customer_tag (
    customer_id  BIGINT NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    tag          VARCHAR(100) NOT NULL,
    PRIMARY KEY (customer_id, tag)
);
CREATE INDEX customer_tag_tag_idx ON customer_tag (tag, customer_id);

-- Normalized phones ("phone:+8613800138000") and emails ("email:a@b.com") for duplicate detection.
CREATE TABLE customer_contact_key (
    customer_id  BIGINT NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    contact_key  VARCHAR(300) NOT NULL,
    PRIMARY KEY (customer_id, contact_key)
);
CREATE INDEX customer_contact_key_idx ON customer_contact_key (contact_key);

CREATE SEQUENCE purchase_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE purchase (
    id           BIGINT PRIMARY KEY,
    customer_id  BIGINT NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    amount       NUMERIC(19, 4) NOT NULL,
    currency     CHAR(3) NOT NULL,
    occurred_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    external_id  VARCHAR(100),
    created_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT purchase_external_id_uq UNIQUE (customer_id, external_id)
);
CREATE INDEX purchase_customer_idx ON purchase (customer_id, occurred_at, id);
