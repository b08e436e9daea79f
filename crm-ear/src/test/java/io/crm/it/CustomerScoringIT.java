package io.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Purchases feed the customer-scoring job: RFM quintiles over the whole base (checked against an independent
 * computation over every customer), tiers and stages for a hand-built population, a tier set by hand that survives
 * re-scoring, history of every change, a run stopped and restarted from its checkpoint, and the reports.
 */
class CustomerScoringIT extends EndToEndTest {

    private static final Instant NOW = Instant.now();

    @Test
    void purchasesAreScoredIntoTiersAndStagesAndAHandSetTierStays() {
        Api sales1 = Api.as(deployment, "sales1");
        Api admin = Api.as(deployment, "admin");
        Api batch = Api.as(deployment, "batch");
        String tag = "scoring-" + Deployments.uniqueWord();
        String never = customer(sales1, tag);
        String fresh = customer(sales1, tag, daysAgo(5));
        String loyal =
                customer(sales1, tag, daysAgo(30), daysAgo(25), daysAgo(20), daysAgo(15), daysAgo(10), daysAgo(3));
        String atRisk = customer(sales1, tag, daysAgo(300), daysAgo(200));
        String churned = customer(sales1, tag, daysAgo(400));
        String handSet = customer(sales1, tag, daysAgo(2), daysAgo(1));
        for (int i = 0; i < 150; i++) {
            customer(sales1, tag); // enough ranges for the run to be stopped half way
        }
        Api.Response read = sales1.get("customers/" + handSet);
        assertEquals(
                200,
                sales1.patch("customers/" + handSet, read.header("ETag"), "{\"tier\": \"VIP\"}")
                        .status());
        assertEquals(
                400,
                sales1.patch(
                                "customers/" + handSet,
                                sales1.get("customers/" + handSet).header("ETag"),
                                "{\"lifecycleStage\": \"LOYAL\"}")
                        .status(),
                "the stage is computed, never written");

        // a run of one customer per chunk, stopped after a few chunks and restarted from its checkpoint
        Api.Response started = batch.post("jobs/customer-scoring/executions", "{\"parameters\": {\"rangeSize\": 1}}");
        assertEquals(202, started.status(), started::toString);
        long first = started.json().getJsonNumber("executionId").longValue();
        Jobs.waitFor(
                batch,
                first,
                e -> e.getString("status").equals("STARTED")
                        && e.containsKey("progress")
                        && e.getJsonNumber("progress").doubleValue() > 0.01,
                Duration.ofSeconds(120));
        assertEquals(200, batch.post("jobs/executions/" + first + "/stop", "{}").status());
        JsonObject stopped =
                Jobs.waitFor(batch, first, e -> e.getString("status").equals("STOPPED"), Duration.ofSeconds(60));
        long second = batch.post("jobs/executions/" + first + "/restart", "{}")
                .json()
                .getJsonNumber("executionId")
                .longValue();
        JsonObject done = Jobs.waitFor(
                batch,
                second,
                e -> List.of("COMPLETED", "FAILED").contains(e.getString("status")),
                Duration.ofSeconds(300));
        assertEquals("COMPLETED", done.getString("status"), done::toString);
        assertTrue(
                done.getJsonNumber("itemTotal").longValue()
                        < stopped.getJsonNumber("itemTotal").longValue(),
                "the restart went on after the last checkpoint: " + stopped + " then " + done);
        assertTrue(done.getString("exitStatus").startsWith("SCORED "), done::toString);

        // every customer's scores agree with quintiles computed here from the aggregates
        List<JsonObject> everyone = all(admin);
        List<JsonObject> buyers = everyone.stream()
                .filter(c -> rfm(c).getInt("purchaseCount") > 0)
                .toList();
        Map<String, Integer> recency = quintiles(buyers, c -> Instant.parse(rfm(c).getString("lastPurchaseAt")));
        Map<String, Integer> frequency = quintiles(buyers, c -> rfm(c).getInt("purchaseCount"));
        Map<String, Integer> monetary = quintiles(buyers, c -> new BigDecimal(rfm(c).getString("totalSpend")));
        for (JsonObject c : everyone) {
            String id = c.getString("id");
            JsonObject rfm = rfm(c);
            if (rfm.getInt("purchaseCount") == 0) {
                assertTrue(!rfm.containsKey("recency") || rfm.isNull("recency"), c::toString);
                assertEquals("POTENTIAL", c.getString("tier"), c::toString);
                assertEquals("ACQUISITION", c.getString("lifecycleStage"), c::toString);
                continue;
            }
            assertEquals(recency.get(id), rfm.getInt("recency"), () -> "recency of " + c);
            assertEquals(frequency.get(id), rfm.getInt("frequency"), () -> "frequency of " + c);
            assertEquals(monetary.get(id), rfm.getInt("monetary"), () -> "monetary of " + c);
            if (!c.getBoolean("tierSetByHand")) {
                int sum = recency.get(id) + frequency.get(id) + monetary.get(id);
                assertEquals(sum >= 13 ? "VIP" : sum >= 10 ? "IMPORTANT" : "REGULAR", c.getString("tier"), c::toString);
            }
        }

        Map<String, String> stages = Map.of(
                never,
                "ACQUISITION",
                fresh,
                "CONVERSION",
                loyal,
                "LOYAL",
                atRisk,
                "RETENTION_RISK",
                churned,
                "CHURNED",
                handSet,
                "CONVERSION");
        stages.forEach((id, stage) ->
                assertEquals(stage, sales1.get("customers/" + id).json().getString("lifecycleStage"), id));
        JsonObject kept = sales1.get("customers/" + handSet).json();
        assertEquals("VIP", kept.getString("tier"), "the tier set by hand stays");
        assertTrue(kept.getBoolean("tierSetByHand"));

        List<JsonObject> history = items(sales1.get("customers/" + handSet + "/history"));
        assertEquals(
                List.of(
                        "lifecycleStage ACQUISITION>CONVERSION SCORING system:customer-scoring",
                        "tier POTENTIAL>VIP MANUAL sales1"),
                history.stream().map(CustomerScoringIT::describe).toList());
        long execution = history.get(0).getJsonNumber("executionId").longValue();
        assertTrue(execution == first || execution == second, history::toString);
        assertEquals(
                404,
                Api.as(deployment, "sales3")
                        .get("customers/" + handSet + "/history")
                        .status());

        // scoring again over unchanged purchases changes nothing; clearing the hand-set tier brings the computed one
        // back
        JsonObject again = Jobs.run(batch, "customer-scoring", "{}", Duration.ofSeconds(300));
        assertTrue(again.getString("exitStatus").contains("TIER CHANGES 0, STAGE CHANGES 0"), again::toString);
        assertEquals(2, items(sales1.get("customers/" + handSet + "/history")).size());
        Api.Response current = sales1.get("customers/" + handSet);
        JsonObject cleared = sales1.patch("customers/" + handSet, current.header("ETag"), "{\"tier\": null}")
                .json();
        assertNotEquals("VIP", cleared.getString("tier"));
        assertEquals(computedTier(handSet, recency, frequency, monetary), cleared.getString("tier"));
        assertEquals(
                "tier VIP>" + cleared.getString("tier") + " MANUAL sales1",
                describe(items(sales1.get("customers/" + handSet + "/history")).get(0)));

        JsonObject trail = Api.as(deployment, "auditor")
                .get("audit?entityType=customer-scoring")
                .json();
        assertTrue(
                trail.getJsonArray("items").stream()
                        .anyMatch(a -> a.asJsonObject().getString("actor").equals("system:customer-scoring")),
                trail::toString);
        reportsAgreeWithTheLists(admin);
    }

    private void reportsAgreeWithTheLists(Api admin) {
        Api analyst = Api.as(deployment, "analyst");
        Api manager = Api.as(deployment, "manager");
        JsonObject stages = analyst.get("reports/lifecycle-stages").json();
        assertEquals(admin.get("customers/count").json().getInt("count"), stages.getInt("total"));
        for (JsonValue v : stages.getJsonArray("items")) {
            JsonObject count = v.asJsonObject();
            assertEquals(
                    admin.get("customers/count?lifecycleStage=" + count.getString("value"))
                            .json()
                            .getInt("count"),
                    count.getInt("customers"),
                    count::toString);
        }
        JsonObject tiers = manager.get("reports/tiers").json();
        assertEquals(
                manager.get("customers/count").json().getInt("count"),
                tiers.getInt("total"),
                "a manager counts their team");
        assertEquals(4, tiers.getJsonArray("items").size());
        assertEquals(403, Api.as(deployment, "sales1").get("reports/tiers").status());

        String month = YearMonth.now(ZoneOffset.UTC).toString();
        JsonObject months = analyst.get("reports/stage-transitions?from=" + month + "&to=" + month)
                .json();
        JsonObject now = months.getJsonArray("items").getJsonObject(0);
        for (JsonValue v : stages.getJsonArray("items")) {
            JsonObject count = v.asJsonObject();
            assertEquals(
                    count.getInt("customers"),
                    now.getJsonObject("atEnd").getInt(count.getString("value")),
                    now::toString);
        }
        assertTrue(
                now.getJsonArray("transitions").stream()
                        .anyMatch(t -> t.asJsonObject().getString("from").equals("ACQUISITION")
                                && t.asJsonObject().getString("to").equals("CHURNED")),
                now::toString);
        assertTrue(now.getJsonNumber("conversionRate").doubleValue() > 0, now::toString);
        assertEquals(400, analyst.get("reports/stage-transitions?from=2026-13").status());
        assertEquals(
                400,
                analyst.get("reports/stage-transitions?from=2020-01&to=2026-01").status());
        assertEquals(
                400,
                analyst.get("reports/stage-transitions?from=2026-05&to=2026-04").status());
    }

    private static String computedTier(
            String id, Map<String, Integer> r, Map<String, Integer> f, Map<String, Integer> m) {
        int sum = r.get(id) + f.get(id) + m.get(id);
        return sum >= 13 ? "VIP" : sum >= 10 ? "IMPORTANT" : "REGULAR";
    }

    /** Scores by the centre of each value's tied positions: 1 + floor(5 (2p + k) / 2n). */
    private static <T extends Comparable<T>> Map<String, Integer> quintiles(
            List<JsonObject> base, Function<JsonObject, T> value) {
        List<JsonObject> sorted = new ArrayList<>(base);
        sorted.sort(Comparator.comparing(value));
        Map<String, Integer> scores = new HashMap<>();
        int n = sorted.size();
        for (int p = 0; p < n; ) {
            int k = 1;
            while (p + k < n && value.apply(sorted.get(p + k)).compareTo(value.apply(sorted.get(p))) == 0) {
                k++;
            }
            int score = 1 + (int) ((5L * (2L * p + k)) / (2L * n));
            for (int i = p; i < p + k; i++) {
                scores.put(sorted.get(i).getString("id"), score);
            }
            p += k;
        }
        return scores;
    }

    private static String customer(Api api, String tag, Instant... purchases) {
        Api.Response created = api.post(
                "customers", "{\"name\": \"" + Deployments.uniqueName("Scored") + "\", \"tags\": [\"" + tag + "\"]}");
        assertEquals(201, created.status(), created::toString);
        String id = created.json().getString("id");
        for (int i = 0; i < purchases.length; i++) {
            Api.Response bought = api.post(
                    "customers/" + id + "/purchases",
                    "{\"amount\": \"" + (100 + 10 * i) + ".00\", \"currency\": \"CNY\", \"occurredAt\": \""
                            + purchases[i] + "\"}");
            assertEquals(201, bought.status(), bought::toString);
        }
        return id;
    }

    private static List<JsonObject> all(Api api) {
        List<JsonObject> all = new ArrayList<>();
        String cursor = null;
        do {
            JsonObject page = api.get("customers?limit=200" + (cursor == null ? "" : "&cursor=" + Api.q(cursor)))
                    .json();
            page.getJsonArray("items").forEach(v -> all.add(v.asJsonObject()));
            cursor = page.isNull("next") ? null : page.getString("next");
        } while (cursor != null);
        return all;
    }

    private static List<JsonObject> items(Api.Response page) {
        assertEquals(200, page.status(), page::toString);
        return page.json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .toList();
    }

    private static JsonObject rfm(JsonObject customer) {
        return customer.getJsonObject("rfm");
    }

    private static String describe(JsonObject h) {
        return h.getString("field") + " " + (h.isNull("from") ? "null" : h.getString("from")) + ">" + h.getString("to")
                + " " + h.getString("source") + " " + h.getString("changedBy");
    }

    private static Instant daysAgo(int days) {
        return NOW.minus(Duration.ofDays(days));
    }
}
