package io.crm.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each event type's schema in the OpenAPI document: its name, and the record its data is. */
class WebhookEventSchemasTest {

    @Test
    void eachTypeHasASchemaNamedAfterItWhoseDataIsTheRecordItIsAbout() {
        assertEquals("CustomerCreatedEvent", WebhookEventSchemas.name(WebhookEventType.CUSTOMER_CREATED));
        assertEquals("SurveyDetractorEvent", WebhookEventSchemas.name(WebhookEventType.SURVEY_DETRACTOR));
        assertEquals("LifecycleChangedEvent", WebhookEventSchemas.name(WebhookEventType.LIFECYCLE_CHANGED));
        Set<String> names = Arrays.stream(WebhookEventType.values())
                .map(WebhookEventSchemas::name)
                .collect(Collectors.toSet());
        assertEquals(WebhookEventType.values().length, names.size(), "one schema per type");
        assertEquals(
                "#/components/schemas/Customer", WebhookEventSchemas.dataSchema(WebhookEventType.LIFECYCLE_CHANGED));
        assertEquals(
                "#/components/schemas/WebhookSurveyAnswer",
                WebhookEventSchemas.dataSchema(WebhookEventType.SURVEY_ANSWERED));
        assertEquals(
                "#/components/schemas/WebhookDeletedCustomer",
                WebhookEventSchemas.dataSchema(WebhookEventType.CUSTOMER_DELETED));
    }
}
