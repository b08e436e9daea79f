package io.crm.rest.interaction;

import io.crm.interaction.InteractionService;
import jakarta.json.JsonValue;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A batch of interactions. The items are read one by one ({@link InteractionBulkResource}), so that one bad item
 * answers a problem of its own instead of failing the batch.
 */
@Schema(name = "InteractionBulkRequest", description = "Up to " + InteractionService.MAX_BATCH + " interactions")
public record InteractionBulkRequest(
        @Schema(
                required = true,
                type = SchemaType.ARRAY,
                implementation = InteractionBulkItem.class,
                maxItems = InteractionService.MAX_BATCH,
                minItems = 1,
                description = "Each item is stored or refused on its own; statuses come back in the same order")
        @NotNull(message = "is required")
        JsonValue items) {

    /** Declared so that the constraints stay off its parameters (see {@link io.crm.rest.note.NoteRequest}). */
    public InteractionBulkRequest(JsonValue items) {
        this.items = items;
    }
}
