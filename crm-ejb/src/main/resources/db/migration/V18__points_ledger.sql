-- The loyalty points ledger: entries are only ever added (a mistake is reversed by another entry); the account row
-- holds the running balance, is locked by every change of the customer's points and can never go below zero.

CREATE TABLE points_account (
    customer_id  BIGINT PRIMARY KEY REFERENCES customer (id) ON DELETE CASCADE,
    balance      BIGINT NOT NULL,
    updated_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT points_account_never_negative CHECK (balance >= 0)
);

CREATE SEQUENCE points_entry_seq START WITH 50 INCREMENT BY 50;

-- source_key makes a source count once per customer: purchase:<id> for an accrual, redemption:<idempotency key>.
CREATE TABLE points_entry (
    id             BIGINT PRIMARY KEY,
    customer_id    BIGINT NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    kind           VARCHAR(12) NOT NULL,
    points         BIGINT NOT NULL,
    balance_after  BIGINT NOT NULL,
    source_key     VARCHAR(220),
    purchase_id    BIGINT,
    reason         VARCHAR(500),
    reward         VARCHAR(200),
    earned_on      DATE,
    created_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    created_by     VARCHAR(100) NOT NULL,
    CONSTRAINT points_entry_source_uq UNIQUE (customer_id, source_key),
    CONSTRAINT points_entry_after_not_negative CHECK (balance_after >= 0)
);
CREATE INDEX points_entry_customer_idx ON points_entry (customer_id, id);

-- The accrual rules, one version per date they take effect from; a purchase accrues by the latest on or before its day.
CREATE TABLE points_rule (
    effective_from        DATE PRIMARY KEY,
    points_per_unit       NUMERIC(19, 4) NOT NULL,
    multiplier_potential  NUMERIC(9, 4) NOT NULL,
    multiplier_regular    NUMERIC(9, 4) NOT NULL,
    multiplier_important  NUMERIC(9, 4) NOT NULL,
    multiplier_vip        NUMERIC(9, 4) NOT NULL,
    first_purchase_bonus  BIGINT NOT NULL,
    daily_cap             BIGINT,
    updated_at            TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_by            VARCHAR(100) NOT NULL
);

-- Adjusting points by hand and setting the accrual rules are permissions of their own; the roles that have them by
-- default get them in an existing database too (a new database gets them from the default roles).
INSERT INTO crm_role_permission (role_name, permission)
SELECT name, 'POINTS_ADJUST' FROM crm_role WHERE name IN ('admin', 'manager');
INSERT INTO crm_role_permission (role_name, permission)
SELECT name, 'POINTS_MANAGE' FROM crm_role WHERE name = 'admin';
