package io.crm.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crm.it.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A shop redeeming points at the till: {@value #CLIENTS} clients each send redemptions of one point, each with an
 * idempotency key of its own, to {@code POST /customers/{id}/points/redemptions}, against the same bodies done as
 * plain JDBC in the same server ({@link JdbcRedemptionResource}): once all on one customer's balance (the worst
 * case, every redemption waits for the one before), once spread over {@value #CUSTOMERS} customers. Windows alternate
 * after a warm-up; afterwards each balance must equal what was added less what was redeemed. Prints a table and
 * writes it to target/benchmarks/redemptions.txt.
 */
@ExtendWith(ArquillianExtension.class)
class RedemptionBenchmark {

    private static final int CLIENTS = Integer.getInteger("bench.clients", 8);
    private static final int CUSTOMERS = 16;
    private static final long GRANT = 10_000_000;
    private static final Duration WARMUP = Duration.ofSeconds(5);
    private static final Duration MEASURED = Duration.ofSeconds(Long.getLong("bench.seconds", 15));
    private static final int ROUNDS = 2;
    private static final HttpClient CLIENT = HttpClient.newBuilder().build();
    private static final AtomicLong KEYS = new AtomicLong();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.builtEarWithRestClasses(JdbcRedemptionResource.class);
    }

    @ArquillianResource
    URL deployment;

    @Test
    void redemptions() throws Exception {
        String api = Deployments.apiBase(deployment);
        String auth = "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8));
        List<String> customers = new ArrayList<>();
        for (int i = 0; i < CUSTOMERS; i++) {
            HttpResponse<String> created =
                    send(api + "customers", auth, "{\"name\": \"Redeeming Customer " + (char) ('a' + i) + "\"}");
            assertEquals(201, created.statusCode(), created::body);
            String id = json(created.body()).getString("id");
            HttpResponse<String> granted = send(
                    api + "customers/" + id + "/points/adjustments",
                    auth,
                    "{\"points\": " + GRANT + ", \"reason\": \"benchmark\"}");
            assertEquals(201, granted.statusCode(), granted::body);
            customers.add(id);
        }
        StringBuilder report = new StringBuilder();
        line(
                report,
                "Redemptions of 1 point, %d clients, windows of %d s after %d s warm-up, %d rounds%n",
                CLIENTS,
                MEASURED.toSeconds(),
                WARMUP.toSeconds(),
                ROUNDS);
        long[] redeemed = new long[CUSTOMERS];
        for (boolean hot : new boolean[] {true, false}) {
            String scenario = hot ? "one balance" : CUSTOMERS + " balances";
            window(api, auth, customers, hot, WARMUP, false, redeemed);
            window(api, auth, customers, hot, WARMUP, true, redeemed);
            double route = 0;
            double jdbc = 0;
            for (int round = 0; round < ROUNDS; round++) {
                double r = window(api, auth, customers, hot, MEASURED, false, redeemed);
                double j = window(api, auth, customers, hot, MEASURED, true, redeemed);
                line(report, "  %s, round %d: route %,.0f/s, plain JDBC %,.0f/s%n", scenario, round + 1, r, j);
                route += r;
                jdbc += j;
            }
            line(
                    report,
                    "%s: route %,.0f redemptions/s, plain JDBC %,.0f/s, route/JDBC %.2f%n",
                    scenario,
                    route / ROUNDS,
                    jdbc / ROUNDS,
                    route / jdbc);
        }
        for (int i = 0; i < CUSTOMERS; i++) {
            HttpResponse<String> points = get(api + "customers/" + customers.get(i) + "/points", auth);
            assertEquals(
                    GRANT - redeemed[i],
                    json(points.body()).getJsonNumber("balance").longValue(),
                    "balance of customer " + i);
        }
        line(report, "balances checked: each is the grant less the redemptions answered 201%n");
        Path out = Path.of("target", "benchmarks", "redemptions.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    /** Redemptions a second in a window; counts each 201 against its customer. */
    private double window(
            String api,
            String auth,
            List<String> customers,
            boolean hot,
            Duration length,
            boolean jdbc,
            long[] redeemed)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long end = System.nanoTime() + length.toNanos();
        long t0 = System.nanoTime();
        List<Future<long[]>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            clients.add(pool.submit(() -> {
                long[] mine = new long[customers.size()];
                int n = 0;
                while (System.nanoTime() < end) {
                    int i = hot ? 0 : (client + n++ * CLIENTS) % customers.size();
                    String key = "bench-" + KEYS.incrementAndGet();
                    HttpResponse<String> r = jdbc
                            ? send(
                                    api + "bench/jdbc/redemptions",
                                    auth,
                                    "{\"customerId\": \"" + customers.get(i) + "\", \"points\": 1, "
                                            + "\"idempotencyKey\": \"" + key + "\", \"reward\": \"coffee\"}")
                            : send(
                                    api + "customers/" + customers.get(i) + "/points/redemptions",
                                    auth,
                                    "{\"points\": 1, \"idempotencyKey\": \"" + key + "\", \"reward\": \"coffee\"}");
                    assertEquals(201, r.statusCode(), r::body);
                    mine[i]++;
                }
                return mine;
            }));
        }
        long total = 0;
        for (Future<long[]> f : clients) {
            long[] mine = f.get();
            for (int i = 0; i < mine.length; i++) {
                redeemed[i] += mine[i];
                total += mine[i];
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        assertTrue(total > 0);
        return total / seconds;
    }

    private static HttpResponse<String> send(String url, String auth, String json) throws Exception {
        return CLIENT.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", auth)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String url, String auth) throws Exception {
        return CLIENT.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", auth)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static void line(StringBuilder report, String format, Object... args) {
        String text = String.format(format, args);
        System.out.print(text);
        report.append(text);
    }
}
