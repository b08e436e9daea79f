package io.crm.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.crm.it.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An ERP moving customers in: {@value #ITEMS} customers as {@value #ITEMS} single {@code POST /customers}, one after
 * another as a client without bulk calls sends them, against the same customers in one {@code POST /customers/bulk};
 * then the same {@value #ITEMS} sent again to the bulk route, where their externalIds make every item an update. Each
 * customer has a name, a phone, an email, two tags and an externalId of its own, so duplicate detection looks each up.
 * Rounds alternate after a warm-up round; prints a table and writes it to target/benchmarks/bulk-calls.txt.
 */
@ExtendWith(ArquillianExtension.class)
class BulkCallBenchmark {

    static final int ITEMS = Integer.getInteger("bench.items", 1000);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    private static final HttpClient CLIENT = HttpClient.newBuilder().build();
    /** Phones of this run, from a random start: a block of numbers per batch, one per customer. */
    private static final long PHONES = new Random().nextInt(90_000_000);

    private static final Map<String, Long> BATCHES = new HashMap<>();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.builtEar();
    }

    @ArquillianResource
    URL deployment;

    @Test
    void bulkAgainstSingleCalls() throws Exception {
        String api = Deployments.apiBase(deployment);
        String auth = "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8));
        String run = Long.toString(System.currentTimeMillis(), 36);
        StringBuilder report = new StringBuilder();
        line(report, "%d customers a round, %d rounds after a warm-up round, one client, as admin%n", ITEMS, ROUNDS);
        round(api, auth, run + "w", null);
        List<double[]> rounds = new ArrayList<>();
        for (int r = 0; r < ROUNDS; r++) {
            double[] seconds = round(api, auth, run + r, report);
            rounds.add(seconds);
        }
        double single = median(rounds, 0);
        double bulk = median(rounds, 1);
        double update = median(rounds, 2);
        line(
                report,
                "medians: %d single POSTs %.2f s (%,.0f customers/s); one bulk call %.2f s (%,.0f/s): %.1fx faster;"
                        + " the same %d again as updates %.2f s (%,.0f/s)%n",
                ITEMS,
                single,
                ITEMS / single,
                bulk,
                ITEMS / bulk,
                single / bulk,
                ITEMS,
                update,
                ITEMS / update);
        Path out = Path.of("target", "benchmarks", "bulk-calls.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    /** Seconds for: the single POSTs, the bulk create, the bulk update. */
    private double[] round(String api, String auth, String run, StringBuilder report) throws Exception {
        long t0 = System.nanoTime();
        for (int i = 0; i < ITEMS; i++) {
            HttpResponse<String> r = post(api + "customers", auth, customer(run + "s", i, null));
            assertEquals(201, r.statusCode(), r::body);
        }
        double single = (System.nanoTime() - t0) / 1e9;

        List<String> items = new ArrayList<>();
        for (int i = 0; i < ITEMS; i++) {
            items.add(customer(run + "b", i, null));
        }
        t0 = System.nanoTime();
        HttpResponse<String> created =
                post(api + "customers/bulk", auth, "{\"items\": [" + String.join(",", items) + "]}");
        double bulk = (System.nanoTime() - t0) / 1e9;
        assertStatuses(created, 201);

        List<String> updates = new ArrayList<>();
        for (int i = 0; i < ITEMS; i++) {
            updates.add(customer(run + "b", i, "Hangzhou"));
        }
        t0 = System.nanoTime();
        HttpResponse<String> updated =
                post(api + "customers/bulk", auth, "{\"items\": [" + String.join(",", updates) + "]}");
        double update = (System.nanoTime() - t0) / 1e9;
        assertStatuses(updated, 200);
        if (report != null) {
            line(
                    report,
                    "  round: single POSTs %.2f s, bulk create %.2f s (%.1fx), bulk update %.2f s%n",
                    single,
                    bulk,
                    single / bulk,
                    update);
        }
        return new double[] {single, bulk, update};
    }

    /** A customer of its own: phone, email and externalId unique in the run, the city changed on the second send. */
    private static String customer(String run, int i, String city) {
        long phone = PHONES + BATCHES.computeIfAbsent(run, r -> (long) BATCHES.size()) * ITEMS + i;
        return "{\"name\": \"Bulk Customer\", \"phones\": [\"+86137" + String.format("%08d", phone % 100_000_000L)
                + "\"], \"emails\": [\"c" + i + "." + run + "@example.com\"], \"tags\": [\"bench\", \"erp\"], "
                + "\"externalId\": \"ERP-" + run + "-" + i + "\", \"city\": \"" + (city == null ? "Shanghai" : city)
                + "\", \"region\": \"East\", \"source\": \"WEB\", \"consents\": {\"EMAIL\": " + (i % 2 == 0) + "}}";
    }

    private static void assertStatuses(HttpResponse<String> r, int expected) {
        assertEquals(200, r.statusCode(), r::body);
        JsonObject body = Json.createReader(new StringReader(r.body())).readObject();
        for (JsonValue item : body.getJsonArray("items")) {
            assertEquals(expected, item.asJsonObject().getInt("status"), item::toString);
        }
    }

    private static HttpResponse<String> post(String url, String auth, String json) throws Exception {
        return CLIENT.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", auth)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static double median(List<double[]> rounds, int column) {
        double[] values = rounds.stream().mapToDouble(r -> r[column]).sorted().toArray();
        return values[values.length / 2];
    }

    private static void line(StringBuilder report, String format, Object... args) {
        String text = String.format(format, args);
        System.out.print(text);
        report.append(text);
    }
}
