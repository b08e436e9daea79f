-- A customer import: a CSV a user uploaded (kept in the import directory, crm.import.dir, until the job is done),
-- how it is read (charset, delimiter, which column is which field), what to do with rows that match a stored
-- customer (policy), whether it only checks (dry_run), and the execution of the customer-import job that takes it.
CREATE SEQUENCE customer_import_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE customer_import (
    id               BIGINT PRIMARY KEY,
    requested_by     VARCHAR(100) NOT NULL,
    policy           VARCHAR(10) NOT NULL,
    dry_run          BOOLEAN NOT NULL,
    charset          VARCHAR(20) NOT NULL,
    delimiter        VARCHAR(1) NOT NULL,
    header           VARCHAR(20000) NOT NULL,
    mapping          VARCHAR(20000) NOT NULL,
    bytes            BIGINT NOT NULL,
    total_rows       BIGINT,
    execution_id     BIGINT,
    job_instance     BIGINT,
    created_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    file_deleted_at  TIMESTAMP(6) WITH TIME ZONE
);

CREATE INDEX customer_import_requester_idx ON customer_import (requested_by, id);

-- What became of each row of an import, by the line it starts on: written in the transaction that took the row,
-- so a chunk replayed after a crash finds its rows taken and takes none twice. A failed row keeps the field and
-- reason, and the row as it was, for the error file: both sealed, they hold personal data (a reason may quote a phone).
CREATE TABLE customer_import_row (
    import_id    BIGINT NOT NULL REFERENCES customer_import (id),
    line         BIGINT NOT NULL,
    outcome      VARCHAR(10) NOT NULL,
    customer_id  BIGINT,
    field        VARCHAR(200),
    reason       VARCHAR,
    record       VARCHAR,
    PRIMARY KEY (import_id, line)
);
