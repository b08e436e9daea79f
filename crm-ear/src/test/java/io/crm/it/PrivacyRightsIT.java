package io.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A person's rights over HTTP: a customer with data in every area, its consent history, the export of everything
 * held about them (and nothing of another customer), a legal hold that refuses erasure, the erasure itself (record,
 * texts, survey comments, outstanding invitations, audit values, search hits; survey figures unchanged), asking
 * again, the same phone coming back flagged, and the retention job's dry run. With -Ppostgres it also reads the
 * customer's rows in the database after the erasure and ages customers for the retention job.
 */
class PrivacyRightsIT extends EndToEndTest {

    private static final Set<String> ROWS_BY_CUSTOMER = Set.of(
            "customer",
            "note",
            "follow_up",
            "survey_response",
            "survey_invitation",
            "points_entry",
            "consent_change",
            "customer_share",
            "customer_history",
            "purchase",
            "customer_privacy",
            "customer_contact_key",
            "customer_tag",
            "customer_interest");

    @Test
    void aCustomerIsExportedHeldErasedAndFlaggedWhenTheyComeBack() throws Exception {
        Api admin = Api.as(deployment, "admin");
        Api sales1 = Api.as(deployment, "sales1");
        Api batch = Api.as(deployment, "batch");
        Api auditor = Api.as(deployment, "auditor");
        Api anonymous = Api.as(deployment, null);
        String word = Deployments.uniqueWord();
        String name = Deployments.uniqueName("Erin");
        String phone = Deployments.uniquePhone();
        String email = word + "@example.com";
        String wechat = "wx_" + word;
        String id = created(
                sales1,
                "{\"name\": \"" + name + "\", \"phones\": [\"" + phone + "\"], \"emails\": [\"" + email + "\"], "
                        + "\"wechatId\": \"" + wechat + "\", \"birthday\": \"1990-04-05\", \"occupation\": "
                        + "\"Pilot\", \"city\": \"Hangzhou\", \"region\": \"East\", \"tags\": [\"" + word + "\"], "
                        + "\"interests\": [\"" + word + "\"], \"addresses\": [{\"kind\": \"HOME\", \"country\": "
                        + "\"CN\", \"province\": \"Zhejiang\", \"city\": \"Hangzhou\", \"district\": \"Xihu\", "
                        + "\"street\": \"" + word + " Lane 8\", \"postalCode\": \"HZ 310\"}], "
                        + "\"consents\": {\"EMAIL\": true, \"SMS\": false}}");
        String otherName = Deployments.uniqueName("Olive");
        String otherPhone = Deployments.uniquePhone();
        String otherEmail = Deployments.uniqueWord() + "@example.com";
        String other = created(
                sales1,
                "{\"name\": \"" + otherName + "\", \"phones\": [\"" + otherPhone + "\"], \"emails\": [\"" + otherEmail
                        + "\"], \"tags\": [\"" + word + "\"], \"consents\": {\"EMAIL\": true}}");

        // consent: given on create, SMS given later; the history keeps each change with its source and who
        Api.Response read = sales1.get("customers/" + id);
        Api.Response patched = sales1.patch(
                "customers/" + id, read.header("ETag"), "{\"consents\": {\"EMAIL\": true, \"SMS\": true}}");
        assertEquals(200, patched.status(), patched::toString);
        JsonObject consents = sales1.get("customers/" + id + "/consents").json();
        assertEquals(
                List.of("EMAIL true", "SMS true"),
                consents.getJsonArray("channels").stream()
                        .map(JsonValue::asJsonObject)
                        .map(c -> c.getString("channel") + " " + c.getBoolean("granted"))
                        .toList());
        assertEquals(
                List.of("EMAIL true API sales1", "SMS false API sales1", "SMS true API sales1"),
                consents.getJsonArray("history").stream()
                        .map(JsonValue::asJsonObject)
                        .map(c -> c.getString("channel") + " " + c.getBoolean("granted") + " " + c.getString("source")
                                + " " + c.getString("changedBy"))
                        .toList());
        String smsSince = consents.getJsonArray("channels").getJsonObject(1).getString("since");
        assertEquals(
                consents.getJsonArray("history").getJsonObject(2).getString("changedAt"), smsSince, "since the change");
        assertEquals(
                404,
                Api.as(deployment, "sales2")
                        .get("customers/" + id + "/consents")
                        .status());

        // data in every area: tier by hand, a purchase, a note, a follow-up, a share, points, two surveys
        read = admin.get("customers/" + id);
        assertEquals(
                200,
                admin.patch("customers/" + id, read.header("ETag"), "{\"tier\": \"VIP\"}")
                        .status());
        assertEquals(
                201,
                sales1.post(
                                "customers/" + id + "/purchases",
                                "{\"amount\": \"120.00\", \"currency\": \"CNY\", \"occurredAt\": \"2019-06-01T10:00:00Z\"}")
                        .status());
        Api.Response note =
                sales1.post("customers/" + id + "/notes", "{\"text\": \"Met " + name + " about " + word + "\"}");
        assertEquals(201, note.status(), note::toString);
        Api.Response followUp = sales1.post(
                "customers/" + id + "/follow-ups",
                "{\"channel\": \"PHONE\", \"content\": \"Call " + name + " back\", \"outcome\": \"Asked about " + word
                        + "\", \"nextStep\": \"Send the offer to " + email + "\"}");
        assertEquals(201, followUp.status(), followUp::toString);
        assertEquals(
                201,
                sales1.post("customers/" + id + "/shares", "{\"userId\": \"sales2\", \"access\": \"READ\"}")
                        .status());
        assertEquals(
                201,
                admin.post(
                                "customers/" + id + "/points/adjustments",
                                "{\"points\": 50, \"reason\": \"Welcome gift for " + name + "\"}")
                        .status());
        String segment = segment(batch, word);
        String answered = survey(batch, "Privacy NPS " + word, segment);
        Jobs.run(batch, "survey-dispatch", "{\"surveyId\": " + answered + "}", Duration.ofSeconds(120));
        List<JsonObject> invited = invitations(batch, answered);
        assertEquals(
                Set.of(id, other),
                invited.stream().map(i -> i.getString("customerId")).collect(Collectors.toSet()));
        for (JsonObject invitation : invited) {
            boolean ours = invitation.getString("customerId").equals(id);
            Api.Response answer = anonymous.post(
                    "public/responses/" + invitation.getString("token"),
                    ours ? "{\"score\": 3, \"comment\": \"Too slow, call me on " + phone + "\"}" : "{\"score\": 10}");
            assertEquals(201, answer.status(), answer::toString);
        }
        String outstanding = survey(batch, "Privacy NPS later " + word, segment);
        Jobs.run(batch, "survey-dispatch", "{\"surveyId\": " + outstanding + "}", Duration.ofSeconds(120));
        String token = invitations(batch, outstanding).stream()
                .filter(i -> i.getString("customerId").equals(id))
                .findFirst()
                .orElseThrow()
                .getString("token");
        Jobs.run(batch, "nps-scoring", "{}", Duration.ofSeconds(120));
        JsonObject npsBefore = month(admin, answered);
        assertEquals(2, npsBefore.getInt("responses"), npsBefore::toString);
        assertEquals(0, npsBefore.getInt("nps"), npsBefore::toString);
        String noteId = note.json().getString("id");
        Search.until(admin, word, Search.finds(noteId), Duration.ofSeconds(30));

        // the export: privacy:export only, every area, nothing of the other customer
        assertEquals(403, sales1.get("customers/" + id + "/personal-data").status());
        assertEquals(404, admin.get("customers/99999999/personal-data").status());
        Api.Response exported = auditor.get("customers/" + id + "/personal-data");
        assertEquals(200, exported.status(), exported::toString);
        assertTrue(exported.contentType().startsWith("application/json"), exported.contentType());
        JsonObject doc = exported.json();
        assertEquals(id, doc.getString("customerId"));
        assertEquals(name, doc.getJsonObject("customer").getString("name"));
        assertEquals("1990-04-05", doc.getJsonObject("customer").getString("birthday"));
        assertEquals("VIP", doc.getJsonObject("customer").getString("tier"));
        assertEquals(
                phone, doc.getJsonObject("contactPoints").getJsonArray("phones").getString(0));
        assertEquals(
                email, doc.getJsonObject("contactPoints").getJsonArray("emails").getString(0));
        assertEquals(wechat, doc.getJsonObject("contactPoints").getString("wechatId"));
        assertEquals(List.of(word), strings(doc.getJsonArray("tags")));
        assertEquals(List.of(word), strings(doc.getJsonArray("interests")));
        JsonObject address =
                doc.getJsonObject("contactPoints").getJsonArray("addresses").getJsonObject(0);
        assertEquals(
                List.of("HOME", "CN", "Zhejiang", "Hangzhou", "Xihu", word + " Lane 8", "HZ 310"),
                List.of(
                        address.getString("kind"),
                        address.getString("country"),
                        address.getString("province"),
                        address.getString("city"),
                        address.getString("district"),
                        address.getString("street"),
                        address.getString("postalCode")),
                "the address in clear, whole");
        assertEquals(3, doc.getJsonObject("consents").getJsonArray("history").size());
        assertEquals(2, doc.getJsonObject("consents").getJsonArray("channels").size());
        JsonArray purchases = doc.getJsonArray("purchases");
        assertEquals(1, purchases.size());
        assertEquals(
                0,
                new BigDecimal("120")
                        .compareTo(new BigDecimal(purchases.getJsonObject(0).getString("amount"))));
        assertEquals(List.of(noteId), ids(doc.getJsonArray("notes")));
        assertTrue(doc.getJsonArray("notes").getJsonObject(0).getString("text").contains(word));
        List<String> followUps = ids(doc.getJsonArray("followUps"));
        assertTrue(
                followUps.size() == 2 && followUps.contains(followUp.json().getString("id")),
                "the follow-up written and the one the detractor's answer opened: " + followUps);
        assertEquals(2, doc.getJsonArray("surveyInvitations").size());
        assertFalse(exported.raw().body().contains(token), "invitation tokens are not exported");
        JsonArray responses = doc.getJsonArray("surveyResponses");
        assertEquals(1, responses.size());
        assertEquals(3, responses.getJsonObject(0).getInt("score"));
        assertTrue(responses.getJsonObject(0).getString("comment").contains(phone));
        assertTrue(
                doc.getJsonArray("tierAndStageHistory").stream()
                        .map(JsonValue::asJsonObject)
                        .anyMatch(h -> h.getString("toValue").equals("VIP")),
                doc.getJsonArray("tierAndStageHistory")::toString);
        assertEquals("sales2", doc.getJsonArray("shares").getJsonObject(0).getString("userId"));
        assertTrue(doc.getJsonArray("pointsEntries").stream()
                .map(JsonValue::asJsonObject)
                .anyMatch(e -> e.getString("reason", "").contains(name)));
        // 50 by hand, and what the purchase accrued by the rules other tests may have set
        assertEquals(
                admin.get("customers/" + id + "/points").json().getInt("balance"),
                doc.getJsonObject("pointsAccount").getInt("balance"));
        Set<String> audited = doc.getJsonArray("auditEntries").stream()
                .map(JsonValue::asJsonObject)
                .map(a -> a.getString("entityType") + " " + a.getString("action"))
                .collect(Collectors.toSet());
        assertTrue(
                audited.containsAll(Set.of(
                        "customer CREATE",
                        "customer UPDATE",
                        "customer EXPORT",
                        "note CREATE",
                        "follow-up CREATE",
                        "purchase CREATE",
                        "points-entry CREATE",
                        "customer-share CREATE",
                        "survey-response CREATE")),
                audited::toString);
        for (String others : List.of(otherName, otherPhone, otherEmail)) {
            assertFalse(exported.raw().body().contains(others), "another customer's " + others);
        }
        assertFalse(
                doc.getJsonArray("auditEntries").stream()
                        .map(JsonValue::asJsonObject)
                        .anyMatch(a -> a.getString("entityType").equals("customer")
                                && a.getString("entityId").equals(other)),
                "another customer's audit entries");

        // a legal hold refuses erasure; bad input and other roles change nothing
        assertEquals(
                403,
                sales1.post("customers/" + id + "/erasure", "{\"reason\": \"x\"}")
                        .status());
        assertEquals(
                404,
                admin.post("customers/99999999/erasure", "{\"reason\": \"x\"}").status());
        Api.Response noReason = admin.post("customers/" + id + "/erasure", "{\"reason\": \" \"}");
        assertEquals(400, noReason.status(), noReason::toString);
        assertEquals("application/problem+json", noReason.contentType().split(";")[0]);
        assertEquals(
                403,
                sales1.send("PUT", "customers/" + id + "/legal-hold", Api.JSON, "{\"hold\": true, \"reason\": \"x\"}")
                        .status());
        Api.Response held = admin.send(
                "PUT", "customers/" + id + "/legal-hold", Api.JSON, "{\"hold\": true, \"reason\": \"Case 2026-17\"}");
        assertEquals(200, held.status(), held::toString);
        assertTrue(held.json().getBoolean("hold"));
        Api.Response refused = admin.post("customers/" + id + "/erasure", "{\"reason\": \"DSR-1\"}");
        assertEquals(409, refused.status(), refused::toString);
        assertEquals("true", refused.json().getString("legalHold"));
        assertEquals(name, admin.get("customers/" + id).json().getString("name"), "nothing erased under hold");
        Api.Response cleared = admin.send(
                "PUT", "customers/" + id + "/legal-hold", Api.JSON, "{\"hold\": false, \"reason\": \"Case closed\"}");
        assertFalse(cleared.json().getBoolean("hold"));
        assertFalse(admin.get("customers/" + id + "/legal-hold").json().getBoolean("hold"));

        // the erasure, and the same answer again
        Api.Response erased = admin.post("customers/" + id + "/erasure", "{\"reason\": \"DSR-1 by email\"}");
        assertEquals(200, erased.status(), erased::toString);
        assertEquals("admin", erased.json().getString("erasedBy"));
        Api.Response again = admin.post("customers/" + id + "/erasure", "{\"reason\": \"DSR-1 again\"}");
        assertEquals(200, again.status(), again::toString);
        assertEquals(erased.json(), again.json());

        JsonObject customer = admin.get("customers/" + id).json();
        assertEquals("Erased customer " + id, customer.getString("name"));
        assertTrue(customer.getJsonArray("phones").isEmpty()
                && customer.getJsonArray("emails").isEmpty());
        assertFalse(customer.containsKey("wechatId") && !customer.isNull("wechatId"), customer::toString);
        assertTrue(customer.getJsonArray("addresses").isEmpty(), customer::toString);
        assertTrue(customer.getJsonArray("interests").isEmpty(), customer::toString);
        assertEquals("East", customer.getString("region"), "what is not personal stays");
        assertEquals("VIP", customer.getString("tier"));

        Api.Response after = admin.get("customers/" + id + "/personal-data");
        assertEquals(200, after.status(), after::toString);
        String body = after.raw().body();
        for (String personal : List.of(
                name,
                phone,
                phone.substring(3),
                email,
                word,
                wechat,
                "1990-04-05",
                "Pilot",
                "Hangzhou",
                "Zhejiang",
                "Xihu",
                "HZ 310",
                "Too slow")) {
            assertFalse(body.contains(personal), personal + " is still held: " + body);
        }
        JsonObject afterDoc = after.json();
        assertEquals("[erased]", afterDoc.getJsonArray("notes").getJsonObject(0).getString("text"));
        JsonObject erasedFollowUp = afterDoc.getJsonArray("followUps").getJsonObject(0);
        assertEquals(
                List.of("[erased]", "[erased]", "[erased]"),
                List.of(
                        erasedFollowUp.getString("content"),
                        erasedFollowUp.getString("outcome"),
                        erasedFollowUp.getString("nextStep")));
        assertTrue(
                afterDoc.getJsonArray("followUps").stream()
                        .allMatch(f -> f.asJsonObject().getString("content").equals("[erased]")),
                afterDoc.getJsonArray("followUps")::toString);
        JsonObject response = afterDoc.getJsonArray("surveyResponses").getJsonObject(0);
        assertTrue(response.isNull("comment"));
        assertEquals(3, response.getInt("score"));
        assertEquals(1, afterDoc.getJsonArray("purchases").size(), "purchases stay");
        assertTrue(afterDoc.getJsonObject("consents").getJsonArray("channels").stream()
                .allMatch(c -> !c.asJsonObject().getBoolean("granted")));
        assertTrue(afterDoc.getJsonObject("consents").getJsonArray("history").stream()
                .anyMatch(c -> c.asJsonObject().getString("source").equals("ERASURE")));
        assertEquals("DSR-1 by email", afterDoc.getJsonObject("privacy").getString("erasureReason"));
        assertTrue(afterDoc.getJsonArray("auditEntries").stream()
                .map(JsonValue::asJsonObject)
                .anyMatch(a -> a.getString("action").equals("ERASE")
                        && a.getString("actor").equals("admin")
                        && a.getString("changes").contains("DSR-1 by email")));

        // the audit trail keeps that it happened, not the values
        JsonObject trail = auditor.get("audit?entityType=customer&entityId=" + id + "&limit=200")
                .json();
        String trailText = trail.toString();
        assertTrue(trailText.contains("ERASE"), trailText);
        for (String personal : List.of(name, email, wechat, "Pilot", "Hangzhou", "Zhejiang", "Lane 8")) {
            assertFalse(trailText.contains(personal), personal + " in the trail: " + trailText);
        }

        // search: the customer's texts are gone from the index, the other customer's stay findable
        Search.until(admin, word, Search.total(0), Duration.ofSeconds(30));
        Search.until(admin, name.split(" ")[1], Search.total(0), Duration.ofSeconds(30));

        // the outstanding invitation is dead; the survey figures are those before
        Api.Response late = anonymous.post("public/responses/" + token, "{\"score\": 9}");
        assertNotEquals(201, late.status(), late::toString);
        Jobs.run(batch, "nps-scoring", "{}", Duration.ofSeconds(120));
        assertEquals(figures(npsBefore), figures(month(admin, answered)), "NPS figures as before the erasure");

        // the same phone or email coming back is flagged; allowDuplicate records it anyway
        Api.Response back = sales1.post("customers", "{\"name\": \"Back again\", \"phones\": [\"" + phone + "\"]}");
        assertEquals(409, back.status(), back::toString);
        assertEquals("true", back.json().getString("suppressed"));
        assertEquals("phones", back.json().getString("field"));
        Api.Response byEmail =
                sales1.post("customers", "{\"name\": \"Back again\", \"emails\": [\"" + email.toUpperCase() + "\"]}");
        assertEquals(409, byEmail.status(), byEmail::toString);
        assertEquals("emails", byEmail.json().getString("field"));
        assertEquals(
                201,
                sales1.post(
                                "customers?allowDuplicate=true",
                                "{\"name\": \"Back again\", \"phones\": [\"" + phone + "\"]}")
                        .status());

        String url = System.getProperty("crm.it.db.url", "");
        if (url.startsWith("jdbc:postgresql")) {
            try (Connection db = DriverManager.getConnection(
                    url, System.getProperty("crm.it.db.user"), System.getProperty("crm.it.db.password", ""))) {
                String rows = customerRows(db, Long.parseLong(id));
                for (String personal : List.of(name, phone, email, word, wechat, "Pilot", "Hangzhou", "Too slow")) {
                    assertFalse(rows.contains(personal), personal + " in the database: " + rows);
                }
                assertTrue(rows.contains("[erased]"), rows);
            }
        }
    }

    @Test
    void theRetentionJobListsInDryRunAndErasesOnlyTheInactiveWithoutHold() throws Exception {
        Api admin = Api.as(deployment, "admin");
        Api batch = Api.as(deployment, "batch");
        String fresh = created(admin, "{\"name\": \"" + Deployments.uniqueName("Recent") + "\"}");
        JsonObject dry = Jobs.run(batch, "privacy-retention", "{\"inactiveYears\": 3}", Duration.ofSeconds(120));
        assertTrue(dry.getString("exitStatus").startsWith("WOULD ERASE "), dry::toString);
        assertFalse((" " + dry.getString("exitStatus") + " ").contains(" " + fresh + " "), "active this year");
        assertEquals(
                400,
                batch.post("jobs/privacy-retention/executions", "{\"parameters\": {\"dryRun\": 2}}")
                        .status());

        String url = System.getProperty("crm.it.db.url", "");
        if (!url.startsWith("jdbc:postgresql")) {
            return; // ageing customers needs the database; the H2 file is the server's alone
        }
        String old = created(admin, "{\"name\": \"" + Deployments.uniqueName("Dormant") + "\"}");
        String oldHeld = created(admin, "{\"name\": \"" + Deployments.uniqueName("Dormant") + "\"}");
        assertEquals(
                200,
                admin.send(
                                "PUT",
                                "customers/" + oldHeld + "/legal-hold",
                                Api.JSON,
                                "{\"hold\": true, \"reason\": \"Audit\"}")
                        .status());
        try (Connection db = DriverManager.getConnection(
                        url, System.getProperty("crm.it.db.user"), System.getProperty("crm.it.db.password", ""));
                Statement s = db.createStatement()) {
            s.executeUpdate("UPDATE customer SET updated_at = TIMESTAMP WITH TIME ZONE '2015-01-01 00:00:00+00' "
                    + "WHERE id IN (" + old + ", " + oldHeld + ")");
        }
        JsonObject listed = Jobs.run(batch, "privacy-retention", "{\"inactiveYears\": 3}", Duration.ofSeconds(120));
        String status = " " + listed.getString("exitStatus") + " ";
        assertTrue(status.contains(" " + old + " ") && !status.contains(" " + oldHeld + " "), status);
        assertNotEquals(
                "Erased customer " + old, admin.get("customers/" + old).json().getString("name"));
        JsonObject done =
                Jobs.run(batch, "privacy-retention", "{\"inactiveYears\": 3, \"dryRun\": 0}", Duration.ofSeconds(120));
        assertTrue((" " + done.getString("exitStatus") + " ").contains(" " + old + " "), done::toString);
        assertEquals(
                "Erased customer " + old, admin.get("customers/" + old).json().getString("name"));
        assertNotEquals(
                "Erased customer " + oldHeld,
                admin.get("customers/" + oldHeld).json().getString("name"));
        assertEquals(
                "system:privacy-retention",
                admin.get("customers/" + old + "/personal-data")
                        .json()
                        .getJsonObject("privacy")
                        .getString("erasedBy"));
    }

    /** Every row the database holds about the customer, as text. */
    private static String customerRows(Connection db, long customerId) throws SQLException {
        StringBuilder out = new StringBuilder();
        for (String table : ROWS_BY_CUSTOMER) {
            String key = table.equals("customer") ? "id" : "customer_id";
            try (PreparedStatement p = db.prepareStatement("SELECT * FROM " + table + " WHERE " + key + " = ?")) {
                p.setLong(1, customerId);
                try (ResultSet rs = p.executeQuery()) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        out.append(table).append(':');
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            out.append(' ').append(rs.getString(i));
                        }
                        out.append('\n');
                    }
                }
            }
        }
        try (PreparedStatement p = db.prepareStatement(
                "SELECT changes FROM audit_entry WHERE entity_type = 'customer' AND entity_id = ?")) {
            p.setString(1, Long.toString(customerId));
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.append("audit: ").append(rs.getString(1)).append('\n');
                }
            }
        }
        return out.toString();
    }

    private static String created(Api api, String body) {
        Api.Response r = api.post("customers", body);
        assertEquals(201, r.status(), r::toString);
        return r.json().getString("id");
    }

    private static JsonObject month(Api admin, String survey) {
        Api.Response scores = admin.get("surveys/" + survey + "/scores?groupBy=month");
        assertEquals(200, scores.status(), scores::toString);
        JsonArray items = scores.json().getJsonArray("items");
        assertEquals(1, items.size(), scores::toString);
        return items.getJsonObject(0);
    }

    private static List<Integer> figures(JsonObject group) {
        return List.of(
                group.getInt("responses"), group.getInt("promoters"), group.getInt("detractors"), group.getInt("nps"));
    }

    private static String segment(Api api, String tag) {
        Api.Response r = api.post(
                "segments",
                "{\"name\": \"" + Deployments.uniqueName(tag) + "\", \"rules\": {\"conditions\": "
                        + "[{\"field\": \"tags\", \"in\": [\"" + tag + "\"]}]}}");
        assertEquals(201, r.status(), r::toString);
        return r.json().getString("id");
    }

    private static String survey(Api api, String name, String segment) {
        Api.Response r = api.post(
                "surveys",
                "{\"name\": \"" + name
                        + "\", \"type\": \"NPS\", \"question\": \"How likely are you to recommend us?\", "
                        + "\"channel\": \"EMAIL\", \"fatigueDays\": 0, \"target\": {\"segmentId\": \"" + segment
                        + "\"}}");
        assertEquals(201, r.status(), r::toString);
        return r.json().getString("id");
    }

    private static List<JsonObject> invitations(Api api, String survey) {
        Api.Response r = api.get("surveys/" + survey + "/invitations?limit=200");
        assertEquals(200, r.status(), r::toString);
        List<JsonObject> all = new ArrayList<>();
        r.json().getJsonArray("items").forEach(v -> all.add(v.asJsonObject()));
        return all;
    }

    private static List<String> ids(JsonArray items) {
        return items.stream().map(i -> i.asJsonObject().getString("id")).toList();
    }

    private static List<String> strings(JsonArray items) {
        return items.getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)
                .toList();
    }
}
