package io.crm.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.crm.audit.Change;
import io.crm.audit.Changes;
import io.crm.common.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The statements of the privacy package on a database migrated by the product's migrations: consent history for the
 * consents an upgrade finds, which audit entries are about a customer, and who the retention rule finds due. On H2,
 * and on the PostgreSQL of 127.0.0.1:5432 when one answers.
 */
class PrivacySqlTest {

    private static final String PG_SCHEMA = "crm_privacy_sql_test";
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 1, 12, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void onH2() throws SQLException {
        check("jdbc:h2:mem:privacy;DB_CLOSE_DELAY=-1", null);
    }

    @Test
    void onPostgreSql() throws SQLException {
        check(TestDatabases.freshPostgresSchema(PG_SCHEMA), PG_SCHEMA);
    }

    private static void check(String url, String schema) throws SQLException {
        TestDatabases.migrate(url, schema, "18");
        String user = schema == null ? TestDatabases.H2_USER : TestDatabases.POSTGRES_USER;
        try (Connection db = DriverManager.getConnection(url, user, "");
                Statement s = db.createStatement()) {
            customer(s, 1, "TRUE, TIMESTAMP WITH TIME ZONE '2024-03-01 10:00:00+00', NULL", "2025-01-01");
            customer(s, 2, "NULL, NULL, FALSE", "2019-01-01");
            customer(s, 11, "NULL, NULL, NULL", "2019-01-01");
            customer(s, 12, "NULL, NULL, NULL", "2019-01-01");
            customer(s, 13, "NULL, NULL, NULL", "2019-01-01");

            TestDatabases.migrate(url, schema, "latest");

            assertEquals(
                    List.of(
                            "1 EMAIL true MIGRATION system:migration 2024-03-01T10:00Z",
                            "2 SMS false MIGRATION system:migration 2019-01-01T00:00Z"),
                    rows(
                            db,
                            "SELECT customer_id, channel, granted, source, changed_by, changed_at FROM consent_change "
                                    + "ORDER BY customer_id",
                            List.of()));

            audit(s, 100, "customer", "1", Map.of("name", new Change("Wang Wei", "Wang Wei Jr")));
            audit(s, 101, "purchase", "500", Map.of("customerId", new Change(null, "1")));
            audit(s, 102, "purchase", "501", Map.of("customerId", new Change(null, "11")));
            audit(s, 103, "note", "600", Map.of("text", new Change("a", "b"))); // an update names no customer
            // a deleted note of 1: its entries are not found (the sealed changes cannot be searched)
            audit(s, 104, "note", "601", Map.of("customerId", new Change("1", null)));
            audit(s, 105, "customer", "11", Map.of("name", new Change("Li Na", "Li Na")));
            audit(s, 106, "follow-up", "700", Map.of("content", new Change(null, "call")));
            s.execute("INSERT INTO note (id, version, customer_id, author_id, text, created_at, updated_at) VALUES "
                    + "(600, 1, 1, 'sales1', 'b', TIMESTAMP WITH TIME ZONE '2020-01-01 00:00:00+00', "
                    + "TIMESTAMP WITH TIME ZONE '2020-01-01 00:00:00+00')");
            s.execute(
                    "INSERT INTO follow_up (id, version, customer_id, author_id, channel, content, assignee_id, status,"
                            + " created_at, updated_at) VALUES (700, 1, 12, 'sales1', 'PHONE', 'call', 'sales1', 'OPEN', "
                            + "TIMESTAMP WITH TIME ZONE '2026-06-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2026-06-01 00:00:00+00')");
            s.execute("INSERT INTO customer_privacy (customer_id, legal_hold) VALUES (13, TRUE)");
            s.execute("INSERT INTO purchase (id, customer_id, amount, currency, occurred_at, created_at) VALUES "
                    + "(500, 1, 10, 'CNY', TIMESTAMP WITH TIME ZONE '2020-01-01 00:00:00+00', CURRENT_TIMESTAMP), "
                    + "(501, 11, 10, 'CNY', TIMESTAMP WITH TIME ZONE '2020-01-01 00:00:00+00', CURRENT_TIMESTAMP)");

            List<Object> about1 = new ArrayList<>(PersonalAudit.parameters(1));
            assertEquals(
                    List.of("100", "101", "103"),
                    rows(db, "SELECT id FROM audit_entry WHERE " + PersonalAudit.CONDITION + " ORDER BY id", about1));
            assertEquals(
                    List.of("102", "105"),
                    rows(
                            db,
                            "SELECT id FROM audit_entry WHERE " + PersonalAudit.CONDITION + " ORDER BY id",
                            new ArrayList<>(PersonalAudit.parameters(11))));

            // five years before NOW: 1 changed since, 12 has a recent follow-up, 13 is held; 2 and 11 are due
            List<Object> due = new ArrayList<>();
            due.add(0L);
            for (int i = 0; i < 5; i++) {
                due.add(NOW.minusYears(5));
            }
            assertEquals(List.of("2", "11"), rows(db, Retention.DUE + " ORDER BY c.id", due));
            due.set(0, 2L);
            assertEquals(List.of("11"), rows(db, Retention.DUE + " ORDER BY c.id", due));
        }
    }

    private static void customer(Statement s, long id, String emailAtSmsConsents, String updated) throws SQLException {
        String[] c = emailAtSmsConsents.split(", ");
        s.execute("INSERT INTO customer (id, version, type, name, name_key, owner_id, team_id, tier, computed_tier,"
                + " lifecycle_stage, purchase_count, total_spend, consent_email, consent_email_at, consent_sms,"
                + " created_at, updated_at) VALUES (" + id + ", 1, 'PERSON', 'A', 'a', 'sales1', 'east', 'REGULAR',"
                + " 'REGULAR', 'ACQUISITION', 0, 0, " + c[0] + ", " + c[1] + ", " + c[2] + ","
                + " TIMESTAMP WITH TIME ZONE '" + updated + " 00:00:00+00', TIMESTAMP WITH TIME ZONE '" + updated
                + " 00:00:00+00')");
    }

    private static void audit(Statement s, long id, String type, String entityId, Map<String, Change> changes)
            throws SQLException {
        s.execute("INSERT INTO audit_entry (id, occurred_at, actor, action, entity_type, entity_id, changes) VALUES ("
                + id + ", CURRENT_TIMESTAMP, 'sales1', 'UPDATE', '" + type + "', '" + entityId + "', '"
                + Changes.toJson(changes) + "')");
    }

    private static List<String> rows(Connection db, String sql, List<Object> params) throws SQLException {
        try (PreparedStatement p = db.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                p.setObject(i + 1, params.get(i));
            }
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    List<String> cols = new ArrayList<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        Object v = rs.getObject(i);
                        cols.add(
                                v instanceof java.sql.Timestamp || v instanceof OffsetDateTime
                                        ? rs.getObject(i, OffsetDateTime.class)
                                                .withOffsetSameInstant(ZoneOffset.UTC)
                                                .toString()
                                        : String.valueOf(v));
                    }
                    rows.add(String.join(" ", cols));
                }
            }
            return rows;
        }
    }
}
