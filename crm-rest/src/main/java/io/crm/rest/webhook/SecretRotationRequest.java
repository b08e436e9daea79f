package io.crm.rest.webhook;

import io.crm.webhook.WebhookService;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How long the current secret keeps signing beside the new one. */
@Schema(name = "WebhookSecretRotationRequest")
public record SecretRotationRequest(
        @Schema(
                minimum = "0",
                maximum = "" + WebhookService.MAX_OVERLAP_HOURS,
                defaultValue = "24",
                description =
                        "Hours during which deliveries are signed with both secrets; 0 stops the current one at once")
        @Min(value = 0, message = "must be at least {value}")
        @Max(value = WebhookService.MAX_OVERLAP_HOURS, message = "must be at most {value}")
        Integer overlapHours) {

    static final int DEFAULT_OVERLAP_HOURS = 24;

    /** Declared so that the constraints stay off its parameters (see {@link io.crm.rest.note.NoteRequest}). */
    public SecretRotationRequest(Integer overlapHours) {
        this.overlapHours = overlapHours;
    }

    int overlap() {
        return overlapHours == null ? DEFAULT_OVERLAP_HOURS : overlapHours;
    }
}
