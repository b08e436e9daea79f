package io.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/** Starting and following job executions over REST, as a batch administrator does. */
final class Jobs {

    private Jobs() {}

    /** Starts the job with the given parameters (a JSON object) and waits until it completes. */
    static JsonObject run(Api batch, String job, String parameters, Duration limit) {
        Api.Response started = batch.post("jobs/" + job + "/executions", "{\"parameters\": " + parameters + "}");
        assertEquals(202, started.status(), started::toString);
        long execution = started.json().getJsonNumber("executionId").longValue();
        JsonObject done = waitFor(
                batch,
                execution,
                e -> List.of("COMPLETED", "FAILED", "STOPPED").contains(e.getString("status")),
                limit);
        assertEquals("COMPLETED", done.getString("status"), done::toString);
        return done;
    }

    static JsonObject waitFor(Api api, long execution, Predicate<JsonObject> condition, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        JsonObject last;
        do {
            last = api.get("jobs/executions/" + execution).json();
            if (condition.test(last)) {
                return last;
            }
            Search.sleep(100);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("execution " + execution + " after " + limit + ": " + last);
    }

    /** Items read by all steps of an execution. */
    static long reads(JsonObject execution) {
        return execution.getJsonArray("steps").stream()
                .map(s -> s.asJsonObject().getJsonObject("counts"))
                .filter(c -> c.containsKey("readCount"))
                .mapToLong(c -> c.getJsonNumber("readCount").longValue())
                .sum();
    }
}
