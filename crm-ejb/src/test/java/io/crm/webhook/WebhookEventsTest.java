package io.crm.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crm.changelog.ChangeDetail;
import io.crm.changelog.ChangeFacts;
import io.crm.changelog.ChangeKind;
import io.crm.changelog.EntityType;
import io.crm.changelog.LoggedChange;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which event types each kind of change makes. */
class WebhookEventsTest {

    private static ChangeDetail change(EntityType entity, ChangeKind kind, String... fields) {
        return new ChangeDetail(
                new LoggedChange(1, 1, entity, 9),
                kind,
                "sales1",
                OffsetDateTime.now(),
                ChangeFacts.under(9, List.of(fields)));
    }

    @Test
    void customerChanges() {
        assertEquals(
                Set.of(WebhookEventType.CUSTOMER_CREATED),
                WebhookEvents.candidates(change(EntityType.CUSTOMER, ChangeKind.CREATED)));
        assertEquals(
                Set.of(WebhookEventType.CUSTOMER_CHANGED),
                WebhookEvents.candidates(change(EntityType.CUSTOMER, ChangeKind.UPDATED, "occupation")));
        assertEquals(
                Set.of(WebhookEventType.CUSTOMER_CHANGED, WebhookEventType.TIER_CHANGED),
                WebhookEvents.candidates(change(EntityType.CUSTOMER, ChangeKind.UPDATED, "name", "tier")));
        assertEquals(
                Set.of(WebhookEventType.CUSTOMER_DELETED),
                WebhookEvents.candidates(change(EntityType.CUSTOMER, ChangeKind.DELETED)));
        assertEquals(
                Set.of(WebhookEventType.CUSTOMER_CHANGED),
                WebhookEvents.candidates(change(EntityType.CUSTOMER, ChangeKind.UPDATED)),
                "an erasure changes fields it does not name");
    }

    @Test
    void aMergeIsAMergeAndAChangeOfTheFieldsItChanged() {
        ChangeDetail onlyMerged = change(EntityType.CUSTOMER, ChangeKind.UPDATED, "mergedFrom:42");
        assertEquals(Set.of(WebhookEventType.CUSTOMER_MERGED), WebhookEvents.candidates(onlyMerged));
        assertEquals("42", WebhookEvents.mergedFrom(onlyMerged).orElseThrow());
        ChangeDetail merged = change(EntityType.CUSTOMER, ChangeKind.UPDATED, "phones", "tier", "mergedFrom:42");
        assertEquals(
                Set.of(
                        WebhookEventType.CUSTOMER_CHANGED,
                        WebhookEventType.TIER_CHANGED,
                        WebhookEventType.CUSTOMER_MERGED),
                WebhookEvents.candidates(merged));
        assertEquals(List.of("phones", "tier"), WebhookEvents.changedFields(merged));
        assertTrue(WebhookEvents.mergedFrom(change(EntityType.CUSTOMER, ChangeKind.UPDATED, "name"))
                .isEmpty());
    }

    @Test
    void notesMakeAnEventWhenAddedOnly() {
        assertEquals(
                Set.of(WebhookEventType.NOTE_ADDED),
                WebhookEvents.candidates(change(EntityType.NOTE, ChangeKind.CREATED)));
        assertEquals(Set.of(), WebhookEvents.candidates(change(EntityType.NOTE, ChangeKind.UPDATED, "text")));
        assertEquals(Set.of(), WebhookEvents.candidates(change(EntityType.NOTE, ChangeKind.DELETED)));
    }

    @Test
    void followUpsArePlannedOrCompletedByTheStatusTheChangeLeftThemIn() {
        assertEquals(
                Set.of(WebhookEventType.FOLLOWUP_PLANNED),
                WebhookEvents.candidates(change(EntityType.FOLLOW_UP, ChangeKind.CREATED, "status:PLANNED")));
        assertEquals(
                Set.of(WebhookEventType.FOLLOWUP_COMPLETED),
                WebhookEvents.candidates(change(EntityType.FOLLOW_UP, ChangeKind.CREATED, "status:DONE")));
        assertEquals(
                Set.of(),
                WebhookEvents.candidates(change(EntityType.FOLLOW_UP, ChangeKind.CREATED, "status:CANCELLED")));
        assertEquals(
                Set.of(WebhookEventType.FOLLOWUP_COMPLETED),
                WebhookEvents.candidates(
                        change(EntityType.FOLLOW_UP, ChangeKind.UPDATED, "outcome", "status", "status:DONE")));
        assertEquals(
                Set.of(),
                WebhookEvents.candidates(
                        change(EntityType.FOLLOW_UP, ChangeKind.UPDATED, "status", "status:CANCELLED")));
        assertEquals(
                Set.of(),
                WebhookEvents.candidates(change(EntityType.FOLLOW_UP, ChangeKind.UPDATED, "outcome")),
                "a completed follow-up whose outcome is edited later is not completed again");
        assertEquals(
                Set.of(WebhookEventType.FOLLOWUP_DUE),
                WebhookEvents.candidates(change(EntityType.FOLLOW_UP, ChangeKind.UPDATED, "due")));
    }

    @Test
    void aScoringRunThatMovedTheStageIsALifecycleChangeWithTheStagesItMovedBetween() {
        ChangeDetail scored =
                change(EntityType.CUSTOMER, ChangeKind.UPDATED, "tier", "lifecycleStage", "stage:CONVERSION>LOYAL");
        assertEquals(
                Set.of(
                        WebhookEventType.CUSTOMER_CHANGED,
                        WebhookEventType.TIER_CHANGED,
                        WebhookEventType.LIFECYCLE_CHANGED),
                WebhookEvents.candidates(scored));
        assertEquals(List.of("tier", "lifecycleStage"), WebhookEvents.changedFields(scored));
        assertEquals(
                List.of("CONVERSION", "LOYAL"),
                List.of(WebhookEvents.stages(scored).orElseThrow()));
        assertEquals(
                Set.of(WebhookEventType.CUSTOMER_CHANGED, WebhookEventType.TIER_CHANGED),
                WebhookEvents.candidates(change(EntityType.CUSTOMER, ChangeKind.UPDATED, "tier")),
                "a tier that moved alone is no lifecycle change");
    }

    @Test
    void aSurveyAnswerIsAnsweredAndADetractorsAlsoADetractorEvent() {
        assertEquals(
                Set.of(WebhookEventType.SURVEY_ANSWERED),
                WebhookEvents.candidates(change(EntityType.SURVEY_RESPONSE, ChangeKind.CREATED, "category:PROMOTER")));
        assertEquals(
                Set.of(WebhookEventType.SURVEY_ANSWERED),
                WebhookEvents.candidates(
                        change(EntityType.SURVEY_RESPONSE, ChangeKind.CREATED, "category:DISSATISFIED")),
                "a dissatisfied answer to a survey that is not NPS is no detractor's");
        assertEquals(
                Set.of(WebhookEventType.SURVEY_ANSWERED, WebhookEventType.SURVEY_DETRACTOR),
                WebhookEvents.candidates(change(EntityType.SURVEY_RESPONSE, ChangeKind.CREATED, "category:DETRACTOR")));
        assertEquals(
                Set.of(),
                WebhookEvents.candidates(change(EntityType.SURVEY_RESPONSE, ChangeKind.DELETED, "category:DETRACTOR")));
    }

    @Test
    void eventTypesFitTheSixteenPlacesOfAChange() {
        assertTrue(WebhookEventType.values().length <= 16);
    }
}
