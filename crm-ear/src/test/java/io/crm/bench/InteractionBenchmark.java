package io.crm.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.crm.it.Deployments;
import jakarta.json.Json;
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
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
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
 * Interactions on PostgreSQL: batches of 1,000 through {@code POST /interactions/bulk} against the same bodies
 * inserted by a plain JDBC batch in the same server ({@link JdbcInteractionResource}), in alternating windows; then the
 * timeline of one customer with {@value #TIMELINE_ITEMS} interactions and a few hundred other items: page latency
 * through the route, first page and deep pages, and the same page as one UNION ALL statement against the per-kind
 * keyset reads the service merges, in plain JDBC. Prints a table and writes it to target/benchmarks/interactions.txt.
 */
@ExtendWith(ArquillianExtension.class)
class InteractionBenchmark {

    static final int CUSTOMERS = Integer.getInteger("bench.customers", 10_000);
    static final int TIMELINE_ITEMS = 100_000;
    static final long FIRST_ID = 20_000_000L;
    private static final int CLIENTS = Integer.getInteger("bench.clients", 4);
    private static final int BATCH = 1000;
    private static final Duration WARMUP = Duration.ofSeconds(Long.getLong("bench.warmup", 30));
    private static final Duration MEASURED = Duration.ofSeconds(Long.getLong("bench.seconds", 20));
    private static final int ROUNDS = 2;
    private static final String[] TYPES = {"PAGE_VIEW", "PRODUCT_VIEW", "ADD_TO_CART", "APP_LOGIN", "STORE_VISIT"};
    private static final HttpClient CLIENT = HttpClient.newBuilder().build();
    private static final AtomicLong EXTERNAL = new AtomicLong();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.builtEarWithRestClasses(JdbcInteractionResource.class);
    }

    @ArquillianResource
    URL deployment;

    @Test
    void interactions() throws Exception {
        String url = System.getProperty("bench.db.url");
        String user = System.getProperty("bench.db.user");
        String password = System.getProperty("bench.db.password", "");
        String api = Deployments.apiBase(deployment);
        String auth = "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8));
        StringBuilder report = new StringBuilder();
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            load(db);
            String run = Long.toString(System.currentTimeMillis(), 36);
            line(
                    report,
                    "Ingest: batches of %d, %d clients, %d customers, windows of %d s after %d s warm-up%n",
                    BATCH,
                    CLIENTS,
                    CUSTOMERS,
                    MEASURED.toSeconds(),
                    WARMUP.toSeconds());
            ingest(api + "interactions/bulk", auth, run + "w", WARMUP);
            ingest(api + "bench/jdbc/interactions", auth, run + "v", WARMUP);
            double route = 0;
            double jdbc = 0;
            for (int round = 0; round < ROUNDS; round++) {
                double r = ingest(api + "interactions/bulk", auth, run + "r" + round, MEASURED);
                double j = ingest(api + "bench/jdbc/interactions", auth, run + "j" + round, MEASURED);
                line(report, "  round %d: route %,.0f/s, plain JDBC batch %,.0f/s%n", round + 1, r, j);
                route += r;
                jdbc += j;
            }
            line(
                    report,
                    "interactions/s: route %,.0f, plain JDBC %,.0f, route/JDBC %.2f%n%n",
                    route / ROUNDS,
                    jdbc / ROUNDS,
                    route / jdbc);

            long customer = timelineCustomer(db);
            String base = api + "customers/" + customer + "/timeline?limit=50";
            for (int i = 0; i < 50; i++) {
                get(base, auth); // warm-up
            }
            long[] first = new long[200];
            for (int i = 0; i < first.length; i++) {
                long t0 = System.nanoTime();
                get(base, auth);
                first[i] = System.nanoTime() - t0;
            }
            List<Long> deep = new ArrayList<>();
            String cursor = null;
            int pages = 0;
            long total = 0;
            do {
                long t0 = System.nanoTime();
                JsonObject page = get(base + (cursor == null ? "" : "&cursor=" + enc(cursor)), auth);
                deep.add(System.nanoTime() - t0);
                total += page.getJsonArray("items").size();
                cursor = page.isNull("next") ? null : page.getString("next");
                pages++;
            } while (cursor != null && pages < 400);
            line(
                    report,
                    "Timeline of one customer with %,d interactions and %d other items, pages of 50:%n",
                    TIMELINE_ITEMS,
                    OTHER_ITEMS);
            line(report, "  first page, 200 times: p50 %.1f ms, p99 %.1f ms%n", pct(first, 50), pct(first, 99));
            long[] walk = deep.stream().mapToLong(Long::longValue).toArray();
            line(
                    report,
                    "  %d consecutive pages (%,d items): p50 %.1f ms, p99 %.1f ms, last %.1f ms%n",
                    pages,
                    total,
                    pct(walk, 50),
                    pct(walk, 99),
                    walk[walk.length - 1] / 1e6);
            compareUnion(db, customer, report);
        }
        Path out = Path.of("target", "benchmarks", "interactions.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private static final int OTHER_ITEMS = 600;

    /** Interactions/s through one endpoint with CLIENTS clients sending whole batches for the given time. */
    private double ingest(String endpoint, String auth, String run, Duration time) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long end = System.nanoTime() + time.toNanos();
        List<Future<Long>> clients = new ArrayList<>();
        long started = System.nanoTime();
        for (int c = 0; c < CLIENTS; c++) {
            Random random = new Random(c * 31L + run.hashCode());
            clients.add(pool.submit(() -> {
                long sent = 0;
                while (System.nanoTime() < end) {
                    String body = batch(random, run);
                    HttpResponse<String> r = CLIENT.send(
                            HttpRequest.newBuilder(URI.create(endpoint))
                                    .header("Authorization", auth)
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(body))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    assertEquals(200, r.statusCode(), r::body);
                    sent += BATCH;
                }
                return sent;
            }));
        }
        long sent = 0;
        for (Future<Long> f : clients) {
            sent += f.get();
        }
        pool.shutdown();
        return sent / ((System.nanoTime() - started) / 1e9);
    }

    private static String batch(Random random, String run) {
        StringBuilder b = new StringBuilder("{\"items\": [");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (int i = 0; i < BATCH; i++) {
            b.append(i == 0 ? "" : ",")
                    .append("{\"customerId\": \"")
                    .append(FIRST_ID + random.nextInt(CUSTOMERS))
                    .append("\", \"type\": \"")
                    .append(TYPES[random.nextInt(TYPES.length)])
                    .append("\", \"occurredAt\": \"")
                    .append(now.minusSeconds(random.nextInt(30 * 86_400)))
                    .append("\", \"channel\": \"app\", \"properties\": {\"sku\": \"SKU-")
                    .append(random.nextInt(5000))
                    .append("\", \"page\": \"/p/")
                    .append(random.nextInt(300))
                    .append("\"}, \"externalId\": \"")
                    .append(run)
                    .append('-')
                    .append(EXTERNAL.incrementAndGet())
                    .append("\"}");
        }
        return b.append("]}").toString();
    }

    /** One UNION ALL statement over every source against the per-kind keyset reads, deep in the timeline. */
    private static void compareUnion(Connection db, long customer, StringBuilder report) throws Exception {
        String[][] sources = {
            {"follow_up", "created_at", "'follow-up'", ""},
            {"interaction", "occurred_at", "'interaction'", ""},
            {"customer_history", "changed_at", "'level-change'", " AND field = 'level'"},
            {"note", "created_at", "'note'", ""},
            {"points_entry", "created_at", "'points-entry'", ""},
            {"purchase", "occurred_at", "'purchase'", ""},
            {"customer_history", "changed_at", "'stage-change'", " AND field = 'lifecycleStage'"},
            {"survey_response", "responded_at", "'survey-answer'", ""},
            {"survey_invitation", "created_at", "'survey-invitation'", ""},
            {"customer_history", "changed_at", "'tier-change'", " AND field = 'tier'"}
        };
        // a position half way down the timeline
        Instant middle;
        try (PreparedStatement s = db.prepareStatement(
                "SELECT occurred_at FROM interaction WHERE customer_id = ? ORDER BY occurred_at DESC, id DESC"
                        + " OFFSET " + TIMELINE_ITEMS / 2 + " LIMIT 1")) {
            s.setLong(1, customer);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                middle = r.getObject(1, java.time.OffsetDateTime.class).toInstant();
            }
        }
        List<String> branches = new ArrayList<>();
        for (String[] src : sources) {
            branches.add("SELECT " + src[1] + " AS t, " + src[2] + " AS k, id FROM " + src[0] + " WHERE customer_id = ?"
                    + src[3]);
        }
        String union = "SELECT t, k, id FROM (" + String.join(" UNION ALL ", branches) + ") u"
                + " WHERE t <= ? AND (t < ? OR k > 'interaction' OR (k = 'interaction' AND id < ?))"
                + " ORDER BY t DESC, k, id DESC LIMIT 51";
        long[] unionTimes = new long[30];
        long[] mergeTimes = new long[30];
        for (int i = 0; i < 40; i++) {
            long t0 = System.nanoTime();
            try (PreparedStatement s = db.prepareStatement(union)) {
                int p = 1;
                for (int b = 0; b < sources.length; b++) {
                    s.setLong(p++, customer);
                }
                s.setObject(p++, middle.atOffset(ZoneOffset.UTC));
                s.setObject(p++, middle.atOffset(ZoneOffset.UTC));
                s.setLong(p, Long.MAX_VALUE);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        // read
                    }
                }
            }
            long t1 = System.nanoTime();
            List<Object[]> merged = new ArrayList<>();
            for (String[] src : sources) {
                int c = src[2].compareTo("'interaction'");
                String after = c > 0
                        ? src[1] + " <= ?"
                        : c < 0 ? src[1] + " < ?" : "(" + src[1] + " <= ? AND (" + src[1] + " < ? OR id < ?))";
                try (PreparedStatement s = db.prepareStatement("SELECT " + src[1] + ", id FROM " + src[0]
                        + " WHERE customer_id = ?" + src[3] + " AND " + after + " ORDER BY " + src[1]
                        + " DESC, id DESC LIMIT 51")) {
                    s.setLong(1, customer);
                    s.setObject(2, middle.atOffset(ZoneOffset.UTC));
                    if (c == 0) {
                        s.setObject(3, middle.atOffset(ZoneOffset.UTC));
                        s.setLong(4, Long.MAX_VALUE);
                    }
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            merged.add(
                                    new Object[] {r.getObject(1, java.time.OffsetDateTime.class), src[2], r.getLong(2)
                                    });
                        }
                    }
                }
            }
            merged.sort(Comparator.comparing((Object[] o) -> (java.time.OffsetDateTime) o[0])
                    .reversed());
            long t2 = System.nanoTime();
            if (i >= 10) {
                unionTimes[i - 10] = t1 - t0;
                mergeTimes[i - 10] = t2 - t1;
            }
        }
        line(
                report,
                "  a page half way down, in plain JDBC: one UNION ALL statement p50 %.1f ms; nine keyset reads"
                        + " merged p50 %.1f ms%n",
                pct(unionTimes, 50),
                pct(mergeTimes, 50));
    }

    private static double pct(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private static void line(StringBuilder report, String format, Object... args) {
        String text = String.format(format, args);
        System.out.print(text);
        report.append(text);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static JsonObject get(String uri, String auth) throws Exception {
        HttpResponse<String> r = CLIENT.send(
                HttpRequest.newBuilder(URI.create(uri))
                        .header("Authorization", auth)
                        .header("Accept", "application/json")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r::body);
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    /** The customers the batches name, straight into the schema the EAR migrated. */
    private static void load(Connection c) throws Exception {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM customer WHERE id >= " + FIRST_ID + " AND id <= " + (FIRST_ID + CUSTOMERS));
        }
        try (PreparedStatement s = c.prepareStatement(insertCustomer())) {
            for (int i = 0; i <= CUSTOMERS; i++) {
                bindCustomer(s, FIRST_ID + i, i);
                s.addBatch();
                if (i % 1000 == 999) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
        c.commit();
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            s.execute("ANALYZE customer");
        }
    }

    /** One customer with TIMELINE_ITEMS interactions and OTHER_ITEMS notes, purchases and points entries. */
    private static long timelineCustomer(Connection c) throws Exception {
        long id = FIRST_ID + CUSTOMERS;
        c.setAutoCommit(false);
        Instant now = Instant.now();
        Random random = new Random(100_000);
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO interaction (id, customer_id, type, occurred_at, channel, created_at, created_by)"
                        + " VALUES (?, ?, ?, ?, 'web', ?, 'bench')")) {
            for (int i = 0; i < TIMELINE_ITEMS; i++) {
                s.setLong(1, 5_000_000_000_000L + i);
                s.setLong(2, id);
                s.setString(3, TYPES[i % TYPES.length]);
                s.setObject(
                        4, now.minusSeconds(random.nextInt(3 * 365 * 86_400)).atOffset(ZoneOffset.UTC));
                s.setObject(5, now.atOffset(ZoneOffset.UTC));
                s.addBatch();
                if (i % 5000 == 4999) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
        try (PreparedStatement note = c.prepareStatement(
                        "INSERT INTO note (id, version, customer_id, author_id, text,"
                                + " created_at, updated_at) VALUES (?, 1, ?, 'sales1', 'call 13800138000 about the order', ?, ?)");
                PreparedStatement purchase = c.prepareStatement("INSERT INTO purchase (id, customer_id, amount,"
                        + " currency, occurred_at, created_at) VALUES (?, ?, 99.00, 'CNY', ?, ?)")) {
            for (int i = 0; i < OTHER_ITEMS / 2; i++) {
                Object at = now.minusSeconds(random.nextInt(3 * 365 * 86_400)).atOffset(ZoneOffset.UTC);
                note.setLong(1, 5_000_000_000_000L + i);
                note.setLong(2, id);
                note.setObject(3, at);
                note.setObject(4, at);
                note.addBatch();
                purchase.setLong(1, 5_000_000_000_000L + i);
                purchase.setLong(2, id);
                purchase.setObject(3, at);
                purchase.setObject(4, at);
                purchase.addBatch();
            }
            note.executeBatch();
            purchase.executeBatch();
        }
        c.commit();
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            s.execute("ANALYZE interaction");
            s.execute("ANALYZE note");
            s.execute("ANALYZE purchase");
        }
        return id;
    }

    private static String insertCustomer() {
        return "INSERT INTO customer (id, version, type, name, name_key, owner_id, team_id, tier, computed_tier,"
                + " lifecycle_stage, purchase_count, total_spend, created_at, updated_at)"
                + " VALUES (?, 1, 'PERSON', ?, ?, 'sales1', 'east', 'POTENTIAL', 'POTENTIAL', 'ACQUISITION', 0, 0,"
                + " now(), now())";
    }

    private static void bindCustomer(PreparedStatement s, long id, int i) throws Exception {
        s.setLong(1, id);
        s.setString(2, "bench" + i);
        s.setString(3, "bench" + i);
    }
}
