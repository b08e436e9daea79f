package io.crm.rest.webhook;

import io.crm.customer.CustomerView;
import io.crm.followup.FollowUpView;
import io.crm.note.NoteView;
import io.crm.rest.customer.CustomerResponse;
import io.crm.rest.followup.FollowUpResponse;
import io.crm.rest.note.NoteResponse;
import io.crm.webhook.WebhookPayloads;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/**
 * Tells webhook delivery how records look in an event's data when the web module starts: exactly as GET shows them,
 * by the same response classes and JSON-B.
 */
@ApplicationScoped
public class WebhookRepresentations {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @EJB
    WebhookPayloads payloads;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        payloads.represent(CustomerView.class, v -> JSONB.toJson(CustomerResponse.of(v)));
        payloads.represent(NoteView.class, v -> JSONB.toJson(NoteResponse.of(v)));
        payloads.represent(FollowUpView.class, v -> JSONB.toJson(FollowUpResponse.of(v)));
    }
}
