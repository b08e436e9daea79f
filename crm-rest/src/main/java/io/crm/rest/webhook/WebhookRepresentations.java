package io.crm.rest.webhook;

import io.crm.customer.CustomerView;
import io.crm.followup.FollowUpView;
import io.crm.note.NoteView;
import io.crm.rest.customer.CustomerResponse;
import io.crm.rest.followup.FollowUpResponse;
import io.crm.rest.note.NoteResponse;
import io.crm.survey.SurveyAnswerView;
import io.crm.webhook.WebhookPayloads;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
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
        payloads.represent(SurveyAnswerView.class, WebhookRepresentations::answer);
    }

    /**
     * An answer has no route of its own: it looks like the other records (ids as text, times in ISO 8601), and a masked
     * score is null (schema {@code WebhookSurveyAnswer}, docs/events.md).
     */
    static String answer(SurveyAnswerView a) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", Long.toString(a.id()))
                .add("surveyId", Long.toString(a.surveyId()))
                .add("surveyType", a.surveyType().name())
                .add("customerId", Long.toString(a.customerId()));
        if (a.score() == null) {
            json.addNull("score").addNull("category");
        } else {
            json.add("score", a.score()).add("category", a.category());
        }
        return json.add("scoreMasked", a.scoreMasked())
                .add("respondedAt", a.respondedAt().toString())
                .build()
                .toString();
    }
}
