package io.crm.it;

import static io.crm.it.Search.finds;
import static io.crm.it.Search.search;
import static io.crm.it.Search.total;
import static io.crm.it.Search.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A sales user's follow-ups and notes, found by search in Chinese and in English within a second of the write,
 * never by users who may not read the customer, and gone from search as soon as they change or go.
 */
class NotesFollowUpsSearchIT extends EndToEndTest {

    private static final Duration SECOND = Duration.ofSeconds(1);

    @Test
    void aFollowUpIsFoundByChineseAndEnglishWordsThenChangesAndGoesOnlyWhereItMay() {
        Api sales1 = Api.as(deployment, "sales1");
        Api sales2 = Api.as(deployment, "sales2");
        Api sales3 = Api.as(deployment, "sales3");
        Api manager = Api.as(deployment, "manager");
        String customer = sales1.post("customers", "{\"name\": \"" + Deployments.uniqueName("Searcher") + "\"}")
                .json()
                .getString("id");
        String english = Deployments.uniqueWord();
        String chinese = Deployments.uniqueChineseWord();

        Api.Response created = sales1.post(
                "customers/" + customer + "/follow-ups",
                "{\"channel\": \"PHONE\", \"content\": \"客户"
                        + chinese + "要求退款，答应下周回访. Called about the " + english + " refunds\", \"dueAt\": \""
                        + Instant.now().minusSeconds(60)
                        + "\"}");
        assertEquals(201, created.status(), created::toString);
        String id = created.json().getString("id");
        assertTrue(created.json().getBoolean("overdue"));
        assertEquals("sales1", created.json().getString("assigneeId"));

        until(sales1, chinese, finds(id), SECOND);
        until(sales1, english, finds(id), SECOND);
        JsonObject hit =
                search(sales1, english + " refund").getJsonArray("items").getJsonObject(0);
        assertEquals("FOLLOW_UP", hit.getString("type"));
        assertEquals(customer, hit.getString("customerId"));
        assertTrue(hit.getString("highlight").contains("<em>"), hit::toString);
        assertEquals(1, search(manager, chinese).getInt("total"), "the manager of the team reads it");
        assertEquals(0, search(sales2, chinese).getInt("total"), "another sales user of the team does not");
        assertEquals(0, search(sales3, english).getInt("total"));

        // my open, overdue follow-ups
        JsonObject mine = sales1.get("follow-ups?assigneeId=me&status=PLANNED&overdue=true&limit=200")
                .json();
        assertTrue(mine.getJsonArray("items").stream()
                .anyMatch(f -> f.asJsonObject().getString("id").equals(id)));
        assertTrue(
                sales2.get("follow-ups?assigneeId=sales1&limit=200").json().getJsonArray("items").stream()
                        .noneMatch(f -> f.asJsonObject().getString("id").equals(id)),
                "lists keep to the customers one may read");

        // an edit: the old word is no longer found, the new one is
        String etag = sales1.get("follow-ups/" + id).header("ETag");
        assertEquals(
                428,
                sales1.patch("follow-ups/" + id, null, "{\"status\": \"DONE\"}").status());
        String replacement = Deployments.uniqueWord();
        Api.Response edited = sales1.patch(
                "follow-ups/" + id, etag, "{\"content\": \"Visited about " + replacement + "\", \"status\": \"DONE\"}");
        assertEquals(200, edited.status(), edited::toString);
        assertFalse(edited.json().getBoolean("overdue"));
        assertEquals(
                412,
                sales1.patch("follow-ups/" + id, etag, "{\"outcome\": \"late\"}")
                        .status());
        until(sales1, replacement, finds(id), SECOND);
        until(sales1, english, total(0), SECOND);

        // a share lets sales2 find it; withdrawn, it is gone again
        String share = sales1.post(
                        "customers/" + customer + "/shares", "{\"userId\": \"sales2\", \"access\": \"READ\"}")
                .json()
                .getString("id");
        until(sales2, replacement, finds(id), SECOND);
        assertEquals(
                204,
                sales1.delete("customers/" + customer + "/shares/" + share, null)
                        .status());
        until(sales2, replacement, total(0), SECOND);

        // deleting needs followup:delete; then it leaves search
        assertEquals(403, sales1.delete("follow-ups/" + id, null).status());
        assertEquals(204, manager.delete("follow-ups/" + id, null).status());
        until(sales1, replacement, total(0), SECOND);
        assertEquals(404, sales1.get("follow-ups/" + id).status());
        JsonObject trail = Api.as(deployment, "auditor")
                .get("audit?entityType=follow-up&entityId=" + id)
                .json();
        assertEquals(3, trail.getJsonArray("items").size(), trail::toString);
    }

    @Test
    void phoneNumbersInNotesAreMaskedInRecordsAndSnippetsForUsersWithoutPersonalData() {
        Api sales1 = Api.as(deployment, "sales1");
        Api service1 = Api.as(deployment, "service1");
        String customer = sales1.post("customers", "{\"name\": \"" + Deployments.uniqueName("Masked") + "\"}")
                .json()
                .getString("id");
        String word = Deployments.uniqueWord();
        String phone = "139" + Deployments.uniquePhone().substring(6);

        Api.Response note =
                sales1.post("customers/" + customer + "/notes", "{\"text\": \"" + word + " 新手机 " + phone + "\"}");
        assertEquals(201, note.status(), note::toString);
        String id = note.json().getString("id");
        assertEquals(note.header("Location"), Deployments.apiBase(deployment) + "notes/" + id);

        until(sales1, phone, finds(id), SECOND);
        assertTrue(search(sales1, word)
                .getJsonArray("items")
                .getJsonObject(0)
                .getString("highlight")
                .contains(phone));

        until(service1, word, finds(id), SECOND);
        String masked =
                search(service1, word).getJsonArray("items").getJsonObject(0).getString("highlight");
        assertFalse(masked.contains(phone), masked);
        assertTrue(masked.contains(phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4)), masked);
        assertEquals(
                0, search(service1, phone).getInt("total"), "a masked user cannot find a record by its phone number");
        JsonObject read = service1.get("notes/" + id).json();
        assertFalse(read.getString("text").contains(phone));
        assertTrue(read.getBoolean("textMasked"));
        assertEquals(
                403,
                service1.patch("notes/" + id, "*", "{\"text\": \"overwritten\"}")
                        .status(),
                "a service user may not rewrite another user's note");

        String etag = sales1.get("notes/" + id).header("ETag");
        assertEquals(
                200,
                sales1.patch("notes/" + id, etag, "{\"text\": \"" + word + " moved\"}")
                        .status());
        until(sales1, phone, total(0), SECOND);
        assertEquals(
                1,
                sales1.get("customers/" + customer + "/notes")
                        .json()
                        .getJsonArray("items")
                        .size());
        assertEquals(204, sales1.delete("notes/" + id, null).status());
        until(sales1, word, total(0), SECOND);
    }

    @Test
    void badQueriesAndBadRecordsAreRefusedWithProblemsAndChangeNothing() {
        Api sales1 = Api.as(deployment, "sales1");
        String customer = sales1.post("customers", "{\"name\": \"" + Deployments.uniqueName("Refused") + "\"}")
                .json()
                .getString("id");
        for (String query : new String[] {
            "",
            "*refund",
            "re*und",
            "\"unbalanced",
            "a".repeat(201),
            "-only -exclusions",
            "a b c d e f g h i j k l m n o p q r",
            "x*"
        }) {
            Api.Response r = sales1.get("search?q=" + Api.q(query));
            assertEquals(400, r.status(), () -> query + " → " + r);
            assertEquals("application/problem+json", r.contentType().split(";")[0], query);
        }
        assertEquals(400, sales1.get("search?q=ok&type=MEMO").status());
        assertEquals(400, sales1.get("search?q=ok&from=yesterday").status());
        assertEquals(400, sales1.get("search?q=ok&cursor=bm9wZQ").status());

        String[] badFollowUps = {
            "{\"content\": \"no channel\"}",
            "{\"channel\": \"FAX\", \"content\": \"x\"}",
            "{\"channel\": \"PHONE\", \"content\": 5}",
            "{\"channel\": \"PHONE\", \"content\": \"x\", \"overdue\": true}",
            "{\"channel\": \"PHONE\", \"content\": \"x\", \"assigneeId\": \"nobody-like-this\"}",
            "{\"channel\": \"PHONE\", \"content\": \"x\", \"dueAt\": \"tomorrow\"}"
        };
        for (String body : badFollowUps) {
            Api.Response r = sales1.post("customers/" + customer + "/follow-ups", body);
            assertEquals(400, r.status(), () -> body + " → " + r);
        }
        assertEquals(
                400,
                sales1.post("customers/" + customer + "/notes", "{\"text\": \"   \"}")
                        .status());
        assertEquals(
                400,
                sales1.post("customers/" + customer + "/notes", "{\"text\": \"" + "长".repeat(10_001) + "\"}")
                        .status());
        assertEquals(
                404,
                Api.as(deployment, "sales3")
                        .post("customers/" + customer + "/notes", "{\"text\": \"not mine\"}")
                        .status());
        assertEquals(
                0,
                sales1.get("customers/" + customer + "/follow-ups")
                        .json()
                        .getJsonArray("items")
                        .size());
        assertEquals(
                0,
                sales1.get("customers/" + customer + "/notes")
                        .json()
                        .getJsonArray("items")
                        .size());
    }
}
