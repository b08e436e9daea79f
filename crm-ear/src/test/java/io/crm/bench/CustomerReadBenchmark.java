package io.crm.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.crm.common.Cursor;
import io.crm.customer.CustomerFilter;
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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Customer reads under load on PostgreSQL: {@code GET /customers/{id}} and {@code GET /customers} (a page of 50
 * from a random position) through JPA, beside the same reads with plain JDBC in the same server, bare and with the
 * same read entries for the audit trail as the CRM's reads, at 16 and 64 concurrent clients, over
 * {@value #CUSTOMERS} customers; then GET's latency with 64 clients that share a fixed rate below the most JPA reached.
 * Prints a table and writes it to target/benchmarks/customer-read.txt.
 */
@ExtendWith(ArquillianExtension.class)
class CustomerReadBenchmark {

    static final int CUSTOMERS = Integer.getInteger("bench.customers", 100_000);
    static final long FIRST_ID = 10_000_000L;
    private static final Duration WARMUP = Duration.ofSeconds(Long.getLong("bench.warmup", 45));
    private static final Duration SETTLE = Duration.ofSeconds(2);
    private static final int ROUNDS = 4;
    private static final Duration MEASURED = Duration.ofSeconds(Long.getLong("bench.seconds", 20));
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明"};
    private static final String[][] OWNERS = {
        {"sales1", "east"}, {"sales2", "east"}, {"sales3", "west"}, {"manager", "east"}
    };

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.builtEarWithRestClasses(JdbcCustomerReadResource.class);
    }

    @ArquillianResource
    URL deployment;

    @Test
    void customerReads() throws Exception {
        load();
        String api = Deployments.apiBase(deployment);
        String auth = basic("admin");
        String salesAuth = basic("sales1");
        sameAnswers(api, auth);

        String fingerprint = Cursor.fingerprint(CustomerFilter.none());
        Function<ThreadLocalRandom, HttpRequest> jpaGet = r -> get(api + "customers/" + randomId(r), auth);
        Function<ThreadLocalRandom, HttpRequest> jdbcGet = r -> get(api + "bench/jdbc/customers/" + randomId(r), auth);
        Function<ThreadLocalRandom, HttpRequest> jpaList = r -> get(
                api + "customers?limit=50&cursor="
                        + new Cursor("customers", Long.toString(randomId(r) - 100), fingerprint).encode(),
                auth);
        Function<ThreadLocalRandom, HttpRequest> jdbcList =
                r -> get(api + "bench/jdbc/customers?limit=50&after=" + (randomId(r) - 100), auth);
        Function<ThreadLocalRandom, HttpRequest> auditedJdbcGet =
                r -> get(api + "bench/jdbc/customers/" + randomId(r) + "?audited=true", auth);
        Function<ThreadLocalRandom, HttpRequest> auditedJdbcList =
                r -> get(api + "bench/jdbc/customers?limit=50&audited=true&after=" + (randomId(r) - 100), auth);

        if ("lists".equals(System.getProperty("bench.only"))) {
            listsOnly(jpaList, jdbcList, auditedJdbcList);
            return;
        }
        // the server's JIT compiles while every path runs: measure only after all of them ran for the warm-up
        for (Function<ThreadLocalRandom, HttpRequest> scenario :
                List.of(jpaGet, jdbcGet, auditedJdbcGet, jpaList, jdbcList, auditedJdbcList)) {
            LoadDriver.run(16, WARMUP, Duration.ofSeconds(1), scenario);
        }
        List<List<LoadDriver.Result>> comparisons = new ArrayList<>();
        double mostGetsAt64 = 0;
        for (int clients : new int[] {16, 64}) {
            List<LoadDriver.Result> gets = compare(
                    "GET /customers/{id}",
                    clients,
                    0,
                    List.of(
                            Map.entry("JPA", jpaGet),
                            Map.entry("plain JDBC", jdbcGet),
                            Map.entry("plain JDBC, audited", auditedJdbcGet)));
            comparisons.add(gets);
            if (clients == 64) {
                mostGetsAt64 = gets.get(0).throughput();
            }
            comparisons.add(compare(
                    "GET /customers?limit=50",
                    clients,
                    0,
                    List.of(
                            Map.entry("JPA", jpaList),
                            Map.entry("plain JDBC", jdbcList),
                            Map.entry("plain JDBC, audited", auditedJdbcList))));
        }
        // latency below saturation: 64 clients sharing a rate that is a share of what JPA reached with 64 in a closed
        // loop
        List<LoadDriver.Result> paced = new ArrayList<>();
        for (double share : new double[] {0.25, 0.5, 0.75}) {
            int rate = (int) (mostGetsAt64 * share);
            paced.addAll(compare(
                    "GET /customers/{id} at " + rate + "/s",
                    64,
                    rate,
                    List.of(Map.entry("JPA", jpaGet), Map.entry("plain JDBC", jdbcGet))));
        }
        // the visibility predicate: sales1 owns a quarter of the customers, admin sees all without a predicate
        Function<ThreadLocalRandom, HttpRequest> salesList = r -> get(
                api + "customers?limit=50&cursor="
                        + new Cursor("customers", Long.toString(randomId(r) - 400), fingerprint).encode(),
                salesAuth);
        LoadDriver.run(16, WARMUP, Duration.ofSeconds(1), salesList);
        comparisons.add(compare(
                "GET /customers?limit=50",
                16,
                0,
                List.of(Map.entry("as sales1", salesList), Map.entry("as admin", jpaList))));
        StringBuilder report = new StringBuilder()
                .append("Customer reads, ")
                .append(CUSTOMERS)
                .append(" customers on PostgreSQL, ")
                .append(MEASURED.toSeconds())
                .append(" s measured per row (")
                .append(ROUNDS)
                .append(" windows of each path, taking turns) after ")
                .append(WARMUP.toSeconds())
                .append(" s warm-up of each path, ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores (client and server on one machine)\n")
                .append(LoadDriver.Result.header())
                .append('\n');
        comparisons.forEach(
                results -> results.forEach(r -> report.append(r.line()).append('\n')));
        for (List<LoadDriver.Result> results : comparisons) {
            LoadDriver.Result first = results.get(0);
            for (LoadDriver.Result other : results.subList(1, results.size())) {
                report.append(String.format(
                        "throughput ratio %-40s / %-44s at %2d clients: %.2f%n",
                        first.scenario(), other.scenario(), first.clients(), first.throughput() / other.throughput()));
                report.append(String.format(
                        "server CPU per request %-34s / %-44s at %2d clients: %.2f%n",
                        first.scenario(),
                        other.scenario(),
                        first.clients(),
                        first.serverCpuMillisPerRequest() / other.serverCpuMillisPerRequest()));
                report.append(String.format(
                        "database CPU per request %-32s / %-44s at %2d clients: %.2f%n",
                        first.scenario(),
                        other.scenario(),
                        first.clients(),
                        first.databaseCpuMillisPerRequest() / other.databaseCpuMillisPerRequest()));
            }
        }
        report.append(
                        "\n64 clients sharing a fixed rate, a quarter, half and three quarters of the JPA path's GETs a second with 64 ")
                .append("clients in a closed loop; each latency counts from the moment its request was due\n")
                .append(LoadDriver.Result.header())
                .append('\n');
        paced.forEach(r -> report.append(r.line()).append('\n'));
        publish("customer-read.txt", report);
    }

    /** Prints a report and writes it to target/benchmarks. */
    private static void publish(String file, CharSequence report) throws Exception {
        System.out.println(report);
        Path out = Path.of("target", "benchmarks", file);
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    /**
     * The JPA list beside the bare JDBC list, audited and not, alone ({@code -Dbench.only=lists}), for comparing changes to the list
     * on one machine in a few minutes: set a longer {@code bench.warmup} and {@code bench.seconds} than the defaults.
     */
    private static void listsOnly(
            Function<ThreadLocalRandom, HttpRequest> jpaList,
            Function<ThreadLocalRandom, HttpRequest> jdbcList,
            Function<ThreadLocalRandom, HttpRequest> auditedJdbcList)
            throws Exception {
        for (Function<ThreadLocalRandom, HttpRequest> scenario : List.of(jpaList, jdbcList, auditedJdbcList)) {
            LoadDriver.run(16, WARMUP, Duration.ofSeconds(1), scenario);
        }
        List<LoadDriver.Result> lists = compare(
                "GET /customers?limit=50",
                16,
                0,
                List.of(
                        Map.entry("JPA", jpaList),
                        Map.entry("plain JDBC", jdbcList),
                        Map.entry("plain JDBC, audited", auditedJdbcList)));
        StringBuilder report = new StringBuilder(LoadDriver.Result.header()).append('\n');
        lists.forEach(r -> report.append(r.line()).append('\n'));
        for (LoadDriver.Result other : lists.subList(1, lists.size())) {
            report.append(String.format(
                    "JPA / %-20s throughput %.2f, server CPU per request %.2f, database CPU per request %.2f%n",
                    other.scenario().substring(other.scenario().lastIndexOf("  ") + 2),
                    lists.get(0).throughput() / other.throughput(),
                    lists.get(0).serverCpuMillisPerRequest() / other.serverCpuMillisPerRequest(),
                    lists.get(0).databaseCpuMillisPerRequest() / other.databaseCpuMillisPerRequest()));
        }
        publish("customer-list.txt", report);
    }

    /**
     * The paths measured in windows that take turns, so that drift on a shared machine (JIT, GC, other processes)
     * falls on all of them alike. The first path is the one compared with the others. Closed loop for a
     * {@code perSecond} of 0, else the clients share that rate.
     */
    private static List<LoadDriver.Result> compare(
            String scenario,
            int clients,
            double perSecond,
            List<Map.Entry<String, Function<ThreadLocalRandom, HttpRequest>>> paths)
            throws Exception {
        Map<String, List<LoadDriver.Sample>> samples = new LinkedHashMap<>();
        paths.forEach(path -> samples.put(path.getKey(), new ArrayList<>()));
        Duration window = MEASURED.dividedBy(ROUNDS);
        for (int round = 0; round < ROUNDS; round++) {
            for (Map.Entry<String, Function<ThreadLocalRandom, HttpRequest>> path : paths) {
                samples.get(path.getKey())
                        .add(LoadDriver.runPaced(clients, perSecond, SETTLE, window, path.getValue()));
            }
        }
        List<LoadDriver.Result> results = new ArrayList<>();
        samples.forEach((label, s) -> results.add(LoadDriver.Result.of(scenario + "  " + label, clients, s)));
        return results;
    }

    private static long randomId(ThreadLocalRandom random) {
        return FIRST_ID + random.nextInt(CUSTOMERS);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    private static HttpRequest get(String uri, String auth) {
        return HttpRequest.newBuilder(URI.create(uri))
                .header("Authorization", auth)
                .header("Accept", "application/json")
                .GET()
                .build();
    }

    /** Both paths must answer with the same customer, or the comparison means nothing. */
    private static void sameAnswers(String api, String auth) throws Exception {
        HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (long id : new long[] {FIRST_ID, FIRST_ID + 7, FIRST_ID + CUSTOMERS - 1}) {
            HttpResponse<String> jpa =
                    client.send(get(api + "customers/" + id, auth), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> jdbc =
                    client.send(get(api + "bench/jdbc/customers/" + id, auth), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, jpa.statusCode(), jpa::body);
            assertEquals(200, jdbc.statusCode(), jdbc::body);
            assertEquals(json(jpa.body()), json(jdbc.body()), "JPA and JDBC answers differ for customer " + id);
        }
        JsonObject jpaPage = json(client.send(
                        get(
                                api + "customers?limit=50&cursor="
                                        + new Cursor(
                                                        "customers",
                                                        Long.toString(FIRST_ID + 10),
                                                        Cursor.fingerprint(CustomerFilter.none()))
                                                .encode(),
                                auth),
                        HttpResponse.BodyHandlers.ofString())
                .body());
        JsonObject jdbcPage = json(client.send(
                        get(api + "bench/jdbc/customers?limit=50&after=" + (FIRST_ID + 10), auth),
                        HttpResponse.BodyHandlers.ofString())
                .body());
        assertEquals(50, jpaPage.getJsonArray("items").size(), jpaPage::toString);
        assertEquals(jpaPage.getJsonArray("items"), jdbcPage.getJsonArray("items"), "JPA and JDBC pages differ");
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    /** Inserts the customers with plain JDBC batches, straight into the schema the EAR migrated. */
    static void load() throws Exception {
        String url = System.getProperty("bench.db.url");
        String user = System.getProperty("bench.db.user");
        long started = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, user, System.getProperty("bench.db.password", ""))) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM customer WHERE id >= " + FIRST_ID);
            }
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement customer = c.prepareStatement(
                            "INSERT INTO customer (id, version, type, name, name_key, "
                                    + "phones, emails, gender, birthday, occupation, region, city, source, consent_email, owner_id, team_id, "
                                    + "tier, computed_tier, lifecycle_stage, purchase_count, total_spend, created_at, updated_at) "
                                    + "VALUES (?, 1, 'PERSON', ?, ?, ?, ?, ?, ?, 'engineer', ?, ?, 'WEB', true, ?, ?, ?, ?, 'CONVERSION', ?, ?, ?, ?)");
                    PreparedStatement tag =
                            c.prepareStatement("INSERT INTO customer_tag (customer_id, tag) VALUES (?, ?)")) {
                for (int i = 0; i < CUSTOMERS; i++) {
                    long id = FIRST_ID + i;
                    String name = SURNAMES[i % SURNAMES.length]
                            + GIVEN[(i / 12) % GIVEN.length]
                            + GIVEN[(i / 180) % GIVEN.length];
                    String[] owner = OWNERS[i % OWNERS.length];
                    String tier = new String[] {"POTENTIAL", "REGULAR", "IMPORTANT", "VIP"}[i % 4];
                    customer.setLong(1, id);
                    customer.setString(2, name);
                    customer.setString(3, name.toLowerCase());
                    customer.setString(4, "+86139" + String.format("%08d", i));
                    customer.setString(5, "c" + i + "@bench.example.com");
                    customer.setString(6, i % 2 == 0 ? "MALE" : "FEMALE");
                    // a birthday is text since it is sealed (V21); a value in clear is read as it is
                    customer.setString(
                            7,
                            java.time.LocalDate.of(1960 + i % 40, 1 + i % 12, 1 + i % 28)
                                    .toString());
                    customer.setString(8, i % 3 == 0 ? "华东" : "华南");
                    customer.setString(9, new String[] {"上海", "杭州", "广州", "深圳"}[i % 4]);
                    customer.setString(10, owner[0]);
                    customer.setString(11, owner[1]);
                    customer.setString(12, tier);
                    customer.setString(13, tier);
                    customer.setInt(14, i % 9);
                    customer.setBigDecimal(15, new java.math.BigDecimal((i % 9) * 137 + ".50"));
                    customer.setTimestamp(16, now);
                    customer.setTimestamp(17, now);
                    customer.addBatch();
                    for (String t : new String[] {"newsletter", "segment-" + (i % 20)}) {
                        tag.setLong(1, id);
                        tag.setString(2, t);
                        tag.addBatch();
                    }
                    if (i % 1000 == 999) {
                        customer.executeBatch();
                        tag.executeBatch();
                    }
                }
                customer.executeBatch();
                tag.executeBatch();
            }
            c.commit();
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE customer");
                s.execute("ANALYZE customer_tag");
            }
        }
        System.out.printf("Loaded %d customers in %.1f s%n", CUSTOMERS, (System.nanoTime() - started) / 1e9);
    }
}
