package io.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Webhooks end to end: a receiver on 127.0.0.1 inside the test (allow-listed by the test domain's
 * CRM_WEBHOOKS_ALLOW), subscriptions acting as sales1 (own scope), service1 (team scope, personal data masked) and
 * admin; changes of every event type on customers inside and outside sales1's scope; every request's signature
 * checked with a verifier written here from the Standard Webhooks specification.
 */
class WebhooksIT extends EndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(90);

    /** One request the receiver got. */
    record Received(String path, String id, String timestamp, String signature, String body, int answered) {
        JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }
    }

    private HttpServer receiver;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicBoolean failing = new AtomicBoolean();
    private final List<String> subscriptions = new CopyOnWriteArrayList<>();
    private final Map<String, String> secrets = new ConcurrentHashMap<>();

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        receiver.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            int answer = path.startsWith("/flaky") && failing.get() ? 500 : 204;
            received.add(new Received(
                    path,
                    exchange.getRequestHeaders().getFirst("webhook-id"),
                    exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                    exchange.getRequestHeaders().getFirst("webhook-signature"),
                    body,
                    answer));
            exchange.sendResponseHeaders(answer, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        Api admin = Api.as(deployment, "admin");
        subscriptions.forEach(id -> admin.delete("webhooks/" + id, null));
        receiver.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + path;
    }

    @Test
    void eachEventArrivesSignedOnlyToThoseWhoMayReadItAndMaskedAsTheySeeIt() throws Exception {
        Api admin = Api.as(deployment, "admin");
        for (String user : List.of("sales1", "service1")) { // a subscription acts as a user who signed in before
            assertEquals(200, Api.as(deployment, user).get("customers?limit=1").status());
        }
        String all = "[\"customer.created\", \"customer.changed\", \"customer.deleted\", \"tier.changed\", "
                + "\"note.added\", \"followup.planned\", \"followup.completed\"]";
        subscribe(admin, "/sales1", all, "sales1");
        subscribe(admin, "/service1", all, "service1");
        String adminHook = subscribe(admin, "/admin", all, "admin");

        // sales1's customer (team east) and sales3's (team west): the same story on each
        String phone = Deployments.uniquePhone();
        String mine = story(admin, "sales1", "east", phone);
        String theirs = story(admin, "sales3", "west", Deployments.uniquePhone());
        List<String> expected = List.of(
                "customer.created",
                "customer.changed",
                "customer.changed",
                "tier.changed",
                "note.added",
                "followup.planned",
                "followup.completed",
                "customer.deleted");

        awaitEvents("/admin", mine, expected.size());
        awaitEvents("/admin", theirs, expected.size());
        awaitEvents("/sales1", mine, expected.size());
        awaitEvents("/service1", mine, expected.size());
        Thread.sleep(2000); // anything that should not come has had its chance

        for (Received r : received) {
            verify(r, secrets.get(r.path()));
        }
        assertEquals(expected, typesFor("/admin", mine), "in the order they happened");
        assertEquals(expected, typesFor("/admin", theirs));
        assertEquals(expected, typesFor("/sales1", mine));
        assertEquals(List.of(), typesFor("/sales1", theirs), "sales1 learns nothing of sales3's customer");
        assertEquals(expected, typesFor("/service1", mine));
        assertEquals(List.of(), typesFor("/service1", theirs), "team west is outside service1's scope");

        // sales1 reads personal data in clear, service1 masked, in the events as in their GETs
        JsonObject clear = first("/sales1", mine, "customer.created").getJsonObject("data");
        JsonObject masked = first("/service1", mine, "customer.created").getJsonObject("data");
        assertEquals(phone, clear.getJsonArray("phones").getString(0));
        assertFalse(clear.getBoolean("piiMasked"));
        assertTrue(masked.getBoolean("piiMasked"));
        assertTrue(masked.getJsonArray("phones").getString(0).contains("*"), masked::toString);
        assertFalse(masked.toString().contains(phone), "service1 never sees the phone in clear");
        JsonObject note = first("/service1", mine, "note.added").getJsonObject("data");
        assertFalse(note.getString("text").contains(phone), note::toString);
        assertTrue(first("/sales1", mine, "note.added")
                .getJsonObject("data")
                .getString("text")
                .contains(phone));
        JsonObject changed = first("/admin", mine, "customer.changed");
        assertEquals(List.of("occupation"), strings(changed, "changedFields"));
        assertEquals(Set.of("type", "id", "occurredAt", "data", "changedFields"), changed.keySet());
        assertEquals(
                Set.of("type", "id", "occurredAt", "data"),
                first("/admin", mine, "note.added").keySet());
        assertEquals(
                mine,
                first("/admin", mine, "customer.deleted").getJsonObject("data").getString("id"));

        // ids are unique per event; the deliveries list their attempts; a replay sends the same id again
        List<String> adminIds = received.stream()
                .filter(r -> r.path().equals("/admin"))
                .map(Received::id)
                .toList();
        assertEquals(adminIds.size(), new HashSet<>(adminIds).size(), "one webhook-id per event");
        Api.Response deliveries = admin.get("webhooks/" + adminHook + "/deliveries?limit=200");
        assertEquals(200, deliveries.status(), deliveries::toString);
        JsonObject delivery = deliveries.json().getJsonArray("items").getJsonObject(0);
        assertEquals("DELIVERED", delivery.getString("status"));
        JsonObject attempt = delivery.getJsonArray("attempts").getJsonObject(0);
        assertEquals(204, attempt.getInt("statusCode"));
        assertTrue(attempt.getJsonNumber("latencyMillis").longValue() >= 0);
        int before = received.size();
        Api.Response replay =
                admin.post("webhooks/" + adminHook + "/deliveries/" + delivery.getString("id") + "/replay", "");
        assertEquals(202, replay.status(), replay::toString);
        await(() -> received.size() > before);
        Received again = received.get(received.size() - 1);
        assertEquals(delivery.getString("eventId"), again.id());
        verify(again, secrets.get("/admin"));
    }

    @Test
    void aReceiverFailingForAWhileGetsEverythingAfterwardsInOrderPerCustomer() throws Exception {
        Api admin = Api.as(deployment, "admin");
        String hook = subscribe(admin, "/flaky", "[\"customer.changed\"]", "admin");
        failing.set(true);
        String a = customer(admin, "sales1", "east", Deployments.uniquePhone());
        String b = customer(admin, "sales3", "west", Deployments.uniquePhone());
        for (int i = 1; i <= 5; i++) {
            occupation(admin, a, "a" + i);
            occupation(admin, b, "b" + i);
        }
        await(() -> received.stream().filter(r -> r.answered() == 500).count() >= 3);
        Thread.sleep(2000);
        JsonObject failingHook = admin.get("webhooks/" + hook).json();
        assertTrue(
                failingHook.containsKey("failingSince") && !failingHook.isNull("failingSince"),
                "failing: " + failingHook);
        failing.set(false);
        await(() -> delivered("/flaky").size() == 10);
        JsonObject recovered = admin.get("webhooks/" + hook).json();
        assertTrue(
                !recovered.containsKey("failingSince") || recovered.isNull("failingSince"),
                "a delivery ends the failing spell: " + recovered);

        // each customer's five changes arrive in the order they were made: their log entries' order
        Map<String, List<Long>> entries = new java.util.HashMap<>();
        for (Received r : delivered("/flaky")) {
            verify(r, secrets.get("/flaky"));
            entries.computeIfAbsent(r.json().getJsonObject("data").getString("id"), k -> new ArrayList<>())
                    .add(Long.parseLong(r.id().substring("evt_".length(), r.id().indexOf('.'))));
        }
        for (String customer : List.of(a, b)) {
            List<Long> order = entries.get(customer);
            assertEquals(5, order.size(), entries::toString);
            assertEquals(order.stream().sorted().toList(), order, "in order for customer " + customer);
        }
        // a failed attempt is sent again with the same id, and the deliveries show the 500s
        Set<String> failedIds = new HashSet<>();
        received.stream().filter(r -> r.answered() == 500).forEach(r -> failedIds.add(r.id()));
        assertTrue(delivered("/flaky").stream().map(Received::id).toList().containsAll(failedIds));
        Api.Response deliveries = admin.get("webhooks/" + hook + "/deliveries?limit=50");
        long with500 = deliveries.json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .filter(d -> d.getJsonArray("attempts").stream()
                        .anyMatch(t -> t.asJsonObject().getInt("statusCode", 0) == 500))
                .count();
        assertTrue(with500 >= 1, deliveries::toString);
    }

    @Test
    void aMergeTellsOfTheDuplicatesEndAndOfTheSurvivorWithTheIdItTookIn() throws Exception {
        Api admin = Api.as(deployment, "admin");
        assertEquals(200, Api.as(deployment, "sales1").get("customers?limit=1").status());
        subscribe(admin, "/merge", "[\"customer.changed\", \"customer.deleted\", \"customer.merged\"]", "sales1");
        String survivor = customer(admin, "sales1", "east", Deployments.uniquePhone());
        String duplicate = customer(admin, "sales1", "east", Deployments.uniquePhone());
        String etag = admin.get("customers/" + survivor).header("ETag");
        Api.Response merged = admin.call(
                "POST", "customers/" + survivor + "/merge", Api.JSON, "{\"duplicateId\": \"" + duplicate + "\"}", etag);
        assertEquals(200, merged.status(), merged::toString);

        awaitEvents("/merge", survivor, 2);
        awaitEvents("/merge", duplicate, 1);
        for (Received r : delivered("/merge")) {
            verify(r, secrets.get("/merge"));
        }
        assertEquals(List.of("customer.deleted"), typesFor("/merge", duplicate));
        assertEquals(List.of("customer.changed", "customer.merged"), typesFor("/merge", survivor));
        assertEquals(
                Set.of("phones", "emails"),
                Set.copyOf(strings(first("/merge", survivor, "customer.changed"), "changedFields")));
        JsonObject event = first("/merge", survivor, "customer.merged");
        assertEquals(duplicate, event.getString("mergedFrom"));
        assertEquals(2, event.getJsonObject("data").getJsonArray("phones").size(), "the survivor after the merge");
    }

    @Test
    void aPlannedFollowUpIsAnnouncedOnceWhenItFallsDue() throws Exception {
        Api admin = Api.as(deployment, "admin");
        Api sales1 = Api.as(deployment, "sales1");
        assertEquals(200, sales1.get("customers?limit=1").status());
        subscribe(admin, "/due", "[\"followup.due\"]", "sales1");
        String customer = customer(admin, "sales1", "east", Deployments.uniquePhone());
        String dueAt = java.time.Instant.now().plusSeconds(3).toString();
        Api.Response planned = sales1.post(
                "customers/" + customer + "/follow-ups",
                "{\"channel\": \"PHONE\", \"content\": \"call back\", \"status\": \"PLANNED\", \"dueAt\": \"" + dueAt
                        + "\"}");
        assertEquals(201, planned.status(), planned::toString);
        String later = sales1.post(
                        "customers/" + customer + "/follow-ups",
                        "{\"channel\": \"PHONE\", \"content\": \"next year\", \"status\": \"PLANNED\","
                                + " \"dueAt\": \"2099-01-01T00:00:00Z\"}")
                .json()
                .getString("id");

        awaitEvents("/due", customer, 1);
        Thread.sleep(20_000); // longer than a check interval: no second announcement
        List<JsonObject> due = delivered("/due").stream()
                .map(Received::json)
                .filter(about(customer))
                .toList();
        assertEquals(1, due.size(), due::toString);
        assertEquals("followup.due", due.get(0).getString("type"));
        assertEquals(
                planned.json().getString("id"), due.get(0).getJsonObject("data").getString("id"));
        assertTrue(due.get(0).getJsonObject("data").getBoolean("overdue"), due::toString);
        assertFalse(due.stream()
                .anyMatch(e -> e.getJsonObject("data").getString("id").equals(later)));
        for (Received r : delivered("/due")) {
            verify(r, secrets.get("/due"));
        }
    }

    @Test
    void stageChangesAndSurveyAnswersArriveAsTheUserMayReadThem() throws Exception {
        Api admin = Api.as(deployment, "admin");
        Api batch = Api.as(deployment, "batch");
        for (String user : List.of("sales1", "service1")) {
            assertEquals(200, Api.as(deployment, user).get("customers?limit=1").status());
        }
        String types = "[\"lifecycle.changed\", \"survey.answered\", \"survey.detractor\"]";
        subscribe(admin, "/stage-sales1", types, "sales1");
        subscribe(admin, "/stage-service1", types, "service1");

        // a customer of sales1 (team east) and one of sales3 (team west), each with a purchase and the same tag
        String tag = Deployments.uniqueWord();
        String mine = customer(admin, "sales1", "east", Deployments.uniquePhone());
        String theirs = customer(admin, "sales3", "west", Deployments.uniquePhone());
        for (String id : List.of(mine, theirs)) {
            Api.Response tagged = admin.patch(
                    "customers/" + id, "*", "{\"tags\": [\"" + tag + "\"], \"consents\": {\"EMAIL\": true}}");
            assertEquals(200, tagged.status(), tagged::toString);
            Api.Response bought = admin.post(
                    "customers/" + id + "/purchases",
                    "{\"amount\": \"120.00\", \"currency\": \"CNY\", \"occurredAt\": \""
                            + java.time.Instant.now().minusSeconds(3600) + "\"}");
            assertEquals(201, bought.status(), bought::toString);
        }
        Jobs.run(batch, "customer-scoring", "{}", Duration.ofSeconds(300));
        awaitEvents("/stage-sales1", mine, 1);
        awaitEvents("/stage-service1", mine, 1);
        Jobs.run(batch, "customer-scoring", "{}", Duration.ofSeconds(300)); // nothing moved: nothing sent

        // an NPS survey of the tag, both answer 3: detractors
        Api.Response segment = admin.post(
                "segments",
                "{\"name\": \"" + Deployments.uniqueName("Hooks") + "\", \"rules\": "
                        + "{\"conditions\": [{\"field\": \"tags\", \"in\": [\"" + tag + "\"]}]}}");
        assertEquals(201, segment.status(), segment::toString);
        Api.Response survey = batch.post(
                "surveys",
                "{\"name\": \"" + Deployments.uniqueName("Hooks") + "\", \"type\": \"NPS\", \"question\": \"q\", "
                        + "\"channel\": \"EMAIL\", \"fatigueDays\": 30, \"target\": {\"segmentId\": \""
                        + segment.json().getString("id") + "\"}}");
        assertEquals(201, survey.status(), survey::toString);
        String surveyId = survey.json().getString("id");
        Api.Response dispatch = batch.post("surveys/" + surveyId + "/dispatches", "{}");
        assertEquals(202, dispatch.status(), dispatch::toString);
        Jobs.waitFor(
                batch,
                dispatch.json().getJsonNumber("executionId").longValue(),
                e -> e.getString("status").equals("COMPLETED"),
                Duration.ofSeconds(120));
        List<JsonObject> invitations =
                batch.get("surveys/" + surveyId + "/invitations?limit=200").json().getJsonArray("items").stream()
                        .map(JsonValue::asJsonObject)
                        .toList();
        assertEquals(2, invitations.size(), invitations::toString);
        for (JsonObject invitation : invitations) {
            Api.Response answered = Api.as(deployment, null)
                    .post("public/responses/" + invitation.getString("token"), "{\"score\": 3}");
            assertEquals(201, answered.status(), answered::toString);
        }

        awaitEvents("/stage-sales1", mine, 3);
        awaitEvents("/stage-service1", mine, 2);
        Thread.sleep(2000); // anything that should not come has had its chance
        for (Received r : received) {
            verify(r, secrets.get(r.path()));
        }
        List<String> expected = List.of("lifecycle.changed", "survey.answered", "survey.detractor");
        assertEquals(expected, typesFor("/stage-sales1", mine), "once each, in order");
        assertEquals(List.of(), typesFor("/stage-sales1", theirs), "sales1 learns nothing of sales3's customer");
        assertEquals(
                List.of("lifecycle.changed", "survey.answered"),
                typesFor("/stage-service1", mine),
                "a detractor's event tells the score, which service1 does not see");
        assertEquals(List.of(), typesFor("/stage-service1", theirs), "team west is outside service1's scope");

        JsonObject stage = first("/stage-sales1", mine, "lifecycle.changed");
        assertEquals("ACQUISITION", stage.getString("from"));
        assertEquals("CONVERSION", stage.getString("to"));
        assertEquals("CONVERSION", stage.getJsonObject("data").getString("lifecycleStage"));
        assertEquals(Set.of("type", "id", "occurredAt", "data", "from", "to"), stage.keySet());
        assertTrue(first("/stage-service1", mine, "lifecycle.changed")
                .getJsonObject("data")
                .getBoolean("piiMasked"));

        JsonObject clear = first("/stage-sales1", mine, "survey.answered").getJsonObject("data");
        assertEquals(surveyId, clear.getString("surveyId"));
        assertEquals("NPS", clear.getString("surveyType"));
        assertEquals(3, clear.getInt("score"));
        assertEquals("DETRACTOR", clear.getString("category"));
        assertFalse(clear.getBoolean("scoreMasked"));
        assertEquals(clear, first("/stage-sales1", mine, "survey.detractor").getJsonObject("data"), "the same answer");
        JsonObject masked = first("/stage-service1", mine, "survey.answered").getJsonObject("data");
        assertEquals(clear.getString("id"), masked.getString("id"));
        assertTrue(masked.getBoolean("scoreMasked"));
        assertTrue(masked.isNull("score") && masked.isNull("category"), masked::toString);
    }

    @Test
    void aReplayOfATimeRangeSendsItsEventsAgainWithTheirIdsAsTheUserMayReadThemNow() throws Exception {
        Api admin = Api.as(deployment, "admin");
        assertEquals(200, Api.as(deployment, "sales1").get("customers?limit=1").status());
        String hook = subscribe(admin, "/replayed", "[\"customer.created\", \"customer.changed\"]", "sales1");
        java.time.Instant from = java.time.Instant.now();
        String mine = customer(admin, "sales1", "east", Deployments.uniquePhone());
        occupation(admin, mine, "pilot");
        String theirs = customer(admin, "sales3", "west", Deployments.uniquePhone());
        occupation(admin, theirs, "pilot");
        awaitEvents("/replayed", mine, 2);
        java.time.Instant to = java.time.Instant.now();
        List<String> firstIds = delivered("/replayed").stream()
                .filter(r -> about(mine).test(r.json()))
                .map(Received::id)
                .toList();
        assertEquals(2, firstIds.size());

        Api.Response replay =
                admin.post("webhooks/" + hook + "/replays", "{\"from\": \"" + from + "\", \"to\": \"" + to + "\"}");
        assertEquals(202, replay.status(), replay::toString);
        assertEquals(2, replay.json().getInt("events"), "sales1's customer's two events; sales3's are not theirs");
        String replayId = replay.json().getString("id");
        awaitEvents("/replayed", mine, 4);
        List<Received> about = delivered("/replayed").stream()
                .filter(r -> about(mine).test(r.json()))
                .toList();
        for (Received r : about) {
            verify(r, secrets.get("/replayed"));
        }
        assertEquals(firstIds, about.subList(2, 4).stream().map(Received::id).toList(), "the same ids, in order");
        assertEquals(List.of(), typesFor("/replayed", theirs), "nothing outside sales1's scope, replay or not");
        long replayed = admin.get("webhooks/" + hook + "/deliveries?limit=50").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .filter(d -> replayId.equals(d.getString("replayId", null)))
                .count();
        assertEquals(2, replayed, "new deliveries, named by their replay");
        Api.Response audit = admin.get("audit?entityType=webhook&entityId=" + hook + "&limit=20");
        assertEquals(200, audit.status(), audit::toString);
        assertTrue(audit.raw().body().contains("replayedEvents"), audit::toString);

        Api.Response backwards =
                admin.post("webhooks/" + hook + "/replays", "{\"from\": \"" + to + "\", \"to\": \"" + from + "\"}");
        assertEquals(400, backwards.status(), backwards::toString);
        assertEquals("to", violationField(backwards));
        Api.Response missing = admin.post("webhooks/" + hook + "/replays", "{\"from\": \"" + from + "\"}");
        assertEquals(400, missing.status(), missing::toString);
        assertEquals(
                404,
                admin.post("webhooks/9" + hook + "/replays", "{\"from\": \"" + from + "\", \"to\": \"" + to + "\"}")
                        .status());
        assertEquals(
                403,
                Api.as(deployment, "sales1")
                        .post("webhooks/" + hook + "/replays", "{\"from\": \"" + from + "\", \"to\": \"" + to + "\"}")
                        .status());
    }

    @Test
    void aRotatedSecretSignsBesideTheNewOneDuringTheOverlapOnly() throws Exception {
        Api admin = Api.as(deployment, "admin");
        assertEquals(200, Api.as(deployment, "sales1").get("customers?limit=1").status());
        String hook = subscribe(admin, "/rotating", "[\"customer.created\"]", "sales1");
        String first = secrets.get("/rotating");

        Api.Response refused = Api.as(deployment, "sales1").post("webhooks/" + hook + "/secret-rotation", "{}");
        assertEquals(403, refused.status(), refused::toString);
        Api.Response tooLong = admin.post("webhooks/" + hook + "/secret-rotation", "{\"overlapHours\": 169}");
        assertEquals(400, tooLong.status(), tooLong::toString);
        assertEquals("overlapHours", violationField(tooLong));
        assertEquals(
                404, admin.post("webhooks/9" + hook + "/secret-rotation", "{}").status());
        assertEquals(first, secrets.get("/rotating"));

        Api.Response rotated = admin.post("webhooks/" + hook + "/secret-rotation", "{\"overlapHours\": 2}");
        assertEquals(200, rotated.status(), rotated::toString);
        String second = rotated.json().getString("secret");
        assertTrue(second.startsWith("whsec_") && !second.equals(first), rotated::toString);
        assertTrue(rotated.json().containsKey("previousSecretUntil"), rotated::toString);
        assertFalse(admin.get("webhooks/" + hook).json().containsKey("secret"), "never shown again");
        String during = customer(admin, "sales1", "east", Deployments.uniquePhone());
        awaitEvents("/rotating", during, 1);
        Received overlapping = delivered("/rotating").stream()
                .filter(r -> about(during).test(r.json()))
                .findFirst()
                .orElseThrow();
        assertTrue(signedWith(overlapping, second), "signed with the new secret");
        assertTrue(signedWith(overlapping, first), "and with the previous one during the overlap");

        Api.Response again = admin.post("webhooks/" + hook + "/secret-rotation", "{\"overlapHours\": 0}");
        assertEquals(200, again.status(), again::toString);
        String third = again.json().getString("secret");
        assertTrue(
                !again.json().containsKey("previousSecretUntil") || again.json().isNull("previousSecretUntil"));
        String after = customer(admin, "sales1", "east", Deployments.uniquePhone());
        awaitEvents("/rotating", after, 1);
        Received lone = delivered("/rotating").stream()
                .filter(r -> about(after).test(r.json()))
                .findFirst()
                .orElseThrow();
        assertTrue(signedWith(lone, third));
        assertFalse(signedWith(lone, second), "no overlap: the previous secret stopped at once");
        assertFalse(signedWith(lone, first));
    }

    @Test
    void subscriptionsAreForWebhookManagersOnlyAndRefuseBadTargets() {
        Api admin = Api.as(deployment, "admin");
        String body = "{\"url\": \"%s\", \"events\": [\"customer.created\"], \"actAs\": \"admin\"}";
        assertEquals(
                403,
                Api.as(deployment, "sales1")
                        .post("webhooks", body.formatted(url("/x")))
                        .status());
        assertEquals(403, Api.as(deployment, "manager").get("webhooks").status());
        for (String target : List.of("http://10.1.2.3/hook", "https://192.168.0.1/hook", "http://example.com/hook")) {
            Api.Response refused = admin.post("webhooks", body.formatted(target));
            assertEquals(400, refused.status(), refused::toString);
            assertEquals("url", violationField(refused));
        }
        Api.Response unknownType = admin.post(
                "webhooks",
                "{\"url\": \"" + url("/x") + "\", \"events\": [\"customer.exploded\"], \"actAs\": \"admin\"}");
        assertEquals(400, unknownType.status(), unknownType::toString);
        assertEquals("events[0]", violationField(unknownType));
        Api.Response stranger = admin.post(
                "webhooks",
                "{\"url\": \"" + url("/x") + "\", \"events\": [\"note.added\"], \"actAs\": \"nobody-"
                        + Deployments.uniqueWord() + "\"}");
        assertEquals(400, stranger.status(), stranger::toString);
        assertEquals("actAs", violationField(stranger));

        String id = subscribe(admin, "/x", "[\"note.added\"]", "admin");
        Api.Response read = admin.get("webhooks/" + id);
        assertEquals(200, read.status(), read::toString);
        assertFalse(read.json().containsKey("secret"), "the secret is shown once");
        Api.Response paused = admin.patch("webhooks/" + id, read.header("ETag"), "{\"paused\": true}");
        assertEquals(200, paused.status(), paused::toString);
        assertEquals("PAUSED", paused.json().getString("status"));
        assertEquals(
                412,
                admin.patch("webhooks/" + id, read.header("ETag"), "{\"paused\": false}")
                        .status());
        assertEquals(204, admin.delete("webhooks/" + id, null).status());
        assertEquals(404, admin.get("webhooks/" + id).status());
        subscriptions.remove(id);
    }

    private String subscribe(Api admin, String path, String events, String actAs) {
        Api.Response created = admin.post(
                "webhooks",
                "{\"url\": \"" + url(path) + "\", \"events\": " + events + ", \"actAs\": \"" + actAs + "\"}");
        assertEquals(201, created.status(), created::toString);
        assertNotNull(created.header("Location"));
        String secret = created.json().getString("secret");
        assertTrue(secret.startsWith("whsec_"), secret);
        secrets.put(path, secret);
        String id = created.json().getString("id");
        subscriptions.add(id);
        return id;
    }

    /** A customer, two changes (one of the tier), a note and a follow-up planned then completed, then deleted. */
    private String story(Api admin, String owner, String team, String phone) {
        String id = customer(admin, owner, team, phone);
        occupation(admin, id, "engineer");
        Api.Response tier = admin.patch("customers/" + id, "*", "{\"tier\": \"VIP\"}");
        assertEquals(200, tier.status(), tier::toString);
        Api.Response note = admin.post("customers/" + id + "/notes", "{\"text\": \"call back on " + phone + "\"}");
        assertEquals(201, note.status(), note::toString);
        Api.Response followUp = admin.post(
                "customers/" + id + "/follow-ups",
                "{\"channel\": \"PHONE\", \"content\": \"call\", \"status\": \"PLANNED\", "
                        + "\"dueAt\": \"2030-01-01T00:00:00Z\"}");
        assertEquals(201, followUp.status(), followUp::toString);
        Api.Response done = admin.patch(
                "follow-ups/" + followUp.json().getString("id"), "*", "{\"status\": \"DONE\", \"outcome\": \"ok\"}");
        assertEquals(200, done.status(), done::toString);
        // an event carries the record as it is when the event is made, a moment after the commit: one deleted
        // before that makes only its deletion (docs/events.md)
        try {
            awaitEvents("/admin", id, 7);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        assertEquals(204, admin.delete("customers/" + id, null).status());
        return id;
    }

    private static String customer(Api admin, String owner, String team, String phone) {
        Api.Response r = admin.post(
                "customers",
                "{\"name\": \"" + Deployments.uniqueName("Hook") + "\", \"ownerId\": \"" + owner + "\", \"teamId\": \""
                        + team + "\", \"phones\": [\"" + phone + "\"], \"emails\": [\"" + Deployments.uniqueWord()
                        + "@example.com\"]}");
        assertEquals(201, r.status(), r::toString);
        return r.json().getString("id");
    }

    private static void occupation(Api admin, String id, String occupation) {
        Api.Response r = admin.patch("customers/" + id, "*", "{\"occupation\": \"" + occupation + "\"}");
        assertEquals(200, r.status(), r::toString);
    }

    /** The Standard Webhooks verification, from the specification's text: HMAC-SHA256 of id.timestamp.body. */
    private static void verify(Received r, String secret) throws Exception {
        assertNotNull(r.id());
        long timestamp = Long.parseLong(r.timestamp());
        assertTrue(Math.abs(System.currentTimeMillis() / 1000 - timestamp) < 300, "timestamp within 5 minutes");
        assertTrue(signedWith(r, secret), () -> "signature of " + r.id() + " does not verify");
        assertEquals(r.id(), r.json().getString("id"), "the body's id is the webhook-id");
    }

    /** Whether one of the request's v1 signatures is the secret's. */
    private static boolean signedWith(Received r, String secret) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        byte[] expected = mac.doFinal((r.id() + "." + r.timestamp() + "." + r.body()).getBytes(StandardCharsets.UTF_8));
        boolean matched = false;
        for (String signature : r.signature().split(" ")) {
            String[] parts = signature.split(",", 2);
            matched |= parts[0].equals("v1")
                    && MessageDigest.isEqual(expected, Base64.getDecoder().decode(parts[1]));
        }
        return matched;
    }

    private List<Received> delivered(String path) {
        return received.stream()
                .filter(r -> r.path().equals(path) && r.answered() == 204)
                .toList();
    }

    /** The event types a receiver path got about one customer, in arrival order. */
    private List<String> typesFor(String path, String customerId) {
        return delivered(path).stream()
                .map(Received::json)
                .filter(about(customerId))
                .map(e -> e.getString("type"))
                .toList();
    }

    private JsonObject first(String path, String customerId, String type) {
        return delivered(path).stream()
                .map(Received::json)
                .filter(about(customerId))
                .filter(e -> e.getString("type").equals(type))
                .findFirst()
                .orElseThrow(() -> new AssertionError(path + " got no " + type + " about " + customerId));
    }

    private static Predicate<JsonObject> about(String customerId) {
        return e -> {
            JsonObject data = e.getJsonObject("data");
            String type = e.getString("type");
            return (type.startsWith("customer.") || type.equals("tier.changed") || type.equals("lifecycle.changed"))
                    ? customerId.equals(data.getString("id"))
                    : customerId.equals(data.getString("customerId", ""));
        };
    }

    private void awaitEvents(String path, String customerId, int count) throws InterruptedException {
        await(() -> typesFor(path, customerId).size() >= count);
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("not within " + WAIT);
            }
            Thread.sleep(200);
        }
    }

    private static List<String> strings(JsonObject o, String name) {
        return o.getJsonArray(name).getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)
                .toList();
    }

    private static String violationField(Api.Response r) {
        return r.json().getJsonArray("violations").getJsonObject(0).getString("field");
    }
}
