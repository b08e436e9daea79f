package io.crm.rest.customer;

import io.crm.points.PointsService;
import io.crm.rest.json.ReadOnly;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A purchase refunded in full. */
@Schema(name = "RefundRequest", description = "Refunds a purchase in full")
@ReadOnly({"id", "customerId", "amount", "currency", "occurredAt", "externalId", "createdAt", "refundedAt"})
public record RefundRequest(
        @Schema(description = "Why, for whoever reads the purchase, its audit entry and the points reversal")
        @Size(max = PointsService.MAX_REASON, message = "must be at most {max} characters")
        String reason) {

    /** Declared so that the constraints stay off its parameters (see {@link io.crm.rest.note.NoteRequest}). */
    public RefundRequest(String reason) {
        this.reason = reason;
    }
}
