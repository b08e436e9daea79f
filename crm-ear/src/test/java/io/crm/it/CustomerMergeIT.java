package io.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Two records of one customer, each with data in every area, merged into one: afterwards the survivor holds all of
 * it once (notes, follow-ups, purchases and their totals, points, shares, tier history, survey invitations and answers),
 * search finds the duplicate's notes under the survivor, the audit trail shows the merge, the duplicate answers 404
 * naming the survivor, and a retry changes nothing. Who may merge follows the roles table.
 */
class CustomerMergeIT extends EndToEndTest {

    @Test
    void everythingOfTheDuplicateEndsUpOnceOnTheSurvivor() {
        Api admin = Api.as(deployment, "admin");
        Api sales1 = Api.as(deployment, "sales1");
        Api batch = Api.as(deployment, "batch");
        String tag = Deployments.uniqueWord();
        String word = Deployments.uniqueWord();
        String phone = "+86139" + (10_000_000 + (int) (Math.random() * 89_999_999));
        String a = customer(
                admin,
                "{\"name\": \"张伟\", \"ownerId\": \"sales1\", \"phones\": [\"" + phone + "\"], \"emails\": [\"a-" + tag
                        + "@example.com\"], \"tags\": [\"" + tag + "\"], \"consents\": {\"EMAIL\": true}}");
        String b = customer(
                admin,
                "{\"name\": \"张 伟\", \"ownerId\": \"sales1\", \"city\": \"上海\", \"phones\": [\"" + phone
                        + "\", \"+8613700137000\"], \"emails\": [\"b-" + tag + "@example.com\"], \"tags\": [\"" + tag
                        + "\", \"event-2026\"], \"consents\": {\"EMAIL\": true, \"SMS\": false}}");
        note(sales1, a, "first call");
        String noteB = note(sales1, b, "wants the " + word + " model");
        note(sales1, b, "second visit");
        assertEquals(
                201,
                sales1.post("customers/" + b + "/follow-ups", "{\"channel\": \"PHONE\", \"content\": \"call back\"}")
                        .status());
        purchase(admin, a, "50.00", "a-" + tag);
        purchase(admin, b, "100.00", "b-" + tag);
        adjust(admin, a, 20);
        adjust(admin, b, 30);
        assertEquals(
                201,
                admin.post("customers/" + b + "/shares", "{\"userId\": \"sales3\", \"access\": \"READ\"}")
                        .status());
        Api.Response read = admin.get("customers/" + b);
        assertEquals(
                200,
                admin.patch("customers/" + b, read.header("ETag"), "{\"tier\": \"VIP\"}")
                        .status());
        // both records invited by one dispatch; the duplicate's invitation answered
        String segment = created(batch.post(
                "segments",
                "{\"name\": \"" + Deployments.uniqueName("m") + "\", \"rules\": {\"conditions\": [{\"field\": \"tags\","
                        + " \"in\": [\"" + tag + "\"]}]}}"));
        String survey = created(batch.post(
                "surveys",
                "{\"name\": \"merge\", \"type\": \"NPS\", \"question\": \"q\", \"channel\": \"EMAIL\", \"fatigueDays\":"
                        + " 0, \"target\": {\"segmentId\": \"" + segment + "\"}}"));
        Jobs.run(batch, "survey-dispatch", "{\"surveyId\": " + survey + "}", Duration.ofSeconds(120));
        List<JsonObject> invited = items(batch.get("surveys/" + survey + "/invitations?limit=200"));
        assertEquals(2, invited.size(), invited::toString);
        JsonObject ofB = invited.stream()
                .filter(i -> i.getString("customerId").equals(b))
                .findFirst()
                .orElseThrow();
        assertEquals(
                201,
                Api.as(deployment, null)
                        .post("public/responses/" + ofB.getString("token"), "{\"score\": 3}")
                        .status());
        Search.until(admin, word, Search.finds(noteB), Duration.ofSeconds(30));
        // the one written and the one the detractor's answer opened for the owner (closed loop)
        int followUpsOfB =
                items(sales1.get("customers/" + b + "/follow-ups?limit=200")).size();
        assertTrue(followUpsOfB >= 1);
        assertEquals(
                0, items(sales1.get("customers/" + a + "/follow-ups?limit=200")).size());

        // whatever the accrual rules in force gave, the survivor holds both ledgers
        long balances = balance(admin, a) + balance(admin, b);
        int entries =
                items(admin.get("customers/" + a + "/points/entries?limit=200")).size()
                        + items(admin.get("customers/" + b + "/points/entries?limit=200"))
                                .size();

        // who may not: no customer:write (403), neither record in scope (404), no If-Match (428), stale (412)
        String body = "{\"duplicateId\": \"" + b + "\"}";
        String etag = sales1.get("customers/" + a).header("ETag");
        assertEquals(403, merge(Api.as(deployment, "service1"), a, etag, body).status());
        assertEquals(404, merge(Api.as(deployment, "sales2"), a, etag, body).status());
        assertEquals(404, merge(Api.as(deployment, "sales3"), a, etag, body).status(), "a read share of the duplicate");
        assertEquals(428, merge(sales1, a, null, body).status());
        assertEquals(412, merge(sales1, a, "\"0\"", body).status());
        assertEquals(
                412,
                merge(sales1, a, etag, "{\"duplicateId\": \"" + b + "\", \"duplicateETag\": \"\\\"0\\\"\"}")
                        .status());
        Api.Response bad = merge(sales1, a, etag, "{\"duplicateId\": \"" + b + "\", \"fields\": {\"name\": \"both\"}}");
        assertEquals(400, bad.status(), bad::toString);
        assertEquals("application/problem+json", bad.contentType().split(";")[0]);
        assertEquals(
                400, merge(sales1, a, etag, "{\"duplicateId\": \"" + a + "\"}").status());
        assertEquals(400, merge(sales1, a, etag, "{\"duplicateId\": 7}").status());
        assertEquals(200, sales1.get("customers/" + b).status(), "nothing changed");

        Api.Response merged =
                merge(sales1, a, etag, "{\"duplicateId\": \"" + b + "\", \"fields\": {\"city\": \"survivor\"}}");
        assertEquals(200, merged.status(), merged::toString);
        JsonObject survivor = merged.json();
        assertEquals(a, survivor.getString("id"));
        assertEquals(List.of(phone, "+8613700137000"), strings(survivor, "phones"));
        assertEquals(List.of("a-" + tag + "@example.com", "b-" + tag + "@example.com"), strings(survivor, "emails"));
        assertEquals(List.of("event-2026", tag), strings(survivor, "tags"));
        assertTrue(!survivor.containsKey("city") || survivor.isNull("city"), survivor::toString);
        assertEquals("VIP", survivor.getString("tier"));
        assertFalse(survivor.getJsonObject("consents").getBoolean("SMS"));
        assertEquals(2, survivor.getJsonObject("rfm").getInt("purchaseCount"));
        assertEquals(
                0,
                new BigDecimal(survivor.getJsonObject("rfm").getString("totalSpend")).compareTo(new BigDecimal("150")));
        assertFalse(etag.equals(merged.header("ETag")), "a new version");

        // the duplicate is gone, naming the survivor to those who could read it; a retry answers the same
        Api.Response gone = admin.get("customers/" + b);
        assertEquals(404, gone.status());
        assertEquals(a, gone.json().getString("mergedInto"));
        Api.Response hidden = Api.as(deployment, "sales2").get("customers/" + b);
        assertEquals(404, hidden.status());
        assertFalse(hidden.json().containsKey("mergedInto"), hidden::toString);
        Api.Response again = merge(sales1, a, etag, body);
        assertEquals(200, again.status(), again::toString);
        assertEquals(merged.header("ETag"), again.header("ETag"));

        // everything moved, nothing doubled
        assertEquals(3, items(sales1.get("customers/" + a + "/notes?limit=200")).size());
        assertEquals(
                followUpsOfB,
                items(sales1.get("customers/" + a + "/follow-ups?limit=200")).size());
        assertEquals(
                2, items(sales1.get("customers/" + a + "/purchases?limit=200")).size());
        assertEquals(balances, balance(admin, a));
        assertEquals(
                entries,
                items(admin.get("customers/" + a + "/points/entries?limit=200")).size());
        List<JsonObject> mergeItems = items(sales1.get("customers/" + a + "/timeline?kinds=merge"));
        assertEquals(List.of(b), mergeItems.stream().map(i -> i.getString("id")).toList());
        assertTrue(
                mergeItems.get(0).getString("summary").endsWith("merged into this one by sales1"),
                mergeItems::toString);
        assertTrue(
                items(sales1.get("customers/" + a + "/history?limit=200")).stream()
                        .anyMatch(h -> "VIP".equals(h.getString("to", null))),
                "the tier set by hand on the duplicate");
        assertEquals(200, Api.as(deployment, "sales3").get("customers/" + a).status(), "its share moved");
        List<JsonObject> after = items(batch.get("surveys/" + survey + "/invitations?limit=200"));
        assertEquals(1, after.size(), "one invitation per customer and dispatch: the answered one stays");
        assertEquals(a, after.get(0).getString("customerId"));
        assertEquals(ofB.getString("token"), after.get(0).getString("token"));
        String detractors = created(batch.post(
                "segments",
                "{\"name\": \"" + Deployments.uniqueName("d") + "\", \"rules\": {\"conditions\": [{\"field\": \"tags\","
                        + " \"in\": [\"" + tag + "\"]}, {\"field\": \"npsCategory\", \"in\": [\"DETRACTOR\"]}]}}"));
        List<String> answered = items(admin.get("segments/" + detractors + "/customers")).stream()
                .map(c -> c.getString("id"))
                .toList();
        assertEquals(List.of(a), answered, "the answer counts for the survivor");
        Search.until(
                admin,
                word,
                page -> page.getJsonArray("items").stream()
                        .map(JsonValue::asJsonObject)
                        .anyMatch(h -> h.getString("id").equals(noteB)
                                && h.getString("customerId").equals(a)),
                Duration.ofSeconds(30));

        // the audit trail
        Api auditor = Api.as(deployment, "auditor");
        List<JsonObject> ofA = items(auditor.get("audit?entityType=customer&entityId=" + a + "&limit=50"));
        JsonObject merge = ofA.stream()
                .filter(e -> e.getString("action").equals("MERGE"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(ofA.toString()));
        assertEquals("sales1", merge.getString("actor"));
        assertEquals(
                b, merge.getJsonObject("changes").getJsonObject("mergedFrom").getString("after"));
        List<JsonObject> ofB2 = items(auditor.get("audit?entityType=customer&entityId=" + b + "&limit=50"));
        assertTrue(
                ofB2.stream()
                        .anyMatch(e -> e.getString("action").equals("DELETE")
                                && e.getJsonObject("changes")
                                        .getJsonObject("mergedInto")
                                        .getString("after")
                                        .equals(a)),
                ofB2::toString);
    }

    @Test
    void recordsOfOtherOwnersNeedReassignAndADuplicateOnlySharedIsRefused() {
        Api admin = Api.as(deployment, "admin");
        Api sales1 = Api.as(deployment, "sales1");
        String own = customer(admin, "{\"name\": \"Li Na\", \"ownerId\": \"sales1\"}");
        String ofSales2 = customer(admin, "{\"name\": \"Li Na\", \"ownerId\": \"sales2\"}");
        assertEquals(
                201,
                admin.post("customers/" + ofSales2 + "/shares", "{\"userId\": \"sales1\", \"access\": \"WRITE\"}")
                        .status());
        String etag = sales1.get("customers/" + own).header("ETag");
        String body = "{\"duplicateId\": \"" + ofSales2 + "\"}";
        assertEquals(403, merge(sales1, own, etag, body).status(), "shared for writing is not one's own");
        Api.Response survivorShared = merge(
                sales1,
                ofSales2,
                sales1.get("customers/" + ofSales2).header("ETag"),
                "{\"duplicateId\": \"" + own + "\"}");
        assertEquals(403, survivorShared.status(), "owners differ, sales has no customer:reassign");
        Api manager = Api.as(deployment, "manager");
        Api.Response merged =
                merge(manager, own, manager.get("customers/" + own).header("ETag"), body);
        assertEquals(200, merged.status(), merged::toString);
        assertEquals("sales1", merged.json().getString("ownerId"));
        assertEquals(404, sales1.get("customers/" + ofSales2).status());
        assertEquals(own, admin.get("customers/" + ofSales2).json().getString("mergedInto"));
    }

    @Test
    void concurrentMergesOfOnePairMergeOnce() throws Exception {
        Api admin = Api.as(deployment, "admin");
        Api sales1 = Api.as(deployment, "sales1");
        String survivor = customer(admin, "{\"name\": \"Wang Fang\", \"ownerId\": \"sales1\"}");
        String duplicate = customer(admin, "{\"name\": \"Wang Fang\", \"ownerId\": \"sales1\"}");
        note(sales1, duplicate, "only once");
        purchase(admin, duplicate, "10.00", "c-" + duplicate);
        String etag = sales1.get("customers/" + survivor).header("ETag");
        String body = "{\"duplicateId\": \"" + duplicate + "\"}";
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<Api.Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 6; i++) {
                answers.add(pool.submit(() -> merge(sales1, survivor, etag, body)));
            }
            int merged = 0;
            for (Future<Api.Response> f : answers) {
                Api.Response r = f.get();
                assertTrue(List.of(200, 409, 503).contains(r.status()), r::toString);
                merged += r.status() == 200 ? 1 : 0;
            }
            assertTrue(merged >= 1, "at least one answers the merge");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(200, merge(sales1, survivor, etag, body).status(), "a retry afterwards");
        assertEquals(1, items(sales1.get("customers/" + survivor + "/notes")).size());
        assertEquals(
                1, items(sales1.get("customers/" + survivor + "/purchases")).size());
        assertEquals(
                1,
                sales1.get("customers/" + survivor).json().getJsonObject("rfm").getInt("purchaseCount"));
    }

    private static Api.Response merge(Api api, String survivor, String ifMatch, String body) {
        return api.call("POST", "customers/" + survivor + "/merge", Api.JSON, body, ifMatch);
    }

    private static String customer(Api api, String json) {
        Api.Response r = api.post("customers?allowDuplicate=true", json);
        assertEquals(201, r.status(), r::toString);
        return r.json().getString("id");
    }

    private static String note(Api api, String customer, String text) {
        return created(api.post("customers/" + customer + "/notes", "{\"text\": \"" + text + "\"}"));
    }

    private static void purchase(Api api, String customer, String amount, String externalId) {
        assertEquals(
                201,
                api.post(
                                "customers/" + customer + "/purchases",
                                "{\"amount\": \"" + amount + "\", \"currency\": \"CNY\", \"occurredAt\":"
                                        + " \"2026-03-01T10:00:00Z\", \"externalId\": \"" + externalId + "\"}")
                        .status());
    }

    private static long balance(Api api, String customer) {
        return api.get("customers/" + customer + "/points")
                .json()
                .getJsonNumber("balance")
                .longValue();
    }

    private static void adjust(Api api, String customer, int points) {
        assertEquals(
                201,
                api.post(
                                "customers/" + customer + "/points/adjustments",
                                "{\"points\": " + points + ", \"reason\": \"seed\"}")
                        .status());
    }

    private static String created(Api.Response r) {
        assertEquals(201, r.status(), r::toString);
        return r.json().getString("id");
    }

    private static List<JsonObject> items(Api.Response r) {
        assertEquals(200, r.status(), r::toString);
        List<JsonObject> items = new ArrayList<>();
        r.json().getJsonArray("items").forEach(v -> items.add(v.asJsonObject()));
        return items;
    }

    private static List<String> strings(JsonObject o, String field) {
        return o.getJsonArray(field).getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }
}
