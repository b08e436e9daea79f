package io.crm.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crm.common.InvalidInputException;
import io.crm.common.Violation;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What one segment may cost: the limits on its rules, refused with 400 naming the field when it is written. */
class SegmentLimitsTest {

    private static JsonObject tagConditions(int conditions, int tagsEach, int tagLength) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (int c = 0; c < conditions; c++) {
            JsonArrayBuilder tags = Json.createArrayBuilder();
            for (int t = 0; t < tagsEach; t++) {
                String tag = "c" + c + "t" + t + "-";
                tags.add(tag + "x".repeat(Math.max(0, tagLength - tag.length())));
            }
            list.add(Json.createObjectBuilder().add("field", "tags").add("in", tags));
        }
        return Json.createObjectBuilder()
                .add("match", "ANY")
                .add("conditions", list)
                .build();
    }

    private static List<Violation> written(JsonObject rules) {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> SegmentData.validate(new SegmentData("n", null, SegmentRules.parse(rules))));
        return e.violations();
    }

    @Test
    void twentyConditionsOfAHundredTagsAreRefused() {
        List<Violation> violations = written(tagConditions(SegmentRules.MAX_CONDITIONS, SegmentRules.MAX_VALUES, 10));

        assertTrue(
                violations.stream()
                        .anyMatch(v -> v.field().equals("rules.conditions")
                                && v.message().contains("200 values")),
                violations::toString);
    }

    @Test
    void twoHundredValuesInAllAreTaken() {
        SegmentData data =
                SegmentData.validate(new SegmentData("n", null, SegmentRules.parse(tagConditions(2, 100, 10))));

        assertEquals(2, data.rules().conditions().size());
    }

    @Test
    void rulesTooLongToStoreAreRefusedNotFailedInTheDatabase() {
        List<Violation> violations = written(tagConditions(2, 100, SegmentRules.MAX_VALUE_LENGTH));

        assertEquals(List.of("rules"), violations.stream().map(Violation::field).toList(), violations::toString);
        assertTrue(SegmentRules.MAX_RULES_LENGTH < 20_000, "the column holds 20,000 characters");
    }

    @Test
    void atMostFourConditionsNeedASubqueryPerCustomer() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (int i = 0; i < 3; i++) {
            list.add(Json.createObjectBuilder()
                    .add("field", "npsCategory")
                    .add("in", Json.createArrayBuilder().add("DETRACTOR")));
        }
        list.add(Json.createObjectBuilder().add("field", "lastFollowUpAt").add("withinDays", 30));
        JsonObject four = Json.createObjectBuilder().add("conditions", list).build();
        SegmentData.validate(new SegmentData("n", null, SegmentRules.parse(four)));

        list = Json.createArrayBuilder();
        for (int i = 0; i < 5; i++) {
            list.add(Json.createObjectBuilder().add("field", "lastFollowUpAt").add("olderThanDays", 30 + i));
        }
        List<Violation> violations =
                written(Json.createObjectBuilder().add("conditions", list).build());
        assertEquals(
                List.of("rules.conditions"),
                violations.stream().map(Violation::field).toList());
    }

    @Test
    void storedRulesBeyondTheLimitsStillEvaluate() {
        SegmentRules stored =
                SegmentRules.parse(tagConditions(SegmentRules.MAX_CONDITIONS, SegmentRules.MAX_VALUES, 10));

        assertEquals(
                2000, stored.toCondition(java.time.Instant.now()).parameters().size());
    }

    @Test
    void aListLongerThanAHundredIsRefusedAsBefore() {
        assertThrows(
                InvalidInputException.class,
                () -> SegmentRules.parse(tagConditions(1, SegmentRules.MAX_VALUES + 1, 5)));
    }
}
