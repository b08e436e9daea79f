-- Cron schedules of batch jobs. Every instance checks for due schedules; one wins each fire by moving
-- next_fire_at under a version check, so a schedule fires once however many instances run.

CREATE SEQUENCE job_schedule_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE job_schedule (
    id                 BIGINT PRIMARY KEY,
    version            BIGINT NOT NULL,
    job_name           VARCHAR(100) NOT NULL,
    cron               VARCHAR(200) NOT NULL,
    time_zone          VARCHAR(64) NOT NULL,
    parameters         VARCHAR(4000) NOT NULL,
    enabled            BOOLEAN NOT NULL,
    next_fire_at       TIMESTAMP(6) WITH TIME ZONE,
    last_fire_at       TIMESTAMP(6) WITH TIME ZONE,
    last_execution_id  BIGINT,
    last_outcome       VARCHAR(20),
    created_by         VARCHAR(100) NOT NULL,
    created_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX job_schedule_due_idx ON job_schedule (enabled, next_fire_at);
