package io.crm.encryption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crm.common.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Re-sealing on an H2 database migrated by the product's migrations, as the rotation job does it. */
class ResealingTest {

    private static final String INDEX = KeyRing.newKey();
    private static final String K1 = KeyRing.newKey();
    private static final String K2 = KeyRing.newKey();

    @Test
    void everyValueEndsUnderTheCurrentKeyUnchangedAndOthersColumnsAreLeftAlone() throws Exception {
        String url = "jdbc:h2:mem:reseal" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        TestDatabases.migrate(url, null, "latest");
        KeyRing old = KeyRing.of("k1:" + K1, "k1", INDEX);
        KeyRing rotated = KeyRing.of("k1:" + K1 + ",k2:" + K2, "k2", INDEX);
        try (Connection db = DriverManager.getConnection(url, TestDatabases.H2_USER, "")) {
            for (int i = 1; i <= 30; i++) {
                try (PreparedStatement s =
                        db.prepareStatement("INSERT INTO customer (id, version, type, name, name_key,"
                                + " phones, emails, wechat_id, birthday, owner_id, tier, computed_tier, lifecycle_stage,"
                                + " created_at, updated_at) VALUES (?, 3, 'PERSON', ?, ?, ?, ?, ?, ?, 'sales1', 'POTENTIAL',"
                                + " 'POTENTIAL', 'ACQUISITION', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")) {
                    s.setLong(1, i);
                    s.setString(2, "Name " + i);
                    s.setString(3, "name " + i);
                    s.setString(4, i % 3 == 0 ? "+86138001380" + (10 + i) : old.seal("+86138001380" + (10 + i)));
                    s.setString(5, i % 5 == 0 ? null : old.seal("p" + i + "@example.com"));
                    s.setString(6, i % 2 == 0 ? rotated.seal("wx_" + i) : null);
                    s.setString(7, old.seal("1990-01-" + (10 + i % 18)));
                    s.executeUpdate();
                }
            }
            List<Long> ids = Resealing.ids(db, SealedTable.CUSTOMER, 0, 20);
            assertEquals(20, ids.size());
            int first = Resealing.reseal(db, SealedTable.CUSTOMER, ids, rotated);
            int rest = Resealing.reseal(
                    db, SealedTable.CUSTOMER, Resealing.ids(db, SealedTable.CUSTOMER, 20, 20), rotated);
            assertEquals(10, Resealing.countAfter(db, SealedTable.CUSTOMER, 20));
            // 30 phones, 24 emails and 30 birthdays were under k1 or in clear; the 15 WeChat ids already under k2
            assertEquals(84, first + rest);
            assertEquals(
                    0,
                    Resealing.reseal(
                            db, SealedTable.CUSTOMER, Resealing.ids(db, SealedTable.CUSTOMER, 0, 50), rotated));
            try (ResultSet rs = db.createStatement()
                    .executeQuery(
                            "SELECT id, phones, emails, wechat_id, birthday, version, name FROM customer ORDER BY id")) {
                List<Long> seen = new ArrayList<>();
                while (rs.next()) {
                    int i = rs.getInt(1);
                    seen.add((long) i);
                    for (int c = 2; c <= 5; c++) {
                        String v = rs.getString(c);
                        assertTrue(v == null || v.startsWith("v1:k2:"), v);
                    }
                    assertEquals("+86138001380" + (10 + i), rotated.open(rs.getString(2)));
                    if (i % 5 == 0) {
                        assertNull(rs.getString(3));
                    } else {
                        assertEquals("p" + i + "@example.com", rotated.open(rs.getString(3)));
                    }
                    assertEquals(i % 2 == 0 ? "wx_" + i : null, rotated.open(rs.getString(4)));
                    assertEquals("1990-01-" + (10 + i % 18), rotated.open(rs.getString(5)));
                    assertEquals(3, rs.getLong(6));
                    assertEquals("Name " + i, rs.getString(7));
                }
                assertEquals(30, seen.size());
            }
        }
    }
}
