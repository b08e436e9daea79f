package io.crm.rest.privacy;

import io.crm.privacy.ErasureView;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An erasure as it was done. */
@Schema(name = "Erasure")
@JsonbPropertyOrder({"customerId", "erasedAt", "erasedBy", "reason"})
public class ErasureResponse {

    public final String customerId;

    @Schema(description = "When it was erased: the first erasure's time, however often it is asked again")
    public final Instant erasedAt;

    @Schema(description = "The user, or system:privacy-retention")
    public final String erasedBy;

    public final String reason;

    ErasureResponse(ErasureView e) {
        customerId = Long.toString(e.customerId());
        erasedAt = e.erasedAt().toInstant();
        erasedBy = e.erasedBy();
        reason = e.reason();
    }
}
