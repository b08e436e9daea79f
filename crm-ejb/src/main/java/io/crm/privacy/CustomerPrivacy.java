package io.crm.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A customer's privacy state: under legal hold or not, and erased or not (when, by whom, why). */
@Entity
@Table(name = "customer_privacy")
public class CustomerPrivacy {

    @Id
    @Column(name = "customer_id")
    private long customerId;

    @Column(name = "legal_hold", nullable = false)
    private boolean legalHold;

    @Column(name = "hold_reason")
    private String holdReason;

    @Column(name = "hold_set_by")
    private String holdSetBy;

    @Column(name = "hold_set_at")
    private OffsetDateTime holdSetAt;

    @Column(name = "erased_at")
    private OffsetDateTime erasedAt;

    @Column(name = "erased_by")
    private String erasedBy;

    @Column(name = "erasure_reason")
    private String erasureReason;

    protected CustomerPrivacy() {}

    CustomerPrivacy(long customerId) {
        this.customerId = customerId;
    }

    void hold(boolean hold, String reason, String actor, OffsetDateTime now) {
        legalHold = hold;
        holdReason = reason;
        holdSetBy = actor;
        holdSetAt = now;
    }

    void erased(String actor, String reason, OffsetDateTime now) {
        erasedBy = actor;
        erasureReason = reason;
        erasedAt = now;
    }

    public long customerId() {
        return customerId;
    }

    public boolean legalHold() {
        return legalHold;
    }

    public String holdReason() {
        return holdReason;
    }

    public String holdSetBy() {
        return holdSetBy;
    }

    public OffsetDateTime holdSetAt() {
        return holdSetAt;
    }

    public OffsetDateTime erasedAt() {
        return erasedAt;
    }

    public String erasedBy() {
        return erasedBy;
    }

    public String erasureReason() {
        return erasureReason;
    }
}
