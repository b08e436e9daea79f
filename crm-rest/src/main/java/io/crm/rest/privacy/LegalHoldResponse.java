package io.crm.rest.privacy;

import io.crm.privacy.LegalHoldView;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A customer's legal hold. */
@Schema(name = "LegalHold")
@JsonbPropertyOrder({"customerId", "hold", "reason", "setBy", "setAt"})
public class LegalHoldResponse {

    public final String customerId;

    @Schema(description = "True: erasure answers 409")
    public final boolean hold;

    @Schema(nullable = true)
    public final String reason;

    @Schema(nullable = true, description = "Who set or cleared it last; null when never set")
    public final String setBy;

    @Schema(nullable = true)
    public final Instant setAt;

    LegalHoldResponse(LegalHoldView h) {
        customerId = Long.toString(h.customerId());
        hold = h.hold();
        reason = h.reason();
        setBy = h.setBy();
        setAt = h.setAt() == null ? null : h.setAt().toInstant();
    }
}
