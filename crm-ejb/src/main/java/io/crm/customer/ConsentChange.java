package io.crm.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One row of a customer's consent history, as {@link ConsentHistory} wrote it; rows are only added. (Its columns are not
 * marked insertable = false: EclipseLink then reads the time from PostgreSQL to the millisecond only.)
 */
@Entity
@Table(name = "consent_change")
public class ConsentChange {

    @Id
    private long id;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConsentChannel channel;

    private Boolean granted;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConsentSource source;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    protected ConsentChange() {}

    public ConsentChangeView view() {
        return new ConsentChangeView(id, channel, granted, source, changedBy, changedAt);
    }
}
