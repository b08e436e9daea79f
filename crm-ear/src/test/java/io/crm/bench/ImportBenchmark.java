package io.crm.bench;

import static io.crm.bench.BatchBench.json;
import static io.crm.bench.BatchBench.median;

import io.crm.it.Deployments;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
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
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The customer-import job on PostgreSQL against a plain JDBC batch insert of the same rows into the same tables.
 * Each round imports {@code bench.import-rows} new customers (default 50,000: name, phone, email, two tags, an
 * externalId) as admin with policy SKIP, timed from the upload to COMPLETED (counting, validation, duplicate checks
 * by externalId, phone and email, sealing, audit, change log and history included); the baseline inserts as many
 * rows of the same values into customer, customer_tag and customer_contact_key in batches of 1,000, a commit per
 * batch as the job's chunks. Rounds alternate. Prints a table and writes it to target/benchmarks/import.txt.
 */
@ExtendWith(ArquillianExtension.class)
class ImportBenchmark {

    private static final int ROWS = Integer.getInteger("bench.import-rows", 50_000);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    private static final long FIRST_JDBC_ID = 1_500_000_000L;
    private static final HttpClient CLIENT = HttpClient.newBuilder().build();
    private static final String AUTH =
            "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8));

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.builtEar();
    }

    @ArquillianResource
    URL deployment;

    @Test
    void importAgainstJdbcBatches() throws Exception {
        String api = Deployments.apiBase(deployment);
        String run = Long.toString(System.currentTimeMillis() % 100_000, 36);
        importFile(api, csv(run + "w", 2_000)); // warm-up
        analyze(); // as autovacuum would on a server that runs it (the test server does not)
        List<String> lines = new ArrayList<>();
        List<Double> importRates = new ArrayList<>();
        List<Double> jdbcRates = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            double importSeconds = importFile(api, csv(run + round, ROWS));
            double jdbcSeconds = jdbc(run + "j" + round, FIRST_JDBC_ID + (long) round * ROWS);
            importRates.add(ROWS / importSeconds);
            jdbcRates.add(ROWS / jdbcSeconds);
            lines.add(String.format(
                    "round %d: import %d rows in %.2f s (%.0f rows/s); JDBC batches in %.2f s (%.0f rows/s)",
                    round + 1, ROWS, importSeconds, ROWS / importSeconds, jdbcSeconds, ROWS / jdbcSeconds));
        }
        double importMedian = median(importRates);
        double jdbcMedian = median(jdbcRates);
        StringBuilder report = new StringBuilder("Customer import (CSV, policy SKIP, admin) vs JDBC batch inserts\n");
        lines.forEach(l -> report.append(l).append('\n'));
        report.append(String.format(
                "rows/s, medians: import %.0f, JDBC %.0f; import / JDBC = %.2f%n",
                importMedian, jdbcMedian, importMedian / jdbcMedian));
        System.out.println(report);
        Path out = Path.of("target", "benchmarks", "import.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    /** The rows of a round: every email and externalId new, phones almost always (a match is skipped). */
    private static byte[] csv(String prefix, int rows) {
        StringBuilder csv = new StringBuilder("name,phones,emails,tags,externalId\n");
        for (int i = 0; i < rows; i++) {
            csv.append(name(i))
                    .append(',')
                    .append(phone(prefix, i))
                    .append(',')
                    .append(email(prefix, i))
                    .append(",import-bench;batch-")
                    .append(i % 20)
                    .append(",imp-")
                    .append(prefix)
                    .append('-')
                    .append(i)
                    .append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String name(int i) {
        StringBuilder given = new StringBuilder();
        for (int n = i; given.length() < 4; n /= 26) {
            given.append((char) ('a' + n % 26));
        }
        return "Wang " + Character.toUpperCase(given.charAt(0)) + given.substring(1);
    }

    /** A mobile number of 11 digits, unique per prefix and row. */
    private static String phone(String prefix, int i) {
        return "+86139" + String.format("%08d", Math.floorMod((prefix.hashCode() * 1_000_003L + i), 100_000_000L));
    }

    private static String email(String prefix, int i) {
        return "r" + prefix + "x" + i + "@import.example.com";
    }

    /** Seconds from the upload to COMPLETED. */
    private static double importFile(String api, byte[] file) throws Exception {
        long started = System.nanoTime();
        JsonObject accepted = json(send(HttpRequest.newBuilder(URI.create(api + "imports/customers?policy=SKIP"))
                .header("Authorization", AUTH)
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray(file))));
        String id = accepted.getString("importId");
        JsonObject status;
        do {
            Thread.sleep(50);
            status = json(send(HttpRequest.newBuilder(URI.create(api + "imports/" + id))
                    .header("Authorization", AUTH)
                    .GET()));
        } while (!List.of("COMPLETED", "FAILED", "STOPPED").contains(status.getString("status")));
        double seconds = (System.nanoTime() - started) / 1e9;
        if (!status.getString("status").equals("COMPLETED")
                || status.getInt("failed") != 0
                || status.getInt("created") + status.getInt("skipped") != status.getInt("totalRows")) {
            throw new AssertionError("import " + id + ": " + status);
        }
        return seconds;
    }

    private static void analyze() throws Exception {
        try (Connection c = connect()) {
            for (String table :
                    new String[] {"customer", "customer_contact_key", "customer_tag", "customer_import_row"}) {
                BatchBench.exec(c, "ANALYZE " + table);
            }
        }
    }

    private static Connection connect() throws Exception {
        return DriverManager.getConnection(
                System.getProperty("bench.db.url"),
                System.getProperty("bench.db.user"),
                System.getProperty("bench.db.password", ""));
    }

    /** Seconds to insert the same rows with plain JDBC batches, committed every 1,000. */
    private static double jdbc(String prefix, long firstId) throws Exception {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            long started = System.nanoTime();
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement customer = c.prepareStatement("INSERT INTO customer (id, version, type, name,"
                            + " name_key, phones, emails, external_id, owner_id, team_id, tier, computed_tier,"
                            + " lifecycle_stage, purchase_count, total_spend, created_at, updated_at) VALUES (?, 1,"
                            + " 'PERSON', ?, ?, ?, ?, ?, 'admin', NULL, 'POTENTIAL', 'POTENTIAL', 'POTENTIAL', 0, ?,"
                            + " ?, ?)");
                    PreparedStatement tag =
                            c.prepareStatement("INSERT INTO customer_tag (customer_id, tag) VALUES (?, ?)");
                    PreparedStatement key = c.prepareStatement(
                            "INSERT INTO customer_contact_key (customer_id, contact_key) VALUES (?, ?)")) {
                for (int i = 0; i < ROWS; i++) {
                    long id = firstId + i;
                    customer.setLong(1, id);
                    customer.setString(2, name(i));
                    customer.setString(3, name(i).toLowerCase());
                    customer.setString(4, phone(prefix, i));
                    customer.setString(5, email(prefix, i));
                    customer.setString(6, "imp-" + prefix + "-" + i);
                    customer.setBigDecimal(7, BigDecimal.ZERO);
                    customer.setTimestamp(8, now);
                    customer.setTimestamp(9, now);
                    customer.addBatch();
                    for (String t : new String[] {"import-bench", "batch-" + (i % 20)}) {
                        tag.setLong(1, id);
                        tag.setString(2, t);
                        tag.addBatch();
                    }
                    for (String k : new String[] {"phone:" + phone(prefix, i), "email:" + email(prefix, i)}) {
                        key.setLong(1, id);
                        key.setString(2, k);
                        key.addBatch();
                    }
                    if (i % 1000 == 999 || i == ROWS - 1) {
                        customer.executeBatch();
                        tag.executeBatch();
                        key.executeBatch();
                        c.commit();
                    }
                }
            }
            return (System.nanoTime() - started) / 1e9;
        }
    }

    private static String send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> r =
                CLIENT.send(request.timeout(Duration.ofMinutes(5)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300) {
            throw new AssertionError(request.build().uri() + ": " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }
}
