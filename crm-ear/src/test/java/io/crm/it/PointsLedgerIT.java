package io.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * A customer's loyalty points over HTTP: accrual from a purchase sent five times, the daily cap, adjustments by hand,
 * redemptions racing for one balance, an idempotency key replayed, the roles table, and bad input that changes
 * nothing; after every step the ledger sums to the balance.
 */
class PointsLedgerIT extends EndToEndTest {

    /** The rules every purchase of this test falls under: its day has rules of its own, set by this test only. */
    private static final String RULES = """
            {"effectiveFrom": "2026-03-01", "pointsPerUnit": "1", "tierMultipliers": {"VIP": "2"},
             "firstPurchaseBonus": 100, "dailyCap": 1000}""";

    @Test
    void aRetriedPurchaseAccruesOnce_andTheDailyCapHolds() {
        Api admin = Api.as(deployment, "admin");
        Api.Response rules = admin.send("PUT", "admin/points/rules", Api.JSON, RULES);
        assertEquals(200, rules.status(), rules::toString);
        assertEquals("2", rules.json().getJsonObject("tierMultipliers").getString("VIP"));
        assertEquals("1", rules.json().getJsonObject("tierMultipliers").getString("REGULAR"));
        String id = customer(admin, "sales1");
        assertBalance(admin, id, 0);

        String order = "order-" + Deployments.uniqueWord();
        String purchase = "{\"amount\": \"250.00\", \"currency\": \"CNY\", \"occurredAt\": \"2026-03-01T10:00:00Z\", "
                + "\"externalId\": \"" + order + "\"}";
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            statuses.add(admin.post("customers/" + id + "/purchases", purchase).status());
        }
        assertEquals(List.of(201, 409, 409, 409, 409), statuses);
        List<JsonObject> entries = assertBalance(admin, id, 350); // 250 × 1 + the first purchase's 100
        assertEquals(1, entries.size());
        assertEquals("ACCRUAL", entries.get(0).getString("kind"));
        assertEquals("2026-03-01", entries.get(0).getString("earnedOn"));

        // the same day: 800 more would pass the cap of 1000, so 650 accrue; the next day starts again, no bonus
        assertEquals(
                201,
                admin.post(
                                "customers/" + id + "/purchases",
                                "{\"amount\": \"800.00\", \"currency\": \"CNY\", \"occurredAt\": \"2026-03-01T18:00:00Z\"}")
                        .status());
        assertBalance(admin, id, 1000);
        assertEquals(
                201,
                admin.post(
                                "customers/" + id + "/purchases",
                                "{\"amount\": \"40.99\", \"currency\": \"CNY\", \"occurredAt\": \"2026-03-02T08:00:00Z\"}")
                        .status());
        entries = assertBalance(admin, id, 1040);
        assertEquals(
                List.of(40L, 650L, 350L),
                entries.stream().map(e -> e.getJsonNumber("points").longValue()).toList());
    }

    @Test
    void ofOneHundredConcurrentRedemptionsExactlyThoseTheBalanceCoversSucceed() throws Exception {
        Api admin = Api.as(deployment, "admin");
        String id = customer(admin, "sales1");
        Api.Response adjusted = admin.post(
                "customers/" + id + "/points/adjustments", "{\"points\": 370, \"reason\": \"welcome gift\"}");
        assertEquals(201, adjusted.status(), adjusted::toString);
        assertEquals(370, adjusted.json().getInt("balanceAfter"));
        assertBalance(admin, id, 370);

        Api sales1 = Api.as(deployment, "sales1");
        String run = Deployments.uniqueName("r");
        ExecutorService pool = Executors.newFixedThreadPool(100);
        List<Future<Api.Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 100; i++) {
                String body = "{\"points\": 10, \"idempotencyKey\": \"" + run + "-" + i + "\", \"reward\": \"coffee\"}";
                Callable<Api.Response> redeem = () -> sales1.post("customers/" + id + "/points/redemptions", body);
                answers.add(pool.submit(redeem));
            }
            int succeeded = 0;
            Set<Long> balancesAfter = new HashSet<>();
            for (Future<Api.Response> f : answers) {
                Api.Response r = f.get();
                if (r.status() == 201) {
                    succeeded++;
                    long after = r.json().getJsonNumber("balanceAfter").longValue();
                    assertTrue(
                            after >= 0 && balancesAfter.add(after),
                            "balance after " + after + " seen twice or negative");
                } else {
                    assertEquals(409, r.status(), r::toString);
                    assertEquals("application/problem+json", r.contentType().split(";")[0]);
                    long balance = Long.parseLong(r.json().getString("balance"));
                    assertTrue(balance >= 0 && balance < 10, r::toString);
                }
            }
            assertEquals(37, succeeded);
        } finally {
            pool.shutdownNow();
        }
        List<JsonObject> entries = assertBalance(admin, id, 0);
        assertEquals(38, entries.size());
    }

    @Test
    void anIdempotencyKeySentAgainAnswersTheFirstRedemptionAndTakesNothingMore() {
        Api admin = Api.as(deployment, "admin");
        String id = customer(admin, "sales1");
        Api sales1 = Api.as(deployment, "sales1");
        String key = Deployments.uniqueName("key");
        String body = "{\"points\": 30, \"idempotencyKey\": \"" + key + "\", \"reward\": \"tote bag\"}";

        // not covered: 409 with the balance, nothing recorded, the key still free
        Api.Response refused = sales1.post("customers/" + id + "/points/redemptions", body);
        assertEquals(409, refused.status(), refused::toString);
        assertEquals("0", refused.json().getString("balance"));
        assertBalance(admin, id, 0);

        assertEquals(
                201,
                admin.post("customers/" + id + "/points/adjustments", "{\"points\": 100, \"reason\": \"goodwill\"}")
                        .status());
        Api.Response first = sales1.post("customers/" + id + "/points/redemptions", body);
        assertEquals(201, first.status(), first::toString);
        Api.Response again = sales1.post("customers/" + id + "/points/redemptions", body);
        assertEquals(201, again.status(), again::toString);
        assertEquals(first.json(), again.json());
        assertEquals(first.header("Location"), again.header("Location"));
        assertEquals(
                200,
                sales1.get(first.header("Location")
                                .substring(first.header("Location").indexOf("customers/")))
                        .status());
        assertBalance(admin, id, 70);

        Api.Response other = sales1.post("customers/" + id + "/points/redemptions", body.replace("30", "20"));
        assertEquals(409, other.status(), other::toString);
        assertBalance(admin, id, 70);

        // taking more than the balance by hand is refused the same way
        Api.Response tooMuch =
                admin.post("customers/" + id + "/points/adjustments", "{\"points\": -71, \"reason\": \"correction\"}");
        assertEquals(409, tooMuch.status(), tooMuch::toString);
        assertEquals("70", tooMuch.json().getString("balance"));
        assertEquals(
                201,
                admin.post("customers/" + id + "/points/adjustments", "{\"points\": -70, \"reason\": \"correction\"}")
                        .status());
        assertBalance(admin, id, 0);
    }

    @Test
    void theRolesTableDecidesWhoReadsAdjustsAndRedeems() {
        Api admin = Api.as(deployment, "admin");
        String id = customer(admin, "sales1");
        assertEquals(
                201,
                admin.post("customers/" + id + "/points/adjustments", "{\"points\": 50, \"reason\": \"seed\"}")
                        .status());
        String adjust = "{\"points\": 5, \"reason\": \"roles\"}";
        String path = "customers/" + id + "/points";

        // sales3 (team west) may not see sales1's customer: 404 as for the customer itself
        Api sales3 = Api.as(deployment, "sales3");
        assertEquals(404, sales3.get("customers/" + id).status());
        assertEquals(404, sales3.get(path).status());
        assertEquals(404, sales3.get(path + "/entries").status());
        assertEquals(404, sales3.post(path + "/redemptions", redemption(1)).status());
        assertEquals(403, sales3.post(path + "/adjustments", adjust).status());

        // sales1: reads and redeems on their own customer, may not adjust
        Api sales1 = Api.as(deployment, "sales1");
        assertEquals(200, sales1.get(path).status());
        assertEquals(403, sales1.post(path + "/adjustments", adjust).status());
        assertEquals(201, sales1.post(path + "/redemptions", redemption(1)).status());

        // manager of east adjusts a customer of their team; admin everything
        assertEquals(
                201,
                Api.as(deployment, "manager")
                        .post(path + "/adjustments", adjust)
                        .status());
        // analyst and auditor read every customer, change none; batch reads no customer
        for (String reader : List.of("analyst", "auditor")) {
            Api api = Api.as(deployment, reader);
            assertEquals(200, api.get(path).status(), reader);
            assertEquals(200, api.get(path + "/entries").status(), reader);
            assertEquals(403, api.post(path + "/adjustments", adjust).status(), reader);
            assertEquals(403, api.post(path + "/redemptions", redemption(1)).status(), reader);
        }
        Api batch = Api.as(deployment, "batch");
        assertEquals(403, batch.get(path).status());
        assertEquals(403, batch.post(path + "/redemptions", redemption(1)).status());
        // the accrual rules are the admin's
        for (String user : List.of("manager", "sales1", "analyst", "auditor", "batch")) {
            assertEquals(
                    403,
                    Api.as(deployment, user)
                            .send("PUT", "admin/points/rules", Api.JSON, RULES)
                            .status(),
                    user);
        }
        assertBalance(admin, id, 54);
    }

    @Test
    void badInputAnswers400AndChangesNothing() {
        Api admin = Api.as(deployment, "admin");
        String id = customer(admin, "sales1");
        assertEquals(
                201,
                admin.post("customers/" + id + "/points/adjustments", "{\"points\": 20, \"reason\": \"seed\"}")
                        .status());
        String path = "customers/" + id + "/points";
        List<String> adjustments = List.of(
                "{\"points\": 0, \"reason\": \"x\"}",
                "{\"points\": \"5\", \"reason\": \"x\"}",
                "{\"points\": 1.5, \"reason\": \"x\"}",
                "{\"points\": 5}",
                "{\"points\": 5, \"reason\": \" \"}",
                "{\"points\": 5, \"reason\": \"x\", \"kind\": \"ACCRUAL\"}",
                "{\"points\": 5, \"reason\": \"x\", \"colour\": 1}",
                "{\"points\": 5, \"reason\": \"" + "x".repeat(501) + "\"}",
                "{\"points\": 99999999999, \"reason\": \"x\"}",
                "[]");
        for (String body : adjustments) {
            Api.Response r = admin.post(path + "/adjustments", body);
            assertEquals(400, r.status(), body + " → " + r);
            assertEquals("application/problem+json", r.contentType().split(";")[0], body);
        }
        List<String> redemptions = List.of(
                "{\"points\": 0, \"idempotencyKey\": \"k\", \"reward\": \"r\"}",
                "{\"points\": -5, \"idempotencyKey\": \"k\", \"reward\": \"r\"}",
                "{\"points\": 5, \"reward\": \"r\"}",
                "{\"points\": 5, \"idempotencyKey\": \"k\"}",
                "{\"points\": 5, \"idempotencyKey\": 7, \"reward\": \"r\"}",
                "{\"points\": 5, \"idempotencyKey\": \"" + "k".repeat(201) + "\", \"reward\": \"r\"}");
        for (String body : redemptions) {
            Api.Response r = admin.post(path + "/redemptions", body);
            assertEquals(400, r.status(), body + " → " + r);
            assertEquals("application/problem+json", r.contentType().split(";")[0], body);
        }
        List<String> rules = List.of(
                "{\"pointsPerUnit\": \"1\"}",
                "{\"effectiveFrom\": \"2026-03-01\", \"pointsPerUnit\": \"-1\"}",
                "{\"effectiveFrom\": \"2026-03-01\", \"pointsPerUnit\": 1}",
                "{\"effectiveFrom\": \"2026-3-1\", \"pointsPerUnit\": \"1\"}",
                "{\"effectiveFrom\": \"2026-03-01\", \"pointsPerUnit\": \"1\", \"tierMultipliers\": {\"GOLD\": \"2\"}}",
                "{\"effectiveFrom\": \"2026-03-01\", \"pointsPerUnit\": \"1\", \"dailyCap\": -1}");
        for (String body : rules) {
            Api.Response r = admin.send("PUT", "admin/points/rules", Api.JSON, body);
            assertEquals(400, r.status(), body + " → " + r);
        }
        assertEquals(400, admin.get(path + "/entries?limit=0").status());
        assertEquals(400, admin.get(path + "/entries?cursor=nonsense").status());
        assertEquals(404, admin.get("customers/999999999/points").status());
        assertEquals(1, assertBalance(admin, id, 20).size());
    }

    @Test
    void theLedgerPagesNewestFirstWithoutGapsOrRepeats() {
        Api admin = Api.as(deployment, "admin");
        String id = customer(admin, "sales1");
        for (int i = 1; i <= 7; i++) {
            assertEquals(
                    201,
                    admin.post(
                                    "customers/" + id + "/points/adjustments",
                                    "{\"points\": " + i + ", \"reason\": \"step " + i + "\"}")
                            .status());
        }
        List<Long> points = new ArrayList<>();
        String cursor = null;
        do {
            Api.Response page = admin.get(
                    "customers/" + id + "/points/entries?limit=3" + (cursor == null ? "" : "&cursor=" + Api.q(cursor)));
            assertEquals(200, page.status(), page::toString);
            page.json()
                    .getJsonArray("items")
                    .forEach(v ->
                            points.add(v.asJsonObject().getJsonNumber("points").longValue()));
            JsonValue next = page.json().get("next");
            cursor = next.getValueType() == JsonValue.ValueType.NULL
                    ? null
                    : page.json().getString("next");
        } while (cursor != null);
        assertEquals(List.of(7L, 6L, 5L, 4L, 3L, 2L, 1L), points);
        assertBalance(admin, id, 28);
    }

    @Test
    void aRefundTakesThePurchaseOutOfTheAggregatesAndReversesItsPointsOnce() {
        Api admin = Api.as(deployment, "admin");
        assertEquals(
                200, admin.send("PUT", "admin/points/rules", Api.JSON, RULES).status());
        String id = customer(admin, "sales1");
        Api sales1 = Api.as(deployment, "sales1");
        Api.Response kept = sales1.post(
                "customers/" + id + "/purchases",
                "{\"amount\": \"100.00\", \"currency\": \"CNY\", \"occurredAt\": \"2026-03-01T09:00:00Z\"}");
        Api.Response refunded = sales1.post(
                "customers/" + id + "/purchases",
                "{\"amount\": \"250.00\", \"currency\": \"CNY\", \"occurredAt\": \"2026-03-01T10:00:00Z\"}");
        assertEquals(201, kept.status(), kept::toString);
        assertEquals(201, refunded.status(), refunded::toString);
        assertBalance(admin, id, 450); // 100 + the first purchase's 100, then 250
        String refund = "customers/" + id + "/purchases/" + refunded.json().getString("id") + "/refund";

        Api.Response tooLong = sales1.post(refund, "{\"reason\": \"" + "x".repeat(501) + "\"}");
        assertEquals(400, tooLong.status(), tooLong::toString);
        assertEquals(404, Api.as(deployment, "sales2").post(refund, "{}").status());
        assertEquals(
                404,
                sales1.post("customers/" + id + "/purchases/" + kept.json().getString("id") + "1/refund", "{}")
                        .status());
        assertBalance(admin, id, 450);

        for (int i = 0; i < 3; i++) {
            Api.Response r = sales1.post(refund, "{\"reason\": \"returned\"}");
            assertEquals(200, r.status(), r::toString);
            assertEquals("returned", r.json().getString("refundReason"));
            assertTrue(r.json().containsKey("refundedAt"), r::toString);
        }
        List<JsonObject> entries = assertBalance(admin, id, 200);
        assertEquals("REVERSAL", entries.get(0).getString("kind"));
        assertEquals(-250, entries.get(0).getJsonNumber("points").longValue());
        JsonObject customer = sales1.get("customers/" + id).json().getJsonObject("rfm");
        assertEquals(1, customer.getInt("purchaseCount"), customer::toString);
        assertEquals("100.00", customer.getString("totalSpend"), customer::toString);
        assertEquals("2026-03-01T09:00:00Z", customer.getString("lastPurchaseAt"), customer::toString);
    }

    /**
     * Points earned eleven years ago lapse under rules that keep them ten years; the job run twice lapses them once,
     * and what was earned since stays. Today's rules are those of the other tests' day with the expiry added, so what
     * other tests accrue today does not change.
     */
    @Test
    void theExpiryJobLapsesOldPointsOnceHoweverOftenItRuns() {
        Api admin = Api.as(deployment, "admin");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate old = today.minusYears(11);
        assertEquals(
                200,
                admin.send(
                                "PUT",
                                "admin/points/rules",
                                Api.JSON,
                                "{\"effectiveFrom\": \"" + old.withDayOfMonth(1) + "\", \"pointsPerUnit\": \"1\"}")
                        .status());
        assertEquals(
                200,
                admin.send(
                                "PUT",
                                "admin/points/rules",
                                Api.JSON,
                                RULES.replace("2026-03-01", today.toString())
                                        .replace(
                                                "\"dailyCap\": 1000",
                                                "\"dailyCap\": 1000, \"expiresAfterMonths\": 120"))
                        .status());
        String id = customer(admin, "sales1");
        Api.Response purchase = admin.post(
                "customers/" + id + "/purchases",
                "{\"amount\": \"80.00\", \"currency\": \"CNY\", \"occurredAt\": \"" + old + "T10:00:00Z\"}");
        assertEquals(201, purchase.status(), purchase::toString);
        admin.post("customers/" + id + "/points/adjustments", "{\"points\": 15, \"reason\": \"recent\"}");
        Api.Response before = admin.get("customers/" + id + "/points");
        assertEquals(95, before.json().getInt("balance"), before::toString);
        JsonObject expiring = before.json().getJsonObject("expiringNext");
        assertEquals(80, expiring.getInt("points"), before::toString);
        assertEquals(old.plusYears(10).toString(), expiring.getString("on"), before::toString);

        Api batch = Api.as(deployment, "batch");
        JsonObject first = Jobs.run(batch, "points-expiry", "{\"chunkSize\": 2}", Duration.ofMinutes(2));
        assertTrue(first.getString("exitStatus").startsWith("LAPSED "), first::toString);
        List<JsonObject> entries = assertBalance(admin, id, 15);
        assertEquals("EXPIRY", entries.get(0).getString("kind"));
        assertEquals(-80, entries.get(0).getJsonNumber("points").longValue());
        Jobs.run(batch, "points-expiry", "{}", Duration.ofMinutes(2));
        assertEquals(entries.size(), assertBalance(admin, id, 15).size());
        assertEquals(
                15,
                admin.get("customers/" + id + "/points")
                        .json()
                        .getJsonObject("expiringNext")
                        .getInt("points"));
    }

    /**
     * Membership levels set by an admin, read by anyone who reads customers; the scoring job puts a customer who spent
     * 6,000 in the window on the level that threshold reaches, shows it on the customer and its balance, and records
     * the change as history.
     */
    @Test
    void theScoringJobPutsCustomersOnTheLevelTheirSpendOrPointsReach() {
        Api admin = Api.as(deployment, "admin");
        Api sales1 = Api.as(deployment, "sales1");
        String levels = """
                {"windowMonths": 12, "levels": [
                  {"name": "普通会员", "benefits": ["生日礼"]},
                  {"name": "银卡", "minPoints": 100000000, "benefits": ["9.5折"]},
                  {"name": "金卡", "minSpend": "5000", "benefits": ["9折", "专属客服"]}]}""";
        Api.Response forbidden = sales1.send("PUT", "admin/membership-levels", Api.JSON, levels);
        assertEquals(403, forbidden.status(), forbidden::toString);
        Api.Response bad = admin.send(
                "PUT",
                "admin/membership-levels",
                Api.JSON,
                "{\"windowMonths\": 12, \"levels\": [{\"name\": \"a\", \"minPoints\": 5}]}");
        assertEquals(400, bad.status(), bad::toString);
        assertEquals(
                "levels[0]",
                bad.json().getJsonArray("violations").getJsonObject(0).getString("field"));
        Api.Response set = admin.send("PUT", "admin/membership-levels", Api.JSON, levels);
        assertEquals(200, set.status(), set::toString);
        JsonObject read = sales1.get("membership-levels").json();
        assertEquals(3, read.getJsonArray("levels").size(), read::toString);
        assertEquals("5000", read.getJsonArray("levels").getJsonObject(2).getString("minSpend"));
        assertEquals(
                "专属客服",
                read.getJsonArray("levels")
                        .getJsonObject(2)
                        .getJsonArray("benefits")
                        .getString(1));

        Api.Response created = admin.post(
                "customers",
                "{\"name\": \"" + Deployments.uniqueName("Gold") + "\", \"ownerId\": \"sales1\", \"teamId\": \"east\","
                        + " \"emails\": [\"" + Deployments.uniqueWord()
                        + "@example.com\"], \"consents\": {\"EMAIL\": true}}");
        assertEquals(201, created.status(), created::toString);
        String id = created.json().getString("id");
        assertEquals(
                201,
                sales1.post(
                                "customers/" + id + "/purchases",
                                "{\"amount\": \"6000.00\", \"currency\": \"CNY\", \"occurredAt\": \""
                                        + Instant.now().minus(Duration.ofDays(1)) + "\"}")
                        .status());
        JsonObject run = Jobs.run(Api.as(deployment, "batch"), "customer-scoring", "{}", Duration.ofMinutes(3));
        assertTrue(run.getString("exitStatus").contains("LEVEL CHANGES "), run::toString);
        assertEquals("金卡", sales1.get("customers/" + id).json().getString("membershipLevel"));
        assertEquals("金卡", sales1.get("customers/" + id + "/points").json().getString("level"));
        JsonObject change = sales1.get("customers/" + id + "/history").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .filter(h -> h.getString("field").equals("level"))
                .findFirst()
                .orElseThrow();
        assertEquals("金卡", change.getString("to"), change::toString);

        // levels pick segments, and group survey scores
        Api batch = Api.as(deployment, "batch");
        Api.Response segment = batch.post(
                "segments",
                "{\"name\": \"" + Deployments.uniqueName("gold") + "\", \"rules\": {\"conditions\": ["
                        + "{\"field\": \"membershipLevel\", \"in\": [\"金卡\"]},"
                        + " {\"field\": \"lastPurchaseAt\", \"withinDays\": 2}]}}");
        assertEquals(201, segment.status(), segment::toString);
        String segmentId = segment.json().getString("id");
        List<String> members = new ArrayList<>();
        admin.get("segments/" + segmentId + "/customers?limit=200")
                .json()
                .getJsonArray("items")
                .forEach(v -> members.add(v.asJsonObject().getString("id")));
        assertTrue(members.contains(id), members::toString);
        Api.Response survey = batch.post(
                "surveys",
                "{\"name\": \"Gold NPS\", \"type\": \"NPS\", \"question\": \"q\", \"channel\": \"EMAIL\","
                        + " \"fatigueDays\": 0, \"target\": {\"segmentId\": \"" + segmentId + "\"}}");
        assertEquals(201, survey.status(), survey::toString);
        String surveyId = survey.json().getString("id");
        Jobs.run(batch, "survey-dispatch", "{\"surveyId\": " + surveyId + "}", Duration.ofMinutes(2));
        int answered = 0;
        for (JsonValue v : batch.get("surveys/" + surveyId + "/invitations?limit=200")
                .json()
                .getJsonArray("items")) {
            assertEquals(
                    201,
                    Api.as(deployment, null)
                            .post("public/responses/" + v.asJsonObject().getString("token"), "{\"score\": 10}")
                            .status());
            answered++;
        }
        assertTrue(answered >= 1, "the customer of this test is invited");
        Jobs.run(batch, "nps-scoring", "{}", Duration.ofMinutes(2));
        Api.Response scores = admin.get("surveys/" + surveyId + "/scores?groupBy=level");
        assertEquals(200, scores.status(), scores::toString);
        JsonObject gold = scores.json().getJsonArray("items").getJsonObject(0);
        assertEquals("金卡", gold.getString("group"), scores::toString);
        assertEquals(answered, gold.getInt("responses"), scores::toString);
        assertEquals(100, gold.getInt("nps"));
    }

    private static String redemption(int points) {
        return "{\"points\": " + points + ", \"idempotencyKey\": \"" + Deployments.uniqueName("k")
                + "\", \"reward\": \"pen\"}";
    }

    private static String customer(Api admin, String owner) {
        Api.Response r = admin.post(
                "customers",
                "{\"name\": \"" + Deployments.uniqueName("Points") + "\", \"ownerId\": \"" + owner
                        + "\", \"teamId\": \"east\"}");
        assertEquals(201, r.status(), r::toString);
        return r.json().getString("id");
    }

    /** The balance is as expected and the whole ledger sums to it, each entry's balanceAfter the running sum; the entries, newest first. */
    private static List<JsonObject> assertBalance(Api api, String id, long expected) {
        Api.Response balance = api.get("customers/" + id + "/points");
        assertEquals(200, balance.status(), balance::toString);
        assertEquals(expected, balance.json().getJsonNumber("balance").longValue(), balance::toString);
        assertTrue(balance.json().containsKey("level"));
        List<JsonObject> entries = new ArrayList<>();
        String cursor = null;
        do {
            Api.Response page = api.get("customers/" + id + "/points/entries?limit=200"
                    + (cursor == null ? "" : "&cursor=" + Api.q(cursor)));
            assertEquals(200, page.status(), page::toString);
            page.json().getJsonArray("items").forEach(v -> entries.add(v.asJsonObject()));
            JsonValue next = page.json().get("next");
            cursor = next.getValueType() == JsonValue.ValueType.NULL
                    ? null
                    : page.json().getString("next");
        } while (cursor != null);
        long running = 0;
        for (int i = entries.size() - 1; i >= 0; i--) {
            running += entries.get(i).getJsonNumber("points").longValue();
            assertTrue(running >= 0, "the ledger went below zero");
            assertEquals(running, entries.get(i).getJsonNumber("balanceAfter").longValue(), () -> "entries " + entries);
        }
        assertEquals(expected, running, () -> "entries " + entries);
        return entries;
    }
}
