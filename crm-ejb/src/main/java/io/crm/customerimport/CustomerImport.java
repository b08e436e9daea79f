package io.crm.customerimport;

import io.crm.customer.ImportPolicy;
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

/** One CSV of customers a user uploaded: how it is read, what to do with matches, and the job that takes it. */
@Entity
@Table(name = "customer_import")
public class CustomerImport {

    @Id
    @SequenceGenerator(name = "customer_import_seq", sequenceName = "customer_import_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_import_seq")
    private long id;

    @Column(name = "requested_by", nullable = false)
    private String requestedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ImportPolicy policy;

    @Column(name = "dry_run", nullable = false)
    private boolean dryRun;

    @Enumerated(EnumType.STRING)
    @Column(name = "blank_cells", nullable = false)
    private BlankCells blankCells;

    @Column(nullable = false)
    private String charset;

    @Column(nullable = false)
    private String delimiter;

    /** The header row, as a JSON array of the column names. */
    @Column(nullable = false)
    private String header;

    /** Which field each column fills, as a JSON object (column → field; null: the column is left out). */
    @Column(nullable = false)
    private String mapping;

    @Column(nullable = false)
    private long bytes;

    @Column(name = "total_rows")
    private Long totalRows;

    @Column(name = "execution_id")
    private Long executionId;

    @Column(name = "job_instance")
    private Long jobInstance;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "file_deleted_at")
    private OffsetDateTime fileDeletedAt;

    protected CustomerImport() {}

    CustomerImport(String requestedBy, ImportSettings settings, long bytes, OffsetDateTime createdAt) {
        this.requestedBy = requestedBy;
        this.policy = settings.policy();
        this.dryRun = settings.dryRun();
        this.blankCells = settings.blankCells();
        this.charset = settings.charset();
        this.delimiter = String.valueOf(settings.delimiter());
        this.header = settings.headerJson();
        this.mapping = settings.mappingJson();
        this.bytes = bytes;
        this.createdAt = createdAt;
    }

    public long id() {
        return id;
    }

    public String requestedBy() {
        return requestedBy;
    }

    ImportSettings settings() {
        return ImportSettings.of(policy, dryRun, blankCells, charset, delimiter.charAt(0), header, mapping);
    }

    public long bytes() {
        return bytes;
    }

    public Long totalRows() {
        return totalRows;
    }

    public Long executionId() {
        return executionId;
    }

    public Long jobInstance() {
        return jobInstance;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime fileDeletedAt() {
        return fileDeletedAt;
    }

    void started(long executionId) {
        this.executionId = executionId;
    }

    void claimedBy(long jobInstance) {
        this.jobInstance = jobInstance;
    }

    void counted(long totalRows) {
        this.totalRows = totalRows;
    }

    void fileDeleted(OffsetDateTime at) {
        this.fileDeletedAt = at;
    }
}
