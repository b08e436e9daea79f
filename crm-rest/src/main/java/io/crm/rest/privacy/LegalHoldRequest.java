package io.crm.rest.privacy;

import io.crm.privacy.PrivacyService;
import io.crm.rest.json.ReadOnly;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A legal hold set or cleared. */
@Schema(name = "LegalHoldRequest", description = "Set (true) or clear (false) the legal hold, with a reason")
@ReadOnly({"customerId", "setBy", "setAt"})
public record LegalHoldRequest(
        @Schema(required = true, description = "True: erasure answers 409 until the hold is cleared")
        @NotNull(message = "is required")
        Boolean hold,

        @Schema(required = true, description = "The matter or request the hold is for, or why it ends")
        @NotBlank(message = "is required")
        @Size(max = PrivacyService.MAX_REASON, message = "must be at most {max} characters")
        String reason) {

    /** Declared so that the constraints stay off its parameters (see {@link io.crm.rest.note.NoteRequest}). */
    public LegalHoldRequest(Boolean hold, String reason) {
        this.hold = hold;
        this.reason = reason;
    }
}
