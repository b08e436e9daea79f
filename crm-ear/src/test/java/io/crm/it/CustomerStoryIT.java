package io.crm.it;

import static io.crm.it.Api.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A sales user's customer story over HTTP, from creation to deletion. */
class CustomerStoryIT extends EndToEndTest {

    @Test
    void salesUserCreatesReadsPatchesListsAndDeletesACustomer() {
        Api sales1 = Api.as(deployment, "sales1");
        String phone = Deployments.uniquePhone();
        String name = "张" + Deployments.uniqueName("Wei").substring(4);
        String interest = "golf" + phone.substring(6);

        // create: phone typed with spaces and dashes is stored in E.164, email domain lower-cased
        String typed = phone.substring(0, 3) + " " + phone.substring(3, 6) + "-" + phone.substring(6, 10) + "-"
                + phone.substring(10);
        Api.Response created = sales1.post("customers", """
                {"type": "PERSON", "name": "%s", "phones": ["%s"], "emails": ["Zhang.Wei.%s@Example.COM"],
                 "wechatId": "zw1990x", "gender": "MALE", "birthday": "1990-05-01", "region": "华东", "city": "上海",
                 "source": "WEB", "tags": ["vip-event-2026"], "consents": {"EMAIL": true, "SMS": false},
                 "addresses": [{"kind": "HOME", "country": "cn", "province": "上海市", "city": "上海市",
                                "district": "浦东新区", "street": "世纪大道 100号", "postalCode": "２００１２０"}],
                 "interests": ["%s", "茶艺"]}
                """.formatted(name, typed, phone.substring(6), interest));
        assertEquals(201, created.status(), created::toString);
        JsonObject customer = created.json();
        String id = customer.getString("id");
        JsonObject home = customer.getJsonArray("addresses").getJsonObject(0);
        assertEquals("CN", home.getString("country"), "the country code upper-cased");
        assertEquals("200120", home.getString("postalCode"), "full-width digits read as digits");
        assertEquals("世纪大道 100号", home.getString("street"));
        assertEquals(List.of(interest, "茶艺"), strings(customer.getJsonArray("interests")));

        // an address that breaks a rule answers 400 naming it, and nothing is created
        Api.Response badAddress = sales1.post("customers", """
                {"name": "%s", "addresses": [{"kind": "CASTLE", "country": "ZZ", "city": "上海市"},
                                             {"country": "CN"}], "interests": ["%s"]}
                """.formatted(name, interest));
        assertEquals(400, badAddress.status(), badAddress::toString);
        assertEquals("application/problem+json", badAddress.contentType().split(";")[0]);
        assertEquals(
                List.of("addresses[0].kind"),
                badAddress.json().getJsonArray("violations").stream()
                        .map(v -> v.asJsonObject().getString("field"))
                        .toList(),
                "a value of the wrong kind first, as for every field");
        Api.Response badCountry = sales1.post("customers", """
                {"name": "%s", "addresses": [{"country": "ZZ", "city": "上海市"}, {"country": "CN"}],
                 "interests": ["%s"]}
                """.formatted(name, interest));
        assertEquals(400, badCountry.status(), badCountry::toString);
        assertEquals(
                Set.of("addresses[0].country", "addresses[1]"),
                badCountry.json().getJsonArray("violations").stream()
                        .map(v -> v.asJsonObject().getString("field"))
                        .collect(Collectors.toSet()));
        assertEquals(
                List.of(id),
                sales1.get("customers?interest=" + interest).json().getJsonArray("items").stream()
                        .map(c -> c.asJsonObject().getString("id"))
                        .toList(),
                "the list filters on an interest, and the refused customers were not created");
        assertEquals(deployment + "api/v1/customers/" + id, created.header("Location"));
        assertEquals(phone, customer.getJsonArray("phones").getString(0));
        assertEquals(
                "Zhang.Wei." + phone.substring(6) + "@example.com",
                customer.getJsonArray("emails").getString(0));
        assertEquals("sales1", customer.getString("ownerId"));
        assertEquals("east", customer.getString("teamId"));
        assertEquals("POTENTIAL", customer.getString("tier"));
        assertFalse(customer.getBoolean("piiMasked"));
        String etag = created.header("ETag");
        assertNotNull(etag);

        // read with ETag
        Api.Response read = sales1.get("customers/" + id);
        assertEquals(200, read.status());
        assertEquals(etag, read.header("ETag"));
        assertEquals(name, read.json().getString("name"));

        // patch without If-Match → 428; with a stale ETag → 412; nothing changes
        assertEquals(
                428, sales1.patch("customers/" + id, null, "{\"city\": \"北京\"}").status());
        Api.Response stale = sales1.patch("customers/" + id, "\"999\"", "{\"city\": \"北京\"}");
        assertEquals(412, stale.status());
        assertEquals("application/problem+json", stale.contentType().split(";")[0]);
        assertEquals("上海", sales1.get("customers/" + id).json().getString("city"));

        // patch with the current ETag: merge semantics (absent unchanged, null removes, objects merge)
        Api.Response patched = sales1.patch(
                "customers/" + id,
                etag,
                "{\"city\": \"北京\", \"occupation\": \"engineer\", \"wechatId\": null, \"consents\": {\"SMS\": true}, "
                        + "\"addresses\": [" + home + ", {\"kind\": \"WORK\", \"country\": \"CN\", \"city\": "
                        + "\"北京市\", \"street\": \"长安街1号\"}]}");
        assertEquals(200, patched.status(), patched::toString);
        JsonObject after = patched.json();
        assertEquals(2, after.getJsonArray("addresses").size(), "a patch replaces the list whole");
        assertEquals(List.of(interest, "茶艺"), strings(after.getJsonArray("interests")), "absent, kept");
        assertEquals("北京", after.getString("city"));
        assertEquals("engineer", after.getString("occupation"));
        assertFalse(after.containsKey("wechatId"));
        assertTrue(after.getJsonObject("consents").getBoolean("EMAIL"));
        assertTrue(after.getJsonObject("consents").getBoolean("SMS"));
        assertEquals(phone, after.getJsonArray("phones").getString(0));
        assertNotEquals(etag, patched.header("ETag"));
        // the old ETag is now stale
        assertEquals(
                412, sales1.patch("customers/" + id, etag, "{\"city\": \"南京\"}").status());

        // a sales user may not hand the customer to someone else, nor write computed fields
        String current = patched.header("ETag");
        Api.Response reassign = sales1.patch("customers/" + id, current, "{\"ownerId\": \"sales2\"}");
        assertEquals(400, reassign.status());
        assertEquals(
                "ownerId",
                reassign.json().getJsonArray("violations").getJsonObject(0).getString("field"));
        Api.Response computed = sales1.patch("customers/" + id, current, "{\"rfm\": {\"recency\": 5}}");
        assertEquals(400, computed.status());
        assertEquals(
                "is read-only",
                computed.json().getJsonArray("violations").getJsonObject(0).getString("message"));

        // duplicate: the same phone typed another way → 409 naming the existing record
        Api.Response duplicate = sales1.post(
                "customers", "{\"name\": \"Someone Else\", \"phones\": [\"00" + phone.substring(1) + "\"]}");
        assertEquals(409, duplicate.status(), duplicate::toString);
        assertEquals(id, duplicate.json().getString("existingId"));
        assertEquals("phones", duplicate.json().getString("field"));
        // … and another team's sales user hears of the clash without learning the id
        Api.Response hidden = Api.as(deployment, "sales3")
                .post("customers", "{\"name\": \"Someone Else\", \"phones\": [\"" + phone + "\"]}");
        assertEquals(409, hidden.status());
        assertFalse(hidden.json().containsKey("existingId"));
        // allowDuplicate keeps both
        Api.Response kept = sales1.post(
                "customers?allowDuplicate=true", "{\"name\": \"Someone Else\", \"phones\": [\"" + phone + "\"]}");
        assertEquals(201, kept.status(), kept::toString);

        // purchases feed the aggregates and change the ETag
        Api.Response purchase = sales1.post(
                "customers/" + id + "/purchases",
                "{\"amount\": \"99.50\", \"currency\": \"CNY\", \"occurredAt\": \"2026-01-02T03:04:05Z\", \"externalId\": \"ORD-"
                        + id + "\"}");
        assertEquals(201, purchase.status(), purchase::toString);
        assertEquals("99.50", purchase.json().getString("amount"));
        assertEquals(
                409,
                sales1.post(
                                "customers/" + id + "/purchases",
                                "{\"amount\": \"99.50\", \"currency\": \"CNY\", \"occurredAt\": \"2026-01-02T03:04:05Z\", \"externalId\": \"ORD-"
                                        + id + "\"}")
                        .status());
        JsonObject rfm = sales1.get("customers/" + id).json().getJsonObject("rfm");
        assertEquals(1, rfm.getInt("purchaseCount"));
        assertEquals("99.50", rfm.getString("totalSpend"));
        assertEquals(
                1,
                sales1.get("customers/" + id + "/purchases")
                        .json()
                        .getJsonArray("items")
                        .size());

        // others: another team's sales user gets 404 exactly as for a missing record; service sees it masked
        Api.Response foreign = Api.as(deployment, "sales3").get("customers/" + id);
        Api.Response missing = Api.as(deployment, "sales3").get("customers/999999999");
        assertEquals(404, foreign.status());
        assertEquals(missing.json().getString("type"), foreign.json().getString("type"));
        JsonObject masked =
                Api.as(deployment, "service1").get("customers/" + id).json();
        assertTrue(masked.getBoolean("piiMasked"));
        assertEquals(
                phone.substring(0, 6) + "****" + phone.substring(10),
                masked.getJsonArray("phones").getString(0));
        assertTrue(masked.getJsonArray("emails").getString(0).matches("Z\\*\\*\\*@example\\.com"), masked::toString);
        assertEquals("****-**-**", masked.getString("birthday"));
        JsonObject maskedHome = masked.getJsonArray("addresses").getJsonObject(0);
        assertEquals(
                List.of("HOME", "CN", "上海市", "上海市", "浦***", "世***", "2***"),
                List.of(
                        maskedHome.getString("kind"),
                        maskedHome.getString("country"),
                        maskedHome.getString("province"),
                        maskedHome.getString("city"),
                        maskedHome.getString("district"),
                        maskedHome.getString("street"),
                        maskedHome.getString("postalCode")),
                "below the city, masked");
        assertEquals(List.of(interest, "茶艺"), strings(masked.getJsonArray("interests")), "interests are not personal");
        String analystList = Api.as(deployment, "analyst")
                .get("customers?interest=" + interest)
                .raw()
                .body();
        assertTrue(
                analystList.contains("长***") && !analystList.contains("长安街") && !analystList.contains("200120"),
                analystList);
        assertTrue(
                Api.as(deployment, "manager")
                        .get("customers?interest=" + interest)
                        .raw()
                        .body()
                        .contains("长安街1号"),
                "the manager of the team reads it in clear");
        assertEquals(403, Api.as(deployment, "batch").get("customers/" + id).status());
        assertEquals(401, Api.as(deployment, null).get("customers/" + id).status());

        // delete: sales may not, the admin may; then it is gone
        assertEquals(403, sales1.delete("customers/" + id, null).status());
        Api admin = Api.as(deployment, "admin");
        assertEquals(412, admin.delete("customers/" + id, "\"1\"").status());
        assertEquals(204, admin.delete("customers/" + id, null).status());
        assertEquals(404, sales1.get("customers/" + id).status());
        assertEquals(
                204,
                admin.delete("customers/" + kept.json().getString("id"), null).status());
    }

    @Test
    void listFiltersAndPagesWithoutGapsOrRepeatsWhileOthersInsert() {
        Api sales2 = Api.as(deployment, "sales2");
        String tag = "story-" + Deployments.uniqueName("t").substring(2);
        List<String> createdIds = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Api.Response r = sales2.post(
                    "customers",
                    "{\"name\": \"" + Deployments.uniqueName("Lister") + "\", \"tags\": [\"" + tag
                            + "\", \"回访\", \"Zeta-" + i + "\", \"alpha\"], \"city\": \"杭州\"}");
            assertEquals(201, r.status(), r::toString);
            createdIds.add(r.json().getString("id"));
        }
        // someone else's customer with the same tag is not in sales2's list
        Api.Response other = Api.as(deployment, "sales3")
                .post(
                        "customers",
                        "{\"name\": \"" + Deployments.uniqueName("Other") + "\", \"tags\": [\"" + tag + "\"]}");
        assertEquals(201, other.status());

        Set<String> seen = new LinkedHashSet<>();
        Api.Response page = sales2.get("customers?limit=2&tag=" + q(tag));
        assertEquals(200, page.status(), page::toString);
        int pages = 1;
        collect(page.json(), seen);
        // a customer inserted while paging shows up at the end, and nothing is skipped or repeated
        Api.Response late = sales2.post(
                "customers", "{\"name\": \"" + Deployments.uniqueName("Late") + "\", \"tags\": [\"" + tag + "\"]}");
        createdIds.add(late.json().getString("id"));
        while (page.json().get("next") instanceof JsonString next) {
            page = sales2.get("customers?limit=2&tag=" + q(tag) + "&cursor=" + q(next.getString()));
            assertEquals(200, page.status(), page::toString);
            collect(page.json(), seen);
            pages++;
        }
        assertEquals(createdIds, new ArrayList<>(seen));
        assertEquals(3, pages);
        // a page shows each customer as reading it alone does, its tags in the same order
        for (JsonValue item :
                sales2.get("customers?limit=10&tag=" + q(tag)).json().getJsonArray("items")) {
            assertEquals(
                    sales2.get("customers/" + item.asJsonObject().getString("id"))
                            .json(),
                    item);
        }
        assertEquals(
                List.of("Zeta-0", "alpha", tag, "回访").stream().sorted().toList(),
                sales2.get("customers/" + createdIds.get(0))
                        .json()
                        .getJsonArray("tags")
                        .getValuesAs(JsonString::getString));
        assertEquals(6, sales2.get("customers/count?tag=" + q(tag)).json().getInt("count"));
        assertEquals(
                7,
                Api.as(deployment, "admin")
                        .get("customers/count?tag=" + q(tag))
                        .json()
                        .getInt("count"));

        // filters combine; q is a case-insensitive name prefix
        assertEquals(
                5,
                sales2.get("customers/count?tag=" + q(tag) + "&city=" + q("杭州"))
                        .json()
                        .getInt("count"));
        assertEquals(
                5,
                sales2.get("customers/count?tag=" + q(tag) + "&q=lister").json().getInt("count"));
        assertEquals(
                0,
                sales2.get("customers/count?tag=" + q(tag) + "&ownerId=sales1")
                        .json()
                        .getInt("count"));

        // a cursor replayed with other filters, or made up, is refused
        String firstNext = sales2.get("customers?limit=2&tag=" + q(tag)).json().getString("next");
        assertEquals(
                400,
                sales2.get("customers?limit=2&city=x&cursor=" + q(firstNext)).status());
        assertEquals(400, sales2.get("customers?cursor=bm9wZQ").status());
    }

    @Test
    void openApiDocumentDescribesTheCustomerApi() throws Exception {
        String root = deployment.getProtocol() + "://" + deployment.getHost() + ":" + deployment.getPort();
        java.net.http.HttpResponse<String> doc = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(root + "/openapi"))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, doc.statusCode());
        String yaml = doc.body();
        for (String expected : new String[] {
            "/api/v1/customers:",
            "/api/v1/customers/{id}:",
            "/api/v1/customers/{customerId}/purchases:",
            "Customer:",
            "CustomerPage:",
            "Purchase:",
            "Problem:",
            "application/merge-patch+json",
            "/api/v1/customers/{customerId}/notes:",
            "/api/v1/notes/{id}:",
            "/api/v1/follow-ups:",
            "/api/v1/follow-ups/{id}:",
            "/api/v1/search:",
            "Note:",
            "NotePage:",
            "FollowUp:",
            "FollowUpPage:",
            "SearchPage:",
            "SearchHit:",
            "/api/v1/customers/{customerId}/history:",
            "HistoryPage:",
            "/api/v1/segments:",
            "/api/v1/segments/{id}/customers:",
            "/api/v1/segments/{id}/count:",
            "Segment:",
            "/api/v1/reports/tiers:",
            "/api/v1/reports/stage-transitions:",
            "StageMonth:",
            "/api/v1/surveys:",
            "/api/v1/surveys/{id}/scores:",
            "/api/v1/public/responses/{token}:",
            "/api/v1/surveys/{id}/invitations:",
            "Survey:",
            "SurveyScores:",
            "Invitation:"
        }) {
            assertTrue(yaml.contains(expected), "the OpenAPI document lacks " + expected);
        }
        assertFalse(yaml.contains("exclusiveMaximum: false"), "server defaults leak into the document");
    }

    private static List<String> strings(jakarta.json.JsonArray array) {
        return array.getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)
                .toList();
    }

    private static void collect(JsonObject page, Set<String> seen) {
        page.getJsonArray("items")
                .forEach(item -> assertTrue(seen.add(item.asJsonObject().getString("id")), "repeated " + item));
    }
}
