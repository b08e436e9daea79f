package io.crm.changelog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.crm.common.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * Deployments upgrade in place: the change log keeps its entries and every instance's search index keeps its
 * position, so no instance replays or rebuilds for the upgrade. On H2, and on the PostgreSQL of 127.0.0.1:5432
 * (database test) when one answers.
 */
class ChangeLogMigrationTest {

    @Test
    void entriesAndPositionsSurviveTheUpgradeOnH2() throws SQLException {
        upgrade("jdbc:h2:mem:changelog_upgrade;DB_CLOSE_DELAY=-1", null);
    }

    @Test
    void entriesAndPositionsSurviveTheUpgradeOnPostgreSql() throws SQLException {
        upgrade(TestDatabases.freshPostgresSchema("crm_change_log_test"), "crm_change_log_test");
    }

    private static void upgrade(String url, String schema) throws SQLException {
        TestDatabases.migrate(url, schema, "14");
        try (Connection db = DriverManager.getConnection(
                        url, schema == null ? TestDatabases.H2_USER : TestDatabases.POSTGRES_USER, "");
                Statement s = db.createStatement()) {
            s.executeUpdate("INSERT INTO index_event (id, entity_type, entity_id, created_at, position) "
                    + "VALUES (50, 'NOTE', 7, CURRENT_TIMESTAMP, 41)");
            s.executeUpdate(
                    "INSERT INTO index_node (name, position, seen_at) VALUES ('server', 40, CURRENT_TIMESTAMP)");
            s.executeUpdate(
                    "INSERT INTO index_node (name, position, seen_at) VALUES ('instance2', 38, CURRENT_TIMESTAMP)");

            TestDatabases.migrate(url, schema, "latest");

            try (ResultSet r =
                    s.executeQuery("SELECT entity_type, entity_id, position, change_kind, actor FROM index_event")) {
                r.next();
                assertEquals("NOTE", r.getString(1));
                assertEquals(7, r.getLong(2));
                assertEquals(41, r.getLong(3));
                assertEquals(
                        ChangeKind.UPDATED.name(), r.getString(4), "what an entry written before the upgrade says");
                assertNull(r.getString(5));
                assertFalse(r.next());
            }
            try (ResultSet r = s.executeQuery(
                    "SELECT consumer, instance, position, lease_holder FROM change_consumer ORDER BY instance")) {
                r.next();
                assertEquals(ChangeConsumer.SEARCH_INDEX.name(), r.getString(1));
                assertEquals("instance2", r.getString(2));
                assertEquals(38, r.getLong(3));
                assertNull(r.getString(4));
                r.next();
                assertEquals("server", r.getString(2));
                assertEquals(40, r.getLong(3));
                assertFalse(r.next());
            }
        }
    }
}
