package io.crm.export;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One export a user asked for: its criteria and format, the job execution writing it, and its file's lifetime. */
@Entity
@Table(name = "customer_export")
public class CustomerExport {

    @Id
    @SequenceGenerator(name = "customer_export_seq", sequenceName = "customer_export_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_export_seq")
    private long id;

    @Column(name = "requested_by", nullable = false)
    private String requestedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ExportFormat format;

    @Column(nullable = false)
    private String criteria;

    @Column(name = "segment_id")
    private Long segmentId;

    @Column(name = "execution_id")
    private Long executionId;

    @Column(name = "job_instance")
    private Long jobInstance;

    @Column(name = "rows_written", nullable = false)
    private long rowsWritten;

    @Column(name = "bytes_written", nullable = false)
    private long bytesWritten;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    @Column(name = "file_deleted_at")
    private OffsetDateTime fileDeletedAt;

    protected CustomerExport() {}

    CustomerExport(
            String requestedBy,
            ExportFormat format,
            ExportCriteria criteria,
            OffsetDateTime createdAt,
            OffsetDateTime expiresAt) {
        this.requestedBy = requestedBy;
        this.format = format;
        this.criteria = criteria.toJson();
        this.segmentId = criteria.segmentId();
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public long id() {
        return id;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public ExportFormat format() {
        return format;
    }

    public ExportCriteria criteria() {
        return ExportCriteria.fromJson(criteria);
    }

    public Long executionId() {
        return executionId;
    }

    Long jobInstance() {
        return jobInstance;
    }

    public long rowsWritten() {
        return rowsWritten;
    }

    public long bytesWritten() {
        return bytesWritten;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime expiresAt() {
        return expiresAt;
    }

    public OffsetDateTime fileDeletedAt() {
        return fileDeletedAt;
    }

    void started(long execution) {
        executionId = execution;
    }

    void claimedBy(long instance) {
        jobInstance = instance;
    }

    void wrote(long rows, long bytes) {
        rowsWritten = rows;
        bytesWritten = bytes;
    }

    void fileDeleted(OffsetDateTime at) {
        fileDeletedAt = at;
    }
}
