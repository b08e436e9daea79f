package io.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * One customer with something in every area (notes, follow-ups, purchases, interactions, a survey invitation and its
 * answer, points, a tier set by hand, a stage computed by scoring): the timeline pages through all of it newest first,
 * every item once, masked as each source masks it, filtered by kind and time, and not at all for a sales user who
 * cannot read the customer.
 */
class TimelineIT extends EndToEndTest {

    @Test
    void aCustomerWithDataInEveryAreaHasEveryItemOnceInOrderAcrossPages() {
        Api admin = Api.as(deployment, "admin");
        Api sales1 = Api.as(deployment, "sales1");
        Api batch = Api.as(deployment, "batch");
        String tag = "timeline-" + Deployments.uniqueWord();
        Api.Response created = sales1.post(
                "customers",
                "{\"name\": \"" + Deployments.uniqueName("Timeline") + "\", \"teamId\": \"east\", \"tags\": [\"" + tag
                        + "\"], \"consents\": {\"EMAIL\": true}, \"emails\": [\"" + Deployments.uniqueWord()
                        + "@example.com\"]}");
        assertEquals(201, created.status(), created::toString);
        String id = created.json().getString("id");
        String base = "customers/" + id;
        Map<String, Set<String>> expected = new HashMap<>();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        add(expected, "note", sales1.post(base + "/notes", "{\"text\": \"Called, asks to use 13800138000\"}"));
        add(expected, "note", sales1.post(base + "/notes", "{\"text\": \"Visited the store\"}"));
        add(
                expected,
                "follow-up",
                sales1.post(base + "/follow-ups", "{\"channel\": \"PHONE\", \"content\": \"call back\"}"));
        add(
                expected,
                "follow-up",
                sales1.post(base + "/follow-ups", "{\"channel\": \"EMAIL\", \"content\": \"send offer\"}"));
        for (int days : List.of(40, 3)) {
            add(
                    expected,
                    "purchase",
                    sales1.post(
                            base + "/purchases",
                            "{\"amount\": \"120.00\", \"currency\": \"CNY\", \"occurredAt\": \""
                                    + now.minus(Duration.ofDays(days)) + "\"}"));
        }
        List<String> items = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            items.add(InteractionsIT.item(
                    id, i % 2 == 0 ? "PAGE_VIEW" : "STORE_VISIT", now.minus(Duration.ofHours(i * 30L)), null));
        }
        Api.Response bulk = sales1.post("interactions/bulk", "{\"items\": [" + String.join(", ", items) + "]}");
        assertEquals(200, bulk.status(), bulk::toString);
        for (JsonValue s : bulk.json().getJsonArray("items")) {
            assertEquals(201, s.asJsonObject().getInt("status"), bulk::toString);
            expected.computeIfAbsent("interaction", k -> new HashSet<>())
                    .add(s.asJsonObject().getString("id"));
        }
        add(
                expected,
                "points-entry",
                admin.post(base + "/points/adjustments", "{\"points\": 50, \"reason\": \"welcome\"}"));
        Api.Response read = sales1.get(base);
        assertEquals(
                200,
                sales1.patch(base, read.header("ETag"), "{\"tier\": \"VIP\"}").status());
        Jobs.run(batch, "customer-scoring", "{}", Duration.ofSeconds(300));

        // a survey of this one customer, and their answer
        Api.Response segment = batch.post(
                "segments",
                "{\"name\": \"" + Deployments.uniqueName(tag) + "\", \"rules\": {\"conditions\": "
                        + "[{\"field\": \"tags\", \"in\": [\"" + tag + "\"]}]}}");
        assertEquals(201, segment.status(), segment::toString);
        Api.Response survey = batch.post(
                "surveys",
                "{\"name\": \"Timeline NPS\", \"type\": \"NPS\", \"question\": \"Would you recommend us?\", "
                        + "\"channel\": \"EMAIL\", \"fatigueDays\": 0, \"target\": {\"segmentId\": \""
                        + segment.json().getString("id") + "\"}}");
        assertEquals(201, survey.status(), survey::toString);
        String surveyId = survey.json().getString("id");
        Jobs.run(batch, "survey-dispatch", "{\"surveyId\": " + surveyId + "}", Duration.ofSeconds(120));
        JsonObject invitation = batch.get("surveys/" + surveyId + "/invitations")
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        expected.computeIfAbsent("survey-invitation", k -> new HashSet<>()).add(invitation.getString("id"));
        assertEquals(
                201,
                Api.as(deployment, null)
                        .post("public/responses/" + invitation.getString("token"), "{\"score\": 9}")
                        .status());

        for (JsonValue e : sales1.get(base + "/points/entries").json().getJsonArray("items")) {
            expected.computeIfAbsent("points-entry", k -> new HashSet<>())
                    .add(e.asJsonObject().getString("id"));
        }
        for (JsonValue h : sales1.get(base + "/history").json().getJsonArray("items")) {
            JsonObject change = h.asJsonObject();
            String kind = switch (change.getString("field")) {
                case "tier" -> "tier-change";
                case "level" -> "level-change";
                default -> "stage-change";
            };
            expected.computeIfAbsent(kind, k -> new HashSet<>()).add(change.getString("id"));
        }
        for (JsonValue c : sales1.get(base + "/consents").json().getJsonArray("history")) {
            expected.computeIfAbsent("consent-change", k -> new HashSet<>())
                    .add(c.asJsonObject().getString("id"));
        }
        assertTrue(
                expected.keySet().containsAll(List.of("tier-change", "stage-change", "consent-change")),
                expected::toString);

        List<JsonObject> all = timeline(sales1, base + "/timeline?limit=3");
        Map<String, Set<String>> served = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (JsonObject item : all) {
            assertTrue(seen.add(item.getString("kind") + ":" + item.getString("id")), "served twice: " + item);
            if (!item.getString("kind").equals("survey-answer")) {
                served.computeIfAbsent(item.getString("kind"), k -> new HashSet<>())
                        .add(item.getString("id"));
            }
        }
        assertEquals(expected, served);
        assertEquals(
                1,
                all.stream()
                        .filter(i -> i.getString("kind").equals("survey-answer"))
                        .count());
        for (int i = 1; i < all.size(); i++) {
            assertTrue(before(all.get(i - 1), all.get(i)), "out of order: " + all.get(i - 1) + " then " + all.get(i));
        }
        JsonObject answer = all.stream()
                .filter(i -> i.getString("kind").equals("survey-answer"))
                .findFirst()
                .orElseThrow();
        assertTrue(answer.getString("summary").endsWith("with 9"), answer::toString);

        // masked as the sources mask: the analyst reads every customer but no personal data
        List<JsonObject> masked = timeline(Api.as(deployment, "analyst"), base + "/timeline?kinds=note,survey-answer");
        assertEquals(3, masked.size());
        assertTrue(masked.stream()
                .filter(i -> i.getString("kind").equals("note"))
                .anyMatch(i -> i.getJsonObject("note").getBoolean("textMasked")
                        && !i.getJsonObject("note").getString("text").contains("13800138000")));
        assertFalse(masked.stream()
                .filter(i -> i.getString("kind").equals("survey-answer"))
                .anyMatch(i -> i.getString("summary").contains("with")));

        // filters: kinds, and a time window over the interactions
        List<JsonObject> interactions = timeline(sales1, base + "/timeline?kinds=interaction&limit=2");
        assertEquals(expected.get("interaction"), ids(interactions));
        Instant from = now.minus(Duration.ofHours(70));
        Instant to = now.minus(Duration.ofHours(10));
        List<JsonObject> window =
                timeline(sales1, base + "/timeline?kinds=interaction,purchase&limit=1&from=" + from + "&to=" + to);
        assertEquals(2, window.size(), "the interactions 30 and 60 hours ago: " + window);
        assertTrue(window.stream().allMatch(i -> i.getString("kind").equals("interaction")));
        assertEquals(400, sales1.get(base + "/timeline?kinds=memo").status());
        assertEquals(
                400, sales1.get(base + "/timeline?from=" + to + "&to=" + from).status());
        String next = sales1.get(base + "/timeline?limit=1").json().getString("next");
        assertEquals(
                400,
                sales1.get(base + "/timeline?kinds=note&cursor=" + Api.q(next)).status(),
                "other filters");

        // a sales user who cannot read the customer
        Api.Response refused = Api.as(deployment, "sales2").get(base + "/timeline");
        assertEquals(404, refused.status(), refused::toString);
        assertEquals("application/problem+json", refused.contentType().split(";")[0]);
    }

    private static void add(Map<String, Set<String>> expected, String kind, Api.Response created) {
        assertEquals(201, created.status(), created::toString);
        expected.computeIfAbsent(kind, k -> new HashSet<>()).add(created.json().getString("id"));
    }

    /** Timeline order: newest first, then kind, then the larger id first. */
    private static boolean before(JsonObject a, JsonObject b) {
        int byTime = Instant.parse(b.getString("occurredAt")).compareTo(Instant.parse(a.getString("occurredAt")));
        if (byTime != 0) {
            return byTime < 0;
        }
        int byKind = a.getString("kind").compareTo(b.getString("kind"));
        if (byKind != 0) {
            return byKind < 0;
        }
        return Long.parseLong(a.getString("id")) > Long.parseLong(b.getString("id"));
    }

    private static Set<String> ids(List<JsonObject> items) {
        Set<String> ids = new HashSet<>();
        items.forEach(i -> ids.add(i.getString("id")));
        return ids;
    }

    static List<JsonObject> timeline(Api api, String path) {
        List<JsonObject> all = new ArrayList<>();
        String cursor = null;
        do {
            Api.Response page = api.get(
                    path + (cursor == null ? "" : (path.contains("?") ? "&" : "?") + "cursor=" + Api.q(cursor)));
            assertEquals(200, page.status(), page::toString);
            page.json().getJsonArray("items").forEach(v -> all.add(v.asJsonObject()));
            cursor = page.json().isNull("next") ? null : page.json().getString("next");
        } while (cursor != null);
        return all;
    }
}
