package io.crm.crash;

import static io.crm.crash.CrashDomain.get;
import static io.crm.crash.CrashDomain.json;
import static io.crm.crash.CrashDomain.post;
import static io.crm.crash.CrashDomain.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * kill -9 of the server in the middle of a job; after the restart, the execution the killed server was running is
 * FAILED, {@code POST /jobs/executions/{id}/restart} resumes it from its last checkpoint, and it completes with the
 * result of an uninterrupted run. The jobs run one item per chunk, so that a few hundred records take long enough
 * to be killed half way.
 */
class JobRestartCrashCheck {

    private static final int RECORDS = Integer.getInteger("crash.job-records", 300);
    private final CrashDomain domain = new CrashDomain();

    @AfterEach
    void stop() throws Exception {
        domain.undeployAndStop();
    }

    @Test
    void everyKilledJobRestartsFromItsCheckpointAndCompletes() throws Exception {
        domain.startAndDeploy();
        String word = "crash" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        for (int i = 0; i < RECORDS; i++) {
            String customer = created(post(
                    "sales1",
                    "customers",
                    "{\"name\": \"Crash " + letters(word) + " " + letters(Integer.toString(i)) + "\", \"emails\": [\"c"
                            + i + "@" + word + ".example.com\"], \"consents\": {\"EMAIL\": true}}"));
            created(post("sales1", "customers/" + customer + "/notes", "{\"text\": \"" + word + " note " + i + "\"}"));
            created(post(
                    "sales1",
                    "customers/" + customer + "/purchases",
                    "{\"amount\": \"" + (10 + i) + ".00\", \"currency\": \"CNY\"," + " \"occurredAt\": \""
                            + Instant.now().minus(Duration.ofDays(i % 400)) + "\"}"));
        }

        // search-reindex: the rebuilt index finds every note
        JsonObject reindexed = killAndRestart("search-reindex", "{\"parameters\": {\"chunkSize\": 1}}");
        assertEquals(RECORDS, json(send(get("sales1", "search?q=" + word))).getInt("total"), reindexed::toString);

        // customer-scoring: a second, uninterrupted run over the same data changes nothing
        killAndRestart("customer-scoring", "{\"parameters\": {\"rangeSize\": 1}}");
        JsonObject again = completed(start("customer-scoring", "{}"));
        assertTrue(again.getString("exitStatus").contains("TIER CHANGES 0, STAGE CHANGES 0"), again::toString);

        // survey-dispatch: one invitation per customer of the audience, none twice
        String survey = json(send(post(
                        "batch",
                        "surveys",
                        "{\"name\": \"Crash " + word + "\", \"type\": \"NPS\", \"question\": \"q\","
                                + " \"channel\": \"EMAIL\", \"fatigueDays\": 0, \"target\": {\"everyone\": true}}")))
                .getString("id");
        JsonObject dispatched =
                killAndRestart("survey-dispatch", "{\"parameters\": {\"surveyId\": " + survey + ", \"chunkSize\": 1}}");
        long everyone = json(send(get("admin", "customers/count")))
                .getJsonNumber("count")
                .longValue();
        assertTrue(dispatched.getString("exitStatus").startsWith("INVITED "), dispatched::toString);
        long invited = Long.parseLong(dispatched.getString("exitStatus").replaceAll("^INVITED (\\d+).*", "$1"));
        assertEquals(invited, invitations(survey), "each invitation once: " + dispatched);
        assertTrue(invited >= RECORDS && invited <= everyone, dispatched::toString);
    }

    /** Starts the job, kills the server half way, starts it again and restarts the execution; returns the completed one. */
    private JsonObject killAndRestart(String job, String body) throws Exception {
        long first = start(job, body);
        JsonObject running = waitFor(
                first,
                e -> e.getString("status").equals("STARTED")
                        && e.containsKey("progress")
                        && e.getJsonNumber("progress").doubleValue() > 0.1,
                Duration.ofMinutes(3));
        domain.kill();
        domain.start();
        JsonObject failed = waitFor(first, e -> !e.getString("status").equals("STARTED"), Duration.ofMinutes(1));
        assertEquals("FAILED", failed.getString("status"), failed::toString);
        HttpResponse<String> restarted = send(post("batch", "jobs/executions/" + first + "/restart", "{}"));
        assertEquals(202, restarted.statusCode(), restarted::body);
        long second = json(restarted).getJsonNumber("executionId").longValue();
        JsonObject done = completed(second);
        long total =
                done.containsKey("itemTotal") ? done.getJsonNumber("itemTotal").longValue() : -1;
        System.out.printf(
                "%s killed at %.0f %% (%s), FAILED after the restart, resumed as %d: %s, %d items left%n",
                job,
                100 * running.getJsonNumber("progress").doubleValue(),
                running.get("itemTotal"),
                second,
                done.getString("exitStatus"),
                total);
        return done;
    }

    private static long start(String job, String body) {
        HttpResponse<String> started = send(post("batch", "jobs/" + job + "/executions", body));
        assertEquals(202, started.statusCode(), started::body);
        return json(started).getJsonNumber("executionId").longValue();
    }

    private static JsonObject completed(long execution) throws InterruptedException {
        JsonObject done = waitFor(
                execution,
                e -> List.of("COMPLETED", "FAILED", "STOPPED").contains(e.getString("status")),
                Duration.ofMinutes(5));
        assertEquals("COMPLETED", done.getString("status"), done::toString);
        return done;
    }

    private static JsonObject waitFor(long execution, Predicate<JsonObject> condition, Duration limit)
            throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        JsonObject last;
        do {
            last = json(send(get("batch", "jobs/executions/" + execution)));
            if (condition.test(last)) {
                return last;
            }
            Thread.sleep(200);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("execution " + execution + " after " + limit + ": " + last);
    }

    private static long invitations(String survey) {
        long count = 0;
        String cursor = null;
        java.util.Set<String> customers = new java.util.HashSet<>();
        do {
            JsonObject page = json(send(get(
                    "batch",
                    "surveys/" + survey + "/invitations?limit=200"
                            + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)))));
            for (var item : page.getJsonArray("items")) {
                assertTrue(customers.add(item.asJsonObject().getString("customerId")), "invited twice: " + item);
                count++;
            }
            cursor = page.isNull("next") ? null : page.getString("next", null);
        } while (cursor != null);
        return count;
    }

    /** Digits as letters: names take letters only. */
    private static String letters(String text) {
        StringBuilder b = new StringBuilder();
        text.chars().forEach(c -> b.append(Character.isDigit(c) ? (char) ('a' + c - '0') : (char) c));
        return b.toString();
    }

    private static String created(java.net.http.HttpRequest request) {
        HttpResponse<String> r = send(request);
        assertEquals(201, r.statusCode(), r::body);
        return json(r).getString("id");
    }
}
