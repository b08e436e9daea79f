package io.crm.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * The customer's value metrics: purchase aggregates kept current with each purchase, and the recency,
 * frequency and monetary scores (1-5) that the scoring job computes from them.
 */
@Embeddable
public class Rfm {

    @Column(name = "rfm_recency")
    private Integer recency;

    @Column(name = "rfm_frequency")
    private Integer frequency;

    @Column(name = "rfm_monetary")
    private Integer monetary;

    @Column(name = "last_purchase_at")
    private OffsetDateTime lastPurchaseAt;

    @Column(name = "purchase_count", nullable = false)
    private int purchaseCount;

    @Column(name = "total_spend", nullable = false, precision = 19, scale = 4)
    private BigDecimal totalSpend = BigDecimal.ZERO;

    void recordPurchase(BigDecimal amount, OffsetDateTime occurredAt) {
        purchaseCount++;
        totalSpend = totalSpend.add(amount);
        if (lastPurchaseAt == null || occurredAt.isAfter(lastPurchaseAt)) {
            lastPurchaseAt = occurredAt;
        }
    }

    void recompute(int count, BigDecimal total, OffsetDateTime last) {
        purchaseCount = count;
        totalSpend = total;
        lastPurchaseAt = last;
    }

    public Integer recency() {
        return recency;
    }

    public Integer frequency() {
        return frequency;
    }

    public Integer monetary() {
        return monetary;
    }

    public OffsetDateTime lastPurchaseAt() {
        return lastPurchaseAt;
    }

    public int purchaseCount() {
        return purchaseCount;
    }

    public BigDecimal totalSpend() {
        return totalSpend;
    }
}
