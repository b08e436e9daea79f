package io.crm.rest.webhook;

import io.crm.webhook.AttemptView;
import io.crm.webhook.DeliveryStatus;
import io.crm.webhook.DeliveryView;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One event for one subscription, and every attempt to deliver it. */
@Schema(name = "WebhookDelivery")
@JsonbPropertyOrder({
    "id",
    "webhookId",
    "eventId",
    "eventType",
    "status",
    "attemptCount",
    "nextAttemptAt",
    "createdAt",
    "deliveredAt",
    "replayId",
    "attempts"
})
public class WebhookDeliveryResponse {

    public final String id;
    public final String webhookId;

    @Schema(description = "The webhook-id header: the same on every attempt and replay")
    public final String eventId;

    public final String eventType;

    @Schema(description = "PENDING (waiting or retrying), DELIVERED, or DEAD (retries ran out; replay to send again)")
    public final DeliveryStatus status;

    public final int attemptCount;

    @Schema(nullable = true)
    public final Instant nextAttemptAt;

    @Schema(description = "When it was queued (or last replayed): retries stop crm.webhooks.give-up-after later")
    public final Instant createdAt;

    @Schema(nullable = true)
    public final Instant deliveredAt;

    @Schema(
            nullable = true,
            description = "The replay of a time range (POST /webhooks/{id}/replays) that queued it again; null for the "
                    + "delivery queued when the event was made")
    public final String replayId;

    @Schema(type = SchemaType.ARRAY, implementation = Attempt.class)
    public final List<Attempt> attempts;

    WebhookDeliveryResponse(DeliveryView v) {
        id = Long.toString(v.id());
        webhookId = Long.toString(v.subscriptionId());
        eventId = v.eventId();
        eventType = v.eventType();
        status = v.status();
        attemptCount = v.attempts();
        nextAttemptAt = v.nextAttemptAt();
        createdAt = v.createdAt();
        deliveredAt = v.deliveredAt();
        replayId = v.replayId() == null ? null : Long.toString(v.replayId());
        attempts = v.attemptList().stream().map(Attempt::new).toList();
    }

    static WebhookDeliveryResponse of(DeliveryView v) {
        return new WebhookDeliveryResponse(v);
    }

    /** One attempt: the receiver's status code (null when none came), the time it took, the error if any. */
    @Schema(name = "WebhookAttempt")
    @JsonbPropertyOrder({"attemptedAt", "statusCode", "latencyMillis", "error"})
    public static class Attempt {
        public final Instant attemptedAt;

        @Schema(nullable = true)
        public final Integer statusCode;

        public final long latencyMillis;

        @Schema(nullable = true)
        public final String error;

        Attempt(AttemptView a) {
            attemptedAt = a.attemptedAt();
            statusCode = a.statusCode();
            latencyMillis = a.latencyMillis();
            error = a.error();
        }
    }

    /** One page of deliveries, for the OpenAPI document. */
    @Schema(name = "WebhookDeliveryPage")
    public static class Page {
        public List<WebhookDeliveryResponse> items;

        @Schema(nullable = true, description = "Cursor of the next page; null on the last page")
        public String next;
    }
}
