package io.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An ERP moving customers and a day of orders in one call each: items answered one by one in the order sent (valid,
 * invalid, duplicates inside the call, upserts by externalId), a sales user's items that reach outside their scope
 * refused alone, the roles table, a call that is too big writing nothing, and purchases sent twice counted once.
 */
class BulkCallsIT extends EndToEndTest {

    @Test
    void customersInOneCall_eachItemAnsweredAsItsOwnPost() {
        Api admin = Api.as(deployment, "admin");
        Api sales1 = Api.as(deployment, "sales1");
        String tag = Deployments.uniqueWord();
        String ext = Deployments.uniqueWord().toUpperCase();
        String phone = Deployments.uniquePhone();
        Api.Response theirs = admin.post(
                "customers",
                "{\"name\": \"Other Person\", \"ownerId\": \"sales2\", \"externalId\": \"" + ext + "-THEIRS\"}");
        assertEquals(201, theirs.status(), theirs::toString);
        assertEquals(ext + "-THEIRS", theirs.json().getString("externalId"));

        String body = items(
                customer("Bulk One", tag, ext + "-1", null, null),
                "{\"name\": \"Bulk Bad\", \"phones\": [\"12\"], \"tags\": [\"" + tag + "\"]}",
                "\"not an object\"",
                customer("Bulk Two", tag, null, phone, null),
                customer("Bulk Twin", tag, null, phone, null),
                "{\"externalId\": \"" + ext + "-1\", \"city\": \"Hangzhou\"}",
                customer("Bulk Moved", tag, null, null, "sales2"),
                "{\"externalId\": \"" + ext + "-THEIRS\", \"name\": \"Taken Over\"}",
                "{\"name\": \"Bulk Three\", \"unknown\": 1}");
        List<JsonObject> statuses = statuses(sales1.post("customers/bulk", body));
        assertEquals(List.of(201, 400, 400, 201, 409, 200, 400, 404, 400), codes(statuses), statuses::toString);
        String one = statuses.get(0).getString("id");
        String two = statuses.get(3).getString("id");
        assertEquals(one, statuses.get(5).getString("id"), "the externalId sent twice updates the first");
        assertEquals(two, statuses.get(4).getString("id"), "the duplicate phone names the customer of the call");
        assertEquals(two, statuses.get(4).getJsonObject("problem").getString("existingId"));
        assertEquals("phones[0]", violation(statuses.get(1)));
        assertEquals("ownerId", violation(statuses.get(6)));
        assertEquals("unknown", violation(statuses.get(8)));
        assertEquals(
                "urn:crm:problem:not-found",
                statuses.get(7).getJsonObject("problem").getString("type"));
        assertTrue(
                !statuses.get(7)
                        .getJsonObject("problem")
                        .toString()
                        .contains(theirs.json().getString("id")),
                "the other's customer is not named");

        JsonObject first = admin.get("customers/" + one).json();
        assertEquals("Hangzhou", first.getString("city"), "merge patch semantics");
        assertEquals("Bulk One", first.getString("name"), "fields the upsert did not send are kept");
        assertEquals(ext + "-1", first.getString("externalId"));
        assertEquals(
                "Other Person",
                admin.get("customers/" + theirs.json().getString("id")).json().getString("name"));
        assertEquals(2, count(admin, "tag=" + tag), "Bulk One and Bulk Two only");
        JsonObject byExternalId =
                admin.get("customers?externalId=" + ext + "-1").json();
        assertEquals(1, byExternalId.getJsonArray("items").size());
        assertEquals(one, byExternalId.getJsonArray("items").getJsonObject(0).getString("id"));

        // each write is audited as the single routes' are
        JsonObject audit = Api.as(deployment, "auditor")
                .get("audit?entityType=customer&entityId=" + one)
                .json();
        List<String> actions = audit.getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getString("action"))
                .toList();
        assertTrue(actions.contains("CREATE") && actions.contains("UPDATE"), audit::toString);

        // the same externalId on the single route: 409 naming it
        Api.Response again = sales1.post("customers", customer("Bulk Again", tag, ext + "-1", null, null));
        assertEquals(409, again.status(), again::toString);
        assertEquals(one, again.json().getString("existingId"));

        // a role without customer:write, and bodies that are not a batch, write nothing
        assertEquals(
                403,
                Api.as(deployment, "analyst")
                        .post("customers/bulk", items(customer("Bulk Four", tag, null, null, null)))
                        .status());
        StringBuilder tooMany = new StringBuilder("{\"items\": [");
        for (int i = 0; i <= 1000; i++) {
            tooMany.append(i == 0 ? "" : ",").append(customer("Bulk Many", tag, null, null, null));
        }
        tooMany.append("]}");
        for (String bad : List.of("{}", "{\"items\": []}", "{\"items\": {}}", "[]", tooMany.toString())) {
            Api.Response r = sales1.post("customers/bulk", bad);
            assertEquals(400, r.status(), bad.length() > 200 ? "1001 items" : bad);
            assertEquals("application/problem+json", r.contentType().split(";")[0]);
        }
        assertEquals(2, count(admin, "tag=" + tag));
    }

    @Test
    void purchasesInOneCall_sentTwice_countedOnce() {
        Api admin = Api.as(deployment, "admin");
        Api sales1 = Api.as(deployment, "sales1");
        assertEquals(
                200,
                admin.send(
                                "PUT",
                                "admin/points/rules",
                                Api.JSON,
                                "{\"effectiveFrom\": \"2026-06-15\", \"pointsPerUnit\": \"1\"}")
                        .status());
        String mine = admin.post("customers", "{\"name\": \"Buyer One\", \"ownerId\": \"sales1\"}")
                .json()
                .getString("id");
        String theirs = admin.post("customers", "{\"name\": \"Buyer Two\", \"ownerId\": \"sales2\"}")
                .json()
                .getString("id");
        String order = Deployments.uniqueWord();
        String body = items(
                purchase(mine, "120.00", order + "-1"),
                purchase(mine, "-5", order + "-2"),
                purchase(theirs, "30.00", order + "-3"),
                purchase(mine, "80.00", order + "-4"),
                purchase("abc", "10.00", null),
                purchase(mine, "80.00", order + "-4"));
        List<JsonObject> first = statuses(sales1.post("purchases/bulk", body));
        assertEquals(List.of(201, 400, 404, 201, 404, 200), codes(first), first::toString);
        assertEquals(first.get(3).getString("id"), first.get(5).getString("id"), "one order sent twice in one call");
        JsonObject customer = admin.get("customers/" + mine).json();
        assertEquals(2, customer.getJsonObject("rfm").getInt("purchaseCount"));
        long balance = balance(admin, mine);
        assertTrue(balance > 0, "the purchases accrued points");

        List<JsonObject> retried = statuses(sales1.post("purchases/bulk", body));
        assertEquals(List.of(200, 400, 404, 200, 404, 200), codes(retried), retried::toString);
        assertEquals(first.get(0).getString("id"), retried.get(0).getString("id"));
        assertEquals(
                2, admin.get("customers/" + mine).json().getJsonObject("rfm").getInt("purchaseCount"));
        assertEquals(balance, balance(admin, mine), "a retry accrues nothing");
        assertEquals(
                2,
                admin.get("customers/" + mine + "/purchases")
                        .json()
                        .getJsonArray("items")
                        .size());
        assertEquals(
                0,
                admin.get("customers/" + theirs + "/purchases")
                        .json()
                        .getJsonArray("items")
                        .size());

        // the same order number with another amount is a conflict, not a second purchase
        List<JsonObject> changed =
                statuses(sales1.post("purchases/bulk", items(purchase(mine, "99.00", order + "-1"))));
        assertEquals(List.of(409), codes(changed));
        assertEquals(first.get(0).getString("id"), changed.get(0).getString("id"));
        assertEquals(
                List.of(201),
                codes(statuses(admin.post("purchases/bulk", items(purchase(theirs, "30.00", order + "-3"))))),
                "admin writes every customer");
        assertEquals(
                403,
                Api.as(deployment, "service1")
                        .post("purchases/bulk", items(purchase(mine, "1.00", null)))
                        .status());
    }

    private static String customer(String name, String tag, String externalId, String phone, String owner) {
        return "{\"name\": \"" + name + "\", \"tags\": [\"" + tag + "\"]"
                + (externalId == null ? "" : ", \"externalId\": \"" + externalId + "\"")
                + (phone == null ? "" : ", \"phones\": [\"" + phone + "\"]")
                + (owner == null ? "" : ", \"ownerId\": \"" + owner + "\"") + "}";
    }

    private static String purchase(String customerId, String amount, String externalId) {
        return "{\"customerId\": \"" + customerId + "\", \"amount\": \"" + amount + "\", \"currency\": \"CNY\", "
                + "\"occurredAt\": \"2026-06-15T10:00:00Z\""
                + (externalId == null ? "" : ", \"externalId\": \"" + externalId + "\"") + "}";
    }

    private static String items(String... items) {
        return "{\"items\": [" + String.join(", ", items) + "]}";
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

    private static String violation(JsonObject status) {
        return status.getJsonObject("problem")
                .getJsonArray("violations")
                .getJsonObject(0)
                .getString("field");
    }

    private static int count(Api api, String query) {
        Api.Response r = api.get("customers/count?" + query);
        assertEquals(200, r.status(), r::toString);
        return r.json().getInt("count");
    }

    private static long balance(Api api, String customer) {
        Api.Response r = api.get("customers/" + customer + "/points");
        assertEquals(200, r.status(), r::toString);
        return r.json().getJsonNumber("balance").longValue();
    }
}
