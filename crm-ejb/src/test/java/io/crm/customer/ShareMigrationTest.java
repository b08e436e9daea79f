package io.crm.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
 * An upgrade over shares that were made twice at the same moment: the latest of each target stays (by time, then id),
 * and from then on the database refuses a second share of a customer with one user or one team. On H2, and on the
 * PostgreSQL of 127.0.0.1:5432 when one answers.
 */
class ShareMigrationTest {

    private static final String PG_SCHEMA = "crm_share_migration_test";

    @Test
    void duplicateSharesCollapseToTheLatestOnH2() throws SQLException {
        upgrade("jdbc:h2:mem:shares;DB_CLOSE_DELAY=-1", null);
    }

    @Test
    void duplicateSharesCollapseToTheLatestOnPostgreSql() throws SQLException {
        upgrade(TestDatabases.freshPostgresSchema(PG_SCHEMA), PG_SCHEMA);
    }

    private static void upgrade(String url, String schema) throws SQLException {
        TestDatabases.migrate(url, schema, "10");
        String user = schema == null ? TestDatabases.H2_USER : TestDatabases.POSTGRES_USER;
        try (Connection db = DriverManager.getConnection(url, user, "");
                Statement s = db.createStatement()) {
            for (int id = 1; id <= 2; id++) {
                s.execute(
                        "INSERT INTO customer (id, version, type, name, name_key, owner_id, team_id, tier, computed_tier,"
                                + " lifecycle_stage, purchase_count, total_spend, created_at, updated_at) VALUES (" + id
                                + ", 1, 'PERSON', 'A',"
                                + " 'a', 'sales3', 'west', 'REGULAR', 'REGULAR', 'ACQUISITION', 0, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            }
            share(s, 1, 1, "'sales1'", "NULL", "WRITE", "2026-11-01 10:00:00");
            share(s, 2, 1, "'sales1'", "NULL", "READ", "2026-11-01 10:00:01");
            share(s, 3, 1, "NULL", "'east'", "READ", "2026-11-01 10:00:00");
            share(s, 4, 1, "NULL", "'east'", "WRITE", "2026-11-01 10:00:00");
            share(
                    s,
                    5,
                    1,
                    "NULL",
                    "'east'",
                    "READ",
                    "2026-11-01 09:00:00"); // made first, on an instance with higher ids
            share(s, 6, 2, "'sales1'", "NULL", "WRITE", "2026-11-01 10:00:00");

            TestDatabases.migrate(url, schema, "latest");

            assertEquals(List.of("2 sales1 - READ", "4 - east WRITE", "6 sales1 - WRITE"), shares(s));
            assertThrows(
                    SQLException.class,
                    () -> share(s, 7, 1, "'sales1'", "NULL", "WRITE", "2026-11-02 10:00:00"),
                    "a second share with one user");
            share(s, 8, 2, "NULL", "'east'", "READ", "2026-11-02 10:00:00");
            assertThrows(
                    SQLException.class,
                    () -> share(s, 9, 2, "NULL", "'east'", "WRITE", "2026-11-02 10:00:00"),
                    "a second share with one team");
        }
    }

    private static void share(
            Statement s, long id, long customer, String userId, String teamId, String access, String at)
            throws SQLException {
        s.execute(
                "INSERT INTO customer_share (id, customer_id, user_id, team_id, access, created_at, created_by) VALUES ("
                        + id + ", " + customer + ", " + userId + ", " + teamId + ", '" + access
                        + "', TIMESTAMP WITH TIME ZONE '" + at + "+00', 'admin')");
    }

    private static List<String> shares(Statement s) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet r = s.executeQuery("SELECT id, user_id, team_id, access FROM customer_share ORDER BY id")) {
            while (r.next()) {
                rows.add(r.getLong(1) + " " + (r.getString(2) == null ? "-" : r.getString(2)) + " "
                        + (r.getString(3) == null ? "-" : r.getString(3)) + " " + r.getString(4));
            }
        }
        return rows;
    }
}
