package io.crm.bench;

import io.crm.it.Deployments;
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
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A filter on a custom field against built-in filters of the same selectivity, through the API on Payara and
 * PostgreSQL, over {@code bench.customers} customers (1,000,000 by default) loaded set-based: each has one of 50
 * cities and 50 tags, the custom enum {@code bench_code} (one of 50 values) and the number {@code bench_size} (0-99),
 * independent of each other and of the owner (sales1 owns a quarter). {@code GET /customers/count} and {@code GET
 * /customers?limit=50} with {@code custom.bench_code=} against {@code city=} and {@code tag=}, as admin (every
 * customer) and as sales1 (their own), and a number range; one client, the calls taking turns {@code bench.rounds}
 * times after three warm-up rounds; medians and p95 in ms. The storage question itself (key/value rows against a
 * JSONB column) is measured in SQL by crm-ejb's {@code CustomFieldStorageBenchmark}. Its customers and fields are
 * removed at the end. Writes target/benchmarks/custom-field-filter.txt.
 */
@ExtendWith(ArquillianExtension.class)
class CustomFieldFilterBenchmark {

    private static final int CUSTOMERS = Integer.getInteger("bench.customers", 1_000_000);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 15);
    private static final long FIRST_ID = 30_000_000_000L;
    private static final HttpClient CLIENT = HttpClient.newBuilder().build();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.builtEar();
    }

    @ArquillianResource
    URL deployment;

    @Test
    void customFieldFilterAgainstBuiltInFilters() throws Exception {
        String api = Deployments.apiBase(deployment);
        send(
                "admin",
                "PUT",
                api + "admin/custom-fields/bench_code",
                "{\"label\": \"Bench code\", \"type\": \"enum\", " + "\"values\": [" + String.join(", ", codes())
                        + "]}");
        send(
                "admin",
                "PUT",
                api + "admin/custom-fields/bench_size",
                "{\"label\": \"Bench size\", \"type\": \"number\"}");
        double loaded = load();
        try {
            measure(api, loaded);
        } finally {
            try (Connection c = db();
                    Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM customer WHERE id >= " + FIRST_ID);
            }
            send("admin", "DELETE", api + "admin/custom-fields/bench_code?dropValues=true", null);
            send("admin", "DELETE", api + "admin/custom-fields/bench_size?dropValues=true", null);
        }
    }

    private void measure(String api, double loaded) throws Exception {
        StringBuilder report = new StringBuilder(String.format(
                "Custom field filter vs built-in filters, %,d customers (loaded in %.0f s)%n", CUSTOMERS, loaded));

        Map<String, String[]> http = new LinkedHashMap<>();
        http.put("admin count city", new String[] {"admin", "customers/count?city=city-7"});
        http.put("admin count tag", new String[] {"admin", "customers/count?tag=cfb-7"});
        http.put("admin count custom", new String[] {"admin", "customers/count?custom.bench_code=c7"});
        http.put(
                "admin count custom range",
                new String[] {"admin", "customers/count?custom.bench_size.gte=10&custom.bench_size.lte=11"});
        http.put("admin page city", new String[] {"admin", "customers?limit=50&city=city-7"});
        http.put("admin page tag", new String[] {"admin", "customers?limit=50&tag=cfb-7"});
        http.put("admin page custom", new String[] {"admin", "customers?limit=50&custom.bench_code=c7"});
        http.put("sales1 count city", new String[] {"sales1", "customers/count?city=city-7"});
        http.put("sales1 count custom", new String[] {"sales1", "customers/count?custom.bench_code=c7"});
        http.put("sales1 page city", new String[] {"sales1", "customers?limit=50&city=city-7"});
        http.put("sales1 page custom", new String[] {"sales1", "customers?limit=50&custom.bench_code=c7"});
        report.append("Through the API, one client (ms: median / p95)\n");
        Map<String, double[]> rest = timeHttp(api, http);
        rest.forEach((name, t) -> report.append(String.format("%-26s %8.1f / %8.1f%n", name, t[0], t[1])));
        report.append(String.format(
                "%ncustom / city, API medians: admin count %.2f, admin page %.2f, sales1 count %.2f, sales1 page %.2f%n",
                rest.get("admin count custom")[0] / rest.get("admin count city")[0],
                rest.get("admin page custom")[0] / rest.get("admin page city")[0],
                rest.get("sales1 count custom")[0] / rest.get("sales1 count city")[0],
                rest.get("sales1 page custom")[0] / rest.get("sales1 page city")[0]));
        System.out.println(report);
        Path out = Path.of("target", "benchmarks", "custom-field-filter.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private static List<String> codes() {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            codes.add("\"c" + i + "\"");
        }
        return codes;
    }

    private static Connection db() throws Exception {
        return DriverManager.getConnection(
                System.getProperty("bench.db.url"),
                System.getProperty("bench.db.user"),
                System.getProperty("bench.db.password", ""));
    }

    /**
     * Customers, tags, custom values and the JSONB candidate, set-based; seconds. Owners take turns as in
     * {@link CustomerReadBenchmark} (sales1 owns a quarter).
     */
    private static double load() throws Exception {
        long started = System.nanoTime();
        try (Connection c = db();
                Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM customer WHERE id >= " + FIRST_ID);
            s.executeUpdate("INSERT INTO customer (id, version, type, name, name_key, region, city, source, owner_id,"
                    + " team_id, tier, computed_tier, lifecycle_stage, purchase_count, total_spend, created_at,"
                    + " updated_at) SELECT " + FIRST_ID
                    + " + i, 1, 'PERSON', 'Bench ' || i, 'bench ' || i,"
                    + " '华东', 'city-' || ((i / 3) % 50), 'WEB', (ARRAY['sales1','sales2','sales3','manager'])[i % 4 + 1],"
                    + " (ARRAY['east','east','west','east'])[i % 4 + 1], 'REGULAR', 'REGULAR', 'CONVERSION', 0, 0,"
                    + " now(), now() FROM generate_series(0, " + (CUSTOMERS - 1) + ") i");
            s.executeUpdate("INSERT INTO customer_tag (customer_id, tag) SELECT " + FIRST_ID
                    + " + i, 'cfb-' || ((i / 5) % 50)" + " FROM generate_series(0, " + (CUSTOMERS - 1) + ") i");
            s.executeUpdate("INSERT INTO customer_custom_value (customer_id, field_key, text_value) SELECT " + FIRST_ID
                    + " + i, 'bench_code', 'c' || ((i / 7) % 50) FROM generate_series(0, " + (CUSTOMERS - 1) + ") i");
            s.executeUpdate("INSERT INTO customer_custom_value (customer_id, field_key, text_value, number_value)"
                    + " SELECT " + FIRST_ID + " + i, 'bench_size', (i % 100)::text, i % 100 FROM generate_series(0, "
                    + (CUSTOMERS - 1) + ") i");
            s.execute(
                    "CREATE INDEX IF NOT EXISTS bench_custom_code_idx ON customer ((bench_custom->>'bench_code'), id)");
            s.execute("CREATE INDEX IF NOT EXISTS bench_custom_size_idx ON customer"
                    + " (((bench_custom->>'bench_size')::numeric), id)");
            s.execute("ANALYZE customer");
            s.execute("ANALYZE customer_tag");
            s.execute("ANALYZE customer_custom_value");
        }
        return (System.nanoTime() - started) / 1e9;
    }

    private static Map<String, double[]> timeHttp(String api, Map<String, String[]> calls) throws Exception {
        Map<String, List<Double>> times = new LinkedHashMap<>();
        for (int round = -3; round < ROUNDS; round++) {
            for (Map.Entry<String, String[]> call : calls.entrySet()) {
                long started = System.nanoTime();
                send(call.getValue()[0], "GET", api + call.getValue()[1], null);
                double ms = (System.nanoTime() - started) / 1e6;
                if (round >= 0) {
                    times.computeIfAbsent(call.getKey(), k -> new ArrayList<>()).add(ms);
                }
            }
        }
        Map<String, double[]> out = new LinkedHashMap<>();
        times.forEach((k, v) -> out.put(k, new double[] {percentile(v, 50), percentile(v, 95)}));
        return out;
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static String send(String user, String method, String uri, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(uri))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json");
        b = json == null
                ? b.method(method, HttpRequest.BodyPublishers.noBody())
                : b.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(json));
        HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300) {
            throw new AssertionError(method + " " + uri + ": " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }
}
