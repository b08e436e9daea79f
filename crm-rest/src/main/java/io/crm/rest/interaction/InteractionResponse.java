package io.crm.rest.interaction;

import io.crm.interaction.InteractionView;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An interaction as the API shows it. */
@Schema(name = "Interaction")
@JsonbPropertyOrder({
    "id",
    "customerId",
    "type",
    "occurredAt",
    "channel",
    "properties",
    "externalId",
    "createdAt",
    "createdBy"
})
public class InteractionResponse {

    public final String id;
    public final String customerId;
    public final String type;
    public final Instant occurredAt;
    public final String channel;

    @Schema(type = SchemaType.OBJECT, description = "The attributes the host app sent")
    public final JsonObject properties;

    public final String externalId;
    public final Instant createdAt;

    @Schema(description = "The user the host app signed in as")
    public final String createdBy;

    InteractionResponse(InteractionView v) {
        id = Long.toString(v.id());
        customerId = Long.toString(v.customerId());
        type = v.type();
        occurredAt = v.occurredAt();
        channel = v.channel();
        properties = v.properties() == null ? null : parse(v.properties());
        externalId = v.externalId();
        createdAt = v.createdAt();
        createdBy = v.createdBy();
    }

    public static InteractionResponse of(InteractionView v) {
        return new InteractionResponse(v);
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    /** One page of interactions, for the OpenAPI document. */
    @Schema(name = "InteractionPage")
    public static class Page {
        public List<InteractionResponse> items;

        @Schema(nullable = true, description = "Cursor of the next page; null on the last page")
        public String next;
    }
}
