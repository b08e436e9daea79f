package io.crm.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crm.audit.ReadAudit;
import io.crm.common.InvalidInputException;
import io.crm.common.Page;
import io.crm.common.PageRequest;
import io.crm.common.RecordNotFoundException;
import io.crm.common.TestDatabases;
import io.crm.note.NoteView;
import io.crm.permission.Caller;
import io.crm.permission.CurrentCaller;
import io.crm.permission.Permission;
import io.crm.permission.Scope;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The timeline service over a database migrated as the server migrates it, on H2 and (when it runs on
 * 127.0.0.1:5432) PostgreSQL: items of seven kinds at a handful of instants, so that ties of time and of time and
 * kind fall on page boundaries, paged three at a time: every item once, in timeline order.
 */
class TimelineServiceTest {

    private static final Instant T = Instant.parse("2026-11-20T10:00:00.123456Z");
    private static final Caller SALES1 = new Caller(
            "sales1",
            EnumSet.of(Permission.CUSTOMER_READ, Permission.CUSTOMER_WRITE, Permission.CUSTOMER_PII_READ),
            Scope.OWN,
            Set.of("east"));
    private static final Caller SALES2 = new Caller(
            "sales2",
            EnumSet.of(Permission.CUSTOMER_READ, Permission.CUSTOMER_WRITE, Permission.CUSTOMER_PII_READ),
            Scope.OWN,
            Set.of("east"));
    private static final Caller ANALYST =
            new Caller("analyst", EnumSet.of(Permission.CUSTOMER_READ), Scope.ALL, Set.of());

    private EntityManagerFactory emf;
    private String url;
    private String user;
    private final List<TimelineKey> keys = new ArrayList<>();
    private final List<String> clearReads = new ArrayList<>();

    private void database(String db) throws SQLException {
        TestDatabases.Migrated migrated = TestDatabases.latest(db, db.equals("h2") ? "timeline" : "timeline_test");
        url = migrated.url();
        user = migrated.user();
        emf = Persistence.createEntityManagerFactory(
                "timeline-test", Map.of("jakarta.persistence.jdbc.url", url, "jakarta.persistence.jdbc.user", user));
        try (Connection c = DriverManager.getConnection(url, user, "");
                Statement s = c.createStatement()) {
            s.execute("DELETE FROM customer");
            s.execute("DELETE FROM customer_merge");
            s.execute(
                    "INSERT INTO customer (id, version, type, name, name_key, owner_id, team_id, tier, computed_tier,"
                            + " lifecycle_stage, purchase_count, total_spend, created_at, updated_at) VALUES (1, 1, 'PERSON',"
                            + " 'A', 'a', 'sales1', 'east', 'VIP', 'VIP', 'LOYAL', 0, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            s.execute(
                    "INSERT INTO customer (id, version, type, name, name_key, owner_id, team_id, tier, computed_tier,"
                            + " lifecycle_stage, purchase_count, total_spend, created_at, updated_at) VALUES (2, 1, 'PERSON',"
                            + " 'B', 'b', 'sales2', 'east', 'VIP', 'VIP', 'LOYAL', 0, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            Random random = new Random(34);
            long id = 100;
            for (int i = 0; i < 70; i++) {
                TimelineKind kind = List.of(
                                TimelineKind.NOTE,
                                TimelineKind.FOLLOW_UP,
                                TimelineKind.PURCHASE,
                                TimelineKind.INTERACTION,
                                TimelineKind.POINTS_ENTRY,
                                TimelineKind.TIER_CHANGE,
                                TimelineKind.STAGE_CHANGE,
                                TimelineKind.LEVEL_CHANGE,
                                TimelineKind.CONSENT_CHANGE,
                                TimelineKind.MERGE)
                        .get(random.nextInt(10));
                Instant at = T.minusSeconds(random.nextInt(4) * 60L);
                insert(c, kind, id, at, 1);
                keys.add(new TimelineKey(at, kind, id++));
                insert(c, kind, id++, at, 2); // another customer's, never in customer 1's timeline
            }
        }
        keys.sort(TimelineKey.ORDER);
    }

    private static void insert(Connection c, TimelineKind kind, long id, Instant at, long customer)
            throws SQLException {
        String sql = switch (kind) {
            case NOTE ->
                "INSERT INTO note (id, version, customer_id, author_id, text, created_at, updated_at)"
                        + " VALUES (?, 1, ?, 'sales1', 'call 13800138000', ?, ?)";
            case FOLLOW_UP ->
                "INSERT INTO follow_up (id, version, customer_id, author_id, channel, content,"
                        + " assignee_id, status, created_at, updated_at) VALUES (?, 1, ?, 'sales1', 'PHONE', 'call',"
                        + " 'sales1', 'PLANNED', ?, ?)";
            case PURCHASE ->
                "INSERT INTO purchase (id, customer_id, amount, currency, occurred_at, created_at)"
                        + " VALUES (?, ?, 10, 'CNY', ?, ?)";
            case INTERACTION ->
                "INSERT INTO interaction (id, customer_id, type, occurred_at, created_at,"
                        + " created_by) VALUES (?, ?, 'PAGE_VIEW', ?, ?, 'host')";
            case POINTS_ENTRY ->
                "INSERT INTO points_entry (id, customer_id, kind, points, balance_after,"
                        + " created_at, created_by, source_key) VALUES (?, ?, 'ADJUSTMENT', 1, 1, ?, 'admin', ?)";
            case TIER_CHANGE ->
                "INSERT INTO customer_history (id, customer_id, field, from_value, to_value,"
                        + " source, changed_by, changed_at) VALUES (?, ?, 'tier', 'REGULAR', 'VIP', 'MANUAL',"
                        + " 'sales1', ?)";
            case STAGE_CHANGE ->
                "INSERT INTO customer_history (id, customer_id, field, from_value, to_value,"
                        + " source, changed_by, changed_at) VALUES (?, ?, 'lifecycleStage', 'CONVERSION', 'LOYAL',"
                        + " 'SCORING', 'system:customer-scoring', ?)";
            case LEVEL_CHANGE ->
                "INSERT INTO customer_history (id, customer_id, field, from_value, to_value,"
                        + " source, changed_by, changed_at) VALUES (?, ?, 'level', NULL, 'SILVER',"
                        + " 'SCORING', 'system:customer-scoring', ?)";
            case CONSENT_CHANGE ->
                "INSERT INTO consent_change (id, customer_id, channel, granted, source, changed_by, changed_at)"
                        + " VALUES (?, ?, 'SMS', TRUE, 'API', 'sales1', ?)";
            case MERGE ->
                "INSERT INTO customer_merge (duplicate_id, survivor_id, duplicate_owner_id, merged_at, merged_by)"
                        + " VALUES (?, ?, 'sales1', ?, 'sales1')";
            default -> throw new IllegalArgumentException(kind.name());
        };
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            s.setLong(2, customer);
            s.setObject(3, at.atOffset(ZoneOffset.UTC));
            if (Set.of(TimelineKind.NOTE, TimelineKind.FOLLOW_UP, TimelineKind.PURCHASE, TimelineKind.INTERACTION)
                    .contains(kind)) {
                s.setObject(4, at.atOffset(ZoneOffset.UTC));
            } else if (kind == TimelineKind.POINTS_ENTRY) {
                s.setString(4, "k" + id);
            }
            s.executeUpdate();
        }
    }

    @AfterEach
    void close() {
        if (emf != null) {
            emf.close();
        }
    }

    private Page<TimelineItem> page(Caller caller, Set<TimelineKind> kinds, Instant from, Instant to, PageRequest p) {
        EntityManager em = emf.createEntityManager();
        try {
            TimelineService service = new TimelineService();
            service.em = em;
            service.currentCaller = new CurrentCaller() {
                @Override
                public Caller get() {
                    return caller;
                }
            };
            service.readAudit = new ReadAudit() {
                @Override
                public void record(String actor, String entityType, Collection<String> entityIds) {
                    if (!entityIds.isEmpty()) {
                        clearReads.add(entityType + " " + entityIds);
                    }
                }
            };
            return service.page(1, kinds, from, to, p);
        } finally {
            em.close();
        }
    }

    private List<TimelineItem> all(Caller caller, Set<TimelineKind> kinds, Instant from, Instant to, int limit) {
        List<TimelineItem> items = new ArrayList<>();
        String cursor = null;
        do {
            Page<TimelineItem> p = page(caller, kinds, from, to, new PageRequest(limit, cursor));
            assertTrue(p.items().size() <= limit);
            items.addAll(p.items());
            cursor = p.next();
        } while (cursor != null);
        return items;
    }

    private static List<TimelineKey> keysOf(List<TimelineItem> items) {
        return items.stream()
                .map(i -> new TimelineKey(i.occurredAt(), i.kind(), i.id()))
                .toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void pagesOfThreeServeEveryItemOnceInTimelineOrder(String db) throws SQLException {
        database(db);
        List<TimelineItem> items = all(SALES1, EnumSet.allOf(TimelineKind.class), null, null, 3);
        assertTrue(
                keys.stream()
                        .map(TimelineKey::kind)
                        .toList()
                        .containsAll(
                                List.of(TimelineKind.CONSENT_CHANGE, TimelineKind.MERGE, TimelineKind.LEVEL_CHANGE)),
                "every kind of the test data");
        assertEquals(keys, keysOf(items));
        assertEquals(keys, keysOf(all(SALES1, EnumSet.allOf(TimelineKind.class), null, null, 200)));
        assertTrue(items.stream()
                .filter(i -> i.kind() == TimelineKind.NOTE)
                .allMatch(i -> ((NoteView) i.view()).text().contains("13800138000")));
        assertTrue(clearReads.stream().allMatch(r -> r.startsWith("note ")), clearReads::toString);
        assertTrue(items.stream()
                .filter(i -> i.kind() == TimelineKind.CONSENT_CHANGE)
                .allMatch(i -> i.summary().equals("SMS consent granted (API, sales1)")));
        assertTrue(items.stream()
                .filter(i -> i.kind() == TimelineKind.MERGE)
                .allMatch(i -> i.summary().equals("Customer " + i.id() + " merged into this one by sales1")));
        assertTrue(items.stream()
                .filter(i -> i.kind() == TimelineKind.LEVEL_CHANGE)
                .allMatch(i -> i.summary().startsWith("level none → SILVER")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void kindsAndTimesFilterAndMaskingIsTheSources(String db) throws SQLException {
        database(db);
        Set<TimelineKind> two = EnumSet.of(TimelineKind.NOTE, TimelineKind.TIER_CHANGE);
        Instant from = T.minusSeconds(120);
        Instant to = T;
        List<TimelineKey> expected = keys.stream()
                .filter(k -> two.contains(k.kind()))
                .filter(k -> !k.time().isBefore(from) && k.time().isBefore(to))
                .toList();
        List<TimelineItem> items = all(ANALYST, two, from, to, 2);
        assertEquals(expected, keysOf(items));
        assertTrue(!expected.isEmpty());
        assertTrue(items.stream()
                .filter(i -> i.kind() == TimelineKind.NOTE)
                .allMatch(i -> ((NoteView) i.view()).textMasked()
                        && !((NoteView) i.view()).text().contains("13800138000")));
        assertTrue(clearReads.isEmpty(), "masked reads are not recorded: " + clearReads);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void aCustomerTheCallerCannotReadIsNotFoundAndCursorsAreChecked(String db) throws SQLException {
        database(db);
        Set<TimelineKind> all = EnumSet.allOf(TimelineKind.class);
        assertThrows(RecordNotFoundException.class, () -> page(SALES2, all, null, null, new PageRequest(5, null)));
        String next = page(SALES1, all, null, null, new PageRequest(5, null)).next();
        assertThrows(
                InvalidInputException.class,
                () -> page(SALES1, EnumSet.of(TimelineKind.NOTE), null, null, new PageRequest(5, next)));
        assertThrows(InvalidInputException.class, () -> page(SALES1, all, T, T, new PageRequest(5, null)));
    }
}
