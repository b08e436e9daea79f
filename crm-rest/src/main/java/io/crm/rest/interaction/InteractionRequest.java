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

/** One interaction of a customer named by the path. The type list and the clock are the service's to check. */
@Schema(name = "InteractionRequest", description = "What a customer did, as a host app reports it")
@ReadOnly({"id", "customerId", "createdAt", "createdBy"})
public record InteractionRequest(
        @Schema(
                required = true,
                description = "One of the deployment's types (crm.interactions.types), by default PAGE_VIEW, "
                        + "PRODUCT_VIEW, ADD_TO_CART, EMAIL_OPENED, EVENT_ATTENDED, STORE_VISIT, APP_LOGIN")
        @NotBlank(message = "is required")
        String type,

        @Schema(required = true, description = "When it happened (ISO-8601 UTC); not in the future, within 3 years")
        @NotNull(message = "is required")
        Instant occurredAt,

        @Schema(description = "Where: web, app, store, email, ...")
        @Size(max = InteractionData.MAX_CHANNEL, message = "must be at most {max} characters")
        String channel,

        @Schema(
                type = SchemaType.OBJECT,
                description = "A few attributes of what was done (product, page, campaign), at most "
                        + InteractionData.MAX_PROPERTIES + " characters as JSON")
        JsonObject properties,

        @Schema(
                description = "The host app's id of this interaction: sent again, it answers the stored one and "
                        + "stores nothing")
        @Size(max = InteractionData.MAX_EXTERNAL_ID, message = "must be at most {max} characters")
        String externalId) {

    /** Declared so that the constraints stay off its parameters (see {@link io.crm.rest.note.NoteRequest}). */
    public InteractionRequest(
            String type, Instant occurredAt, String channel, JsonObject properties, String externalId) {
        this.type = type;
        this.occurredAt = occurredAt;
        this.channel = channel;
        this.properties = properties;
        this.externalId = externalId;
    }
}
