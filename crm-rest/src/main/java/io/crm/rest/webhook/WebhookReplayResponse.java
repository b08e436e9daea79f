package io.crm.rest.webhook;

import io.crm.webhook.ReplayView;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A replay of a time range: how many events it queued again. */
@Schema(name = "WebhookReplay")
@JsonbPropertyOrder({"id", "webhookId", "from", "to", "events", "createdBy", "createdAt"})
public class WebhookReplayResponse {

    @Schema(description = "Names the deliveries it queued (their replayId)")
    public final String id;

    public final String webhookId;

    @Schema(description = "Events of changes made at or after this time")
    public final Instant from;

    @Schema(description = "and before this time")
    public final Instant to;

    @Schema(description = "How many events it queued again, as new deliveries with the events' own ids")
    public final int events;

    @Schema(description = "Who asked for it")
    public final String createdBy;

    @Schema(description = "When it was asked for")
    public final Instant createdAt;

    WebhookReplayResponse(ReplayView v) {
        id = Long.toString(v.id());
        webhookId = Long.toString(v.subscriptionId());
        from = v.from();
        to = v.to();
        events = v.events();
        createdBy = v.createdBy();
        createdAt = v.createdAt();
    }
}
