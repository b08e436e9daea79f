package io.crm.customfield;

import io.crm.common.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How to store custom values, measured on PostgreSQL: the typed key/value rows the CRM keeps
 * ({@code customer_custom_value}, one {@code EXISTS} per condition, as {@link CustomCriterion} writes it) against a
 * JSONB column on the customer with an expression index per field (the other candidate, built here beside it), and
 * both against the built-in city and tag filters of the same selectivity, over {@code bench.customers} customers
 * (1,000,000 by default): each has one of 50 cities and 50 tags, the enum {@code bench_code} (one of 50 values) and
 * the number {@code bench_size} (0-99); the four are independent of each other and of the owner (a quarter each of
 * sales1, sales2, sales3, manager). Counts (all customers, and sales1's own, as the visibility rule adds), first pages
 * of 50 in id order, and a number range; the queries take turns, {@code bench.rounds} times after two warm-up rounds,
 * after {@code VACUUM ANALYZE} (autovacuum's steady state). A benchmark, not a test:
 * {@code ./mvnw -o -pl crm-ejb test -Dtest=CustomFieldStorageBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * (PostgreSQL on 127.0.0.1:5432, database test; about three minutes). Writes
 * target/benchmarks/custom-field-storage.txt.
 */
class CustomFieldStorageBenchmark {

    private static final String SCHEMA = "crm_custom_field_bench";
    private static final int CUSTOMERS = Integer.getInteger("bench.customers", 1_000_000);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 15);

    @Test
    void keyValueRowsAgainstJsonbAgainstBuiltInFilters() throws Exception {
        String url = TestDatabases.freshPostgresSchema(SCHEMA);
        TestDatabases.migrate(url, SCHEMA, "latest");
        try (Connection db = DriverManager.getConnection(url, TestDatabases.POSTGRES_USER, "")) {
            double loaded = load(db);
            Map<String, String> queries = queries();
            Map<String, List<Double>> times = new LinkedHashMap<>();
            Map<String, Long> rows = new LinkedHashMap<>();
            for (int round = -2; round < ROUNDS; round++) {
                for (Map.Entry<String, String> q : queries.entrySet()) {
                    long started = System.nanoTime();
                    long result = 0;
                    try (Statement s = db.createStatement();
                            ResultSet r = s.executeQuery(q.getValue())) {
                        while (r.next()) {
                            result = q.getKey().startsWith("page") ? result + 1 : r.getLong(1);
                        }
                    }
                    if (round >= 0) {
                        times.computeIfAbsent(q.getKey(), k -> new ArrayList<>())
                                .add((System.nanoTime() - started) / 1e6);
                    }
                    rows.put(q.getKey(), result);
                }
            }
            StringBuilder report = new StringBuilder(String.format(
                    "Custom value storage on PostgreSQL, %,d customers (loaded in %.0f s); ms median / p95, rows%n",
                    CUSTOMERS, loaded));
            times.forEach((name, t) -> report.append(String.format(
                    "%-26s %8.1f / %8.1f  %,8d%n", name, percentile(t, 50), percentile(t, 95), rows.get(name))));
            System.out.println(report);
            Path out = Path.of("target", "benchmarks", "custom-field-storage.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
        }
    }

    private static Map<String, String> queries() {
        String kv = "EXISTS (SELECT 1 FROM customer_custom_value v WHERE v.customer_id = c.id"
                + " AND v.field_key = 'bench_code' AND v.text_value = 'c7')";
        String kvRange = "EXISTS (SELECT 1 FROM customer_custom_value v WHERE v.customer_id = c.id"
                + " AND v.field_key = 'bench_size' AND v.number_value BETWEEN 10 AND 11)";
        String json = "c.bench_custom->>'bench_code' = 'c7'";
        String jsonRange = "(c.bench_custom->>'bench_size')::numeric BETWEEN 10 AND 11";
        String city = "c.city = 'city-7'";
        String tag = "EXISTS (SELECT 1 FROM customer_tag t WHERE t.customer_id = c.id AND t.tag = 'cfb-7')";
        String own = "c.owner_id = 'sales1' AND ";
        Map<String, String> q = new LinkedHashMap<>();
        q.put("count city", count(city));
        q.put("count tag", count(tag));
        q.put("count custom k/v", count(kv));
        q.put("count custom jsonb", count(json));
        q.put("count range k/v", count(kvRange));
        q.put("count range jsonb", count(jsonRange));
        q.put("own count city", count(own + city));
        q.put("own count tag", count(own + tag));
        q.put("own count custom k/v", count(own + kv));
        q.put("own count custom jsonb", count(own + json));
        q.put("page city", page(city));
        q.put("page tag", page(tag));
        q.put("page custom k/v", page(kv));
        q.put("page custom jsonb", page(json));
        q.put("page range k/v", page(kvRange));
        q.put("page range jsonb", page(jsonRange));
        return q;
    }

    private static String count(String condition) {
        return "SELECT COUNT(*) FROM customer c WHERE " + condition;
    }

    private static String page(String condition) {
        return "SELECT c.id, c.name FROM customer c WHERE " + condition + " AND c.id > 0 ORDER BY c.id LIMIT 51";
    }

    /** Seconds. */
    private static double load(Connection db) throws Exception {
        long started = System.nanoTime();
        String series = " FROM generate_series(0, " + (CUSTOMERS - 1) + ") i";
        try (Statement s = db.createStatement()) {
            s.execute("ALTER TABLE customer ADD COLUMN bench_custom JSONB");
            s.executeUpdate("INSERT INTO customer (id, version, type, name, name_key, region, city, source, owner_id,"
                    + " team_id, tier, computed_tier, lifecycle_stage, purchase_count, total_spend, created_at,"
                    + " updated_at, bench_custom) SELECT i + 1, 1, 'PERSON', 'Bench ' || i, 'bench ' || i, '华东',"
                    + " 'city-' || ((i / 3) % 50), 'WEB', (ARRAY['sales1','sales2','sales3','manager'])[i % 4 + 1],"
                    + " (ARRAY['east','east','west','east'])[i % 4 + 1], 'REGULAR', 'REGULAR', 'CONVERSION', 0, 0,"
                    + " now(), now(), jsonb_build_object('bench_code', 'c' || ((i / 7) % 50), 'bench_size',"
                    + " (i / 11) % 100)" + series);
            s.executeUpdate(
                    "INSERT INTO customer_tag (customer_id, tag) SELECT i + 1, 'cfb-' || ((i / 5) % 50)" + series);
            s.executeUpdate("INSERT INTO customer_custom_value (customer_id, field_key, text_value) SELECT i + 1,"
                    + " 'bench_code', 'c' || ((i / 7) % 50)" + series);
            s.executeUpdate("INSERT INTO customer_custom_value (customer_id, field_key, text_value, number_value)"
                    + " SELECT i + 1, 'bench_size', ((i / 11) % 100)::text, (i / 11) % 100" + series);
            s.execute("CREATE INDEX bench_custom_code_idx ON customer ((bench_custom->>'bench_code'), id)");
            s.execute("CREATE INDEX bench_custom_size_idx ON customer (((bench_custom->>'bench_size')::numeric), id)");
            for (String table : List.of("customer", "customer_tag", "customer_custom_value")) {
                s.execute("VACUUM ANALYZE " + table);
            }
        }
        return (System.nanoTime() - started) / 1e9;
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
