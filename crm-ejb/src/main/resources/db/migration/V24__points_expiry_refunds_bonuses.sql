-- A refunded purchase stays on record (its amount leaves the customer's aggregates, its points are reversed).
ALTER TABLE purchase ADD COLUMN refunded_at TIMESTAMP(6) WITH TIME ZONE;
ALTER TABLE purchase ADD COLUMN refund_reason VARCHAR(500);

-- Points lapse a number of months after the day they were earned (null: never); purchases in the customer's birthday
-- month earn a multiple; an answered survey earns a bonus.
ALTER TABLE points_rule ADD COLUMN expires_after_months INTEGER;
ALTER TABLE points_rule ADD COLUMN birthday_month_multiplier NUMERIC(9, 4) DEFAULT 1 NOT NULL;
ALTER TABLE points_rule ADD COLUMN survey_answer_bonus BIGINT DEFAULT 0 NOT NULL;
