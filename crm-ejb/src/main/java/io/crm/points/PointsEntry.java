package io.crm.points;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One change of a customer's points. Never edited: a mistake is taken back by a reversal entry. */
@Entity
@Table(name = "points_entry")
public class PointsEntry {

    @Id
    @SequenceGenerator(name = "points_entry_seq", sequenceName = "points_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "points_entry_seq")
    private long id;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private long customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private PointsEntryKind kind;

    @Column(nullable = false, updatable = false)
    private long points;

    @Column(name = "balance_after", nullable = false, updatable = false)
    private long balanceAfter;

    /** What the entry counts once per customer: {@code purchase:<id>}, {@code redemption:<key>}; null for others. */
    @Column(name = "source_key", updatable = false)
    private String sourceKey;

    @Column(name = "purchase_id", updatable = false)
    private Long purchaseId;

    @Column(updatable = false)
    private String reason;

    @Column(updatable = false)
    private String reward;

    /** The day an accrual was earned on (its purchase's day, UTC). */
    @Column(name = "earned_on", updatable = false)
    private LocalDate earnedOn;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected PointsEntry() {}

    PointsEntry(
            long customerId,
            PointsEntryKind kind,
            long points,
            long balanceAfter,
            String sourceKey,
            Long purchaseId,
            String reason,
            String reward,
            LocalDate earnedOn,
            OffsetDateTime createdAt,
            String createdBy) {
        this.customerId = customerId;
        this.kind = kind;
        this.points = points;
        this.balanceAfter = balanceAfter;
        this.sourceKey = sourceKey;
        this.purchaseId = purchaseId;
        this.reason = reason;
        this.reward = reward;
        this.earnedOn = earnedOn;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public long id() {
        return id;
    }

    public long customerId() {
        return customerId;
    }

    public PointsEntryKind kind() {
        return kind;
    }

    public long points() {
        return points;
    }

    public long balanceAfter() {
        return balanceAfter;
    }

    public String sourceKey() {
        return sourceKey;
    }

    public Long purchaseId() {
        return purchaseId;
    }

    public String reason() {
        return reason;
    }

    public String reward() {
        return reward;
    }

    public LocalDate earnedOn() {
        return earnedOn;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }
}
