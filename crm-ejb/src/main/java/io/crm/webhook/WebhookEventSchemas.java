package io.crm.webhook;

import io.crm.customer.LifecycleStage;
import io.crm.survey.SurveyType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The body of each event type as the OpenAPI document describes it (OpenAPI 3.0 has no webhooks section): a schema per
 * type, named after it ({@code customer.created}: {@code CustomerCreatedEvent}), whose {@code data} is the record's
 * schema as its GET answers it. Receivers generate their models from these.
 */
public final class WebhookEventSchemas {

    /** What a customer's deletion carries: only the id, the customer being gone. */
    static final String DELETED_CUSTOMER = "WebhookDeletedCustomer";

    /** A survey answer, which has no route of its own. */
    static final String SURVEY_ANSWER = "WebhookSurveyAnswer";

    private WebhookEventSchemas() {}

    /** The schema's name of an event type: its dotted name in camel case, and {@code Event}. */
    public static String name(WebhookEventType type) {
        return Arrays.stream(type.code().split("\\."))
                        .map(part -> Character.toUpperCase(part.charAt(0)) + part.substring(1))
                        .collect(Collectors.joining())
                + "Event";
    }

    /** Every event type's schema, and the two records only events carry, by name. */
    public static Map<String, Schema> all() {
        Map<String, Schema> schemas = new LinkedHashMap<>();
        schemas.put(
                DELETED_CUSTOMER,
                object("A deleted customer: its id only")
                        .required(List.of("id"))
                        .addProperty("id", text("The id the customer had")));
        schemas.put(SURVEY_ANSWER, surveyAnswer());
        for (WebhookEventType type : WebhookEventType.values()) {
            schemas.put(name(type), event(type));
        }
        return schemas;
    }

    private static Schema event(WebhookEventType type) {
        List<String> required = new ArrayList<>(List.of("type", "id", "occurredAt", "data"));
        Schema event = object("The body of a " + type.code() + " event (docs/events.md): " + sentWhen(type))
                .addProperty(
                        "type",
                        OASFactory.createSchema().type(Schema.SchemaType.STRING).enumeration(List.of((Object)
                                type.code())))
                .addProperty(
                        "id", text("The event's id, also the webhook-id header: the same on every attempt and replay"))
                .addProperty(
                        "occurredAt",
                        OASFactory.createSchema()
                                .type(Schema.SchemaType.STRING)
                                .format("date-time")
                                .description("When the change was made"))
                .addProperty("data", OASFactory.createSchema().ref(dataSchema(type)));
        switch (type) {
            case CUSTOMER_CHANGED -> {
                event.addProperty(
                        "changedFields",
                        OASFactory.createSchema()
                                .type(Schema.SchemaType.ARRAY)
                                .items(OASFactory.createSchema().type(Schema.SchemaType.STRING))
                                .description("The fields that changed, as the API names them (shares: a share given "
                                        + "or withdrawn)"));
                required.add("changedFields");
            }
            case CUSTOMER_MERGED -> {
                event.addProperty("mergedFrom", text("The id of the duplicate merged into it"));
                required.add("mergedFrom");
            }
            case LIFECYCLE_CHANGED -> {
                event.addProperty("from", stage("The stage before")).addProperty("to", stage("The stage after"));
                required.addAll(List.of("from", "to"));
            }
            default -> {}
        }
        return event.required(required);
    }

    /** The schema of the event's {@code data}: the record as GET shows it to the subscription's user. */
    static String dataSchema(WebhookEventType type) {
        return "#/components/schemas/"
                + switch (type) {
                    case CUSTOMER_CREATED, CUSTOMER_CHANGED, TIER_CHANGED, CUSTOMER_MERGED, LIFECYCLE_CHANGED ->
                        "Customer";
                    case CUSTOMER_DELETED -> DELETED_CUSTOMER;
                    case NOTE_ADDED -> "Note";
                    case FOLLOWUP_PLANNED, FOLLOWUP_COMPLETED, FOLLOWUP_DUE -> "FollowUp";
                    case SURVEY_ANSWERED, SURVEY_DETRACTOR -> SURVEY_ANSWER;
                };
    }

    private static String sentWhen(WebhookEventType type) {
        return switch (type) {
            case CUSTOMER_CREATED -> "a customer was created.";
            case CUSTOMER_CHANGED -> "fields of a customer changed, or a share was given or withdrawn.";
            case CUSTOMER_DELETED -> "a customer was deleted (or merged into another).";
            case TIER_CHANGED -> "the tier changed, by hand or by the customer-scoring job.";
            case NOTE_ADDED -> "a note was added.";
            case FOLLOWUP_PLANNED -> "a planned follow-up was created.";
            case FOLLOWUP_COMPLETED -> "a follow-up was created done or marked done.";
            case CUSTOMER_MERGED -> "a duplicate was merged into this customer.";
            case FOLLOWUP_DUE -> "a planned follow-up's due time passed.";
            case LIFECYCLE_CHANGED -> "the customer-scoring job moved the customer's lifecycle stage.";
            case SURVEY_ANSWERED -> "the customer answered a survey.";
            case SURVEY_DETRACTOR ->
                "the customer answered an NPS survey with 0 to 6; sent only to subscriptions whose user reads personal "
                        + "data in clear.";
        };
    }

    private static Schema surveyAnswer() {
        return object("A customer's answer to a survey. The score is personal: null (scoreMasked true) for a user "
                        + "without customer:pii:read")
                .required(List.of("id", "surveyId", "surveyType", "customerId", "scoreMasked", "respondedAt"))
                .addProperty("id", text("The response's id"))
                .addProperty("surveyId", text(null))
                .addProperty(
                        "surveyType",
                        OASFactory.createSchema()
                                .type(Schema.SchemaType.STRING)
                                .enumeration(Arrays.stream(SurveyType.values())
                                        .map(Enum::name)
                                        .map(Object.class::cast)
                                        .toList()))
                .addProperty("customerId", text(null))
                .addProperty(
                        "score",
                        OASFactory.createSchema()
                                .type(Schema.SchemaType.INTEGER)
                                .nullable(true)
                                .description("The answer; null when masked"))
                .addProperty(
                        "category",
                        OASFactory.createSchema()
                                .type(Schema.SchemaType.STRING)
                                .nullable(true)
                                .description("PROMOTER, PASSIVE or DETRACTOR for NPS; DISSATISFIED (below the survey's "
                                        + "closed-loop threshold) or SATISFIED for the others; null when masked"))
                .addProperty(
                        "scoreMasked",
                        OASFactory.createSchema()
                                .type(Schema.SchemaType.BOOLEAN)
                                .description("True when score and category were withheld from you"))
                .addProperty(
                        "respondedAt",
                        OASFactory.createSchema().type(Schema.SchemaType.STRING).format("date-time"));
    }

    private static Schema object(String description) {
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT).description(description);
    }

    private static Schema text(String description) {
        Schema text = OASFactory.createSchema().type(Schema.SchemaType.STRING);
        return description == null ? text : text.description(description);
    }

    private static Schema stage(String description) {
        return OASFactory.createSchema()
                .type(Schema.SchemaType.STRING)
                .enumeration(Arrays.stream(LifecycleStage.values())
                        .map(Enum::name)
                        .map(Object.class::cast)
                        .toList())
                .description(description);
    }
}
