-- Which instance runs which job execution, and when each instance was last alive, so that an execution whose
-- server was killed can be failed in the batch job repository (which records no instance) and restarted.

CREATE TABLE job_run (
    execution_id   BIGINT PRIMARY KEY,
    job_name       VARCHAR(100) NOT NULL,
    instance_name  VARCHAR(200) NOT NULL,
    process        VARCHAR(100) NOT NULL,
    started_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX job_run_instance_idx ON job_run (instance_name);

CREATE TABLE batch_instance (
    name     VARCHAR(200) PRIMARY KEY,
    seen_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
