package io.crm.bench;

import static io.crm.bench.IngestResource.word;
import static io.crm.bench.LoadDriver.percentile;
import static io.crm.it.Search.sleep;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.crm.it.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * How fast a write becomes searchable, under load: writers create notes over REST and poll the search for a word
 * only that note holds, from the moment the 201 arrives (the commit is done) until the first hit, while other
 * clients search. Before that, {@value #SEEDED} notes are put straight into the database with their outbox rows,
 * and the time the index takes to catch up with them gives the indexing rate. Prints a report and writes it to
 * target/benchmarks/search-latency.txt.
 */
@ExtendWith(ArquillianExtension.class)
class SearchLatencyBenchmark {

    static final int SEEDED = Integer.getInteger("bench.notes", 50_000);
    private static final int WRITERS = Integer.getInteger("bench.writers", 4);
    private static final int SEARCHERS = Integer.getInteger("bench.searchers", 4);
    private static final Duration MEASURED = Duration.ofSeconds(Long.getLong("bench.seconds", 60));
    private static final int RATE = Integer.getInteger("bench.rate", 1000);
    private static final int SERVICE_RATE = Integer.getInteger("bench.service-rate", 300);
    private static final int INGESTERS = Integer.getInteger("bench.ingesters", 4);
    private static final int WARMUP_SECONDS = Integer.getInteger("bench.ingest-warmup", 60);
    private static final long FIRST_NOTE = 50_000_000L;
    private static final String[] CLAUSES = {
        "客户要求退款",
        "答应下周回访",
        "called about the refund",
        "上门拍摄",
        "报价单已发送",
        "renewal of the annual contract",
        "物流太慢",
        "asked for a demo",
        "投诉产品质量",
        "payment overdue"
    };
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        JavaArchive signal =
                ShrinkWrap.create(JavaArchive.class, "refresh-signal.jar").addClass(RefreshSignal.class);
        return Deployments.withEjbModule(Deployments.builtEarWithRestClasses(IngestResource.class), signal);
    }

    @ArquillianResource
    URL deployment;

    @Test
    void writesBecomeSearchableQuickly() throws Exception {
        String api = Deployments.apiBase(deployment);
        List<String> customers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            customers.add(
                    json(send(post(api + "customers", "sales1", "{\"name\": \"Bench " + (char) ('A' + i) + "\"}")))
                            .getString("id"));
        }
        long seededAt = System.nanoTime();
        seed(customers);
        waitUntilCaughtUp(api);
        double catchUpSeconds = (System.nanoTime() - seededAt) / 1e9;

        // warm-up, then the measured window
        measure(api, customers, Duration.ofSeconds(15));
        Measured m = measure(api, customers, MEASURED);
        waitUntilCaughtUp(api);
        Ingested bare = ingest(api, customers, "outbox", RATE);
        waitUntilCaughtUp(api);
        Ingested service = ingest(api, customers, "service", SERVICE_RATE);

        String report = String.format(
                """
                Search visibility, %d cores (client and server on one machine), database %s
                catch-up after %d notes written straight to the database: %.1f s (%.0f notes/s indexed)
                %d writers (POST a note, then search for its word every 5 ms) and %d searchers, %d s measured
                writes: %d (%.1f/s); background searches: %d (%.1f/s)
                write → searchable, ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f   (over 1 s: %d)
                ingestion in the server, %d threads, %d s warm-up + %d s measured; every 20th note looked for in the server after each refresh
                %s
                %s
                """,
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("bench.db.url"),
                SEEDED,
                catchUpSeconds,
                SEEDED / catchUpSeconds,
                WRITERS,
                SEARCHERS,
                MEASURED.toSeconds(),
                m.latencies.length,
                m.latencies.length / (double) MEASURED.toSeconds(),
                m.searches,
                m.searches / (double) MEASURED.toSeconds(),
                percentile(m.latencies, 0.50),
                percentile(m.latencies, 0.95),
                percentile(m.latencies, 0.99),
                percentile(m.latencies, 1.0),
                m.overOneSecond,
                INGESTERS,
                WARMUP_SECONDS,
                MEASURED.toSeconds(),
                bare.line("note and outbox rows", RATE),
                service.line("NoteService.create", SERVICE_RATE));
        System.out.println(report);
        Path out = Path.of("target", "benchmarks", "search-latency.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private record Measured(long[] latencies, long searches, long overOneSecond) {}

    private record Ingested(
            long written, double seconds, double maxLagMillis, long[] latencies, long notFound, long searches) {

        String line(String path, int asked) {
            return String.format(
                    """
                    %s, asked for %d notes/s: %d notes in %.1f s (%.0f/s), furthest behind schedule %.0f ms
                      commit → searchable, ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f   (%d sampled; over 1 s: %d; never found: %d; %d searches by the watcher)""",
                    path,
                    asked,
                    written,
                    seconds,
                    written / seconds,
                    maxLagMillis,
                    percentile(latencies, 0.50),
                    percentile(latencies, 0.95),
                    percentile(latencies, 0.99),
                    percentile(latencies, 1.0),
                    latencies.length,
                    Arrays.stream(latencies)
                            .filter(l -> l > Duration.ofSeconds(1).toNanos())
                            .count(),
                    notFound,
                    searches);
        }
    }

    /**
     * Notes written at {@code rate} per second inside the server ({@link IngestResource}) along {@code path}, while a
     * watcher there times how long every 20th takes from its commit to its first hit.
     */
    private static Ingested ingest(String api, List<String> customers, String path, int rate) throws Exception {
        String query = customers.stream().map(c -> "customer=" + c).collect(Collectors.joining("&"))
                + Arrays.stream(CLAUSES)
                        .map(c -> "&clauses=" + URLEncoder.encode(c, StandardCharsets.UTF_8))
                        .collect(Collectors.joining())
                + "&perSecond=" + rate + "&threads=" + INGESTERS + "&warmup=" + WARMUP_SECONDS + "&seconds="
                + MEASURED.toSeconds()
                + "&sampleEvery=20&path=" + path;
        CompletableFuture<HttpResponse<String>> watcher = CLIENT.sendAsync(
                post(api + "bench/ingest/watch?seconds=" + (WARMUP_SECONDS + MEASURED.toSeconds()), "sales1", ""),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        HttpResponse<String> response = CLIENT.send(
                post(api + "bench/ingest?" + query, "sales1", ""),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), response::body);
        JsonObject ingested = json(response);
        HttpResponse<String> watched = watcher.get();
        assertEquals(200, watched.statusCode(), watched::body);
        JsonObject result = json(watched);
        long[] latencies = result.getJsonArray("latencies").getValuesAs(JsonNumber.class).stream()
                .mapToLong(n -> (long) (n.doubleValue() * 1e6))
                .sorted()
                .toArray();
        return new Ingested(
                ingested.getJsonNumber("written").longValue(),
                ingested.getJsonNumber("seconds").doubleValue(),
                ingested.getJsonNumber("maxLagMillis").doubleValue(),
                latencies,
                result.getJsonNumber("notFound").longValue(),
                result.getJsonNumber("searches").longValue());
    }

    private Measured measure(String api, List<String> customers, Duration window) throws InterruptedException {
        long end = System.nanoTime() + window.toNanos();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong searches = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            threads.add(started(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (System.nanoTime() < end) {
                    String word = word(random);
                    String customer = customers.get(random.nextInt(customers.size()));
                    HttpResponse<String> created = send(post(
                            api + "customers/" + customer + "/notes",
                            "sales1",
                            "{\"text\": \"" + CLAUSES[random.nextInt(CLAUSES.length)] + " " + word + "\"}"));
                    assertEquals(201, created.statusCode(), created::body);
                    long committed = System.nanoTime();
                    while (json(send(get(api + "search?q=" + word, "sales1")))
                                    .getJsonNumber("total")
                                    .longValue()
                            == 0) {
                        sleep(5);
                        if (System.nanoTime() - committed
                                > Duration.ofSeconds(10).toNanos()) {
                            throw new AssertionError(word + " not searchable after 10 s");
                        }
                    }
                    latencies.add(System.nanoTime() - committed);
                }
            }));
        }
        for (int s = 0; s < SEARCHERS; s++) {
            threads.add(started(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (System.nanoTime() < end) {
                    String q = URLEncoder.encode(
                            CLAUSES[random.nextInt(CLAUSES.length)].split(" ")[0], StandardCharsets.UTF_8);
                    assertEquals(
                            200,
                            send(get(api + "search?q=" + q + "&limit=20", random.nextBoolean() ? "sales1" : "manager"))
                                    .statusCode());
                    searches.incrementAndGet();
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        long slow = latencies.stream()
                .filter(l -> l > Duration.ofSeconds(1).toNanos())
                .count();
        return new Measured(sorted, searches.get(), slow);
    }

    /** Notes and their outbox rows written straight to the database, as a bulk load would. */
    private static void seed(List<String> customers) throws Exception {
        try (Connection c = DriverManager.getConnection(
                System.getProperty("bench.db.url"),
                System.getProperty("bench.db.user"),
                System.getProperty("bench.db.password", ""))) {
            c.setAutoCommit(false);
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement note =
                            c.prepareStatement("INSERT INTO note (id, version, customer_id, author_id, text, "
                                    + "created_at, updated_at) VALUES (?, 1, ?, 'sales1', ?, ?, ?)");
                    PreparedStatement event =
                            c.prepareStatement("INSERT INTO index_event (id, entity_type, entity_id, created_at) "
                                    + "VALUES (?, 'NOTE', ?, ?)")) {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                for (int i = 0; i < SEEDED; i++) {
                    long id = FIRST_NOTE + i;
                    note.setLong(1, id);
                    note.setLong(2, Long.parseLong(customers.get(i % customers.size())));
                    note.setString(
                            3,
                            CLAUSES[random.nextInt(CLAUSES.length)] + "，" + CLAUSES[random.nextInt(CLAUSES.length)]
                                    + " " + word(random));
                    note.setTimestamp(4, now);
                    note.setTimestamp(5, now);
                    note.addBatch();
                    event.setLong(1, id);
                    event.setLong(2, id);
                    event.setTimestamp(3, now);
                    event.addBatch();
                    if (i % 1000 == 999) {
                        note.executeBatch();
                        event.executeBatch();
                    }
                }
                note.executeBatch();
                event.executeBatch();
            }
            c.commit();
        }
    }

    private static void waitUntilCaughtUp(String api) {
        long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
        while (json(send(get(api + "admin/search", "batch")))
                        .getJsonNumber("eventsWaiting")
                        .longValue()
                > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the index did not catch up in 30 minutes");
            }
            sleep(100);
        }
    }

    private static Thread started(Runnable client) {
        Thread thread = new Thread(client);
        thread.start();
        return thread;
    }

    private static HttpRequest get(String uri, String user) {
        return HttpRequest.newBuilder(URI.create(uri))
                .header("Authorization", basic(user))
                .GET()
                .build();
    }

    private static HttpRequest post(String uri, String user, String json) {
        return HttpRequest.newBuilder(URI.create(uri))
                .header("Authorization", basic(user))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
