package io.crm.rest.webhook;

import io.crm.webhook.CreatedWebhook;
import io.crm.webhook.WebhookStatus;
import io.crm.webhook.WebhookView;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A webhook subscription as the API shows it; the secret only in the answers that create one. */
@Schema(name = "Webhook")
@JsonbPropertyOrder({
    "id",
    "url",
    "events",
    "actAs",
    "status",
    "pausedReason",
    "failingSince",
    "secret",
    "previousSecretUntil",
    "createdAt",
    "createdBy",
    "updatedAt"
})
public class WebhookResponse {

    @Schema(readOnly = true)
    public final String id;

    public final String url;

    @Schema(type = SchemaType.ARRAY, implementation = String.class)
    public final List<String> events;

    public final String actAs;

    @Schema(readOnly = true, description = "ACTIVE, or PAUSED (by hand, or after failing for crm.webhooks.pause-after)")
    public final WebhookStatus status;

    @Schema(readOnly = true, nullable = true)
    public final String pausedReason;

    @Schema(readOnly = true, nullable = true, description = "The first failed attempt since the last delivered one")
    public final Instant failingSince;

    @Schema(
            readOnly = true,
            description = "The signing secret (whsec_ and base64), in the answers that create it (the subscription, a "
                    + "rotation) only: it is never shown again")
    public final String secret;

    @Schema(
            readOnly = true,
            nullable = true,
            description = "After a rotation, until when deliveries are signed with the previous secret too")
    public final Instant previousSecretUntil;

    @Schema(readOnly = true)
    public final Instant createdAt;

    @Schema(readOnly = true)
    public final String createdBy;

    @Schema(readOnly = true)
    public final Instant updatedAt;

    WebhookResponse(WebhookView v, String secret) {
        id = Long.toString(v.id());
        url = v.url();
        events = v.events();
        actAs = v.actAs();
        status = v.status();
        pausedReason = v.pausedReason();
        failingSince = v.failingSince();
        this.secret = secret;
        previousSecretUntil = v.previousSecretUntil();
        createdAt = v.createdAt();
        createdBy = v.createdBy();
        updatedAt = v.updatedAt();
    }

    static WebhookResponse of(WebhookView v) {
        return new WebhookResponse(v, null);
    }

    static WebhookResponse created(CreatedWebhook created) {
        return new WebhookResponse(created.webhook(), created.secret());
    }

    /** One page of subscriptions, for the OpenAPI document. */
    @Schema(name = "WebhookPage")
    public static class Page {
        public List<WebhookResponse> items;

        @Schema(nullable = true, description = "Cursor of the next page; null on the last page")
        public String next;
    }
}
