package io.crm.interaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The interaction SQL on an embedded database migrated by the product's own migrations. */
class InteractionRowsTest {

    private static final AtomicLong DATABASES = new AtomicLong();
    private static final OffsetDateTime T =
            Instant.parse("2026-11-01T10:00:00Z").atOffset(ZoneOffset.UTC);

    private Connection db;

    @BeforeEach
    void migrate() throws SQLException {
        String url = "jdbc:h2:mem:interactions" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration")
                .load()
                .migrate();
        db = DriverManager.getConnection(url, "sa", "");
        for (long id = 1; id <= 2; id++) {
            try (PreparedStatement s = db.prepareStatement("INSERT INTO customer (id, version, type, name, name_key,"
                    + " owner_id, tier, computed_tier, lifecycle_stage, purchase_count, total_spend, created_at,"
                    + " updated_at) VALUES (?, 1, 'PERSON', 'c', 'c', 'sales1', 'POTENTIAL', 'POTENTIAL',"
                    + " 'ACQUISITION', 0, 0, ?, ?)")) {
                s.setLong(1, id);
                s.setObject(2, T);
                s.setObject(3, T);
                s.executeUpdate();
            }
        }
    }

    @AfterEach
    void close() throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("SHUTDOWN");
        }
        db.close();
    }

    @Test
    void aBatchIsStoredAndItsExternalIdsAreFoundAgain() throws SQLException {
        List<InteractionData> rows = List.of(
                new InteractionData(1, "PAGE_VIEW", T, "web", "{\"page\":\"/\"}", "a-1"),
                new InteractionData(1, "PAGE_VIEW", T.plusMinutes(1), null, null, null),
                new InteractionData(2, "STORE_VISIT", T.minusDays(1), "store", null, "a-1"));
        InteractionRows.insert(db, rows, new long[] {10, 11, 12}, T, "host");
        assertEquals(3, count("SELECT COUNT(*) FROM interaction"));
        Map<InteractionRows.ExternalKey, Long> stored = InteractionRows.stored(
                db,
                Set.of(
                        new InteractionRows.ExternalKey(1, "a-1"),
                        new InteractionRows.ExternalKey(2, "a-1"),
                        new InteractionRows.ExternalKey(2, "a-2")));
        assertEquals(
                Map.of(new InteractionRows.ExternalKey(1, "a-1"), 10L, new InteractionRows.ExternalKey(2, "a-1"), 12L),
                stored);
        assertThrows(
                SQLException.class,
                () -> InteractionRows.insert(
                        db,
                        List.of(new InteractionData(1, "PAGE_VIEW", T, null, null, "a-1")),
                        new long[] {13},
                        T,
                        "host"),
                "the unique key refuses an externalId stored twice for a customer");
    }

    @Test
    void theLastActivityTimeOnlyMovesForward() throws SQLException {
        InteractionRows.lastActivity(db, new TreeMap<>(Map.of(1L, T, 2L, T)));
        InteractionRows.lastActivity(db, new TreeMap<>(Map.of(1L, T.minusDays(3), 2L, T.plusHours(1))));
        assertEquals(T.toInstant(), lastActivity(1));
        assertEquals(T.plusHours(1).toInstant(), lastActivity(2));
    }

    private long count(String sql) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private Instant lastActivity(long id) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SELECT last_activity_at FROM customer WHERE id = " + id)) {
            r.next();
            return r.getObject(1, OffsetDateTime.class).toInstant();
        }
    }
}
