-- A subscription's secret rotates with an overlap: the previous one keeps signing beside the new one until
-- previous_secret_until. Both are sealed like personal data (V29_1 seals the secrets stored in clear before).
ALTER TABLE webhook_subscription ALTER COLUMN secret SET DATA TYPE VARCHAR(400);
ALTER TABLE webhook_subscription ADD COLUMN previous_secret VARCHAR(400);
ALTER TABLE webhook_subscription ADD COLUMN previous_secret_until TIMESTAMP(6) WITH TIME ZONE;
