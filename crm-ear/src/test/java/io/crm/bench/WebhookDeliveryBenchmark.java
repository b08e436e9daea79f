package io.crm.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import io.crm.it.Deployments;
import io.crm.webhook.DeliveryOutcome;
import io.crm.webhook.WebhookSender;
import io.crm.webhook.WebhookTargets;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Webhook delivery to a fast receiver on this machine (answers 204 at once), in two measures per round:
 *
 * <ul>
 *   <li>sending: {@value #DEFAULT_EVENTS} customer.created events queued while the subscription is paused, then
 *       resumed; events/s from the resume to the last one received, against a bare loop that posts the same bodies
 *       with the same client ({@link WebhookSender}: signing, address check, JDK HTTP client) from as many threads as
 *       the CRM sends at once (16);
 *   <li>end to end: as many customers created by bulk calls with the subscription active; events/s from the first
 *       call to the last event received, and each event's latency from its change (occurredAt) to its arrival.
 * </ul>
 *
 * Prints a table and writes it to target/benchmarks/webhook-delivery.txt.
 */
@ExtendWith(ArquillianExtension.class)
class WebhookDeliveryBenchmark {

    static final int DEFAULT_EVENTS = 2000;
    private static final int EVENTS = Integer.getInteger("bench.events", DEFAULT_EVENTS);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    private static final int SENDERS = 16;
    private static final String STARTED = Long.toString(System.currentTimeMillis(), 36);
    private static final HttpClient CLIENT = HttpClient.newBuilder().build();
    private static final String AUTH =
            "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8));

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.builtEar();
    }

    @ArquillianResource
    URL deployment;

    /** What the receiver got: by path, each event's body and arrival time (the first arrival of an id only). */
    private final Map<String, Map<String, Arrival>> received = new ConcurrentHashMap<>();

    private final AtomicInteger requests = new AtomicInteger();

    record Arrival(String body, long nanos, Instant at) {}

    @Test
    void deliveryAgainstABareLoopOfTheSamePosts() throws Exception {
        ExecutorService handlers = Executors.newFixedThreadPool(32);
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        receiver.setExecutor(handlers);
        receiver.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            long now = System.nanoTime();
            requests.incrementAndGet();
            received.computeIfAbsent(exchange.getRequestURI().getPath(), p -> new ConcurrentHashMap<>())
                    .putIfAbsent(
                            exchange.getRequestHeaders().getFirst("webhook-id"),
                            new Arrival(new String(body, StandardCharsets.UTF_8), now, Instant.now()));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        String base = "http://127.0.0.1:" + receiver.getAddress().getPort();
        String api = Deployments.apiBase(deployment);
        StringBuilder report = new StringBuilder();
        try {
            assertEquals(200, call("GET", api + "customers?limit=1", null, null).statusCode());
            line(
                    report,
                    "%d events a measure, %d rounds after a warm-up round; receiver on 127.0.0.1 answering 204%n",
                    EVENTS,
                    ROUNDS);
            List<double[]> rounds = new ArrayList<>();
            for (int r = 0; r <= ROUNDS; r++) {
                double[] round = round(api, base, "r" + r);
                if (r > 0) {
                    rounds.add(round);
                    line(
                            report,
                            "  round %d: CRM sending %,.0f events/s, bare loop %,.0f/s (%.2f); end to end %,.0f/s,"
                                    + " change to arrival p50 %.0f ms, p99 %.0f ms%n",
                            r,
                            round[0],
                            round[1],
                            round[0] / round[1],
                            round[2],
                            round[3],
                            round[4]);
                }
            }
            double crm = median(rounds, 0);
            double bare = median(rounds, 1);
            line(
                    report,
                    "medians: CRM sending %,.0f events/s against the bare loop's %,.0f/s: %.2f; end to end %,.0f/s,"
                            + " p50 %.0f ms, p99 %.0f ms%n",
                    crm,
                    bare,
                    crm / bare,
                    median(rounds, 2),
                    median(rounds, 3),
                    median(rounds, 4));
            line(report, "%s%n", steady(api, base));
            Path out = Path.of("target", "benchmarks", "webhook-delivery.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
        } finally {
            receiver.stop(0);
            handlers.shutdownNow();
        }
    }

    /** CRM sending events/s, bare loop events/s, end-to-end events/s, latency p50 and p99 in ms. */
    private double[] round(String api, String base, String run) throws Exception {
        // sending: queued while paused, then resumed
        String path = "/" + run + "-sending";
        JsonObject created = subscribe(api, base + path);
        String hook = created.getString("id");
        String secret = created.getString("secret");
        HttpResponse<String> paused = call("PATCH", api + "webhooks/" + hook, "{\"paused\": true}", "*");
        assertEquals(200, paused.statusCode(), paused::body);
        createCustomers(api, run + "s");
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (waiting(api) < EVENTS) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the events were not queued within 10 minutes");
            }
            Thread.sleep(200);
        }
        long t0 = System.nanoTime();
        HttpResponse<String> resumed = call("PATCH", api + "webhooks/" + hook, "{\"paused\": false}", "*");
        assertEquals(200, resumed.statusCode(), resumed::body);
        awaitReceived(path, EVENTS);
        double crm = EVENTS / ((last(path) - t0) / 1e9);

        // the same bodies, posted by a bare loop with the same client
        String barePath = "/" + run + "-bare";
        List<Map.Entry<String, Arrival>> events =
                new ArrayList<>(received.get(path).entrySet());
        WebhookSender sender =
                new WebhookSender(WebhookTargets.of("127.0.0.1"), Duration.ofSeconds(5), Duration.ofSeconds(10));
        ExecutorService threads = Executors.newFixedThreadPool(SENDERS);
        AtomicInteger next = new AtomicInteger();
        long b0 = System.nanoTime();
        List<Future<?>> loops = new ArrayList<>();
        for (int t = 0; t < SENDERS; t++) {
            loops.add(threads.submit(() -> {
                for (int i = next.getAndIncrement(); i < events.size(); i = next.getAndIncrement()) {
                    Map.Entry<String, Arrival> e = events.get(i);
                    DeliveryOutcome outcome = sender.send(
                            base + barePath,
                            List.of(secret),
                            e.getKey(),
                            e.getValue().body());
                    if (!outcome.succeeded()) {
                        throw new AssertionError("the bare loop's post failed: " + outcome);
                    }
                }
                return null;
            }));
        }
        for (Future<?> loop : loops) {
            loop.get();
        }
        threads.shutdown();
        double bare = EVENTS / ((System.nanoTime() - b0) / 1e9);
        call("DELETE", api + "webhooks/" + hook, null, null);

        // end to end: changes made with the subscription active
        String e2e = "/" + run + "-e2e";
        String live = subscribe(api, base + e2e).getString("id");
        long e0 = System.nanoTime();
        createCustomers(api, run + "e");
        awaitReceived(e2e, EVENTS);
        double endToEnd = EVENTS / ((last(e2e) - e0) / 1e9);
        List<Long> latencies = received.get(e2e).values().stream()
                .map(a -> Duration.between(Instant.parse(json(a.body()).getString("occurredAt")), a.at())
                        .toMillis())
                .sorted()
                .toList();
        call("DELETE", api + "webhooks/" + live, null, null);
        return new double[] {
            crm,
            bare,
            endToEnd,
            latencies.get(latencies.size() / 2),
            latencies.get((int) Math.ceil(latencies.size() * 0.99) - 1)
        };
    }

    /**
     * Changes at a steady rate with the subscription active: a bulk call of {@code rate / 10} new customers every
     * 100 ms for {@code bench.steady-seconds}, then each event's latency from its change to its arrival.
     */
    private String steady(String api, String base) throws Exception {
        int rate = Integer.getInteger("bench.steady-rate", 200);
        int seconds = Integer.getInteger("bench.steady-seconds", 30);
        int perCall = Math.max(1, rate / 10);
        int calls = seconds * 10;
        String path = "/steady";
        String live = subscribe(api, base + path).getString("id");
        long t0 = System.nanoTime();
        for (int k = 0; k < calls; k++) {
            long wait = t0 + k * 100_000_000L - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            createCustomers(api, "st" + k, perCall);
        }
        double reached = calls * perCall / ((System.nanoTime() - t0) / 1e9);
        awaitReceived(path, calls * perCall);
        List<Long> latencies = received.get(path).values().stream()
                .map(a -> Duration.between(Instant.parse(json(a.body()).getString("occurredAt")), a.at())
                        .toMillis())
                .sorted()
                .toList();
        call("DELETE", api + "webhooks/" + live, null, null);
        return String.format(
                "steady: %d changes/s asked for %d s (%.0f/s reached); change to arrival p50 %d ms, p99 %d ms, max %d ms",
                rate,
                seconds,
                reached,
                latencies.get(latencies.size() / 2),
                latencies.get((int) Math.ceil(latencies.size() * 0.99) - 1),
                latencies.get(latencies.size() - 1));
    }

    private JsonObject subscribe(String api, String url) {
        HttpResponse<String> created = call(
                "POST",
                api + "webhooks",
                "{\"url\": \"" + url + "\", \"events\": [\"customer.created\"], \"actAs\": \"admin\"}",
                null);
        assertEquals(201, created.statusCode(), created::body);
        return json(created.body());
    }

    private void createCustomers(String api, String run) {
        createCustomers(api, run, EVENTS);
    }

    private void createCustomers(String api, String run, int count) {
        for (int from = 0; from < count; from += 1000) {
            List<String> items = new ArrayList<>();
            for (int i = from; i < Math.min(count, from + 1000); i++) {
                // a person's name is letters only: what tells the customers apart is their email and externalId
                String key = run + "-" + i + "-" + STARTED;
                items.add("{\"name\": \"Hook Customer\", \"emails\": [\"h" + key + "@example.com\"], "
                        + "\"externalId\": \"HOOK-" + key + "\"}");
            }
            HttpResponse<String> r =
                    call("POST", api + "customers/bulk", "{\"items\": [" + String.join(",", items) + "]}", null);
            assertEquals(200, r.statusCode(), r::body);
            for (JsonValue item : json(r.body()).getJsonArray("items")) {
                assertEquals(201, item.asJsonObject().getInt("status"), item::toString);
            }
        }
    }

    /** The deliveries waiting, as the readiness check tells an operator. */
    private long waiting(String api) {
        JsonObject health = json(call("GET", api + "admin/health", null, null).body());
        return health.getJsonArray("checks").stream()
                .map(JsonValue::asJsonObject)
                .filter(c -> c.getString("name").equals("crm-webhooks"))
                .findFirst()
                .orElseThrow()
                .getJsonObject("data")
                .getJsonNumber("deliveriesWaiting")
                .longValue();
    }

    private void awaitReceived(String path, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (received.getOrDefault(path, Map.of()).size() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(path + " got "
                        + received.getOrDefault(path, Map.of()).size() + " of " + count + " within 10 minutes");
            }
            Thread.sleep(20);
        }
    }

    private long last(String path) {
        return received.get(path).values().stream()
                .mapToLong(Arrival::nanos)
                .max()
                .orElseThrow();
    }

    private static HttpResponse<String> call(String method, String url, String json, String ifMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", AUTH)
                .timeout(Duration.ofMinutes(5));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", method.equals("PATCH") ? "application/merge-patch+json" : "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static double median(List<double[]> rounds, int column) {
        List<Double> values = rounds.stream().map(r -> r[column]).sorted().toList();
        return values.get(values.size() / 2);
    }

    private static void line(StringBuilder report, String format, Object... args) {
        String line = String.format(format, args);
        System.out.print(line);
        report.append(line);
    }
}
