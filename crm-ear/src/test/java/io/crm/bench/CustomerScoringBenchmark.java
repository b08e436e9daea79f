package io.crm.bench;

import static io.crm.bench.BatchBench.count;
import static io.crm.bench.BatchBench.exec;
import static io.crm.bench.BatchBench.timed;

import io.crm.it.Deployments;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The customer-scoring job over {@value #CUSTOMERS} customers with {@value #PURCHASES} purchases on PostgreSQL, beside
 * one set-based statement that computes quintiles with NTILE on the same rows. The population is generated in the
 * database with generate_series (the benchmark profile starts from an empty schema). Three timings: the NTILE statement storing its scores (an UPDATE), the
 * job's first run over customers never scored (every customer changes: scores, tier, stage, history), and a second
 * run over the same data (nothing changes). Prints a report and writes it to target/benchmarks/customer-scoring.txt.
 */
@ExtendWith(ArquillianExtension.class)
class CustomerScoringBenchmark {

    static final int CUSTOMERS = Integer.getInteger("bench.customers", 1_000_000);
    static final int PURCHASES = Integer.getInteger("bench.purchases", 10_000_000);
    private static final long FIRST_ID = 900_000_000L;

    private static final String NTILE = "SELECT id, NTILE(5) OVER (ORDER BY last_purchase_at) AS r,"
            + " NTILE(5) OVER (ORDER BY purchase_count) AS f, NTILE(5) OVER (ORDER BY total_spend) AS m"
            + " FROM customer WHERE purchase_count > 0";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.builtEar();
    }

    @ArquillianResource
    URL deployment;

    @Test
    void scoringKeepsUpWithOneSetBasedStatement() throws Exception {
        String api = Deployments.apiBase(deployment);
        try (Connection db = DriverManager.getConnection(
                System.getProperty("bench.db.url"),
                System.getProperty("bench.db.user"),
                System.getProperty("bench.db.password", ""))) {
            db.setAutoCommit(true);
            double loadSeconds = load(db);
            long base = count(db, "SELECT COUNT(*) FROM customer");
            long buyers = count(db, "SELECT COUNT(*) FROM customer WHERE purchase_count > 0");
            long purchases = count(db, "SELECT COUNT(*) FROM purchase");

            double selectSeconds = timed(db, "SELECT COUNT(*), SUM(r + f + m) FROM (" + NTILE + ") q");
            unscore(db);
            double updateSeconds = timed(
                    db,
                    "UPDATE customer c SET rfm_recency = q.r, rfm_frequency = q.f, rfm_monetary = q.m" + " FROM ("
                            + NTILE + ") q WHERE q.id = c.id");
            unscore(db);
            Run first = run(api);
            Run second = run(api);

            String report = String.format(
                    """
                    Customer scoring, %d cores (server and database on one machine), %s
                    base: %d customers (%d with purchases), %d purchases; population generated in %.0f s
                    NTILE quintiles, SELECT only:                       %6.1f s
                    NTILE quintiles stored, one UPDATE (the baseline):   %6.1f s
                    customer-scoring job, first run (all change):        %6.1f s  = %.2f x the baseline  (%s)
                    customer-scoring job, second run (nothing changes):  %6.1f s  = %.2f x the baseline  (%s)
                    job steps, first run: %s
                    """,
                    Runtime.getRuntime().availableProcessors(),
                    System.getProperty("bench.db.url"),
                    base,
                    buyers,
                    purchases,
                    loadSeconds,
                    selectSeconds,
                    updateSeconds,
                    first.seconds,
                    first.seconds / updateSeconds,
                    first.exitStatus,
                    second.seconds,
                    second.seconds / updateSeconds,
                    second.exitStatus,
                    first.steps);
            System.out.println(report);
            Path out = Path.of("target", "benchmarks", "customer-scoring.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
        }
    }

    /** Generates the population unless it is there: customers first, then purchases, then their aggregates. */
    private static double load(Connection db) throws SQLException {
        long start = System.nanoTime();
        long present = count(db, "SELECT COUNT(*) FROM customer WHERE id >= " + FIRST_ID);
        if (present != CUSTOMERS) {
            exec(db, "DELETE FROM customer WHERE id >= " + FIRST_ID);
            exec(
                    db,
                    "INSERT INTO customer (id, version, type, name, name_key, owner_id, team_id, tier, computed_tier,"
                            + " lifecycle_stage, purchase_count, total_spend, region, city, created_at, updated_at)"
                            + " SELECT " + FIRST_ID + " + n, 1, 'PERSON', '客户 ' || n, '客户 ' || n,"
                            + " (ARRAY['sales1', 'sales2', 'sales3'])[1 + n % 3], (ARRAY['east', 'east', 'west'])[1 + n % 3],"
                            + " 'POTENTIAL', 'POTENTIAL', 'ACQUISITION', 0, 0, (ARRAY['华东', '华北', '华南'])[1 + n % 3],"
                            + " (ARRAY['上海', '北京', '广州', '杭州'])[1 + n % 4], now() - interval '3 years', now()"
                            + " FROM generate_series(0, " + (CUSTOMERS - 1) + ") AS n");
            // skewed like real buying: a quarter of the base never buys, a few buy a lot
            exec(
                    db,
                    "INSERT INTO purchase (id, customer_id, amount, currency, occurred_at, created_at)"
                            + " SELECT " + FIRST_ID + " + n, " + FIRST_ID + " + (floor(power(random(), 2) * "
                            + (CUSTOMERS * 3 / 4) + "))::bigint,"
                            + " round((5 + random() * random() * 2000)::numeric, 2), 'CNY',"
                            + " now() - (random() * 900) * interval '1 day', now()"
                            + " FROM generate_series(0, " + (PURCHASES - 1) + ") AS n");
            exec(
                    db,
                    "UPDATE customer c SET purchase_count = p.n, total_spend = p.spend, last_purchase_at = p.last"
                            + " FROM (SELECT customer_id, COUNT(*) AS n, SUM(amount) AS spend, MAX(occurred_at) AS last FROM purchase"
                            + " WHERE id >= " + FIRST_ID + " GROUP BY customer_id) p WHERE p.customer_id = c.id");
        }
        exec(db, "VACUUM ANALYZE customer");
        exec(db, "VACUUM ANALYZE purchase");
        return present == CUSTOMERS ? 0 : (System.nanoTime() - start) / 1e9;
    }

    /** Every customer back to never scored, with no history, and the tables vacuumed: a first run's starting point. */
    private static void unscore(Connection db) throws SQLException {
        exec(
                db,
                "UPDATE customer SET rfm_recency = NULL, rfm_frequency = NULL, rfm_monetary = NULL, tier = COALESCE(manual_tier, 'POTENTIAL'),"
                        + " computed_tier = 'POTENTIAL', lifecycle_stage = 'ACQUISITION'");
        exec(db, "TRUNCATE customer_history, customer_score, scoring_run");
        exec(db, "VACUUM ANALYZE customer");
    }

    private record Run(double seconds, String exitStatus, String steps) {}

    private static Run run(String api) {
        BatchBench.Run run = BatchBench.runJob(api, "jobs/customer-scoring/executions", "{\"parameters\": {}}");
        StringBuilder steps = new StringBuilder();
        run.execution().getJsonArray("steps").forEach(s -> {
            JsonObject step = s.asJsonObject();
            steps.append(step.getString("name"))
                    .append(' ')
                    .append(String.format(
                            "%.1f s  ",
                            Duration.between(
                                                    Instant.parse(step.getString("startTime")),
                                                    Instant.parse(step.getString("endTime")))
                                            .toMillis()
                                    / 1000.0));
        });
        return new Run(run.seconds(), run.exitStatus(), steps.toString().trim());
    }
}
