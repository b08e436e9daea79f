package io.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Writes and clear reads of personal data leave entries that auditors, and only they, can page through. */
class AuditTrailIT extends EndToEndTest {

    @Test
    void writesAndClearReadsAreAuditedAndAuditorsPageThem() {
        Api sales1 = Api.as(deployment, "sales1");
        Api auditor = Api.as(deployment, "auditor");
        String phone = Deployments.uniquePhone();
        Api.Response created = sales1.post(
                "customers",
                "{\"name\": \"" + Deployments.uniqueName("Audited") + "\", \"phones\": [\"" + phone
                        + "\"], \"city\": \"上海\"}");
        assertEquals(201, created.status(), created::toString);
        String id = created.json().getString("id");
        assertEquals(
                200,
                sales1.patch("customers/" + id, created.header("ETag"), "{\"city\": \"北京\"}")
                        .status());
        String requestId = "it-audit-" + id;
        assertEquals(200, sales1.getWithRequestId("customers/" + id, requestId).status()); // clear read: audited
        assertEquals(200, Api.as(deployment, "service1").get("customers/" + id).status()); // masked read: not audited
        assertEquals(400, sales1.patch("customers/" + id, "*", "{\"city\": 1}").status()); // refused: nothing

        // reads are written within a second of the read
        List<JsonObject> entries = List.of();
        for (int attempt = 0; attempt < 50 && entries.size() < 3; attempt++) {
            sleep();
            entries = all(auditor, "audit?entityType=customer&entityId=" + id + "&limit=1");
        }
        List<JsonObject> found = entries;
        assertEquals(
                List.of("READ_PII", "UPDATE", "CREATE"),
                found.stream().map(e -> e.getString("action")).toList(),
                found::toString);
        entries.forEach(e -> assertEquals("sales1", e.getString("actor")));
        entries.forEach(e -> assertEquals("server", e.getString("instance"), "the instance that wrote it"));
        // each entry names where its request came from, and the request id only of the request that sent one
        assertTrue(entries.get(0).getString("source").endsWith(" request " + requestId), entries.get(0)::toString);
        entries.subList(1, 3).forEach(e -> assertFalse(e.getString("source").contains(" request "), e::toString));
        JsonObject update = entries.get(1).getJsonObject("changes");
        assertEquals("上海", update.getJsonObject("city").getString("before"));
        assertEquals("北京", update.getJsonObject("city").getString("after"));
        assertEquals(1, update.size(), "only changed fields: " + update);
        String storedPhone = entries.get(2)
                .getJsonObject("changes")
                .getJsonObject("phones")
                .getJsonArray("after")
                .getString(0);
        assertFalse(storedPhone.equals(phone), "the trail keeps personal data masked: " + storedPhone);

        // by actor and time
        JsonArray mine = auditor.get("audit?actor=sales1&entityType=customer&from="
                        + entries.get(2).getString("occurredAt"))
                .json()
                .getJsonArray("items");
        assertTrue(mine.size() >= 3);

        // a read that finds more entries waiting than the limit (the tests' domain sets
        // CRM_AUDIT_READ_BACKLOG_LIMIT=10)
        // writes them itself before it answers: the last customer of a page is in the trail at once
        Api admin = Api.as(deployment, "admin");
        Instant beforeList = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        JsonArray page = admin.get("customers?limit=50").json().getJsonArray("items");
        assertTrue(page.size() > 10, "the page must be over the limit: " + page.size());
        // the page is one entry that names every customer it showed with personal data, found by any of them
        List<String> shown = page.getValuesAs(JsonObject.class).stream()
                .filter(AuditTrailIT::showsPersonalData)
                .map(c -> c.getString("id"))
                .toList();
        String last = shown.get(shown.size() - 1);
        List<JsonObject> listed =
                all(auditor, "audit?actor=admin&entityType=customer&entityId=" + last + "&from=" + beforeList);
        assertEquals(
                List.of("READ_PII"),
                listed.stream().map(e -> e.getString("action")).toList(),
                listed::toString);
        JsonObject pageEntry = listed.get(0);
        assertEquals(
                shown,
                pageEntry.getJsonArray("entityIds").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .toList(),
                pageEntry::toString);
        assertFalse(pageEntry.containsKey("entityId") && !pageEntry.isNull("entityId"), pageEntry::toString);
        assertFalse(pageEntry.getString("source").contains(requestId), "a request id is not kept past its request");
        assertEquals(
                List.of(pageEntry.getString("id")),
                all(auditor, "audit?actor=admin&entityType=customer&entityId=" + shown.get(0) + "&from=" + beforeList)
                        .stream()
                        .map(e -> e.getString("id"))
                        .toList());
        String part = shown.stream()
                .filter(c -> c.length() > 1)
                .map(c -> c.substring(1))
                .filter(c -> !shown.contains(c))
                .findFirst()
                .orElseThrow();
        assertEquals(
                List.of(),
                all(auditor, "audit?actor=admin&entityType=customer&entityId=" + part + "&from=" + beforeList),
                "an id is matched whole, not as a part of another");

        // health tells how many read entries wait and for how long
        JsonObject reads = Api.healthCheck(deployment, "crm-audit-reads");
        assertEquals("UP", reads.getString("status"), reads::toString);
        JsonObject data = reads.getJsonObject("data");
        assertEquals(10, data.getJsonNumber("backlogLimit").longValue(), reads::toString);
        assertTrue(data.getJsonNumber("readsWaiting").longValue() >= 0, reads::toString);
        assertTrue(data.getJsonNumber("oldestWaitingMillis").longValue() >= 0, reads::toString);

        // only auditors (and admins) read the trail; bad filters are 400
        assertEquals(403, sales1.get("audit").status());
        assertEquals(403, Api.as(deployment, "analyst").get("audit").status());
        assertEquals(200, Api.as(deployment, "admin").get("audit?limit=1").status());
        assertEquals(400, auditor.get("audit?from=yesterday").status());
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<JsonObject> all(Api api, String path) {
        List<JsonObject> entries = new ArrayList<>();
        Api.Response page = api.get(path);
        while (true) {
            assertEquals(200, page.status(), page::toString);
            page.json().getJsonArray("items").forEach(v -> entries.add(v.asJsonObject()));
            if (!(page.json().get("next") instanceof JsonString next)) {
                return entries;
            }
            page = api.get(path + "&cursor=" + Api.q(next.getString()));
        }
    }

    /** Whether a customer as read shows a phone, an email, a WeChat id or a birthday. */
    private static boolean showsPersonalData(JsonObject customer) {
        return !customer.getJsonArray("phones").isEmpty()
                || !customer.getJsonArray("emails").isEmpty()
                || customer.containsKey("wechatId") && !customer.isNull("wechatId")
                || customer.containsKey("birthday") && !customer.isNull("birthday");
    }
}
