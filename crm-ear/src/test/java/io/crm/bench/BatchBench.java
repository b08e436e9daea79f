package io.crm.bench;

import static io.crm.it.Search.sleep;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.crm.it.Sql;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/** What the batch benchmarks share: SQL on the benchmark database, and jobs run over REST as the batch user. */
final class BatchBench {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private BatchBench() {}

    /** A job execution, timed from the request that started it to its end as seen by polling. */
    record Run(double seconds, JsonObject execution) {
        String exitStatus() {
            return execution.getString("exitStatus");
        }
    }

    /** POSTs what starts a job, then polls the execution until it ends; fails unless it COMPLETED. */
    static Run runJob(String api, String path, String body) {
        long start = System.nanoTime();
        HttpResponse<String> started = send(HttpRequest.newBuilder(URI.create(api + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(202, started.statusCode(), started::body);
        long id = json(started.body()).getJsonNumber("executionId").longValue();
        JsonObject execution;
        do {
            sleep(50);
            execution = json(send(HttpRequest.newBuilder(URI.create(api + "jobs/executions/" + id))
                            .GET())
                    .body());
        } while (!List.of("COMPLETED", "FAILED", "STOPPED").contains(execution.getString("status")));
        assertEquals("COMPLETED", execution.getString("status"), execution::toString);
        return new Run((System.nanoTime() - start) / 1e9, execution);
    }

    /** Sends as the batch user. */
    static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(
                    request.header(
                                    "Authorization",
                                    "Basic "
                                            + Base64.getEncoder()
                                                    .encodeToString("batch:demo".getBytes(StandardCharsets.UTF_8)))
                            .timeout(Duration.ofSeconds(60))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /** Seconds a statement takes, its results read to the end. */
    static double timed(Connection db, String sql) throws SQLException {
        long start = System.nanoTime();
        try (Statement s = db.createStatement()) {
            if (s.execute(sql)) {
                try (ResultSet r = s.getResultSet()) {
                    while (r.next()) {
                        r.getObject(1);
                    }
                }
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    static long count(Connection db, String sql) throws SQLException {
        return Sql.count(db, sql);
    }

    static void exec(Connection db, String sql) throws SQLException {
        Sql.exec(db, sql);
    }
}
