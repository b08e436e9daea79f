package io.crm.points;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A customer's running points balance: the sum of their ledger entries, the row every change of it locks. Read here;
 * changed only by {@link PointsLedger}, in one statement of the database.
 */
@Entity
@Table(name = "points_account")
public class PointsAccount {

    @Id
    @Column(name = "customer_id")
    private long customerId;

    @Column(nullable = false)
    private long balance;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected PointsAccount() {}

    public long balance() {
        return balance;
    }
}
