package io.crm.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** Where a customer merged into another went, and whose it was: the trace a merged record leaves. */
@Entity
@Table(name = "customer_merge")
public class CustomerMerge {

    @Id
    @Column(name = "duplicate_id")
    private long duplicateId;

    @Column(name = "survivor_id", nullable = false)
    private long survivorId;

    @Column(name = "duplicate_owner_id", nullable = false)
    private String duplicateOwnerId;

    @Column(name = "duplicate_team_id")
    private String duplicateTeamId;

    @Column(name = "merged_at", nullable = false)
    private OffsetDateTime mergedAt;

    @Column(name = "merged_by", nullable = false)
    private String mergedBy;

    protected CustomerMerge() {}

    CustomerMerge(Customer duplicate, long survivorId, String mergedBy, OffsetDateTime now) {
        this.duplicateId = duplicate.id();
        this.survivorId = survivorId;
        this.duplicateOwnerId = duplicate.ownerId();
        this.duplicateTeamId = duplicate.teamId();
        this.mergedBy = mergedBy;
        this.mergedAt = now;
    }

    public long duplicateId() {
        return duplicateId;
    }

    public long survivorId() {
        return survivorId;
    }

    public String duplicateOwnerId() {
        return duplicateOwnerId;
    }

    public String duplicateTeamId() {
        return duplicateTeamId;
    }

    public OffsetDateTime mergedAt() {
        return mergedAt;
    }

    public String mergedBy() {
        return mergedBy;
    }
}
