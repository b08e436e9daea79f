package io.crm.customer;

import java.math.BigDecimal;
import java.time.Instant;

/** One purchase as a shop or an ERP sends it in a bulk call, before any check. */
public record PurchaseReport(
        long customerId, BigDecimal amount, String currency, Instant occurredAt, String externalId) {}
