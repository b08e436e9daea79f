-- Notes and follow-ups on customers, and the log that keeps each instance's search index current.

CREATE SEQUENCE note_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE note (
    id           BIGINT PRIMARY KEY,
    version      BIGINT NOT NULL,
    customer_id  BIGINT NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    author_id    VARCHAR(100) NOT NULL,
    text         VARCHAR(20000) NOT NULL,
    created_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX note_customer_idx ON note (customer_id, id);

CREATE SEQUENCE follow_up_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE follow_up (
    id            BIGINT PRIMARY KEY,
    version       BIGINT NOT NULL,
    customer_id   BIGINT NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    author_id     VARCHAR(100) NOT NULL,
    channel       VARCHAR(10) NOT NULL,
    content       VARCHAR(20000) NOT NULL,
    outcome       VARCHAR(4000),
    next_step     VARCHAR(4000),
    due_at        TIMESTAMP(6) WITH TIME ZONE,
    assignee_id   VARCHAR(100) NOT NULL,
    status        VARCHAR(10) NOT NULL,
    completed_at  TIMESTAMP(6) WITH TIME ZONE,
    created_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX follow_up_customer_idx ON follow_up (customer_id, id);
CREATE INDEX follow_up_assignee_idx ON follow_up (assignee_id, status, due_at, id);

-- The outbox: one row per change of something the index holds, written in the transaction of the change.
-- A position is given after commit, in commit order, by whichever instance sequences first (under the lock of
-- the index_log row); every instance reads the log in position order from where its own index stands.
CREATE SEQUENCE index_event_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE index_event (
    id           BIGINT PRIMARY KEY,
    entity_type  VARCHAR(20) NOT NULL,
    entity_id    BIGINT NOT NULL,
    created_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    position     BIGINT
);
CREATE INDEX index_event_position_idx ON index_event (position);

CREATE TABLE index_log (
    id              INTEGER PRIMARY KEY,
    last_position   BIGINT NOT NULL,
    pruned_through  BIGINT NOT NULL
);
INSERT INTO index_log (id, last_position, pruned_through) VALUES (1, 0, 0);

-- Each instance's index position, so that events every live instance has applied can be removed.
CREATE TABLE index_node (
    name      VARCHAR(200) PRIMARY KEY,
    position  BIGINT NOT NULL,
    seen_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

-- Records an instance could not index: retried with back-off, then FAILED until replayed.
CREATE TABLE index_failure (
    node             VARCHAR(200) NOT NULL,
    entity_type      VARCHAR(20) NOT NULL,
    entity_id        BIGINT NOT NULL,
    attempts         INTEGER NOT NULL,
    state            VARCHAR(10) NOT NULL,
    next_attempt_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    first_failed_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    last_error       VARCHAR(2000),
    PRIMARY KEY (node, entity_type, entity_id)
);
