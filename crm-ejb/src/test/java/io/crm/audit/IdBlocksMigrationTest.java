package io.crm.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.crm.common.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An upgrade from migration 9 (9.1 on PostgreSQL) with reads of several records in the trail: each gets the keys new entries get, more
 * than one batch of the migration's, and on PostgreSQL the lookup finds them through the new index. On H2, and on the
 * PostgreSQL of 127.0.0.1:5432 (database test) when one answers.
 */
class IdBlocksMigrationTest {

    private static final String PG_SCHEMA = "crm_id_blocks_test";
    private static final int PAGES = 2_500;

    @Test
    void pagesWrittenBeforeGetTheirKeysOnH2() throws SQLException {
        upgrade("jdbc:h2:mem:blocks;DB_CLOSE_DELAY=-1", null);
    }

    @Test
    void pagesWrittenBeforeAreFoundThroughTheirKeysOnPostgreSql() throws SQLException {
        String url = TestDatabases.freshPostgresSchema(PG_SCHEMA);
        upgrade(url, PG_SCHEMA);
        try (Connection db = DriverManager.getConnection(url, TestDatabases.POSTGRES_USER, "");
                PreparedStatement lookup =
                        db.prepareStatement("SELECT id FROM audit_entry WHERE entity_id_blocks IS NOT NULL"
                                + " AND string_to_array(entity_id_blocks, ' ') @> ARRAY[CAST(? AS text)]"
                                + " AND string_to_array(entity_ids, ' ') @> ARRAY[CAST(? AS text)] ORDER BY id")) {
            assertEquals(List.of(2L), found(lookup, "200"), "the page that named it");
            assertEquals(List.of(), found(lookup, "20"), "an id is matched whole");
            assertEquals(List.of(2L), found(lookup, "abc"));
            assertEquals(List.of(3L, 4L), found(lookup, "1001"), "every page that named it");
            try (Statement s = db.createStatement();
                    ResultSet r = s.executeQuery("SELECT indexname FROM pg_indexes WHERE schemaname = '" + PG_SCHEMA
                            + "' AND indexdef LIKE '%gin%'")) {
                r.next();
                assertEquals("audit_entry_entity_id_blocks_idx", r.getString(1));
            }
        }
    }

    private static List<Long> found(PreparedStatement lookup, String id) throws SQLException {
        lookup.setString(1, IdBlocks.of(id));
        lookup.setString(2, id);
        List<Long> ids = new ArrayList<>();
        try (ResultSet r = lookup.executeQuery()) {
            while (r.next()) {
                ids.add(r.getLong(1));
            }
        }
        return ids;
    }

    private static void upgrade(String url, String schema) throws SQLException {
        TestDatabases.migrate(url, schema, schema == null ? "9" : "9.1");
        try (Connection db = DriverManager.getConnection(
                        url, schema == null ? TestDatabases.H2_USER : TestDatabases.POSTGRES_USER, "");
                PreparedStatement insert = db.prepareStatement(
                        "INSERT INTO audit_entry (id, occurred_at, actor, action,"
                                + " entity_type, entity_id, entity_ids) VALUES (?, CURRENT_TIMESTAMP, 'admin', 'READ_PII', 'customer', ?, ?)")) {
            row(insert, 1, "100", null);
            row(insert, 2, null, "100 101 200 abc");
            for (long id = 3; id < 3 + PAGES; id++) {
                row(insert, id, null, (997 + id) + " " + (998 + id) + " " + (999 + id));
            }

            TestDatabases.migrate(url, schema, "latest");

            try (Statement s = db.createStatement();
                    ResultSet r =
                            s.executeQuery("SELECT id, entity_ids, entity_id_blocks FROM audit_entry ORDER BY id")) {
                r.next();
                assertNull(r.getString(3), "an entry about one record is found by its entity_id");
                int pages = 0;
                while (r.next()) {
                    assertEquals(
                            IdBlocks.column(List.of(r.getString(2).split(" "))),
                            r.getString(3),
                            "entry " + r.getLong(1));
                    pages++;
                }
                assertEquals(PAGES + 1, pages);
            }
        }
    }

    private static void row(PreparedStatement insert, long id, String entityId, String entityIds) throws SQLException {
        insert.setLong(1, id);
        insert.setString(2, entityId);
        insert.setString(3, entityIds);
        insert.executeUpdate();
    }
}
