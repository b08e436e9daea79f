package io.crm.rest.customer;

import io.crm.customer.PurchaseView;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A purchase as the API shows it, and the schema of the fields clients write. */
@Schema(name = "Purchase")
@JsonbPropertyOrder({
    "id",
    "customerId",
    "amount",
    "currency",
    "occurredAt",
    "externalId",
    "createdAt",
    "refundedAt",
    "refundReason"
})
public class PurchaseResponse {

    @Schema(readOnly = true)
    public final String id;

    @Schema(readOnly = true)
    public final String customerId;

    @Schema(required = true, description = "Decimal string, greater than 0", example = "99.00")
    public final String amount;

    @Schema(required = true, description = "ISO 4217; must be the deployment's currency", example = "CNY")
    public final String currency;

    @Schema(
            required = true,
            description =
                    "When the purchase happened: from 1970-01-01T00:00:00Z to now (5 minutes of clock skew tolerated); outside → 400")
    public final Instant occurredAt;

    @Schema(description = "Order number in the source system; a retry with the same one answers 409")
    public final String externalId;

    @Schema(readOnly = true)
    public final Instant createdAt;

    @Schema(
            readOnly = true,
            nullable = true,
            description = "When the purchase was refunded (POST .../refund); its amount then counts no more in the "
                    + "customer's aggregates and the points it earned are reversed")
    @JsonbNillable
    public final Instant refundedAt;

    @Schema(readOnly = true, nullable = true)
    @JsonbNillable
    public final String refundReason;

    PurchaseResponse(PurchaseView p) {
        id = Long.toString(p.id());
        customerId = Long.toString(p.customerId());
        amount = CustomerResponse.money(p.amount());
        currency = p.currency();
        occurredAt = p.occurredAt();
        externalId = p.externalId();
        createdAt = p.createdAt();
        refundedAt = p.refundedAt();
        refundReason = p.refundReason();
    }

    public static PurchaseResponse of(PurchaseView p) {
        return new PurchaseResponse(p);
    }

    /** One page of purchases, for the OpenAPI document. */
    @Schema(name = "PurchasePage")
    public static class Page {
        public List<PurchaseResponse> items;

        @Schema(nullable = true, description = "Cursor of the next page; null on the last page")
        public String next;
    }
}
