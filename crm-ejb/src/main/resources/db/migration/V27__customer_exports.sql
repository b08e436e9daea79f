-- A customer export: what a user asked for (the list's filters, or a segment, and a format), the execution of the
-- customer-export job that writes its file, how far it got, and until when the file may be downloaded. The file
-- itself lives in the export directory (crm.export.dir), sealed; file_deleted_at is set once the cleanup removed it.
CREATE SEQUENCE customer_export_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE customer_export (
    id               BIGINT PRIMARY KEY,
    requested_by     VARCHAR(100) NOT NULL,
    format           VARCHAR(10) NOT NULL,
    criteria         VARCHAR(4000) NOT NULL,
    segment_id       BIGINT,
    execution_id     BIGINT,
    rows_written     BIGINT DEFAULT 0 NOT NULL,
    bytes_written    BIGINT DEFAULT 0 NOT NULL,
    created_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    expires_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    file_deleted_at  TIMESTAMP(6) WITH TIME ZONE,
    job_instance     BIGINT
);

CREATE INDEX customer_export_expiry_idx ON customer_export (expires_at);
