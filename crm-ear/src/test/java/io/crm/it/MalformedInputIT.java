package io.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Whatever a client sends wrong answers 4xx with problem+json, and nothing is written. */
class MalformedInputIT extends EndToEndTest {

    @Test
    void badCreatesAnswer4xxAndWriteNothing() {
        Api admin = Api.as(deployment, "admin");
        long before = count(admin);

        Map<String, Integer> cases = new LinkedHashMap<>();
        cases.put("{\"name\": ", 400); // truncated
        cases.put("{\"name\": \"A\"} trailing", 400); // content after the object
        cases.put("[{\"name\": \"A\"}]", 400); // not an object
        cases.put("{\"name\": \"A\", \"name\": \"B\"}", 400); // duplicate key
        cases.put("{\"name\": \"A\", \"nickname\": \"B\"}", 400); // unknown field
        cases.put("{\"name\": \"A\", \"id\": \"5\"}", 400); // read-only field
        cases.put("{\"name\": 1}", 400); // number for a string
        cases.put("{\"name\": \"A\", \"phones\": \"+8613800138000\"}", 400); // string for an array
        cases.put("{\"name\": \"A\", \"consents\": {\"EMAIL\": \"yes\"}}", 400); // "yes" for a boolean
        cases.put("{\"name\": \"A\", \"type\": \"ROBOT\"}", 400); // unknown enum value
        cases.put("{\"name\": \"A\", \"birthday\": \"1990-13-01\"}", 400); // impossible date
        cases.put("{\"name\": \"A\", \"phones\": [\"12345\"]}", 400); // not a phone number
        cases.put("{\"name\": \"A\", \"emails\": [\"a@b\"]}", 400); // not an email address
        cases.put("{\"name\": \"R2-D2\"}", 400); // digits in a person's name
        cases.put("{\"name\": \"   \"}", 400); // blank name
        cases.put("{}", 400); // name missing
        cases.put("", 400); // no body
        for (Map.Entry<String, Integer> c : cases.entrySet()) {
            Api.Response r = admin.post("customers", c.getKey());
            assertEquals(c.getValue(), r.status(), () -> c.getKey() + " → " + r);
            assertProblem(r);
        }

        // every broken rule at once, each naming its field; JSON shape errors likewise all together
        Api.Response rules = admin.post(
                "customers",
                "{\"name\": \"\", \"phones\": [\"x\"], \"emails\": [\"y\"], \"birthday\": \"2999-01-01\"}");
        assertEquals(400, rules.status());
        assertEquals(4, rules.json().getJsonArray("violations").size(), rules::toString);
        Api.Response shapes = admin.post("customers", "{\"name\": 1, \"phones\": {}, \"gender\": \"?\", \"x\": 0}");
        assertEquals(400, shapes.status());
        assertEquals(4, shapes.json().getJsonArray("violations").size(), shapes::toString);

        // oversized body → 413, wrong media type → 415, unknown route → 404, wrong method → 405
        char[] big = new char[1024 * 1024 + 10];
        Arrays.fill(big, 'a');
        Api.Response tooLarge = admin.postBytes(
                "customers", Api.JSON, ("{\"name\": \"" + new String(big) + "\"}").getBytes(StandardCharsets.UTF_8));
        assertEquals(413, tooLarge.status(), tooLarge::toString);
        assertProblem(tooLarge);
        Api.Response text = admin.send("POST", "customers", "text/plain", "{\"name\": \"A\"}");
        assertEquals(415, text.status());
        assertProblem(text);
        assertEquals(404, admin.get("no-such-route").status());
        assertEquals(405, admin.send("PUT", "customers", Api.JSON, "{}").status());

        // bad query parameters name the parameter
        Api.Response limit = admin.get("customers?limit=1000");
        assertEquals(400, limit.status());
        assertEquals(
                "limit",
                limit.json().getJsonArray("violations").getJsonObject(0).getString("field"));
        assertEquals(400, admin.get("customers?tier=GOLD").status());
        assertEquals(400, admin.get("customers?updatedSince=yesterday").status());
        assertEquals(
                400,
                admin.post("customers?allowDuplicate=maybe", "{\"name\": \"Valid Name\"}")
                        .status());

        assertEquals(before, count(admin), "a refused request wrote a customer");
    }

    @Test
    void badPatchesAndPurchasesLeaveTheRecordAsItWas() {
        Api sales1 = Api.as(deployment, "sales1");
        Api.Response created =
                sales1.post("customers", "{\"name\": \"" + Deployments.uniqueName("Patchy") + "\", \"city\": \"上海\"}");
        assertEquals(201, created.status(), created::toString);
        String id = created.json().getString("id");
        String etag = created.header("ETag");

        String[] badPatches = {
            "{\"city\": 5}",
            "{\"phones\": [\"not a phone\"]}",
            "{\"createdAt\": \"2020-01-01T00:00:00Z\"}",
            "{\"tier\": \"PLATINUM\"}",
            "{\"ownerId\": \"sales3\"}",
            "{\"name\": null}",
            "{\"city\": \"上海\"",
        };
        for (String patch : badPatches) {
            Api.Response r = sales1.patch("customers/" + id, etag, patch);
            assertEquals(400, r.status(), () -> patch + " → " + r);
            assertProblem(r);
        }
        assertEquals(
                415,
                sales1.send("PATCH", "customers/" + id, Api.JSON, "{\"city\": \"北京\"}")
                        .status());
        assertEquals(
                412,
                sales1.patch("customers/" + id, "W/\"1\"", "{\"city\": \"北京\"}").status());

        String[] badPurchases = {
            "{\"amount\": 99.5, \"currency\": \"CNY\", \"occurredAt\": \"2026-01-01T00:00:00Z\"}",
            "{\"amount\": \"-1\", \"currency\": \"CNY\", \"occurredAt\": \"2026-01-01T00:00:00Z\"}",
            "{\"amount\": \"1.005\", \"currency\": \"CNY\", \"occurredAt\": \"2026-01-01T00:00:00Z\"}",
            "{\"amount\": \"1.00\", \"currency\": \"USD\", \"occurredAt\": \"2026-01-01T00:00:00Z\"}",
            "{\"amount\": \"1.00\", \"currency\": \"CNY\", \"occurredAt\": \"2999-01-01T00:00:00Z\"}",
            "{\"amount\": \"1.00\", \"currency\": \"CNY\"}",
        };
        for (String purchase : badPurchases) {
            Api.Response r = sales1.post("customers/" + id + "/purchases", purchase);
            assertEquals(400, r.status(), () -> purchase + " → " + r);
        }

        Api.Response after = sales1.get("customers/" + id);
        assertEquals(etag, after.header("ETag"), "a refused change moved the version");
        JsonObject customer = after.json();
        assertEquals("上海", customer.getString("city"));
        assertEquals(0, customer.getJsonObject("rfm").getInt("purchaseCount"));
        assertEquals(
                0,
                sales1.get("customers/" + id + "/purchases")
                        .json()
                        .getJsonArray("items")
                        .size());
    }

    @Test
    void refusalsOfTheContainerAreProblemsToo() {
        Api.Response anonymous = Api.as(deployment, null).get("customers");
        assertEquals(401, anonymous.status());
        assertTrue(anonymous.header("WWW-Authenticate").startsWith("Basic"), anonymous::toString);
        assertProblem(anonymous);
        assertEquals("urn:crm:problem:unauthenticated", anonymous.json().getString("type"));
        assertEquals(401, Api.as(deployment, "nobody").get("customers").status());
    }

    static long count(Api api) {
        return api.get("customers/count").json().getJsonNumber("count").longValue();
    }

    /** A problem+json answer of the CRM's own, whose status is the response's. */
    static void assertProblem(Api.Response r) {
        assertTrue(r.contentType() != null && r.contentType().startsWith("application/problem+json"), r::toString);
        JsonObject problem = r.json();
        assertEquals(r.status(), problem.getInt("status"));
        assertTrue(problem.getString("type").startsWith("urn:crm:problem:"));
        assertTrue(problem.containsKey("title"));
    }
}
