package io.crm.rest.customer;

import io.crm.customer.PurchaseView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** A purchase as the API shows it. */
@Schema(name = "Purchase")
public record PurchaseResponse(
        @Schema(readOnly = true) String id,
        @Schema(readOnly = true) String customerId,
        @Schema(required = true, description = "Decimal string, greater than 0", example = "99.00") String amount,
        @Schema(required = true, description = "ISO 4217; must be the deployment's currency", example = "CNY") String currency,
        @Schema(required = true, description = "When the purchase happened, not in the future") Instant occurredAt,
        @Schema(description = "Order number in the source system; a retry with the same one answers 409") String externalId,
        @Schema(readOnly = true) Instant createdAt) {

    static PurchaseResponse of(PurchaseView p) {
        return new PurchaseResponse(Long.toString(p.id()), Long.toString(p.customerId()), CustomerResponse.money(p.amount()),
                p.currency(), p.occurredAt(), p.externalId(), p.createdAt());
    }
}
