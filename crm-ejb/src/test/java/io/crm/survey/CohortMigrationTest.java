package io.crm.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.crm.common.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An upgrade from migration 7 with responses in the database: every response lands in the cohort of its survey,
 * month, tier, stage, owner and region, and nothing else of it changes. On H2, and on the PostgreSQL of
 * 127.0.0.1:5432 (database test) when one answers.
 */
class CohortMigrationTest {

    private static final String PG_SCHEMA = "crm_migration_test";

    @Test
    void responsesKeepTheirGroupsOnH2() throws SQLException {
        upgradeKeepsResponses("jdbc:h2:mem:cohorts;DB_CLOSE_DELAY=-1", null);
    }

    @Test
    void responsesKeepTheirGroupsOnPostgreSql() throws SQLException {
        upgradeKeepsResponses(TestDatabases.freshPostgresSchema(PG_SCHEMA), PG_SCHEMA);
    }

    private static void upgradeKeepsResponses(String url, String schema) throws SQLException {
        String user = schema == null ? TestDatabases.H2_USER : TestDatabases.POSTGRES_USER;
        String password = "";
        TestDatabases.migrate(url, schema, "7");
        try (Connection db = DriverManager.getConnection(url, user, password);
                Statement s = db.createStatement()) {
            s.execute(
                    "INSERT INTO customer (id, version, type, name, name_key, owner_id, team_id, tier, computed_tier, lifecycle_stage,"
                            + " purchase_count, total_spend, created_at, updated_at) VALUES (1, 1, 'PERSON', 'A', 'a', 'sales1', 'east',"
                            + " 'VIP', 'VIP', 'LOYAL', 0, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            for (long survey = 1; survey <= 2; survey++) {
                s.execute(
                        "INSERT INTO survey (id, version, name, type, question, channel, fatigue_days, valid_days, closed_loop,"
                                + " created_by, created_at, updated_at) VALUES (" + survey + ", 1, 'S" + survey
                                + "', 'NPS', 'q', 'EMAIL', 0, 30,"
                                + " FALSE, 'admin', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            }
            String[][] responses = { // survey, month, tier, stage, owner, region, score
                {"1", "2026-10", "VIP", "LOYAL", "sales1", "华东", "9"},
                {"1", "2026-10", "VIP", "LOYAL", "sales1", "华东", "3"},
                {"1", "2026-10", "VIP", "LOYAL", "sales1", null, "7"},
                {"1", "2026-11", "VIP", "LOYAL", "sales1", null, "10"},
                {"1", "2026-11", "REGULAR", "CHURNED", "sales2", "华北", "0"},
                {"2", "2026-11", "REGULAR", "CHURNED", "sales2", "华北", "5"}
            };
            for (int i = 0; i < responses.length; i++) {
                String[] r = responses[i];
                s.execute(
                        "INSERT INTO survey_invitation (id, survey_id, dispatch_id, execution_id, customer_id, channel, token, status,"
                                + " created_at, expires_at) VALUES (" + (i + 1) + ", " + r[0] + ", " + (i + 1)
                                + ", 0, 1, 'EMAIL', 't" + i + "',"
                                + " 'RESPONDED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
                s.execute(
                        "INSERT INTO survey_response (id, survey_id, invitation_id, customer_id, score, channel, source, response_month,"
                                + " tier, lifecycle_stage, owner_id, region, responded_at, created_at) VALUES ("
                                + (i + 1) + ", " + r[0] + ", "
                                + (i + 1) + ", 1, " + r[6] + ", 'EMAIL', 'LINK', '" + r[1] + "', '" + r[2] + "', '"
                                + r[3] + "', '" + r[4] + "', "
                                + (r[5] == null ? "NULL" : "'" + r[5] + "'")
                                + ", CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            }

            TestDatabases.migrate(url, schema, "latest");

            List<String> upgraded = new ArrayList<>();
            try (ResultSet r =
                    s.executeQuery("SELECT r.survey_id, r.response_month, c.survey_id, c.response_month, c.tier,"
                            + " c.lifecycle_stage, c.owner_id, c.region, r.score FROM survey_response r JOIN survey_cohort c ON c.id = r.cohort_id"
                            + " ORDER BY r.id")) {
                while (r.next()) {
                    assertEquals(r.getLong(1), r.getLong(3), "the cohort's survey is the response's");
                    assertEquals(r.getString(2), r.getString(4), "the cohort's month is the response's");
                    upgraded.add(String.join(
                            " ",
                            r.getString(3),
                            r.getString(4),
                            r.getString(5),
                            r.getString(6),
                            r.getString(7),
                            r.getString(8).isEmpty() ? "-" : r.getString(8),
                            r.getString(9)));
                }
            }
            assertEquals(
                    List.of(
                            "1 2026-10 VIP LOYAL sales1 华东 9",
                            "1 2026-10 VIP LOYAL sales1 华东 3",
                            "1 2026-10 VIP LOYAL sales1 - 7",
                            "1 2026-11 VIP LOYAL sales1 - 10",
                            "1 2026-11 REGULAR CHURNED sales2 华北 0",
                            "2 2026-11 REGULAR CHURNED sales2 华北 5"),
                    upgraded);
            try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM survey_cohort")) {
                r.next();
                assertEquals(5, r.getLong(1), "one cohort per distinct survey, month, tier, stage, owner and region");
            }
        }
    }
}
