package io.crm.timeline;

import io.crm.audit.ReadAudit;
import io.crm.common.Page;
import io.crm.common.PageRequest;
import io.crm.common.TestDatabases;
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
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Timeline pages of one customer with 100,000 interactions and 600 notes and purchases, in process on PostgreSQL:
 * the service's pages of 50 (nine keyset reads merged, then the page's records), first page and page after page by
 * cursor, and the same position half way down read as one UNION ALL statement over the nine sources against the nine
 * keyset reads alone. A benchmark, not a test: {@code ./mvnw -pl crm-ejb test -Dtest=TimelineBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false} (PostgreSQL on 127.0.0.1:5432, database test).
 */
class TimelineBenchmark {

    private static final String SCHEMA = "crm_timeline_bench";
    private static final int ITEMS = 100_000;
    private static final int OTHERS = 300;
    private static final Caller SALES1 = new Caller(
            "sales1", EnumSet.of(Permission.CUSTOMER_READ, Permission.CUSTOMER_PII_READ), Scope.OWN, Set.of("east"));
    private static final String[][] SOURCES = {
        {"follow_up", "created_at", "'follow-up'", ""},
        {"interaction", "occurred_at", "'interaction'", ""},
        {"customer_history", "changed_at", "'level-change'", " AND field = 'level'"},
        {"note", "created_at", "'note'", ""},
        {"points_entry", "created_at", "'points-entry'", ""},
        {"purchase", "occurred_at", "'purchase'", ""},
        {"customer_history", "changed_at", "'stage-change'", " AND field = 'lifecycleStage'"},
        {"survey_response", "responded_at", "'survey-answer'", ""},
        {"survey_invitation", "created_at", "'survey-invitation'", ""},
        {"customer_history", "changed_at", "'tier-change'", " AND field = 'tier'"}
    };

    @Test
    void pagesOfACustomerWithAHundredThousandItems() throws Exception {
        String url = TestDatabases.freshPostgresSchema(SCHEMA);
        TestDatabases.migrate(url, SCHEMA, "latest");
        Instant now = Instant.now();
        try (Connection db = DriverManager.getConnection(url, TestDatabases.POSTGRES_USER, "")) {
            load(db, now);
        }
        EntityManagerFactory emf = Persistence.createEntityManagerFactory(
                "timeline-test",
                Map.of(
                        "jakarta.persistence.jdbc.url",
                        url,
                        "jakarta.persistence.jdbc.user",
                        TestDatabases.POSTGRES_USER));
        try {
            for (int i = 0; i < 100; i++) {
                page(emf, null);
            }
            long[] first = new long[300];
            for (int i = 0; i < first.length; i++) {
                long t0 = System.nanoTime();
                page(emf, null);
                first[i] = System.nanoTime() - t0;
            }
            List<Long> walk = new ArrayList<>();
            String cursor = null;
            int items = 0;
            do {
                long t0 = System.nanoTime();
                Page<TimelineItem> p = page(emf, cursor);
                walk.add(System.nanoTime() - t0);
                items += p.items().size();
                cursor = p.next();
            } while (cursor != null);
            long[] pages = walk.stream().mapToLong(Long::longValue).toArray();
            System.out.printf(
                    Locale.ROOT,
                    "Timeline of one customer with %d interactions and %d notes and purchases, pages of 50: first"
                            + " page p50 %.2f ms p99 %.2f ms; all %d pages (%d items) by cursor p50 %.2f ms p99 %.2f ms,"
                            + " last page %.2f ms%n",
                    ITEMS,
                    2 * OTHERS,
                    pct(first, 50),
                    pct(first, 99),
                    pages.length,
                    items,
                    pct(pages, 50),
                    pct(pages, 99),
                    pages[pages.length - 1] / 1e6);
        } finally {
            emf.close();
        }
        try (Connection db = DriverManager.getConnection(url, TestDatabases.POSTGRES_USER, "")) {
            union(db);
        }
    }

    private static Page<TimelineItem> page(EntityManagerFactory emf, String cursor) {
        EntityManager em = emf.createEntityManager();
        try {
            TimelineService service = new TimelineService();
            service.em = em;
            service.currentCaller = new CurrentCaller() {
                @Override
                public Caller get() {
                    return SALES1;
                }
            };
            service.readAudit = new ReadAudit() {
                @Override
                public void record(String actor, String entityType, Collection<String> entityIds) {}
            };
            return service.page(1, EnumSet.allOf(TimelineKind.class), null, null, new PageRequest(50, cursor));
        } finally {
            em.close();
        }
    }

    private static void load(Connection db, Instant now) throws Exception {
        db.setAutoCommit(false);
        try (Statement s = db.createStatement()) {
            s.execute("INSERT INTO customer (id, version, type, name, name_key, owner_id, team_id, tier, computed_tier,"
                    + " lifecycle_stage, purchase_count, total_spend, created_at, updated_at) VALUES (1, 1, 'PERSON',"
                    + " 'A', 'a', 'sales1', 'east', 'VIP', 'VIP', 'LOYAL', 0, 0, now(), now())");
        }
        Random random = new Random(100_000);
        try (PreparedStatement s = db.prepareStatement("INSERT INTO interaction (id, customer_id, type, occurred_at,"
                + " channel, created_at, created_by) VALUES (?, 1, 'PAGE_VIEW', ?, 'web', now(), 'bench')")) {
            for (int i = 0; i < ITEMS; i++) {
                s.setLong(1, i + 1);
                s.setObject(2, at(now, random));
                s.addBatch();
                if (i % 5000 == 4999) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
        try (PreparedStatement note = db.prepareStatement("INSERT INTO note (id, version, customer_id, author_id,"
                        + " text, created_at, updated_at) VALUES (?, 1, 1, 'sales1', 'call 13800138000', ?, ?)");
                PreparedStatement purchase = db.prepareStatement("INSERT INTO purchase (id, customer_id, amount,"
                        + " currency, occurred_at, created_at) VALUES (?, 1, 99, 'CNY', ?, ?)")) {
            for (int i = 0; i < OTHERS; i++) {
                OffsetDateTime t = at(now, random);
                note.setLong(1, i + 1);
                note.setObject(2, t);
                note.setObject(3, t);
                note.addBatch();
                purchase.setLong(1, i + 1);
                purchase.setObject(2, t);
                purchase.setObject(3, t);
                purchase.addBatch();
            }
            note.executeBatch();
            purchase.executeBatch();
        }
        db.commit();
        db.setAutoCommit(true);
        try (Statement s = db.createStatement()) {
            s.execute("ANALYZE");
        }
    }

    private static OffsetDateTime at(Instant now, Random random) {
        return now.minusSeconds(random.nextInt(3 * 365 * 86_400)).atOffset(ZoneOffset.UTC);
    }

    /** A position half way down: one UNION ALL statement against the nine keyset reads the service merges. */
    private static void union(Connection db) throws Exception {
        OffsetDateTime middle;
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SELECT occurred_at FROM interaction ORDER BY occurred_at DESC, id DESC"
                        + " OFFSET " + ITEMS / 2 + " LIMIT 1")) {
            r.next();
            middle = r.getObject(1, OffsetDateTime.class);
        }
        List<String> branches = new ArrayList<>();
        for (String[] src : SOURCES) {
            branches.add("SELECT " + src[1] + " AS t, " + src[2] + " AS k, id FROM " + src[0] + " WHERE customer_id = 1"
                    + src[3]);
        }
        String union = "SELECT t, k, id FROM (" + String.join(" UNION ALL ", branches) + ") u"
                + " WHERE t <= ? AND (t < ? OR k > 'interaction' OR (k = 'interaction' AND id < ?))"
                + " ORDER BY t DESC, k, id DESC LIMIT 51";
        long[] unionTimes = new long[50];
        long[] mergeTimes = new long[50];
        for (int i = -20; i < 50; i++) {
            long t0 = System.nanoTime();
            try (PreparedStatement s = db.prepareStatement(union)) {
                s.setObject(1, middle);
                s.setObject(2, middle);
                s.setLong(3, Long.MAX_VALUE);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        r.getLong(3);
                    }
                }
            }
            long t1 = System.nanoTime();
            for (String[] src : SOURCES) {
                int c = src[2].compareTo("'interaction'");
                String after = c > 0
                        ? src[1] + " <= ?"
                        : c < 0 ? src[1] + " < ?" : "(" + src[1] + " <= ? AND (" + src[1] + " < ? OR id < ?))";
                try (PreparedStatement s = db.prepareStatement("SELECT " + src[1] + ", id FROM " + src[0]
                        + " WHERE customer_id = 1" + src[3] + " AND " + after + " ORDER BY " + src[1]
                        + " DESC, id DESC LIMIT 51")) {
                    s.setObject(1, middle);
                    if (c == 0) {
                        s.setObject(2, middle);
                        s.setLong(3, Long.MAX_VALUE);
                    }
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            r.getLong(2);
                        }
                    }
                }
            }
            long t2 = System.nanoTime();
            if (i >= 0) {
                unionTimes[i] = t1 - t0;
                mergeTimes[i] = t2 - t1;
            }
        }
        System.out.printf(
                Locale.ROOT,
                "A page half way down, plain JDBC: one UNION ALL statement p50 %.2f ms; nine keyset reads p50 %.2f ms%n",
                pct(unionTimes, 50),
                pct(mergeTimes, 50));
    }

    private static double pct(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }
}
