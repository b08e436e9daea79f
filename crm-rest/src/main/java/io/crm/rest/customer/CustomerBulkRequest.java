package io.crm.rest.customer;

import io.crm.common.BulkWrites;
import jakarta.json.JsonValue;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Customers in one call. The items are read one by one ({@link CustomerBulkResource}): each as a new customer, or as
 * a merge patch of the customer whose externalId it carries.
 */
@Schema(name = "CustomerBulkRequest", description = "Up to " + BulkWrites.MAX_ITEMS + " customers")
public record CustomerBulkRequest(
        @Schema(
                required = true,
                type = SchemaType.ARRAY,
                implementation = CustomerRequest.class,
                maxItems = BulkWrites.MAX_ITEMS,
                minItems = 1,
                description = "Each item is created, updated or refused on its own; statuses come back in the same "
                        + "order")
        @NotNull(message = "is required")
        JsonValue items) {

    /** Declared so that the constraints stay off its parameters (see {@link io.crm.rest.note.NoteRequest}). */
    public CustomerBulkRequest(JsonValue items) {
        this.items = items;
    }
}
