package io.crm.bench;

import static io.crm.bench.BatchBench.count;
import static io.crm.bench.BatchBench.exec;
import static io.crm.bench.BatchBench.json;
import static io.crm.bench.BatchBench.median;
import static io.crm.bench.BatchBench.send;
import static io.crm.bench.BatchBench.timed;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.crm.it.Deployments;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Surveys at scale on PostgreSQL. Dispatch: the survey-dispatch job over {@value #CUSTOMERS} customers beside a
 * plain JDBC loop that reads the same eligible customers in id order and batch-inserts their invitations. Scoring:
 * the nps-scoring job over {@value #RESPONSES} responses beside one SQL GROUP BY over the same rows. Prints a report
 * and writes it to target/benchmarks/surveys.txt.
 */
@ExtendWith(ArquillianExtension.class)
class SurveyBenchmark {

    static final int CUSTOMERS = Integer.getInteger("bench.customers", 1_000_000);
    static final int RESPONSES = Integer.getInteger("bench.responses", 10_000_000);
    private static final long FIRST_ID = 700_000_000L;
    /** Twelve months × four tiers × five stages × four owners × three regions. */
    private static final int COHORTS = 12 * 4 * 5 * 4 * 3;
    /** The month of cohort k, also the month of its responses. */
    private static final String MONTH_OF_K = "to_char(now() - (k % 12) * interval '1 month', 'YYYY-MM')";

    private static final SecureRandom RANDOM = new SecureRandom();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.builtEar();
    }

    @ArquillianResource
    URL deployment;

    @Test
    void dispatchAndScoringKeepUpWithPlainSql() throws Exception {
        String api = Deployments.apiBase(deployment);
        StringBuilder report = new StringBuilder(String.format(
                "Surveys, %d cores (server and database on one machine), %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("bench.db.url")));
        try (Connection db = DriverManager.getConnection(
                System.getProperty("bench.db.url"),
                System.getProperty("bench.db.user"),
                System.getProperty("bench.db.password", ""))) {
            db.setAutoCommit(true);
            long start = System.nanoTime();
            exec(
                    db,
                    "INSERT INTO customer (id, version, type, name, name_key, owner_id, team_id, tier, computed_tier, lifecycle_stage,"
                            + " purchase_count, total_spend, consent_email, emails, region, created_at, updated_at)"
                            + " SELECT " + FIRST_ID
                            + " + n, 1, 'PERSON', '客户 ' || n, '客户 ' || n, (ARRAY['sales1', 'sales2', 'sales3'])[1 + n % 3],"
                            + " (ARRAY['east', 'east', 'west'])[1 + n % 3], 'POTENTIAL', 'POTENTIAL', 'ACQUISITION', 0, 0, n % 10 <> 0,"
                            + " CASE WHEN n % 20 = 1 THEN NULL ELSE 'c' || n || '@example.com' END, (ARRAY['华东', '华北', '华南'])[1 + n % 3],"
                            + " now(), now() FROM generate_series(0, " + (CUSTOMERS - 1) + ") AS n");
            exec(db, "VACUUM ANALYZE customer");
            report.append(
                    String.format("%d customers generated in %.0f s%n", CUSTOMERS, (System.nanoTime() - start) / 1e9));

            // dispatch: the job, then the plain loop writing the same invitations under another dispatch id
            String nps = createSurvey(api, "NPS");
            BatchBench.Run dispatch = BatchBench.runJob(api, "surveys/" + nps + "/dispatches", "{}");
            long invited = count(db, "SELECT COUNT(*) FROM survey_invitation WHERE survey_id = " + nps);
            double loopSeconds = plainInsertLoop(db, Long.parseLong(nps));
            double jobRate = invited / dispatch.seconds();
            double loopRate = invited / loopSeconds;
            report.append(String.format(
                    """
                    dispatch, survey-dispatch job: %d customers decided, %d invited in %.1f s = %.0f invitations/s (%s)
                    dispatch, plain JDBC loop (keyset read, batch insert, commit per 1000): %d invited in %.1f s = %.0f invitations/s
                    job / loop rate: %.2f (target at least 0.80)
                    """,
                    count(db, "SELECT COUNT(*) FROM customer"),
                    invited,
                    dispatch.seconds(),
                    jobRate,
                    dispatch.exitStatus(),
                    invited,
                    loopSeconds,
                    loopRate,
                    jobRate / loopRate));

            // scoring: responses generated in SQL on invitations of synthetic dispatches, in every cohort of twelve
            // months
            start = System.nanoTime();
            String csat = createSurvey(api, "CSAT");
            exec(
                    db,
                    "INSERT INTO survey_invitation (survey_id, dispatch_id, execution_id, customer_id, channel, token, status,"
                            + " created_at, expires_at) SELECT CASE WHEN n % 4 = 0 THEN " + csat + " ELSE " + nps
                            + " END, -1 - n / " + CUSTOMERS
                            + ", 0, " + FIRST_ID + " + n % " + CUSTOMERS
                            + ", 'EMAIL', md5(n::text) || 'x', 'RESPONDED', now(), now() + interval '30 days'"
                            + " FROM generate_series(0, " + (RESPONSES - 1) + ") AS n");
            for (String survey : new String[] {nps, csat}) {
                exec(
                        db,
                        "INSERT INTO survey_cohort (id, survey_id, response_month, tier, lifecycle_stage, owner_id, region) SELECT "
                                + (survey.equals(nps) ? FIRST_ID : FIRST_ID + COHORTS) + " + k, " + survey + ", "
                                + MONTH_OF_K + ","
                                + " (ARRAY['POTENTIAL', 'REGULAR', 'IMPORTANT', 'VIP'])[1 + k / 12 % 4],"
                                + " (ARRAY['ACQUISITION', 'CONVERSION', 'LOYAL', 'RETENTION_RISK', 'CHURNED'])[1 + k / 48 % 5],"
                                + " (ARRAY['sales1', 'sales2', 'sales3', 'manager'])[1 + k / 240 % 4], (ARRAY['华东', '华北', '华南'])[1 + k / 960 % 3]"
                                + " FROM generate_series(0, " + (COHORTS - 1) + ") AS k");
            }
            exec(
                    db,
                    "INSERT INTO survey_response (survey_id, invitation_id, customer_id, score, channel, source, response_month,"
                            + " cohort_id, responded_at, created_at) SELECT i.survey_id, i.id, i.customer_id, CASE WHEN i.survey_id = "
                            + csat
                            + " THEN 1 + (random() * 4)::int ELSE (random() * 10)::int END, 'EMAIL', 'LINK', "
                            + MONTH_OF_K
                            + ", CASE WHEN i.survey_id = " + csat + " THEN " + (FIRST_ID + COHORTS) + " ELSE "
                            + FIRST_ID + " END + k, now(), now()"
                            + " FROM survey_invitation i, LATERAL (SELECT i.id % " + COHORTS
                            + " AS k) cohort WHERE i.dispatch_id < 0");
            exec(db, "VACUUM ANALYZE survey_response");
            long responses = count(db, "SELECT COUNT(*) FROM survey_response");
            report.append(
                    String.format("%d responses generated in %.0f s%n", responses, (System.nanoTime() - start) / 1e9));

            // three of each, alternating; the medians are compared
            List<Double> groupBys = new ArrayList<>();
            List<Double> jobs = new ArrayList<>();
            String exitStatus = null;
            for (int i = 0; i < 3; i++) {
                groupBys.add(
                        timed(
                                db,
                                "SELECT survey_id, response_month, COUNT(*), COUNT(*) FILTER (WHERE score >= 9),"
                                        + " COUNT(*) FILTER (WHERE score <= 6) FROM survey_response GROUP BY survey_id, response_month"));
                BatchBench.Run scoring = BatchBench.runJob(api, "jobs/nps-scoring/executions", "{}");
                jobs.add(scoring.seconds());
                exitStatus = scoring.exitStatus();
            }
            double fiveGroupBys = 0;
            for (String column : new String[] {"response_month", "tier", "lifecycle_stage", "owner_id", "region"}) {
                fiveGroupBys += timed(
                        db,
                        "SELECT r.survey_id, r.response_month, c." + column
                                + ", r.score, COUNT(*) FROM survey_response r"
                                + " JOIN survey_cohort c ON c.id = r.cohort_id GROUP BY r.survey_id, r.response_month, c."
                                + column + ", r.score");
            }
            double groupBy = median(groupBys);
            double job = median(jobs);
            report.append(String.format(
                    """
                    scoring, one SQL GROUP BY (survey, month: promoters, detractors, count): %s s, median %.2f s
                    scoring, the five groupings as five GROUP BY statements (reads only):   %.1f s
                    scoring, nps-scoring job (five groupings in one pass, stored as a snapshot): %s s, median %.2f s = %.2f x the one GROUP BY (target at most 1.20), %.2f x the five (%s)
                    """,
                    seconds(groupBys),
                    groupBy,
                    fiveGroupBys,
                    seconds(jobs),
                    job,
                    job / groupBy,
                    job / fiveGroupBys,
                    exitStatus));
            JsonObject scores =
                    json(send(HttpRequest.newBuilder(URI.create(api + "surveys/" + nps + "/scores?groupBy=tier"))
                                    .GET())
                            .body());
            report.append("NPS by tier: ").append(scores.getJsonArray("items")).append('\n');
        }
        System.out.println(report);
        Path out = Path.of("target", "benchmarks", "surveys.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    /** The dispatch as a plain program would write it: eligible customers in id order, invitations batch-inserted. */
    private static double plainInsertLoop(Connection db, long survey) throws SQLException {
        long start = System.nanoTime();
        db.setAutoCommit(false);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        long after = 0;
        try (PreparedStatement read =
                        db.prepareStatement("SELECT id FROM customer WHERE id > ? AND consent_email = TRUE"
                                + " AND emails IS NOT NULL ORDER BY id LIMIT 1000");
                PreparedStatement insert = db.prepareStatement(
                        "INSERT INTO survey_invitation (survey_id, dispatch_id, execution_id,"
                                + " customer_id, channel, token, status, created_at, expires_at) VALUES (?, 0, 0, ?, 'EMAIL', ?, 'PENDING', ?, ?)")) {
            while (true) {
                read.setLong(1, after);
                List<Long> ids = new ArrayList<>();
                try (ResultSet r = read.executeQuery()) {
                    while (r.next()) {
                        ids.add(r.getLong(1));
                    }
                }
                if (ids.isEmpty()) {
                    break;
                }
                for (Long id : ids) {
                    byte[] token = new byte[32];
                    RANDOM.nextBytes(token);
                    insert.setLong(1, survey);
                    insert.setLong(2, id);
                    insert.setString(3, Base64.getUrlEncoder().withoutPadding().encodeToString(token));
                    insert.setObject(4, now);
                    insert.setObject(5, now.plusDays(30));
                    insert.addBatch();
                }
                insert.executeBatch();
                db.commit();
                after = ids.get(ids.size() - 1);
            }
        } finally {
            db.setAutoCommit(true);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static String seconds(List<Double> values) {
        return values.stream().map(v -> String.format("%.2f", v)).collect(Collectors.joining(" / "));
    }

    private static String createSurvey(String api, String type) {
        HttpResponse<String> r = send(
                HttpRequest.newBuilder(URI.create(api + "surveys"))
                        .header("Content-Type", "application/json")
                        .POST(
                                HttpRequest.BodyPublishers.ofString(
                                        "{\"name\": \"Bench " + type + " " + System.nanoTime() + "\", \"type\": \""
                                                + type
                                                + "\", \"question\": \"q\", \"channel\": \"EMAIL\", \"fatigueDays\": 30, \"target\": {\"everyone\": true}}")));
        assertEquals(201, r.statusCode(), r::body);
        return json(r.body()).getString("id");
    }
}
