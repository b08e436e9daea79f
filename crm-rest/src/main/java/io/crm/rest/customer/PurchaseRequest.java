package io.crm.rest.customer;

import io.crm.rest.json.ReadOnly;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a client records of a purchase. Its rules need the deployment's currency and the clock, so the service checks
 * them (PurchaseData), all at once.
 */
@Schema(name = "PurchaseRequest", description = "A purchase as a client records it")
@ReadOnly({"id", "customerId", "createdAt"})
public record PurchaseRequest(
        @Schema(
                required = true,
                description = "A decimal string such as \"99.00\", greater than 0, in the deployment's currency")
        BigDecimal amount,

        @Schema(required = true, description = "The deployment's currency (ISO 4217), such as CNY")
        String currency,

        @Schema(required = true, description = "When it happened (ISO-8601 UTC), not in the future")
        Instant occurredAt,

        @Schema(description = "The shop's own id of the purchase; a repeated one answers 409")
        String externalId) {}
