package io.crm.crash;

import static io.crm.crash.CrashDomain.get;
import static io.crm.crash.CrashDomain.json;
import static io.crm.crash.CrashDomain.post;
import static io.crm.crash.CrashDomain.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crm.it.Sql;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * kill -9 of the server during the dispatch of a survey to {@value #CUSTOMERS} customers; after a restart, the
 * operator resumes the dispatch and every eligible customer has exactly one invitation: no duplicate, none
 * missing. PostgreSQL only (run with -Pcrash,postgres): the customers are loaded with SQL.
 */
class SurveyDispatchCrashCheck {

    static final int CUSTOMERS = Integer.getInteger("crash.customers", 200_000);
    private static final long FIRST_ID = 800_000_000L;
    private static final String ELIGIBLE = "consent_email = TRUE AND emails IS NOT NULL";

    private final CrashDomain domain = new CrashDomain();

    @AfterEach
    void stop() throws Exception {
        domain.undeployAndStop();
    }

    @Test
    void aKilledDispatchResumesWithoutDuplicateOrMissingInvitations() throws Exception {
        String url = System.getProperty("crash.db.url", "");
        Assumptions.assumeTrue(url.startsWith("jdbc:postgresql"), "the dispatch kill test needs -Ppostgres");
        domain.startAndDeploy();
        try (Connection db = DriverManager.getConnection(
                url, System.getProperty("crash.db.user"), System.getProperty("crash.db.password", ""))) {
            Sql.exec(
                    db,
                    "INSERT INTO customer (id, version, type, name, name_key, owner_id, team_id, tier, computed_tier, lifecycle_stage,"
                            + " purchase_count, total_spend, consent_email, emails, created_at, updated_at)"
                            + " SELECT " + FIRST_ID
                            + " + n, 1, 'PERSON', 'Crash ' || n, 'crash ' || n, 'sales1', 'east', 'POTENTIAL', 'POTENTIAL',"
                            + " 'ACQUISITION', 0, 0, n % 10 <> 0, CASE WHEN n % 20 = 1 THEN NULL ELSE 'c' || n || '@example.com' END, now(), now()"
                            + " FROM generate_series(0, " + (CUSTOMERS - 1) + ") AS n");
            Sql.exec(db, "ANALYZE customer");
            long eligible = Sql.count(db, "SELECT COUNT(*) FROM customer WHERE " + ELIGIBLE);

            String survey = json(send(
                            post(
                                    "batch",
                                    "surveys",
                                    "{\"name\": \"Crash NPS\", \"type\": \"NPS\", \"question\": \"q\","
                                            + " \"channel\": \"EMAIL\", \"fatigueDays\": 0, \"target\": {\"everyone\": true}}")))
                    .getString("id");
            long execution = json(send(post("batch", "surveys/" + survey + "/dispatches", "{}")))
                    .getJsonNumber("executionId")
                    .longValue();
            long dispatch = Long.parseLong(
                    json(send(get("batch", "jobs/executions/" + execution))).getString("instanceId"));
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (Sql.count(db, "SELECT COUNT(*) FROM survey_invitation WHERE dispatch_id = " + dispatch)
                    < eligible / 3) {
                assertTrue(System.nanoTime() < deadline, "the dispatch did not get a third of the way in 5 minutes");
                Thread.sleep(100);
            }
            domain.kill();
            long atKill = Sql.count(db, "SELECT COUNT(*) FROM survey_invitation WHERE dispatch_id = " + dispatch);
            assertTrue(atKill < eligible, "killed before the end");

            long restartedAt = System.nanoTime();
            domain.start();
            HttpResponse<String> resumed =
                    send(post("batch", "surveys/" + survey + "/dispatches", "{\"resume\": \"" + dispatch + "\"}"));
            assertEquals(202, resumed.statusCode(), resumed::body);
            long second = json(resumed).getJsonNumber("executionId").longValue();
            JsonObject done;
            do {
                Thread.sleep(500);
                done = json(send(get("batch", "jobs/executions/" + second)));
            } while (!List.of("COMPLETED", "FAILED", "STOPPED").contains(done.getString("status")));
            assertEquals("COMPLETED", done.getString("status"), done::toString);

            long invited = Sql.count(db, "SELECT COUNT(*) FROM survey_invitation WHERE dispatch_id = " + dispatch);
            long duplicates = Sql.count(
                    db,
                    "SELECT COUNT(*) FROM (SELECT customer_id FROM survey_invitation WHERE dispatch_id = " + dispatch
                            + " GROUP BY customer_id HAVING COUNT(*) > 1) d");
            long missing = Sql.count(
                    db,
                    "SELECT COUNT(*) FROM customer c WHERE " + ELIGIBLE + " AND NOT EXISTS (SELECT 1 FROM"
                            + " survey_invitation i WHERE i.dispatch_id = " + dispatch + " AND i.customer_id = c.id)");
            long undue = Sql.count(
                    db,
                    "SELECT COUNT(*) FROM survey_invitation i JOIN customer c ON c.id = i.customer_id WHERE i.dispatch_id = "
                            + dispatch + " AND NOT ("
                            + ELIGIBLE.replace("consent_email", "c.consent_email")
                                    .replace("emails", "c.emails") + ")");
            System.out.printf(
                    "dispatch of %d customers (%d eligible) killed after %d invitations; resumed and completed %.1f s after "
                            + "the restart began: %d invitations, %d duplicates, %d missing, %d undue (%s)%n",
                    Sql.count(db, "SELECT COUNT(*) FROM customer"),
                    eligible,
                    atKill,
                    (System.nanoTime() - restartedAt) / 1e9,
                    invited,
                    duplicates,
                    missing,
                    undue,
                    done.getString("exitStatus"));
            assertEquals(0, duplicates);
            assertEquals(0, missing);
            assertEquals(0, undue);
            assertEquals(eligible, invited);
        }
    }
}
