package io.crm.rest.privacy;

import io.crm.privacy.PrivacyService;
import io.crm.rest.json.ReadOnly;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a customer is erased. */
@Schema(name = "ErasureRequest", description = "Why the customer's data is erased (kept in the audit trail)")
@ReadOnly({"customerId", "erasedAt", "erasedBy"})
public record ErasureRequest(
        @Schema(required = true, description = "For example the request's reference")
        @NotBlank(message = "is required")
        @Size(max = PrivacyService.MAX_REASON, message = "must be at most {max} characters")
        String reason) {

    /** Declared so that the constraints stay off its parameters (see {@link io.crm.rest.note.NoteRequest}). */
    public ErasureRequest(String reason) {
        this.reason = reason;
    }
}
