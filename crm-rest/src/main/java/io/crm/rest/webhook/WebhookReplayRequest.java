package io.crm.rest.webhook;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The time range whose events to send again. */
@Schema(name = "WebhookReplayRequest")
public record WebhookReplayRequest(
        @Schema(required = true, description = "Events of changes made at or after this time (ISO-8601 UTC)")
        @NotNull(message = "is required")
        Instant from,

        @Schema(required = true, description = "and before this time; after from") @NotNull(message = "is required")
        Instant to) {

    /** Declared so that the constraints stay off its parameters (see {@link io.crm.rest.note.NoteRequest}). */
    public WebhookReplayRequest(Instant from, Instant to) {
        this.from = from;
        this.to = to;
    }
}
