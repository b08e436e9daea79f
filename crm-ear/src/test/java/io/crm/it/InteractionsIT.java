package io.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Host apps reporting what customers did: one interaction and batches with a status per item, retries that store
 * nothing twice, other people's customers, the roles table, bodies that are not batches; then what interactions
 * feed: a segment rule checked against a count made here, and the lifecycle stage of a lapsed buyer still active.
 */
class InteractionsIT extends EndToEndTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Test
    void oneInteractionAndABatch_eachItemOnItsOwn_retriesStoredOnce() {
        Api admin = Api.as(deployment, "admin");
        Api sales1 = Api.as(deployment, "sales1");
        String mine = customer(admin, "sales1", null);
        String theirs = customer(admin, "sales2", null);
        String ext = Deployments.uniqueName("ext");

        String one = item(null, "PAGE_VIEW", NOW.minusSeconds(30), ext);
        Api.Response created = sales1.post("customers/" + mine + "/interactions", one);
        assertEquals(201, created.status(), created::toString);
        String id = created.json().getString("id");
        assertTrue(created.header("Location").endsWith("/customers/" + mine + "/interactions/" + id));
        assertEquals("/sale", created.json().getJsonObject("properties").getString("page"));
        Api.Response again = sales1.post("customers/" + mine + "/interactions", one);
        assertEquals(200, again.status(), "a retry answers the stored interaction: " + again);
        assertEquals(id, again.json().getString("id"));
        assertEquals(
                404, sales1.post("customers/" + theirs + "/interactions", one).status());
        assertEquals(
                403,
                Api.as(deployment, "service1")
                        .post("customers/" + mine + "/interactions", one)
                        .status(),
                "service reads customers but does not write them");
        assertEquals(
                400,
                sales1.post("customers/" + mine + "/interactions", item(null, "PAGE_VIEW", NOW.plusSeconds(3600), null))
                        .status());
        assertEquals(1, interactions(sales1, mine).size());

        String ext2 = Deployments.uniqueName("ext");
        String batch = "{\"items\": ["
                + String.join(
                        ", ",
                        item(mine, "PRODUCT_VIEW", NOW.minusSeconds(20), ext2),
                        item(theirs, "PAGE_VIEW", NOW.minusSeconds(20), null),
                        item(mine, "COUPON_SCANNED", NOW.minusSeconds(20), null),
                        item(mine, "PAGE_VIEW", NOW.minusSeconds(30), ext),
                        "\"not an object\"",
                        item(mine, "ADD_TO_CART", NOW.minusSeconds(10), null),
                        item("abc", "PAGE_VIEW", NOW.minusSeconds(10), null),
                        item(mine, "APP_LOGIN", NOW.minusSeconds(5), ext2))
                + "]}";
        Api.Response first = sales1.post("interactions/bulk", batch);
        assertEquals(200, first.status(), first::toString);
        List<JsonObject> statuses = statuses(first);
        assertEquals(List.of(201, 404, 400, 200, 400, 201, 404, 200), codes(statuses), first::toString);
        assertEquals(id, statuses.get(3).getString("id"), "stored before by the single route");
        assertEquals(statuses.get(0).getString("id"), statuses.get(7).getString("id"), "the same externalId twice");
        assertEquals(
                "urn:crm:problem:validation",
                statuses.get(2).getJsonObject("problem").getString("type"));
        assertEquals(
                "type",
                statuses.get(2)
                        .getJsonObject("problem")
                        .getJsonArray("violations")
                        .getJsonObject(0)
                        .getString("field"));
        assertEquals(
                "urn:crm:problem:not-found",
                statuses.get(1).getJsonObject("problem").getString("type"));
        assertEquals(3, interactions(sales1, mine).size());
        assertEquals(0, interactions(admin, theirs).size());

        // the whole batch sent again: what carries an externalId is not stored twice, the rest is
        List<JsonObject> retried = statuses(sales1.post("interactions/bulk", batch));
        assertEquals(List.of(200, 404, 400, 200, 400, 201, 404, 200), codes(retried));
        assertEquals(statuses.get(0).getString("id"), retried.get(0).getString("id"));
        assertNotEquals(statuses.get(5).getString("id"), retried.get(5).getString("id"));
        assertEquals(4, interactions(sales1, mine).size());
        List<JsonObject> byAdmin = statuses(admin.post(
                "interactions/bulk", "{\"items\": [" + item(theirs, "STORE_VISIT", NOW.minusSeconds(5), null) + "]}"));
        assertEquals(List.of(201), codes(byAdmin), "admin writes every customer");
        assertEquals(
                403,
                Api.as(deployment, "analyst").post("interactions/bulk", batch).status());

        // bodies that are not a batch change nothing
        StringBuilder tooMany = new StringBuilder("{\"items\": [");
        for (int i = 0; i <= 1000; i++) {
            tooMany.append(i == 0 ? "" : ",").append(item(mine, "PAGE_VIEW", NOW.minusSeconds(40), null));
        }
        tooMany.append("]}");
        for (String bad : List.of(
                "{}",
                "{\"items\": []}",
                "{\"items\": {}}",
                "{\"items\": [], \"extra\": 1}",
                "[" + item(mine, "PAGE_VIEW", NOW, null) + "]",
                "{\"items\": [",
                tooMany.toString())) {
            Api.Response r = sales1.post("interactions/bulk", bad);
            assertEquals(400, r.status(), bad.length() > 200 ? "1001 items" : bad);
            assertEquals("application/problem+json", r.contentType().split(";")[0]);
        }
        assertEquals(4, interactions(sales1, mine).size());
    }

    @Test
    void aSegmentOnInteractionsHasExactlyTheCustomersAnIndependentCountGives() {
        Api admin = Api.as(deployment, "admin");
        String tag = Deployments.uniqueWord();
        Random random = new Random(34);
        Set<String> expected = new HashSet<>();
        List<String> items = new ArrayList<>();
        for (int c = 0; c < 12; c++) {
            String id = customer(admin, c % 2 == 0 ? "sales1" : "sales2", tag);
            int recentViews = random.nextInt(5);
            for (int i = 0; i < recentViews; i++) {
                items.add(item(id, "PRODUCT_VIEW", NOW.minus(Duration.ofDays(1 + random.nextInt(28))), null));
            }
            for (int i = random.nextInt(4); i > 0; i--) {
                items.add(item(id, "PRODUCT_VIEW", NOW.minus(Duration.ofDays(31 + random.nextInt(300))), null));
                items.add(item(id, "PAGE_VIEW", NOW.minus(Duration.ofDays(1)), null));
            }
            if (recentViews >= 3) {
                expected.add(id);
            }
        }
        List<JsonObject> statuses =
                statuses(admin.post("interactions/bulk", "{\"items\": [" + String.join(", ", items) + "]}"));
        assertTrue(statuses.stream().allMatch(s -> s.getInt("status") == 201), statuses::toString);

        Api analyst = Api.as(deployment, "analyst");
        String rules = "{\"match\": \"ALL\", \"conditions\": [{\"field\": \"tags\", \"in\": [\"" + tag + "\"]},"
                + " {\"field\": \"interactions\", \"type\": \"PRODUCT_VIEW\", \"atLeast\": 3, \"withinDays\": 30}]}";
        Api.Response segment = analyst.post(
                "segments", "{\"name\": \"" + Deployments.uniqueName("Viewers") + "\", \"rules\": " + rules + "}");
        assertEquals(201, segment.status(), segment::toString);
        String id = segment.json().getString("id");
        assertEquals(expected, members(analyst, "segments/" + id + "/customers"));
        assertEquals(
                expected.size(), analyst.get("segments/" + id + "/count").json().getInt("count"));

        Api.Response unknownType = analyst.post(
                "segments",
                "{\"name\": \"" + Deployments.uniqueName("Bad") + "\", \"rules\": {\"conditions\": [{\"field\": "
                        + "\"interactions\", \"type\": \"COUPON_SCANNED\", \"atLeast\": 1, \"withinDays\": 7}]}}");
        assertEquals(400, unknownType.status(), unknownType::toString);
    }

    @Test
    void aLapsedBuyerStillActiveIsAtRiskNotChurned() {
        Api admin = Api.as(deployment, "admin");
        String active = customer(admin, "sales1", null);
        String silent = customer(admin, "sales1", null);
        for (String id : List.of(active, silent)) {
            Api.Response p = admin.post(
                    "customers/" + id + "/purchases",
                    "{\"amount\": \"80.00\", \"currency\": \"CNY\", \"occurredAt\": \""
                            + NOW.minus(Duration.ofDays(400)) + "\"}");
            assertEquals(201, p.status(), p::toString);
        }
        assertEquals(
                201,
                admin.post(
                                "customers/" + active + "/interactions",
                                item(null, "APP_LOGIN", NOW.minus(Duration.ofDays(2)), null))
                        .status());
        JsonObject run = Jobs.run(Api.as(deployment, "batch"), "customer-scoring", "{}", Duration.ofSeconds(300));
        assertEquals("COMPLETED", run.getString("status"), run::toString);
        assertEquals("RETENTION_RISK", admin.get("customers/" + active).json().getString("lifecycleStage"));
        assertEquals("CHURNED", admin.get("customers/" + silent).json().getString("lifecycleStage"));
    }

    static String customer(Api admin, String owner, String tag) {
        Api.Response r = admin.post(
                "customers",
                "{\"name\": \"" + Deployments.uniqueName("Active") + "\", \"ownerId\": \"" + owner
                        + "\", \"teamId\": \"east\"" + (tag == null ? "" : ", \"tags\": [\"" + tag + "\"]") + "}");
        assertEquals(201, r.status(), r::toString);
        return r.json().getString("id");
    }

    /** An interaction as JSON; customerId null for the route under a customer. */
    static String item(String customerId, String type, Instant at, String externalId) {
        return "{" + (customerId == null ? "" : "\"customerId\": \"" + customerId + "\", ") + "\"type\": \"" + type
                + "\", \"occurredAt\": \"" + at + "\", \"channel\": \"web\", \"properties\": {\"page\": \"/sale\"}"
                + (externalId == null ? "" : ", \"externalId\": \"" + externalId + "\"") + "}";
    }

    private static List<JsonObject> statuses(Api.Response r) {
        assertEquals(200, r.status(), r::toString);
        return r.json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .toList();
    }

    private static List<Integer> codes(List<JsonObject> statuses) {
        return statuses.stream().map(s -> s.getInt("status")).toList();
    }

    private static List<String> interactions(Api api, String customer) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            Api.Response page = api.get("customers/" + customer + "/interactions?limit=2"
                    + (cursor == null ? "" : "&cursor=" + Api.q(cursor)));
            assertEquals(200, page.status(), page::toString);
            page.json()
                    .getJsonArray("items")
                    .forEach(v -> ids.add(v.asJsonObject().getString("id")));
            cursor = page.json().isNull("next") ? null : page.json().getString("next");
        } while (cursor != null);
        return ids;
    }

    private static Set<String> members(Api api, String path) {
        Set<String> ids = new HashSet<>();
        String cursor = null;
        do {
            Api.Response page = api.get(path + (cursor == null ? "" : "?cursor=" + Api.q(cursor)));
            assertEquals(200, page.status(), page::toString);
            for (JsonValue v : page.json().getJsonArray("items")) {
                assertTrue(ids.add(v.asJsonObject().getString("id")), "repeated " + v);
            }
            cursor = page.json().isNull("next") ? null : page.json().getString("next");
        } while (cursor != null);
        return ids;
    }
}
