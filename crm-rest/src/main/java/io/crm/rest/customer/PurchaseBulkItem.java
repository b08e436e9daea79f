package io.crm.rest.customer;

import io.crm.rest.json.ReadOnly;
import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One item of a bulk call on purchases: a purchase and the customer it belongs to. */
@Schema(name = "PurchaseBulkItem", description = "A purchase of the customer it names")
@ReadOnly({"id", "createdAt", "refundedAt", "refundReason"})
public record PurchaseBulkItem(
        @Schema(required = true, description = "The customer's id") @NotBlank(message = "is required")
        String customerId,

        @Schema(
                required = true,
                description = "A decimal string such as \"99.00\", greater than 0, in the deployment's currency")
        BigDecimal amount,

        @Schema(required = true, description = "The deployment's currency (ISO 4217), such as CNY")
        String currency,

        @Schema(required = true, description = "When it happened (ISO-8601 UTC), not in the future")
        Instant occurredAt,

        @Schema(
                description = "The shop's own id of the purchase: sent again with the same values it answers 200 and "
                        + "is not recorded twice; with other values 409")
        String externalId) {

    /** Declared so that the constraints stay off its parameters (see {@link io.crm.rest.note.NoteRequest}). */
    public PurchaseBulkItem(
            String customerId, BigDecimal amount, String currency, Instant occurredAt, String externalId) {
        this.customerId = customerId;
        this.amount = amount;
        this.currency = currency;
        this.occurredAt = occurredAt;
        this.externalId = externalId;
    }
}
