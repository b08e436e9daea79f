package io.crm.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crm.common.InvalidInputException;
import io.crm.common.JpqlCondition;
import io.crm.common.Violation;
import io.crm.customer.LifecycleStage;
import io.crm.customer.Tier;
import io.crm.followup.FollowUpStatus;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SegmentRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");

    @Test
    void everyKindOfConditionTranslatesToOneBoundPredicate() {
        SegmentRules rules = SegmentRules.parse(json("""
                {"match": "ALL", "conditions": [
                  {"field": "tier", "in": ["VIP", "IMPORTANT"]},
                  {"field": "lifecycleStage", "in": ["LOYAL"]},
                  {"field": "tags", "in": ["expo", "vip-event"]},
                  {"field": "city", "in": [" 上海 "]},
                  {"field": "monetary", "min": 4},
                  {"field": "recency", "min": 2, "max": 3},
                  {"field": "lastPurchaseAt", "withinDays": 90, "olderThanDays": 30},
                  {"field": "createdAt", "after": "2026-01-01T00:00:00Z", "before": "2026-06-01T00:00:00Z"},
                  {"field": "lastFollowUpAt", "olderThanDays": 60}]}"""));
        JpqlCondition c = rules.toCondition(NOW);
        assertEquals(
                "((c.tier IN :seg0_in) AND (c.lifecycleStage IN :seg1_in) AND (:seg2_0 MEMBER OF c.tags OR :seg2_1 MEMBER OF c.tags)"
                        + " AND (c.city IN :seg3_in) AND (c.rfm.monetary >= :seg4_min) AND (c.rfm.recency >= :seg5_min AND c.rfm.recency <= :seg5_max)"
                        + " AND (c.rfm.lastPurchaseAt >= :seg6_after AND c.rfm.lastPurchaseAt < :seg6_before)"
                        + " AND (c.createdAt >= :seg7_after AND c.createdAt < :seg7_before)"
                        + " AND (EXISTS (SELECT f FROM FollowUp f WHERE f.customerId = c.id AND f.status = :seg8_done)"
                        + " AND NOT EXISTS (SELECT f FROM FollowUp f WHERE f.customerId = c.id AND f.status = :seg8_done AND f.completedAt >= :seg8_before)))",
                c.jpql());
        Map<String, Object> p = c.parameters();
        assertEquals(List.of(Tier.VIP, Tier.IMPORTANT), p.get("seg0_in"));
        assertEquals(List.of(LifecycleStage.LOYAL), p.get("seg1_in"));
        assertEquals("expo", p.get("seg2_0"));
        assertEquals(List.of("上海"), p.get("seg3_in"), "values are trimmed");
        assertEquals(4, p.get("seg4_min"));
        assertEquals(
                Instant.parse("2026-08-24T08:00:00Z").atOffset(ZoneOffset.UTC), p.get("seg6_after"), "90 days back");
        assertEquals(
                Instant.parse("2026-10-23T08:00:00Z").atOffset(ZoneOffset.UTC), p.get("seg6_before"), "30 days back");
        assertEquals(FollowUpStatus.DONE, p.get("seg8_done"));
        assertEquals(Instant.parse("2026-09-23T08:00:00Z").atOffset(ZoneOffset.UTC), p.get("seg8_before"));
        assertEquals(14, p.size());
    }

    @Test
    void aMembershipLevelIsOneOfTheLevelCodesGiven() {
        JpqlCondition c = SegmentRules.parse(json("""
                        {"conditions": [{"field": "membershipLevel", "in": ["GOLD", " DIAMOND "]}]}""")).toCondition(NOW);
        assertEquals("((c.membershipLevel IN :seg0_in))", c.jpql());
        assertEquals(List.of("GOLD", "DIAMOND"), c.parameters().get("seg0_in"));
    }

    @Test
    void aCustomerWithAnyOfTheInterestsMatchesAsForTags() {
        JpqlCondition c = SegmentRules.parse(json("""
                        {"conditions": [{"field": "interests", "in": ["golf", " 茶艺 "]}]}""")).toCondition(NOW);
        assertEquals("((:seg0_0 MEMBER OF c.interests OR :seg0_1 MEMBER OF c.interests))", c.jpql());
        assertEquals(Map.of("seg0_0", "golf", "seg0_1", "茶艺"), c.parameters());
    }

    @Test
    void anyJoinsWithOrAndBoundsCombineToTheNarrowest() {
        JpqlCondition c = SegmentRules.parse(json("""
                {"match": "ANY", "conditions": [{"field": "tier", "in": ["VIP"]},
                  {"field": "lastPurchaseAt", "after": "2026-11-01T00:00:00Z", "withinDays": 30}]}""")).toCondition(NOW);
        assertEquals("((c.tier IN :seg0_in) OR (c.rfm.lastPurchaseAt >= :seg1_after))", c.jpql());
        assertEquals(
                Instant.parse("2026-11-01T00:00:00Z").atOffset(ZoneOffset.UTC),
                c.parameters().get("seg1_after"),
                "after 1 Nov is narrower than the last 30 days");
        JpqlCondition followed = SegmentRules.parse(json("""
                {"conditions": [{"field": "lastFollowUpAt", "withinDays": 7}]}""")).toCondition(NOW);
        assertEquals(
                "((EXISTS (SELECT f FROM FollowUp f WHERE f.customerId = c.id AND f.status = :seg0_done AND f.completedAt >= :seg0_after)))",
                followed.jpql());
    }

    @Test
    void theLatestNpsAnswerDecidesTheCategory() {
        JpqlCondition c = SegmentRules.parse(json("""
                {"conditions": [{"field": "npsCategory", "in": ["PASSIVE", "DETRACTOR"]}]}""")).toCondition(NOW);
        String nps = "SELECT s.id FROM Survey s WHERE s.type = io.crm.survey.SurveyType.NPS";
        assertEquals(
                "((EXISTS (SELECT r FROM SurveyAnswer r WHERE r.customerId = c.id AND r.surveyId IN (" + nps + ")"
                        + " AND r.respondedAt = (SELECT MAX(r2.respondedAt) FROM SurveyAnswer r2 WHERE r2.customerId = c.id"
                        + " AND r2.surveyId IN (" + nps + ")) AND ((r.score >= 7 AND r.score <= 8) OR r.score <= 6))))",
                c.jpql());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SegmentRules.parse(json("""
                {"conditions": [{"field": "npsCategory", "in": ["FAN"]}]}""")));
        assertEquals("rules.conditions[0].in[0]", e.violations().get(0).field());
    }

    @Test
    void rulesRoundTripThroughTheirStoredForm() {
        SegmentRules rules = SegmentRules.parse(json("""
                {"conditions": [{"field": "tags", "in": ["a", "b", "a"]}, {"field": "frequency", "max": 2},
                  {"field": "createdAt", "before": "2026-01-01T00:00:00Z", "withinDays": 400}]}"""));
        JsonObject stored = rules.toJson();
        assertEquals("ALL", stored.getString("match"), "ALL is the default");
        assertEquals(
                2,
                stored.getJsonArray("conditions")
                        .getJsonObject(0)
                        .getJsonArray("in")
                        .size(),
                "duplicates dropped");
        assertEquals(rules, SegmentRules.parse(stored));
    }

    @Test
    void everyMistakeIsReportedWithItsPath() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SegmentRules.parse(json("""
                {"match": "SOME", "extra": 1, "conditions": [
                  {"field": "tier", "in": ["GOLD"]},
                  {"field": "colour", "in": ["red"]},
                  {"field": "recency", "min": 0, "max": 6},
                  {"field": "recency", "min": 4, "max": 2},
                  {"field": "monetary"},
                  {"field": "lastPurchaseAt", "after": "yesterday"},
                  {"field": "createdAt", "after": "2026-06-01T00:00:00Z", "before": "2026-01-01T00:00:00Z"},
                  {"field": "lastFollowUpAt", "withinDays": 10, "olderThanDays": 20},
                  {"field": "city", "in": []},
                  {"field": "region", "in": [1]},
                  {"field": "tier", "in": ["VIP"], "notIn": ["REGULAR"]},
                  {"field": "frequency", "min": 2.5},
                  {"field": "createdAt", "withinDays": "30"},
                  "tier"]}""")));
        List<String> fields = e.violations().stream().map(Violation::field).toList();
        assertEquals(
                List.of(
                        "rules.extra",
                        "rules.match",
                        "rules.conditions[0].in[0]",
                        "rules.conditions[1].field",
                        "rules.conditions[2].min",
                        "rules.conditions[2].max",
                        "rules.conditions[3].max",
                        "rules.conditions[4]",
                        "rules.conditions[5].after",
                        "rules.conditions[6].before",
                        "rules.conditions[7].olderThanDays",
                        "rules.conditions[8].in",
                        "rules.conditions[9].in[0]",
                        "rules.conditions[10].notIn",
                        "rules.conditions[11].min",
                        "rules.conditions[12].withinDays",
                        "rules.conditions[13]"),
                fields);
        assertTrue(e.violations().get(2).message().contains("VIP"), "names the allowed values");
    }

    @Test
    void sizeLimitsAreEnforced() {
        assertThrows(InvalidInputException.class, () -> SegmentRules.parse(json("{\"conditions\": []}")));
        assertThrows(InvalidInputException.class, () -> SegmentRules.parse(json("[]")));
        StringBuilder many = new StringBuilder("{\"conditions\": [");
        for (int i = 0; i < 21; i++) {
            many.append(i == 0 ? "" : ",").append("{\"field\": \"tier\", \"in\": [\"VIP\"]}");
        }
        assertThrows(InvalidInputException.class, () -> SegmentRules.parse(json(many + "]}")));
        StringBuilder values = new StringBuilder("{\"conditions\": [{\"field\": \"tags\", \"in\": [");
        for (int i = 0; i < 101; i++) {
            values.append(i == 0 ? "" : ",").append("\"t").append(i).append('"');
        }
        assertThrows(InvalidInputException.class, () -> SegmentRules.parse(json(values + "]}]}")));
    }

    private static jakarta.json.JsonValue json(String text) {
        return Json.createReader(new StringReader(text)).readValue();
    }
}
