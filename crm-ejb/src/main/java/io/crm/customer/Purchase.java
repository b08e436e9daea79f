package io.crm.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Objects;

/** A purchase or transaction of a customer; purchases feed the customer's value metrics. */
@Entity
@Table(name = "purchase")
public class Purchase {

    @Id
    @SequenceGenerator(name = "purchase_seq", sequenceName = "purchase_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "purchase_seq")
    private long id;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal amount;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;

    /** The order number in the system the purchase came from; a retried submission is recognised by it. */
    @Column(name = "external_id")
    private String externalId;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    /** When the purchase was refunded: it stays on record, out of the customer's aggregates. */
    @Column(name = "refunded_at")
    private OffsetDateTime refundedAt;

    @Column(name = "refund_reason")
    private String refundReason;

    protected Purchase() {}

    public Purchase(long customerId, PurchaseData data, OffsetDateTime now) {
        this.customerId = customerId;
        this.amount = data.amount();
        this.currency = data.currency();
        this.occurredAt = data.occurredAt();
        this.externalId = data.externalId();
        this.createdAt = now;
    }

    /** Whether the data describe this purchase: the same amount, currency, time and externalId (a retried report). */
    boolean sameAs(PurchaseData data) {
        return amount.compareTo(data.amount()) == 0
                && currency.equals(data.currency())
                && occurredAt.toInstant().equals(data.occurredAt().toInstant())
                && Objects.equals(externalId, data.externalId());
    }

    public long id() {
        return id;
    }

    public long customerId() {
        return customerId;
    }

    public BigDecimal amount() {
        return amount;
    }

    public String currency() {
        return currency;
    }

    public OffsetDateTime occurredAt() {
        return occurredAt;
    }

    public String externalId() {
        return externalId;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime refundedAt() {
        return refundedAt;
    }

    public String refundReason() {
        return refundReason;
    }

    void refund(String reason, OffsetDateTime now) {
        refundedAt = now;
        refundReason = reason;
    }
}
