package io.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Segments: saved with their rules validated, evaluated for each demo user into exactly the customers that user
 * may see (with personal data masked as in the customer list), changed under If-Match, deleted.
 */
class SegmentsIT extends EndToEndTest {

    @Test
    void aSegmentReturnsExactlyTheMatchingCustomersEachUserMaySee() {
        Api sales1 = Api.as(deployment, "sales1");
        Api sales2 = Api.as(deployment, "sales2");
        Api sales3 = Api.as(deployment, "sales3");
        Api analyst = Api.as(deployment, "analyst");
        String tag = "segment-" + Deployments.uniqueWord();
        Instant before = Instant.now().minus(Duration.ofSeconds(1));

        // in Hangzhou with the tag: two of sales1 (one shared with sales2), one of sales2, one of sales3
        String s1a = customer(sales1, tag, "杭州", Instant.now().minus(Duration.ofDays(10)));
        String s1b = customer(sales1, tag, "杭州", null);
        String s2 = customer(sales2, tag, "杭州", Instant.now().minus(Duration.ofDays(200)));
        String s3 = customer(sales3, tag, "杭州", null);
        customer(sales1, tag, "上海", null); // the wrong city
        customer(sales3, "other-" + tag, "杭州", null); // the wrong tag
        assertEquals(
                201,
                sales1.post("customers/" + s1b + "/shares", "{\"userId\": \"sales2\", \"access\": \"READ\"}")
                        .status());
        assertEquals(
                201,
                sales1.post(
                                "customers/" + s1a + "/follow-ups",
                                "{\"channel\": \"PHONE\", \"content\": \"回访 call back\", \"status\": \"DONE\"}")
                        .status());

        String rules = "{\"match\": \"ALL\", \"conditions\": [{\"field\": \"tags\", \"in\": [\"" + tag + "\"]}, "
                + "{\"field\": \"city\", \"in\": [\"杭州\"]}, {\"field\": \"createdAt\", \"after\": \"" + before
                + "\"}]}";
        String name = Deployments.uniqueName("Hangzhou");
        assertEquals(
                403,
                sales1.post("segments", "{\"name\": \"x\", \"rules\": " + rules + "}")
                        .status(),
                "sales may not manage segments");
        Api.Response created = analyst.post(
                "segments",
                "{\"name\": \"" + name + "\", \"description\": \"Hangzhou customers\", \"rules\": " + rules + "}");
        assertEquals(201, created.status(), created::toString);
        String id = created.json().getString("id");
        assertTrue(created.header("Location").endsWith("/segments/" + id));
        assertEquals("ALL", created.json().getJsonObject("rules").getString("match"));
        assertEquals(
                409,
                analyst.post("segments", "{\"name\": \"" + name.toUpperCase() + "\", \"rules\": " + rules + "}")
                        .status(),
                "names are unique whatever the case");

        Map<String, Set<String>> expected = Map.of(
                "sales1", Set.of(s1a, s1b),
                "sales2", Set.of(s1b, s2),
                "sales3", Set.of(s3),
                "manager", Set.of(s1a, s1b, s2),
                "service1", Set.of(s1a, s1b, s2),
                "analyst", Set.of(s1a, s1b, s2, s3),
                "admin", Set.of(s1a, s1b, s2, s3));
        expected.forEach((user, ids) -> {
            Api api = Api.as(deployment, user);
            assertEquals(ids, customers(api, "segments/" + id + "/customers?limit=1"), user);
            assertEquals(ids.size(), api.get("segments/" + id + "/count").json().getInt("count"), user);
        });
        JsonObject masked = Api.as(deployment, "service1")
                .get("segments/" + id + "/customers")
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        assertTrue(masked.getBoolean("piiMasked"), "masking is the customer list's: " + masked);
        assertEquals(
                403,
                Api.as(deployment, "batch").get("segments/" + id + "/customers").status(),
                "batch-admin reads no customers");
        assertEquals(
                200,
                Api.as(deployment, "batch").get("segments/" + id).status(),
                "but may read the segment to target surveys");

        // purchase and follow-up times: Hangzhou customers who bought in the last 30 days, or had a done follow-up this
        // week
        Api.Response read = analyst.get("segments/" + id);
        String changed =
                "{\"rules\": {\"match\": \"ALL\", \"conditions\": [{\"field\": \"tags\", \"in\": [\"" + tag + "\"]}, "
                        + "{\"field\": \"lastPurchaseAt\", \"withinDays\": 30}, {\"field\": \"lastFollowUpAt\", \"withinDays\": 7}]}}";
        String firstCursor =
                analyst.get("segments/" + id + "/customers?limit=1").json().getString("next");
        assertEquals(428, analyst.patch("segments/" + id, null, changed).status());
        Api.Response patched = analyst.patch("segments/" + id, read.header("ETag"), changed);
        assertEquals(200, patched.status(), patched::toString);
        assertEquals(
                412,
                analyst.patch("segments/" + id, read.header("ETag"), changed).status());
        assertEquals(Set.of(s1a), customers(analyst, "segments/" + id + "/customers"));
        assertEquals(
                400,
                analyst.get("segments/" + id + "/customers?cursor=" + Api.q(firstCursor))
                        .status(),
                "a cursor ends when the rules change");
        String anyOf =
                "{\"rules\": {\"match\": \"ANY\", \"conditions\": [{\"field\": \"lastPurchaseAt\", \"olderThanDays\": 100, "
                        + "\"after\": \"" + before.minus(Duration.ofDays(365))
                        + "\"}, {\"field\": \"lastFollowUpAt\", \"withinDays\": 7}]}}";
        assertEquals(
                200,
                analyst.patch("segments/" + id, analyst.get("segments/" + id).header("ETag"), anyOf)
                        .status());
        Set<String> found = customers(analyst, "segments/" + id + "/customers?limit=200");
        assertTrue(found.containsAll(Set.of(s1a, s2)) && !found.contains(s1b) && !found.contains(s3), found::toString);

        // bad rules change nothing and say what is wrong
        Api.Response bad = analyst.patch(
                "segments/" + id,
                analyst.get("segments/" + id).header("ETag"),
                "{\"rules\": {\"conditions\": [{\"field\": \"tier\", \"in\": [\"GOLD\"]}, {\"field\": \"recency\", \"min\": 9}]}}");
        assertEquals(400, bad.status(), bad::toString);
        assertEquals(
                List.of("rules.conditions[0].in[0]", "rules.conditions[1].min"),
                bad.json().getJsonArray("violations").stream()
                        .map(v -> v.asJsonObject().getString("field"))
                        .toList());
        assertEquals(
                400,
                analyst.post(
                                "segments",
                                "{\"name\": \"n\", \"rules\": {\"conditions\": [{\"field\": \"npsCategory\"}]}}")
                        .status());
        assertEquals(
                400,
                analyst.post("segments", "{\"name\": \"\", \"rules\": " + rules + "}")
                        .status());
        assertEquals(
                400,
                analyst.post("segments", "{\"name\": \"n\", \"rules\": " + rules + ", \"colour\": 1}")
                        .status());
        assertEquals(400, analyst.post("segments", "{\"name\": \"n\"}").status());
        assertEquals(
                found,
                customers(analyst, "segments/" + id + "/customers?limit=200"),
                "the failed change changed nothing");

        assertTrue(analyst.get("segments?limit=200").json().getJsonArray("items").stream()
                .anyMatch(s -> s.asJsonObject().getString("id").equals(id)));
        assertEquals(204, analyst.delete("segments/" + id, null).status());
        assertEquals(404, analyst.get("segments/" + id).status());
        assertEquals(404, analyst.get("segments/" + id + "/customers").status());
    }

    /**
     * A segment that a scheduled survey dispatch targets: only its owner or an admin may change it while the schedule
     * is on (409 for anyone else with segment:manage); its owner is shown and cannot be set; its cost is bounded.
     */
    @Test
    void aSegmentThatADispatchTargetsIsChangedOnlyByItsOwnerOrAnAdmin() {
        Api analyst = Api.as(deployment, "analyst");
        Api manager = Api.as(deployment, "manager");
        Api admin = Api.as(deployment, "admin");
        Api batch = Api.as(deployment, "batch");
        String tag = "owned-" + Deployments.uniqueWord();
        String rules = "{\"conditions\": [{\"field\": \"tags\", \"in\": [\"" + tag + "\"]}]}";
        Api.Response created = analyst.post(
                "segments", "{\"name\": \"" + Deployments.uniqueName("Owned") + "\", \"rules\": " + rules + "}");
        assertEquals(201, created.status(), created::toString);
        String id = created.json().getString("id");
        assertEquals("analyst", created.json().getString("ownerId"));
        assertEquals(
                400,
                analyst.patch("segments/" + id, created.header("ETag"), "{\"ownerId\": \"manager\"}")
                        .status(),
                "the owner is read-only");
        assertEquals(
                200,
                manager.patch(
                                "segments/" + id,
                                manager.get("segments/" + id).header("ETag"),
                                "{\"description\": \"nothing targets it yet\"}")
                        .status());

        Api.Response survey = batch.post(
                "surveys",
                "{\"name\": \"" + Deployments.uniqueName("Owned NPS") + "\", \"type\": \"NPS\", "
                        + "\"question\": \"q\", \"channel\": \"EMAIL\", \"fatigueDays\": 30, \"target\": {\"segmentId\": \""
                        + id + "\"}}");
        assertEquals(201, survey.status(), survey::toString);
        Api.Response schedule = batch.post(
                "schedules",
                "{\"jobName\": \"survey-dispatch\", \"cron\": \"0 2 1 1 *\", \"timeZone\": "
                        + "\"Asia/Shanghai\", \"parameters\": {\"surveyId\": "
                        + survey.json().getString("id") + "}, \"enabled\": true}");
        assertEquals(201, schedule.status(), schedule::toString);
        String scheduleId = schedule.json().getString("id");

        Api.Response refused = manager.patch(
                "segments/" + id, manager.get("segments/" + id).header("ETag"), "{\"description\": \"mine now\"}");
        assertEquals(409, refused.status(), refused::toString);
        assertEquals("analyst", refused.json().getString("ownerId"));
        assertEquals(409, manager.delete("segments/" + id, null).status());
        assertEquals(
                200,
                analyst.patch(
                                "segments/" + id,
                                analyst.get("segments/" + id).header("ETag"),
                                "{\"description\": \"the owner's\"}")
                        .status());
        assertEquals(
                200,
                admin.patch(
                                "segments/" + id,
                                admin.get("segments/" + id).header("ETag"),
                                "{\"description\": \"an admin's\"}")
                        .status());
        assertEquals(
                "an admin's",
                manager.get("segments/" + id).json().getString("description"),
                "the refused change changed nothing");

        Api.Response off = batch.patch(
                "schedules/" + scheduleId, batch.get("schedules/" + scheduleId).header("ETag"), "{\"enabled\": false}");
        assertEquals(200, off.status(), off::toString);
        assertEquals(
                200,
                manager.patch(
                                "segments/" + id,
                                manager.get("segments/" + id).header("ETag"),
                                "{\"description\": \"free again\"}")
                        .status(),
                "no dispatch targets it any more");
        assertEquals(204, batch.delete("schedules/" + scheduleId, null).status());

        // twenty conditions of a hundred tags each are too costly to evaluate
        StringBuilder costly = new StringBuilder("{\"match\": \"ANY\", \"conditions\": [");
        for (int c = 0; c < 20; c++) {
            costly.append(c == 0 ? "" : ", ").append("{\"field\": \"tags\", \"in\": [");
            for (int t = 0; t < 100; t++) {
                costly.append(t == 0 ? "" : ", ")
                        .append("\"t")
                        .append(c)
                        .append('-')
                        .append(t)
                        .append('"');
            }
            costly.append("]}");
        }
        Api.Response tooCostly = analyst.post(
                "segments", "{\"name\": \"" + Deployments.uniqueName("Costly") + "\", \"rules\": " + costly + "]}}");
        assertEquals(400, tooCostly.status(), tooCostly::toString);
        assertTrue(
                tooCostly.json().getJsonArray("violations").stream()
                        .map(v -> v.asJsonObject().getString("field"))
                        .toList()
                        .contains("rules.conditions"),
                tooCostly::toString);
    }

    private static String customer(Api api, String tag, String city, Instant purchase) {
        Api.Response created = api.post(
                "customers",
                "{\"name\": \"" + Deployments.uniqueName("Seg") + "\", \"tags\": [\"" + tag + "\"], \"city\": \"" + city
                        + "\", \"phones\": [\"" + Deployments.uniquePhone() + "\"]}");
        assertEquals(201, created.status(), created::toString);
        String id = created.json().getString("id");
        if (purchase != null) {
            assertEquals(
                    201,
                    api.post(
                                    "customers/" + id + "/purchases",
                                    "{\"amount\": \"50.00\", \"currency\": \"CNY\", \"occurredAt\": \"" + purchase
                                            + "\"}")
                            .status());
        }
        return id;
    }

    private static Set<String> customers(Api api, String path) {
        Set<String> ids = new HashSet<>();
        String cursor = null;
        do {
            Api.Response page = api.get(
                    path + (cursor == null ? "" : (path.contains("?") ? "&" : "?") + "cursor=" + Api.q(cursor)));
            assertEquals(200, page.status(), page::toString);
            for (JsonValue v : page.json().getJsonArray("items")) {
                assertTrue(ids.add(v.asJsonObject().getString("id")), "repeated " + v);
            }
            cursor = page.json().isNull("next") ? null : page.json().getString("next");
        } while (cursor != null);
        return ids;
    }
}
