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
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The attacks found by probing a running CRM from outside, performed as they were found: each must now be refused,
 * and the records they aimed at stay as they were.
 */
class ProbesFromOutsideIT extends EndToEndTest {

    /** A share gives access to the customer as it is: it never moves the customer to its receiver. */
    @Test
    void aWriteShareDoesNotLetItsReceiverTakeTheCustomer() {
        Api sales3 = Api.as(deployment, "sales3");
        Api manager = Api.as(deployment, "manager");
        for (String target : new String[] {
            "{\"teamId\": \"east\", \"access\": \"WRITE\"}", "{\"userId\": \"manager\", \"access\": \"WRITE\"}"
        }) {
            String id = customer(sales3, "Taken");
            assertEquals(201, sales3.post("customers/" + id + "/shares", target).status());
            assertEquals(
                    200,
                    manager.patch("customers/" + id, "*", "{\"city\": \"成都\"}").status(),
                    "a write share lets them write");
            for (String move : new String[] {
                "{\"ownerId\": \"manager\"}",
                "{\"teamId\": \"east\"}",
                "{\"ownerId\": \"sales1\", \"teamId\": \"east\"}"
            }) {
                Api.Response taken = manager.patch("customers/" + id, "*", move);
                assertEquals(400, taken.status(), () -> target + " " + move + " → " + taken);
            }
            assertEquals(
                    403,
                    manager.delete("customers/" + id + "/shares/" + shareOf(sales3, id), null)
                            .status(),
                    "nor withdraw the share it came by");
            JsonObject kept = sales3.get("customers/" + id).json();
            assertEquals("sales3", kept.getString("ownerId"), kept::toString);
            assertEquals("west", kept.getString("teamId"), kept::toString);
        }
    }

    /**
     * A READ share lets its receiver read the customer and add notes and follow-ups of their own; it never lets them
     * change or delete what others wrote, nor delete a follow-up.
     */
    @Test
    void aReadShareDeletesAndRewritesNothing() {
        Api sales3 = Api.as(deployment, "sales3");
        Api manager = Api.as(deployment, "manager");
        String id = customer(sales3, "ReadShared");
        String theirs = sales3.post(
                        "customers/" + id + "/follow-ups",
                        "{\"channel\": \"PHONE\", \"content\": \"call about the order\"}")
                .json()
                .getString("id");
        String theirNote = sales3.post("customers/" + id + "/notes", "{\"text\": \"met at the fair\"}")
                .json()
                .getString("id");
        assertEquals(
                201,
                sales3.post("customers/" + id + "/shares", "{\"userId\": \"manager\", \"access\": \"READ\"}")
                        .status());

        assertEquals(200, manager.get("follow-ups/" + theirs).status());
        Api.Response deleted = manager.delete("follow-ups/" + theirs, null);
        assertEquals(403, deleted.status(), deleted::toString);
        assertEquals(
                403,
                manager.patch("follow-ups/" + theirs, "*", "{\"status\": \"CANCELLED\"}")
                        .status());
        assertEquals(
                403,
                manager.patch("notes/" + theirNote, "*", "{\"text\": \"rewritten\"}")
                        .status());
        assertEquals(403, manager.delete("notes/" + theirNote, null).status());

        Api.Response own = manager.post(
                "customers/" + id + "/follow-ups", "{\"channel\": \"VISIT\", \"content\": \"visit with sales3\"}");
        assertEquals(201, own.status(), own::toString);
        assertEquals(
                403,
                manager.delete("follow-ups/" + own.json().getString("id"), null).status(),
                "deleting a follow-up needs write access to the customer, even one's own");
        Api.Response note = manager.post("customers/" + id + "/notes", "{\"text\": \"seen on the way\"}");
        assertEquals(201, note.status(), note::toString);
        assertEquals(
                200,
                manager.patch("notes/" + note.json().getString("id"), "*", "{\"text\": \"seen on the way back\"}")
                        .status());

        assertEquals("PLANNED", sales3.get("follow-ups/" + theirs).json().getString("status"));
        assertEquals("met at the fair", sales3.get("notes/" + theirNote).json().getString("text"));
    }

    /** Shares of one customer with one user made at the same moment leave one share, and withdrawing it ends the access. */
    @Test
    void concurrentSharesLeaveOneShare() throws Exception {
        Api sales3 = Api.as(deployment, "sales3");
        String id = customer(sales3, "SharedTwice");
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Callable<Integer>> shares = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String access = i % 2 == 0 ? "READ" : "WRITE";
            shares.add(() -> sales3.post(
                            "customers/" + id + "/shares", "{\"userId\": \"sales1\", \"access\": \"" + access + "\"}")
                    .status());
        }
        for (Future<Integer> status : clients.invokeAll(shares)) {
            assertTrue(
                    List.of(201, 503).contains(status.get()),
                    "201, or 503 when it could not wait for the others: " + status.get());
        }
        clients.shutdown();
        assertEquals(
                1,
                sales3.get("customers/" + id + "/shares")
                        .json()
                        .getJsonArray("items")
                        .size());
        assertEquals(
                204,
                sales3.delete("customers/" + id + "/shares/" + shareOf(sales3, id), null)
                        .status());
        assertEquals(404, Api.as(deployment, "sales1").get("customers/" + id).status());
    }

    /**
     * Survey scores are aggregates of customers' answers: a manager's cover their team's customers (and those shared
     * with them), never another team's; callers who see personal data masked get no group small enough to reveal an
     * answer, not even as the whole less the groups shown, and no list of customers picked by their answers.
     */
    @Test
    void surveyScoresStayInTheCallersReach() {
        Api batch = Api.as(deployment, "batch");
        Api admin = Api.as(deployment, "admin");
        String tag = "scored-" + Deployments.uniqueWord();
        Map<String, Integer> answers = new HashMap<>();
        Map<String, String> owners = new HashMap<>();
        for (String owner : new String[] {"sales1", "sales2", "sales3"}) {
            int customers = Map.of("sales1", 6, "sales2", 5, "sales3", 3).get(owner);
            for (int i = 0; i < customers; i++) {
                String id = surveyed(Api.as(deployment, owner), tag);
                answers.put(id, owner.equals("sales3") ? 0 : i < 4 ? 10 : 2);
                owners.put(id, owner);
            }
        }
        Api.Response segment = batch.post(
                "segments",
                "{\"name\": \"" + Deployments.uniqueName("Scored") + "\", \"rules\": {\"conditions\": "
                        + "[{\"field\": \"tags\", \"in\": [\"" + tag + "\"]}]}}");
        assertEquals(201, segment.status(), segment::toString);
        Api.Response survey = batch.post(
                "surveys",
                "{\"name\": \"" + Deployments.uniqueName("Reach") + "\", \"type\": \"NPS\", "
                        + "\"question\": \"How likely are you to recommend us?\", \"channel\": \"EMAIL\", \"fatigueDays\": 0, "
                        + "\"target\": {\"segmentId\": \"" + segment.json().getString("id") + "\"}}");
        assertEquals(201, survey.status(), survey::toString);
        String nps = survey.json().getString("id");
        Jobs.run(batch, "survey-dispatch", "{\"surveyId\": " + nps + "}", Duration.ofSeconds(120));
        Api anonymous = Api.as(deployment, null);
        for (JsonValue v :
                batch.get("surveys/" + nps + "/invitations?limit=200").json().getJsonArray("items")) {
            JsonObject invitation = v.asJsonObject();
            int score = answers.get(invitation.getString("customerId"));
            assertEquals(
                    201,
                    anonymous
                            .post("public/responses/" + invitation.getString("token"), "{\"score\": " + score + "}")
                            .status());
        }
        Jobs.run(batch, "nps-scoring", "{}", Duration.ofSeconds(120));

        Map<String, JsonObject> whole = groups(admin, nps, "ownerId");
        assertEquals(Map.of("sales1", 6, "sales2", 5, "sales3", 3), responses(whole), whole::toString);

        Api manager = Api.as(deployment, "manager");
        Map<String, JsonObject> team = groups(manager, nps, "ownerId");
        assertEquals(
                Map.of("sales1", 6, "sales2", 5),
                responses(team),
                "a manager sees the owners of their team only: " + team);
        assertEquals(33, team.get("sales1").getInt("nps"), "4 promoters and 2 detractors of 6");
        assertEquals(11, total(groups(manager, nps, "month")), "every grouping counts only the team's customers");

        String shared = owners.entrySet().stream()
                .filter(o -> o.getValue().equals("sales3"))
                .findFirst()
                .orElseThrow()
                .getKey();
        assertEquals(
                201,
                Api.as(deployment, "sales3")
                        .post("customers/" + shared + "/shares", "{\"teamId\": \"east\", \"access\": \"READ\"}")
                        .status());
        assertEquals(
                1, groups(manager, nps, "ownerId").get("sales3").getInt("responses"), "a shared customer is in reach");

        // without customer:read the manager's team scope reaches nobody: no scores at all, not the whole run
        try {
            assertEquals(
                    200,
                    admin.send(
                                    "PUT",
                                    "admin/users/manager/permissions",
                                    Api.JSON,
                                    "{\"revocations\": [\"customer:read\"]}")
                            .status());
            assertEquals(Map.of(), groups(manager, nps, "ownerId"));
        } finally {
            assertEquals(
                    200,
                    admin.send("PUT", "admin/users/manager/permissions", Api.JSON, "{}")
                            .status());
        }

        for (String masked : new String[] {"analyst", "batch"}) {
            JsonObject scores = Api.as(deployment, masked)
                    .get("surveys/" + nps + "/scores?groupBy=ownerId")
                    .json();
            assertEquals(
                    Map.of("sales1", 6),
                    responses(byGroup(scores)),
                    masked + ": sales3's 3 answers and, to cover them, sales2's 5 " + "are left out: " + scores);
            assertEquals(2, scores.getInt("suppressedGroups"), scores::toString);
            int all = total(groups(Api.as(deployment, masked), nps, "month"));
            assertTrue(all - 6 >= 5, "the whole less the groups shown covers at least 5 answers: " + all);
        }

        Api.Response unhappy = batch.post(
                "segments",
                "{\"name\": \"" + Deployments.uniqueName("Unhappy") + "\", \"rules\": {\"conditions\": "
                        + "[{\"field\": \"tags\", \"in\": [\"" + tag
                        + "\"]}, {\"field\": \"npsCategory\", \"in\": [\"DETRACTOR\"]}]}}");
        assertEquals(201, unhappy.status(), unhappy::toString);
        String detractors = "segments/" + unhappy.json().getString("id");
        assertEquals(
                403,
                Api.as(deployment, "analyst").get(detractors + "/customers").status(),
                "answers are personal data");
        assertEquals(
                403, Api.as(deployment, "analyst").get(detractors + "/count").status());
        assertEquals(
                6,
                admin.get(detractors + "/count").json().getInt("count"),
                "2 of sales1's, 1 of sales2's, 3 of sales3's");
    }

    /**
     * Follow-ups without a due time (a call recorded after the fact) and follow-ups due at the same moment page through
     * every boundary: each comes once, those without a due time last, and the last page ends.
     */
    @Test
    void followUpsWithoutOrWithEqualDueTimesPageThroughEveryBoundary() {
        Api sales2 = Api.as(deployment, "sales2");
        String customer = customer(sales2, "Paged");
        Instant due = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            expected.add(followUp(
                    sales2,
                    customer,
                    "{\"channel\": \"PHONE\", \"content\": \"due " + i + "\", \"dueAt\": \"" + due + "\"}"));
        }
        expected.add(
                0,
                followUp(
                        sales2,
                        customer,
                        "{\"channel\": \"PHONE\", \"content\": \"earlier\", \"dueAt\": \"" + due.minusSeconds(60)
                                + "\"}"));
        for (int i = 0; i < 7; i++) {
            expected.add(followUp(
                    sales2,
                    customer,
                    "{\"channel\": \"PHONE\", \"content\": \"called " + i + "\", \"status\": \"DONE\"}"));
        }
        for (String filter : new String[] {
            "assigneeId=me&customerId=" + customer, "customerId=" + customer, "assigneeId=sales2&customerId=" + customer
        }) {
            for (int limit : new int[] {1, 2, 3, 5, 6}) {
                assertEquals(expected, pages(sales2, "follow-ups?" + filter, limit), filter + " by " + limit);
            }
        }
    }

    /** Purchases at the same moment page through every boundary, newest first, each once. */
    @Test
    void purchasesAtTheSameMomentPageThroughEveryBoundary() {
        Api sales2 = Api.as(deployment, "sales2");
        String customer = customer(sales2, "Bought");
        Instant at = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            Api.Response p = sales2.post(
                    "customers/" + customer + "/purchases",
                    "{\"amount\": \"" + (10 + i) + ".00\", \"currency\": \"CNY\", " + "\"occurredAt\": \""
                            + (i < 5 ? at : at.minusSeconds(3600)) + "\"}");
            assertEquals(201, p.status(), p::toString);
            ids.add(p.json().getString("id"));
        }
        List<String> expected = new ArrayList<>(ids.subList(0, 5));
        expected.sort((a, b) -> Long.compare(Long.parseLong(b), Long.parseLong(a)));
        List<String> older = new ArrayList<>(ids.subList(5, 7));
        older.sort((a, b) -> Long.compare(Long.parseLong(b), Long.parseLong(a)));
        expected.addAll(older);
        for (int limit : new int[] {1, 2, 3, 5}) {
            assertEquals(expected, pages(sales2, "customers/" + customer + "/purchases", limit), "by " + limit);
        }
    }

    /**
     * Phones typed the way people type them (full-width digits from a Chinese input method, dots, parentheses) are
     * masked for a user without customer:pii:read, in the record and in search; a customer's phone typed full-width is
     * stored in E.164 and found as a duplicate.
     */
    @Test
    void phonesTypedFullWidthOrWithDotsAreMaskedInRecordsAndSearch() {
        Api sales1 = Api.as(deployment, "sales1");
        Api service1 = Api.as(deployment, "service1");
        String customer = customer(sales1, "Typed");
        String word = Deployments.uniqueWord();
        String digits = "139" + Deployments.uniquePhone().substring(6);
        String fullWidth = digits.chars()
                .mapToObj(c -> String.valueOf((char) (c - '0' + '０')))
                .collect(Collectors.joining());
        String dotted = digits.substring(0, 3) + "." + digits.substring(3, 7) + "." + digits.substring(7);
        String bracketed = "(" + digits.substring(0, 3) + ") " + digits.substring(3, 7) + "-" + digits.substring(7);
        Api.Response note = sales1.post(
                "customers/" + customer + "/notes",
                "{\"text\": \"" + word + " 手机 " + fullWidth + "，座机 " + dotted + " or " + bracketed + "\"}");
        assertEquals(201, note.status(), note::toString);
        String id = note.json().getString("id");
        String tail = digits.substring(digits.length() - 4);

        String read = service1.get("notes/" + id).json().getString("text");
        for (String typed : new String[] {fullWidth, dotted, bracketed, digits.substring(3, 7)}) {
            assertFalse(read.contains(typed), () -> typed + " in clear: " + read);
        }
        assertTrue(read.contains(tail) || read.contains(fullWidth.substring(fullWidth.length() - 4)), read);
        Search.until(service1, word, Search.finds(id), Duration.ofSeconds(5));
        String highlight = Search.search(service1, word)
                .getJsonArray("items")
                .getJsonObject(0)
                .getString("highlight");
        assertFalse(highlight.replace("<em>", "").replace("</em>", "").contains(digits.substring(3, 7)), highlight);
        assertFalse(
                highlight.contains(digits.substring(3, 7)) || highlight.contains(fullWidth.substring(3, 7)), highlight);

        String phone = Deployments.uniquePhone();
        String typedPhone = phone.chars()
                .mapToObj(c -> c == '+' ? "＋" : String.valueOf((char) (c - '0' + '０')))
                .collect(Collectors.joining());
        Api.Response created = sales1.post(
                "customers",
                "{\"name\": \"" + Deployments.uniqueName("Wide") + "\", \"phones\": [\"" + typedPhone + "\"]}");
        assertEquals(201, created.status(), created::toString);
        assertEquals(phone, created.json().getJsonArray("phones").getString(0));
        assertEquals(
                409,
                sales1.post("customers", "{\"name\": \"Again\", \"phones\": [\"" + phone + "\"]}")
                        .status());
    }

    /** A prefix longer than an English word's stem finds the word: escalat* finds escalation. */
    @Test
    void aPrefixLongerThanTheStemFindsTheWord() {
        Api sales1 = Api.as(deployment, "sales1");
        String customer = customer(sales1, "Escalated");
        String word = Deployments.uniqueWord();
        Api.Response note =
                sales1.post("customers/" + customer + "/notes", "{\"text\": \"" + word + " asked for an escalation\"}");
        assertEquals(201, note.status(), note::toString);
        String id = note.json().getString("id");
        Search.until(sales1, word + " escalation", Search.finds(id), Duration.ofSeconds(5));
        for (String prefix : new String[] {"escalat*", "escalati*", "escal*"}) {
            assertTrue(Search.finds(id).test(Search.search(sales1, word + " " + prefix)), prefix);
        }
    }

    /** /health answers without a login with UP or DOWN per check, nothing else; the figures are for job:operate. */
    @Test
    void healthShowsOnlyUpOrDownToAnonymousCallers() {
        Api.Response open = Api.raw(deployment.toString().replaceAll("/crm/?$", "") + "/health");
        assertEquals(4, open.json().getJsonArray("checks").size(), open::toString);
        for (JsonValue check : open.json().getJsonArray("checks")) {
            JsonObject c = check.asJsonObject();
            assertTrue(List.of("UP", "DOWN").contains(c.getString("status")), open::toString);
            assertTrue(
                    c.keySet().stream()
                            .allMatch(k -> List.of("name", "status", "data").contains(k)),
                    open::toString);
            assertTrue(
                    !c.containsKey("data") || c.getJsonObject("data").isEmpty(),
                    () -> "figures shown without a login: " + open);
        }
        assertEquals(403, Api.as(deployment, "sales1").get("admin/health").status());
        JsonObject detailed = Api.as(deployment, "batch").get("admin/health").json();
        assertEquals(4, detailed.getJsonArray("checks").size(), detailed::toString);
        detailed.getJsonArray("checks")
                .forEach(c -> assertTrue(c.asJsonObject().containsKey("data"), detailed::toString));
    }

    private static String customer(Api owner, String prefix) {
        Api.Response created = owner.post("customers", "{\"name\": \"" + Deployments.uniqueName(prefix) + "\"}");
        assertEquals(201, created.status(), created::toString);
        return created.json().getString("id");
    }

    private static String surveyed(Api owner, String tag) {
        Api.Response created = owner.post(
                "customers",
                "{\"name\": \"" + Deployments.uniqueName("Answering") + "\", \"tags\": [\"" + tag
                        + "\"], \"consents\": {\"EMAIL\": true}, \"emails\": [\"" + Deployments.uniqueWord()
                        + "@example.com\"]}");
        assertEquals(201, created.status(), created::toString);
        return created.json().getString("id");
    }

    private static String followUp(Api api, String customer, String body) {
        Api.Response created = api.post("customers/" + customer + "/follow-ups", body);
        assertEquals(201, created.status(), created::toString);
        return created.json().getString("id");
    }

    private static String shareOf(Api owner, String customer) {
        return owner.get("customers/" + customer + "/shares")
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getString("id");
    }

    private static Map<String, JsonObject> groups(Api api, String survey, String groupBy) {
        Api.Response scores = api.get("surveys/" + survey + "/scores?groupBy=" + groupBy);
        assertEquals(200, scores.status(), scores::toString);
        return byGroup(scores.json());
    }

    private static Map<String, Integer> responses(Map<String, JsonObject> groups) {
        return groups.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, g -> g.getValue().getInt("responses")));
    }

    private static int total(Map<String, JsonObject> groups) {
        return groups.values().stream().mapToInt(g -> g.getInt("responses")).sum();
    }

    private static Map<String, JsonObject> byGroup(JsonObject scores) {
        return scores.getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(i -> i.getString("group"), i -> i, (a, b) -> a, java.util.TreeMap::new));
    }

    /** Every id of a list, page by page, failing on a page that does not answer 200 or a list that does not end. */
    private static List<String> pages(Api api, String path, int limit) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < 100; page++) {
            Api.Response r = api.get(path + (path.contains("?") ? "&" : "?") + "limit=" + limit
                    + (cursor == null ? "" : "&cursor=" + Api.q(cursor)));
            assertEquals(200, r.status(), r::toString);
            r.json().getJsonArray("items").forEach(v -> ids.add(v.asJsonObject().getString("id")));
            if (r.json().isNull("next")) {
                return ids;
            }
            cursor = r.json().getString("next");
        }
        throw new AssertionError(path + " did not end after 100 pages: " + ids);
    }
}
