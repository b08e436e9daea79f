package io.crm.rest.interaction;

import io.crm.interaction.InteractionData;
import io.crm.rest.json.ReadOnly;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One item of a batch: an interaction and the customer it belongs to. */
@Schema(name = "InteractionBulkItem", description = "An interaction of the customer it names")
@ReadOnly({"id", "createdAt", "createdBy"})
public record InteractionBulkItem(
        @Schema(required = true, description = "The customer's id") @NotBlank(message = "is required")
        String customerId,

        @Schema(required = true, description = "One of the deployment's types (crm.interactions.types)")
        @NotBlank(message = "is required")
        String type,

        @Schema(required = true, description = "When it happened (ISO-8601 UTC)") @NotNull(message = "is required")
        Instant occurredAt,

        @Schema(description = "Where: web, app, store, email, ...")
        @Size(max = InteractionData.MAX_CHANNEL, message = "must be at most {max} characters")
        String channel,

        @Schema(type = SchemaType.OBJECT, description = "A few attributes of what was done")
        JsonObject properties,

        @Schema(description = "The host app's id of this interaction: a retried item is not stored twice")
        @Size(max = InteractionData.MAX_EXTERNAL_ID, message = "must be at most {max} characters")
        String externalId) {

    /** Declared so that the constraints stay off its parameters (see {@link io.crm.rest.note.NoteRequest}). */
    public InteractionBulkItem(
            String customerId,
            String type,
            Instant occurredAt,
            String channel,
            JsonObject properties,
            String externalId) {
        this.customerId = customerId;
        this.type = type;
        this.occurredAt = occurredAt;
        this.channel = channel;
        this.properties = properties;
        this.externalId = externalId;
    }
}
