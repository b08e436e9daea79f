package io.crm.rest.webhook;

import io.crm.rest.json.ReadOnly;
import io.crm.webhook.WebhookData;
import io.crm.webhook.WebhookEventType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client writes of a webhook subscription. */
@Schema(name = "WebhookRequest", description = "A webhook subscription's writable fields")
@ReadOnly({
    "id",
    "status",
    "pausedReason",
    "failingSince",
    "createdAt",
    "createdBy",
    "updatedAt",
    "secret",
    "previousSecretUntil"
})
public record WebhookRequest(
        @Schema(
                required = true,
                maxLength = WebhookRequest.MAX_URL,
                description = "Where events are posted: https, or http to a host on the deployment's allow-list "
                        + "(crm.webhooks.allow); private, loopback and local addresses only when allow-listed")
        @NotBlank(message = "is required")
        @Size(max = WebhookRequest.MAX_URL, message = "must be at most {max} characters")
        String url,

        @Schema(
                required = true,
                type = SchemaType.ARRAY,
                implementation = String.class,
                description = "Event types: customer.created, customer.changed, customer.deleted, customer.merged, "
                        + "tier.changed, lifecycle.changed, note.added, followup.planned, followup.due, "
                        + "followup.completed, survey.answered, survey.detractor; each one's body is the schema "
                        + "named after it (CustomerCreatedEvent, …; docs/events.md)")
        @NotNull(message = "is required")
        @Size(min = 1, max = 20, message = "must name between {min} and {max} event types")
        List<String> events,

        @Schema(
                required = true,
                maxLength = 100,
                description =
                        "The user whose permissions the subscription acts with: events are sent only about "
                                + "records this user may read, shown as this user reads them. The user must have signed in once.")
        @NotBlank(message = "is required")
        @Size(max = 100, message = "must be at most {max} characters")
        String actAs,

        @Schema(description = "True pauses delivery (events wait); false resumes a paused subscription")
        Boolean paused) {

    static final int MAX_URL = 2000;

    /** Declared so that the constraints stay off its parameters (see {@link io.crm.rest.note.NoteRequest}). */
    public WebhookRequest(String url, List<String> events, String actAs, Boolean paused) {
        this.url = url;
        this.events = events;
        this.actAs = actAs;
        this.paused = paused;
    }

    static WebhookRequest of(WebhookData d) {
        return new WebhookRequest(
                d.url(), d.events().stream().map(WebhookEventType::code).toList(), d.actAs(), d.paused());
    }

    WebhookData data() {
        return new WebhookData(url, WebhookEventType.parse(events), actAs, Boolean.TRUE.equals(paused));
    }
}
