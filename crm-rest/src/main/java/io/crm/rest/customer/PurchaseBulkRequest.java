package io.crm.rest.customer;

import io.crm.common.BulkWrites;
import jakarta.json.JsonValue;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Purchases of any customers in one call. The items are read one by one ({@link PurchaseBulkResource}). */
@Schema(name = "PurchaseBulkRequest", description = "Up to " + BulkWrites.MAX_ITEMS + " purchases")
public record PurchaseBulkRequest(
        @Schema(
                required = true,
                type = SchemaType.ARRAY,
                implementation = PurchaseBulkItem.class,
                maxItems = BulkWrites.MAX_ITEMS,
                minItems = 1,
                description = "Each item is recorded or refused on its own; statuses come back in the same order")
        @NotNull(message = "is required")
        JsonValue items) {

    /** Declared so that the constraints stay off its parameters (see {@link io.crm.rest.note.NoteRequest}). */
    public PurchaseBulkRequest(JsonValue items) {
        this.items = items;
    }
}
