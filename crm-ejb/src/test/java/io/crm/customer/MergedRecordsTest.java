package io.crm.customer;

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
 * The statements of a merge over the real schema, on H2 and on the PostgreSQL of 127.0.0.1:5432 when one answers:
 * customer 2 goes into customer 1, customer 3 stands by and must not change; after the duplicate row is deleted
 * (as the merge does) nothing of it is lost but what the rules collapse.
 */
class MergedRecordsTest {

    private static final String PG_SCHEMA = "crm_merged_records_test";

    @Test
    void everythingMovesOnH2() throws SQLException {
        merge("jdbc:h2:mem:merge;DB_CLOSE_DELAY=-1", null);
    }

    @Test
    void everythingMovesOnPostgreSql() throws SQLException {
        merge(TestDatabases.freshPostgresSchema(PG_SCHEMA), PG_SCHEMA);
    }

    private static void merge(String url, String schema) throws SQLException {
        TestDatabases.migrate(url, schema, "latest");
        String user = schema == null ? TestDatabases.H2_USER : TestDatabases.POSTGRES_USER;
        try (Connection db = DriverManager.getConnection(url, user, "");
                Statement s = db.createStatement()) {
            for (int id = 1; id <= 3; id++) {
                s.execute("INSERT INTO customer (id, version, type, name, name_key, owner_id, team_id, tier,"
                        + " computed_tier, lifecycle_stage, purchase_count, total_spend, created_at, updated_at) VALUES ("
                        + id + ", 1, 'PERSON', 'A', 'a', 'sales1', 'east', 'REGULAR', 'REGULAR', 'ACQUISITION', 0, 0,"
                        + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            }
            s.execute("INSERT INTO survey (id, version, name, type, question, channel, fatigue_days, valid_days,"
                    + " closed_loop, created_by, created_at, updated_at) VALUES (1, 1, 'S', 'NPS', 'Q', 'EMAIL', 0, 7,"
                    + " FALSE, 'admin', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            s.execute(
                    "INSERT INTO survey_cohort (id, survey_id, response_month, tier, lifecycle_stage, owner_id, region)"
                            + " VALUES (1, 1, '2026-11', 'REGULAR', 'ACQUISITION', 'sales1', '')");
            // dispatch 10: only the duplicate answered; 11: both answered; 12: only the duplicate invited; 13: neither
            invitation(s, 101, 10, 1, null);
            invitation(s, 102, 10, 2, 1002L);
            invitation(s, 111, 11, 1, 1011L);
            invitation(s, 112, 11, 2, 1012L);
            invitation(s, 121, 12, 2, null);
            invitation(s, 131, 13, 1, null);
            invitation(s, 132, 13, 2, null);
            invitation(s, 133, 13, 3, 1033L);
            skip(s, 20, 1);
            skip(s, 20, 2);
            skip(s, 21, 2);
            for (int[] note : new int[][] {{1, 1}, {2, 2}, {3, 2}, {4, 3}}) {
                s.execute("INSERT INTO note (id, version, customer_id, author_id, text, created_at, updated_at)"
                        + " VALUES (" + note[0] + ", 1, " + note[1] + ", 'sales1', 'n', CURRENT_TIMESTAMP,"
                        + " CURRENT_TIMESTAMP)");
            }
            s.execute(
                    "INSERT INTO follow_up (id, version, customer_id, author_id, channel, content, assignee_id, status,"
                            + " created_at, updated_at) VALUES (1, 1, 2, 'sales1', 'PHONE', 'call', 'sales1', 'OPEN',"
                            + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            s.execute("INSERT INTO purchase (id, customer_id, amount, currency, occurred_at, external_id, created_at)"
                    + " VALUES (1, 1, 10, 'CNY', CURRENT_TIMESTAMP, 'o-1', CURRENT_TIMESTAMP),"
                    + " (2, 2, 20, 'CNY', CURRENT_TIMESTAMP, 'o-2', CURRENT_TIMESTAMP)");
            s.execute("INSERT INTO customer_history (customer_id, field, to_value, source, changed_by, changed_at)"
                    + " VALUES (2, 'tier', 'VIP', 'MANUAL', 'sales1', CURRENT_TIMESTAMP)");
            s.execute("INSERT INTO customer_score (run_id, customer_id, purchase_count, computed_tier, lifecycle_stage)"
                    + " VALUES (1, 1, 0, 'REGULAR', 'ACQUISITION'), (1, 2, 0, 'REGULAR', 'ACQUISITION')");
            share(s, 1, 1, "'sales2'", "NULL", "READ");
            share(s, 2, 2, "'sales2'", "NULL", "WRITE");
            share(s, 3, 2, "NULL", "'east'", "READ");
            share(s, 4, 1, "'sales3'", "NULL", "WRITE");
            share(s, 5, 2, "'sales3'", "NULL", "READ");
            share(s, 6, 1, "NULL", "'west'", "READ");
            share(s, 7, 3, "'sales2'", "NULL", "READ");
            s.execute(
                    "INSERT INTO points_account (customer_id, balance, updated_at) VALUES (1, 100, CURRENT_TIMESTAMP),"
                            + " (2, 50, CURRENT_TIMESTAMP)");
            s.execute("INSERT INTO points_entry (id, customer_id, kind, points, balance_after, source_key, created_at,"
                    + " created_by) VALUES (1, 1, 'ADJUSTMENT', 100, 100, NULL, CURRENT_TIMESTAMP, 'admin'),"
                    + " (2, 2, 'ACCRUAL', 50, 50, 'purchase:2', CURRENT_TIMESTAMP, 'system:points')");

            s.execute("INSERT INTO customer_merge (duplicate_id, survivor_id, duplicate_owner_id, merged_at, merged_by)"
                    + " VALUES (9, 2, 'sales1', CURRENT_TIMESTAMP, 'sales1')");

            for (String statement : MergedRecords.STATEMENTS) {
                s.executeUpdate(statement.replace("?1", "1").replace("?2", "2"));
            }
            s.execute("DELETE FROM customer WHERE id = 2");

            assertEquals(List.of("9 1"), rows(s, "SELECT duplicate_id, survivor_id FROM customer_merge"));
            assertEquals(
                    List.of("102 10 1", "111 11 1", "121 12 1", "131 13 1", "133 13 3"),
                    rows(s, "SELECT id, dispatch_id, customer_id FROM survey_invitation ORDER BY id"));
            assertEquals(
                    List.of("1002 1", "1011 1", "1033 3"),
                    rows(s, "SELECT id, customer_id FROM survey_response ORDER BY id"));
            assertEquals(
                    List.of("20 1", "21 1"), rows(s, "SELECT dispatch_id, customer_id FROM survey_skip ORDER BY 1"));
            assertEquals(List.of("1 1", "2 1", "3 1", "4 3"), rows(s, "SELECT id, customer_id FROM note ORDER BY id"));
            assertEquals(List.of("1 1"), rows(s, "SELECT id, customer_id FROM follow_up"));
            assertEquals(List.of("1 1", "2 1"), rows(s, "SELECT id, customer_id FROM purchase ORDER BY id"));
            assertEquals(List.of("1 VIP"), rows(s, "SELECT customer_id, to_value FROM customer_history"));
            assertEquals(List.of("1"), rows(s, "SELECT customer_id FROM customer_score"));
            assertEquals(
                    List.of(
                            "1 - east READ",
                            "1 - west READ",
                            "1 sales2 - WRITE",
                            "1 sales3 - WRITE",
                            "3 sales2 - READ"),
                    rows(
                            s,
                            "SELECT customer_id, COALESCE(user_id, '-'), COALESCE(team_id, '-'), access FROM"
                                    + " customer_share ORDER BY 1, 2, 3"));
            assertEquals(List.of("1 150"), rows(s, "SELECT customer_id, balance FROM points_account"));
            assertEquals(List.of("1 1", "2 1"), rows(s, "SELECT id, customer_id FROM points_entry ORDER BY id"));
        }
    }

    @Test
    void pointsOfADuplicateAloneMoveWithTheirAccountOnH2() throws SQLException {
        String url = "jdbc:h2:mem:merge-points;DB_CLOSE_DELAY=-1";
        TestDatabases.migrate(url, null, "latest");
        try (Connection db = DriverManager.getConnection(url, TestDatabases.H2_USER, "");
                Statement s = db.createStatement()) {
            for (int id = 1; id <= 2; id++) {
                s.execute("INSERT INTO customer (id, version, type, name, name_key, owner_id, team_id, tier,"
                        + " computed_tier, lifecycle_stage, purchase_count, total_spend, created_at, updated_at) VALUES ("
                        + id + ", 1, 'PERSON', 'A', 'a', 'sales1', 'east', 'REGULAR', 'REGULAR', 'ACQUISITION', 0, 0,"
                        + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            }
            s.execute(
                    "INSERT INTO points_account (customer_id, balance, updated_at) VALUES (2, 70, CURRENT_TIMESTAMP)");
            for (String statement : MergedRecords.STATEMENTS) {
                s.executeUpdate(statement.replace("?1", "1").replace("?2", "2"));
            }
            s.execute("DELETE FROM customer WHERE id = 2");
            assertEquals(List.of("1 70"), rows(s, "SELECT customer_id, balance FROM points_account"));
        }
    }

    private static void invitation(Statement s, long id, long dispatch, long customer, Long response)
            throws SQLException {
        s.execute(
                "INSERT INTO survey_invitation (id, survey_id, dispatch_id, execution_id, customer_id, channel, token,"
                        + " status, created_at, expires_at) VALUES (" + id + ", 1, " + dispatch + ", 1, " + customer
                        + ", 'EMAIL', 't" + id + "', 'SENT', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        if (response != null) {
            s.execute("INSERT INTO survey_response (id, survey_id, invitation_id, customer_id, score, channel, source,"
                    + " response_month, responded_at, created_at, cohort_id) VALUES (" + response + ", 1, " + id + ", "
                    + customer + ", 9, 'EMAIL', 'LINK', '2026-11', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)");
        }
    }

    private static void skip(Statement s, long dispatch, long customer) throws SQLException {
        s.execute("INSERT INTO survey_skip (dispatch_id, customer_id, survey_id, execution_id, reason, created_at)"
                + " VALUES (" + dispatch + ", " + customer + ", 1, 1, 'FATIGUE', CURRENT_TIMESTAMP)");
    }

    private static void share(Statement s, long id, long customer, String userId, String teamId, String access)
            throws SQLException {
        s.execute("INSERT INTO customer_share (id, customer_id, user_id, team_id, access, created_at, created_by)"
                + " VALUES (" + id + ", " + customer + ", " + userId + ", " + teamId + ", '" + access
                + "', CURRENT_TIMESTAMP, 'sales1')");
    }

    private static List<String> rows(Statement s, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet r = s.executeQuery(sql)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(r.getString(i).strip());
                }
                rows.add(String.join(" ", values));
            }
        }
        return rows;
    }
}
