package io.crm.customer;

import java.math.BigDecimal;
import java.time.Instant;

/** A recorded purchase as clients read it. */
public record PurchaseView(
        long id,
        long customerId,
        BigDecimal amount,
        String currency,
        Instant occurredAt,
        String externalId,
        Instant createdAt,
        Instant refundedAt,
        String refundReason) {

    public static PurchaseView of(Purchase p) {
        return new PurchaseView(
                p.id(),
                p.customerId(),
                p.amount(),
                p.currency(),
                p.occurredAt().toInstant(),
                p.externalId(),
                p.createdAt().toInstant(),
                p.refundedAt() == null ? null : p.refundedAt().toInstant(),
                p.refundReason());
    }
}
