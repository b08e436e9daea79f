-- Membership levels (会员等级): ranked, each reached by points earned or money spent over a rolling window; the
-- customer-scoring job sets every customer's level and records each change in the customer's history.
CREATE TABLE membership_level (
    level_rank     INTEGER PRIMARY KEY,
    name           VARCHAR(20) NOT NULL,
    min_points     BIGINT,
    min_spend      NUMERIC(19, 4),
    benefits       VARCHAR(8000) NOT NULL,
    window_months  INTEGER NOT NULL,
    updated_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_by     VARCHAR(100) NOT NULL,
    CONSTRAINT membership_level_name_uq UNIQUE (name)
);

ALTER TABLE customer ADD COLUMN membership_level VARCHAR(20);
ALTER TABLE customer_score ADD COLUMN membership_level VARCHAR(20);
ALTER TABLE scoring_run ADD COLUMN level_changes BIGINT DEFAULT 0 NOT NULL;
CREATE INDEX points_entry_earned_idx ON points_entry (customer_id, earned_on);
