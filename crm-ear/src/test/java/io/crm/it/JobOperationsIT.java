package io.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A batch administrator runs jobs over REST: starts one and follows it to the end, stops a long one and restarts it
 * from its checkpoint, and schedules one that fires exactly once. Bad requests change nothing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JobOperationsIT extends EndToEndTest {

    @Order(1)
    @Test
    void aJobIsStartedFollowedStoppedAndRestartedFromItsCheckpoint() {
        Api batch = Api.as(deployment, "batch");
        Api sales1 = Api.as(deployment, "sales1");
        JsonObject reindex = batch.get("jobs").json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject())
                .filter(j -> j.getString("name").equals("search-reindex"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                "chunkSize", reindex.getJsonArray("parameters").getJsonObject(0).getString("name"));
        assertEquals(403, sales1.get("jobs").status());
        assertEquals(403, sales1.post("jobs/search-reindex/executions", "{}").status());
        for (String[] bad : new String[][] {
            {"nope", "{}"},
            {"search-reindex", "{\"parameters\": {\"chunkSize\": 0}}"},
            {"search-reindex", "{\"parameters\": {\"colour\": 1}}"},
            {"search-reindex", "{\"parameters\": {\"chunkSize\": \"10\"}}"},
            {"search-reindex", "{\"parameters\": {\"chunkSize\": 2.5}}"},
            {"search-reindex", "{\"params\": {}}"}
        }) {
            Api.Response r = batch.post("jobs/" + bad[0] + "/executions", bad[1]);
            assertEquals(400, r.status(), () -> bad[0] + " " + bad[1] + " → " + r);
        }

        // enough records for a slow rebuild at one record per chunk
        String customer = sales1.post("customers", "{\"name\": \"" + Deployments.uniqueName("Jobs") + "\"}")
                .json()
                .getString("id");
        String word = Deployments.uniqueWord();
        for (int i = 0; i < 150; i++) {
            assertEquals(
                    201,
                    sales1.post("customers/" + customer + "/notes", "{\"text\": \"" + word + " " + i + "\"}")
                            .status());
        }

        Api.Response started = batch.post("jobs/search-reindex/executions", "{\"parameters\": {\"chunkSize\": 1}}");
        assertEquals(202, started.status(), started::toString);
        long first = started.json().getJsonNumber("executionId").longValue();
        assertTrue(started.header("Location").endsWith("/jobs/executions/" + first));
        JsonObject running = Jobs.waitFor(
                batch,
                first,
                e -> e.getString("status").equals("STARTED")
                        && e.containsKey("progress")
                        && e.getJsonNumber("progress").doubleValue() > 0.01,
                Duration.ofSeconds(60));
        assertTrue(running.getJsonNumber("progress").doubleValue() < 1.0, running::toString);
        JsonObject stopping =
                batch.post("jobs/executions/" + first + "/stop", "{}").json();
        assertTrue(List.of("STOPPING", "STOPPED").contains(stopping.getString("status")), stopping::toString);
        JsonObject stopped =
                Jobs.waitFor(batch, first, e -> e.getString("status").equals("STOPPED"), Duration.ofSeconds(60));
        assertEquals(409, batch.post("jobs/executions/" + first + "/stop", "{}").status());
        long readBeforeStop = Jobs.reads(stopped);

        Api.Response restarted = batch.post("jobs/executions/" + first + "/restart", "{}");
        assertEquals(202, restarted.status(), restarted::toString);
        long second = restarted.json().getJsonNumber("executionId").longValue();
        assertNotEquals(first, second);
        JsonObject done = Jobs.waitFor(
                batch,
                second,
                e -> List.of("COMPLETED", "FAILED").contains(e.getString("status")),
                Duration.ofSeconds(300));
        assertEquals("COMPLETED", done.getString("status"), done::toString);
        assertEquals(1.0, done.getJsonNumber("progress").doubleValue());
        assertEquals("1", done.getJsonObject("parameters").getString("chunkSize"));
        assertEquals(150, Search.search(sales1, word).getInt("total"), "every note is in the rebuilt index");
        long total = stopped.getJsonNumber("itemTotal").longValue();
        long written = stopped.getJsonArray("steps")
                .getJsonObject(0)
                .getJsonObject("counts")
                .getJsonNumber("writeCount")
                .longValue();
        assertTrue(readBeforeStop > 0 && written > 0 && written < total, stopped::toString);
        assertEquals(
                total - written,
                done.getJsonNumber("itemTotal").longValue(),
                "the restart resumed after the last checkpoint");
        assertEquals(total - written, Jobs.reads(done), done::toString);
        assertEquals(
                409,
                batch.post("jobs/executions/" + second + "/restart", "{}").status(),
                "a completed one does not restart");

        JsonObject listed = batch.get("jobs/executions?jobName=search-reindex&status=COMPLETED&limit=200")
                .json();
        assertTrue(listed.getJsonArray("items").stream()
                .anyMatch(e -> e.asJsonObject().getString("id").equals(Long.toString(second))));
        assertEquals(404, batch.get("jobs/executions/99999999").status());
        JsonObject trail = Api.as(deployment, "auditor")
                .get("audit?entityType=job-execution&entityId=" + first)
                .json();
        assertEquals(2, trail.getJsonArray("items").size(), "the start and the stop, by the batch user: " + trail);
        assertTrue(trail.getJsonArray("items").stream()
                .allMatch(a -> a.asJsonObject().getString("actor").equals("batch")));
        JsonObject stop = trail.getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .filter(a -> a.getString("action").equals("UPDATE"))
                .findFirst()
                .orElseThrow()
                .getJsonObject("changes");
        assertEquals("STARTED", stop.getJsonObject("status").getString("before"), trail::toString);
        assertEquals("STOPPING", stop.getJsonObject("status").getString("after"), trail::toString);
    }

    @Order(2)
    @Test
    void aScheduleFiresExactlyOnceAtItsTimeAndBadSchedulesAreRefused() {
        Api batch = Api.as(deployment, "batch");
        for (String bad : new String[] {
            "{\"jobName\": \"search-reindex\", \"cron\": \"0 2 * *\"}",
            "{\"jobName\": \"search-reindex\", \"cron\": \"61 2 * * *\"}",
            "{\"jobName\": \"search-reindex\", \"cron\": \"0 2 * * *\", \"timeZone\": \"Mars/Base\"}",
            "{\"jobName\": \"nope\", \"cron\": \"0 2 * * *\"}",
            "{\"jobName\": \"search-reindex\", \"cron\": \"0 2 * * *\", \"parameters\": {\"chunkSize\": -1}}",
            "{\"jobName\": \"search-reindex\", \"cron\": \"0 2 * * *\", \"owner\": \"me\"}"
        }) {
            Api.Response r = batch.post("schedules", bad);
            assertEquals(400, r.status(), () -> bad + " → " + r);
        }
        assertEquals(
                403,
                Api.as(deployment, "sales1")
                        .post("schedules", "{\"jobName\": \"search-reindex\", \"cron\": \"0 2 * * *\"}")
                        .status());

        // once, in the minute after the next one begins (UTC); its next fire is then a year away
        ZonedDateTime at =
                ZonedDateTime.now(ZoneOffset.UTC).plusMinutes(1).withSecond(0).withNano(0);
        if (ZonedDateTime.now(ZoneOffset.UTC).getSecond() > 50) {
            at = at.plusMinutes(1);
        }
        String cron = at.getMinute() + " " + at.getHour() + " " + at.getDayOfMonth() + " " + at.getMonthValue() + " *";
        Api.Response created = batch.post(
                "schedules",
                "{\"jobName\": \"search-reindex\", \"cron\": \"" + cron
                        + "\", \"timeZone\": \"UTC\", \"parameters\": {\"chunkSize\": 200}}");
        assertEquals(201, created.status(), created::toString);
        String id = created.json().getString("id");
        assertEquals(
                at.toInstant().toString(),
                created.json().getJsonArray("nextFireTimes").getString(0));

        JsonObject fired = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(150).toNanos();
        while (System.nanoTime() < deadline) {
            fired = batch.get("schedules/" + id).json();
            if (fired.containsKey("lastExecutionId")) {
                break;
            }
            Search.sleep(1000);
        }
        assertEquals("STARTED", fired.getString("lastOutcome"), fired::toString);
        String execution = fired.getString("lastExecutionId");
        Search.sleep(12_000);
        JsonObject later = batch.get("schedules/" + id).json();
        assertEquals(execution, later.getString("lastExecutionId"), "it fired once");
        assertTrue(later.getJsonArray("nextFireTimes").getString(0).startsWith(Integer.toString(at.getYear() + 1)));
        JsonObject trail = Api.as(deployment, "auditor")
                .get("audit?entityType=job-execution&entityId=" + execution)
                .json();
        assertEquals(
                "system:scheduler", trail.getJsonArray("items").getJsonObject(0).getString("actor"));

        String etag = batch.get("schedules/" + id).header("ETag");
        Api.Response disabled = batch.patch("schedules/" + id, etag, "{\"enabled\": false}");
        assertEquals(200, disabled.status(), disabled::toString);
        assertEquals(0, disabled.json().getJsonArray("nextFireTimes").size());
        assertEquals(
                400,
                batch.patch("schedules/" + id, "*", "{\"cron\": \"nonsense\"}").status());
        assertEquals(204, batch.delete("schedules/" + id, null).status());
        assertEquals(404, batch.get("schedules/" + id).status());
    }

    // last: the 6,000 notes it leaves would make the restart above rebuild for minutes at one record per chunk
    @Order(3)
    @Test
    void aFireWhileTheLastRunStillGoesIsSkippedAndRecorded() throws Exception {
        Api batch = Api.as(deployment, "batch");
        Api sales1 = Api.as(deployment, "sales1");
        // enough records for a rebuild at one record per chunk to outlast a minute (about 60 records a second here)
        String customer = sales1.post("customers", "{\"name\": \"" + Deployments.uniqueName("Overlap") + "\"}")
                .json()
                .getString("id");
        java.util.concurrent.ExecutorService writers = java.util.concurrent.Executors.newFixedThreadPool(8);
        List<java.util.concurrent.Future<Integer>> writes = new java.util.ArrayList<>();
        for (int i = 0; i < 6000; i++) {
            int n = i;
            writes.add(writers.submit(
                    () -> sales1.post("customers/" + customer + "/notes", "{\"text\": \"overlap " + n + "\"}")
                            .status()));
        }
        for (java.util.concurrent.Future<Integer> write : writes) {
            assertEquals(201, write.get());
        }
        writers.shutdown();

        Api.Response created = batch.post(
                "schedules",
                "{\"jobName\": \"search-reindex\", \"cron\": \"* * * * *\", " + "\"parameters\": {\"chunkSize\": 1}}");
        assertEquals(201, created.status(), created::toString);
        String id = created.json().getString("id");
        try {
            JsonObject first =
                    waitForSchedule(batch, id, s -> s.containsKey("lastExecutionId"), Duration.ofSeconds(75));
            String running = first.getString("lastExecutionId");
            JsonObject skipped = waitForSchedule(
                    batch, id, s -> "SKIPPED_OVERLAP".equals(s.getString("lastOutcome", null)), Duration.ofSeconds(75));
            assertEquals(running, skipped.getString("lastExecutionId"), "the running execution is still the last one");
            assertEquals(
                    "STARTED", batch.get("jobs/executions/" + running).json().getString("status"));
            JsonObject trail = Api.as(deployment, "auditor")
                    .get("audit?entityType=schedule&entityId=" + id)
                    .json();
            assertTrue(
                    trail.getJsonArray("items").stream()
                            .anyMatch(a -> a.asJsonObject().getString("actor").equals("system:scheduler")),
                    trail::toString);
            batch.post("jobs/executions/" + running + "/stop", "{}");
            Jobs.waitFor(
                    batch,
                    Long.parseLong(running),
                    e -> e.getString("status").equals("STOPPED"),
                    Duration.ofSeconds(60));
        } finally {
            batch.delete("schedules/" + id, null);
        }
    }

    private static JsonObject waitForSchedule(Api api, String id, Predicate<JsonObject> condition, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        JsonObject last;
        do {
            last = api.get("schedules/" + id).json();
            if (condition.test(last)) {
                return last;
            }
            Search.sleep(500);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("schedule " + id + " after " + limit + ": " + last);
    }
}
