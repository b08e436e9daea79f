package io.crm.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crm.common.InvalidInputException;
import io.crm.common.JpqlCondition;
import io.crm.common.Violation;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Segment conditions on interactions ("did X at least N times in the last D days") and on the last activity time. */
class SegmentInteractionRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");

    @Test
    void anInteractionCountIsACorrelatedCountOverTheWindow() {
        SegmentRules rules = SegmentRules.parse(json("""
                {"conditions": [
                  {"field": "interactions", "type": "PRODUCT_VIEW", "atLeast": 3, "withinDays": 30},
                  {"field": "lastActivityAt", "withinDays": 7}]}"""));
        JpqlCondition c = rules.toCondition(NOW);
        assertEquals(
                "(((SELECT COUNT(i) FROM Interaction i WHERE i.customerId = c.id AND i.type = :seg0_type"
                        + " AND i.occurredAt >= :seg0_since) >= :seg0_n) AND (c.lastActivityAt >= :seg1_after))",
                c.jpql());
        assertEquals("PRODUCT_VIEW", c.parameters().get("seg0_type"));
        assertEquals(3L, c.parameters().get("seg0_n"));
        assertEquals(
                Instant.parse("2026-10-23T08:00:00Z").atOffset(ZoneOffset.UTC),
                c.parameters().get("seg0_since"));
        assertEquals(
                Instant.parse("2026-11-15T08:00:00Z").atOffset(ZoneOffset.UTC),
                c.parameters().get("seg1_after"));
        assertTrue(rules.beyondLimits().isEmpty());
    }

    @Test
    void theRulesRoundTripThroughTheirStoredForm() {
        JsonObject given = json("""
                {"match": "ANY", "conditions": [
                  {"field": "interactions", "type": "STORE_VISIT", "atLeast": 1, "withinDays": 365}]}""");
        SegmentRules rules = SegmentRules.parse(given);
        assertEquals(given, rules.toJson());
        assertEquals(rules, SegmentRules.parse(rules.toJson()));
    }

    @Test
    void everyMistakeInAnInteractionConditionIsReportedAtOnce() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SegmentRules.parse(json("""
                {"conditions": [
                  {"field": "interactions", "type": "page view", "atLeast": 0, "withinDays": 2.5, "olderThanDays": 3},
                  {"field": "interactions", "type": "PAGE_VIEW"},
                  {"field": "interactions", "type": "PAGE_VIEW", "atLeast": null, "withinDays": 100000}]}""")));
        assertEquals(
                List.of(
                        "rules.conditions[0].olderThanDays",
                        "rules.conditions[0].type",
                        "rules.conditions[0].atLeast",
                        "rules.conditions[0].withinDays",
                        "rules.conditions[1].atLeast",
                        "rules.conditions[1].withinDays",
                        "rules.conditions[2].atLeast",
                        "rules.conditions[2].withinDays"),
                e.violations().stream().map(Violation::field).toList());
    }

    @Test
    void aTypeTheDeploymentDoesNotAcceptIsRefusedWhenTheSegmentIsWritten() {
        SegmentRules rules = SegmentRules.parse(json("""
                {"conditions": [{"field": "interactions", "type": "COUPON_SCANNED", "atLeast": 2, "withinDays": 7}]}"""));
        List<Violation> violations = rules.beyondLimits();
        assertEquals(1, violations.size());
        assertTrue(violations.get(0).message().contains("COUPON_SCANNED"), violations::toString);
    }

    @Test
    void interactionCountsAreSubqueriesWithinTheirLimit() {
        StringBuilder conditions = new StringBuilder();
        for (int i = 0; i <= SegmentRules.MAX_SUBQUERY_CONDITIONS; i++) {
            conditions
                    .append(i == 0 ? "" : ", ")
                    .append("{\"field\": \"interactions\", \"type\": \"APP_LOGIN\", \"atLeast\": ")
                    .append(i + 1)
                    .append(", \"withinDays\": 30}");
        }
        SegmentRules rules = SegmentRules.parse(json("{\"conditions\": [" + conditions + "]}"));
        assertEquals(
                List.of("rules.conditions"),
                rules.beyondLimits().stream().map(Violation::field).toList());
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
