package io.crm.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One change of a customer's tier, lifecycle stage or membership level, by the scoring job or by hand. Rows are written by SQL (the
 * scoring job writes them set-based) and only read through this entity.
 */
@Entity
@Table(name = "customer_history")
public class CustomerHistory {

    public static final String TIER = "tier";
    public static final String LIFECYCLE_STAGE = "lifecycleStage";
    public static final String LEVEL = "level";

    @Id
    private long id;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(nullable = false)
    private String field;

    @Column(name = "from_value")
    private String fromValue;

    @Column(name = "to_value", nullable = false)
    private String toValue;

    /** SCORING or MANUAL. */
    @Column(nullable = false)
    private String source;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "execution_id")
    private Long executionId;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    protected CustomerHistory() {}

    public long id() {
        return id;
    }

    public long customerId() {
        return customerId;
    }

    public String field() {
        return field;
    }

    public String fromValue() {
        return fromValue;
    }

    public String toValue() {
        return toValue;
    }

    public String source() {
        return source;
    }

    public String changedBy() {
        return changedBy;
    }

    public Long executionId() {
        return executionId;
    }

    public OffsetDateTime changedAt() {
        return changedAt;
    }
}
