package io.crm.encryption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crm.common.TestDatabases;
import io.crm.common.TestKeys;
import io.crm.customer.ContactPoints;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * An existing database upgraded by V21 and V21_1: every personal value sealed, duplicate keys blinded; and by V29_1:
 * webhook secrets sealed.
 */
class PersonalDataMigrationTest {

    private static final String PG_SCHEMA = "pii_migration_test";

    @Test
    void personalDataInClearIsSealedOnH2() throws SQLException {
        upgrade("jdbc:h2:mem:piimigration" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", null);
    }

    @Test
    void personalDataInClearIsSealedOnPostgreSql() throws SQLException {
        upgrade(TestDatabases.freshPostgresSchema(PG_SCHEMA), PG_SCHEMA);
    }

    private static void upgrade(String url, String schema) throws SQLException {
        TestDatabases.migrate(url, schema, "18");
        String user = schema == null ? TestDatabases.H2_USER : TestDatabases.POSTGRES_USER;
        try (Connection db = DriverManager.getConnection(url, user, "");
                Statement s = db.createStatement()) {
            s.execute("INSERT INTO customer (id, version, type, name, name_key, phones, emails, wechat_id, birthday,"
                    + " owner_id, tier, computed_tier, lifecycle_stage, purchase_count, total_spend, created_at,"
                    + " updated_at) VALUES (1, 4, 'PERSON', 'Zhang Wei', 'zhang wei', '+8613800138000\n+8613900139000',"
                    + " 'Zhang.Wei@example.com', 'wx_zhangwei', DATE '1990-05-17', 'sales1', 'REGULAR', 'REGULAR',"
                    + " 'ACQUISITION', 0, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            s.execute("INSERT INTO customer (id, version, type, name, name_key, owner_id, tier, computed_tier,"
                    + " lifecycle_stage, purchase_count, total_spend, created_at, updated_at) VALUES (2, 1, 'COMPANY',"
                    + " 'Acme', 'acme', 'sales1', 'REGULAR', 'REGULAR', 'ACQUISITION', 0, 0, CURRENT_TIMESTAMP,"
                    + " CURRENT_TIMESTAMP)");
            for (String key : Set.of("phone:+8613800138000", "phone:+8613900139000", "email:zhang.wei@example.com")) {
                s.execute("INSERT INTO customer_contact_key (customer_id, contact_key) VALUES (1, '" + key + "')");
            }
            s.execute(
                    "INSERT INTO note (id, customer_id, author_id, text, created_at, updated_at, version)"
                            + " VALUES (1, 1, 'sales1', 'call 13800138000 after six', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)");
        }

        TestDatabases.migrate(url, schema, "19");
        try (Connection db = DriverManager.getConnection(url, user, "");
                Statement s = db.createStatement()) {
            s.execute("INSERT INTO webhook_subscription (id, url, event_types, act_as, secret, status, created_at,"
                    + " created_by, updated_at, version) VALUES (1, 'https://hooks.example.com/crm', 'note.added',"
                    + " 'sales1', 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 'ACTIVE', CURRENT_TIMESTAMP, 'admin',"
                    + " CURRENT_TIMESTAMP, 1)");
        }

        TestDatabases.migrate(url, schema, "latest");

        KeyRing ring = TestKeys.RING;
        try (Connection db = DriverManager.getConnection(url, user, "");
                Statement s = db.createStatement()) {
            try (ResultSet rs = s.executeQuery(
                    "SELECT phones, emails, wechat_id, birthday, version, name FROM customer ORDER BY id")) {
                assertTrue(rs.next());
                for (int c = 1; c <= 4; c++) {
                    assertTrue(rs.getString(c).startsWith("v1:t1:"), rs.getString(c));
                }
                assertEquals("+8613800138000\n+8613900139000", ring.open(rs.getString(1)));
                assertEquals("Zhang.Wei@example.com", ring.open(rs.getString(2)));
                assertEquals("wx_zhangwei", ring.open(rs.getString(3)));
                assertEquals("1990-05-17", ring.open(rs.getString(4)));
                assertEquals(4, rs.getLong(5), "the version, and so the ETag, stays");
                assertEquals("Zhang Wei", rs.getString(6));
                assertTrue(rs.next());
                assertNull(rs.getString(1));
                assertNull(rs.getString(4));
            }
            Set<String> keys = new HashSet<>();
            try (ResultSet rs = s.executeQuery("SELECT contact_key FROM customer_contact_key")) {
                while (rs.next()) {
                    keys.add(rs.getString(1));
                }
            }
            assertEquals(
                    ContactPoints.blinded(ContactPoints.keys(
                                    java.util.List.of("+8613800138000", "+8613900139000"),
                                    java.util.List.of("Zhang.Wei@example.com")))
                            .keySet(),
                    keys);
            try (ResultSet rs = s.executeQuery("SELECT secret, previous_secret FROM webhook_subscription")) {
                assertTrue(rs.next());
                assertTrue(rs.getString(1).startsWith("v1:t1:"), "the webhook secret is sealed too (V29_1)");
                assertEquals("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", ring.open(rs.getString(1)));
                assertNull(rs.getString(2));
            }
            try (ResultSet rs = s.executeQuery("SELECT text FROM note")) {
                assertTrue(rs.next());
                assertEquals("call 13800138000 after six", ring.open(rs.getString(1)));
                assertTrue(rs.getString(1).startsWith("v1:t1:"));
            }
        }
    }
}
