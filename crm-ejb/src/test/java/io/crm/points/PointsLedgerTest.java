package io.crm.points;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.crm.audit.AuditAction;
import io.crm.audit.AuditTrail;
import io.crm.audit.Change;
import io.crm.common.ConflictException;
import io.crm.common.TestDatabases;
import io.crm.customer.Tier;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The ledger against a database migrated as the server migrates it, on H2 and (when it runs on 127.0.0.1:5432)
 * PostgreSQL: concurrent redemptions never overdraw the balance, entries sum to it, a purchase accrues once.
 */
class PointsLedgerTest {

    private static final String H2 = "jdbc:h2:mem:points-ledger;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=30000";
    private EntityManagerFactory emf;
    private String url;
    private String user;
    private final AtomicInteger audited = new AtomicInteger();

    private void database(String db) throws SQLException {
        if (db.equals("h2")) {
            url = H2;
            user = TestDatabases.H2_USER;
            TestDatabases.migrate(url, null, "latest");
        } else {
            url = TestDatabases.freshPostgresSchema("points_ledger_test");
            user = TestDatabases.POSTGRES_USER;
            TestDatabases.migrate(url, "points_ledger_test", "latest");
        }
        sql(
                "DELETE FROM points_entry",
                "DELETE FROM points_account",
                "DELETE FROM points_rule",
                "DELETE FROM purchase",
                "DELETE FROM customer WHERE id = 1",
                "INSERT INTO customer (id, version, type, name, name_key, owner_id, team_id, tier, computed_tier, lifecycle_stage,"
                        + " purchase_count, total_spend, created_at, updated_at) VALUES (1, 1, 'PERSON', 'A', 'a', 'sales1', 'east',"
                        + " 'VIP', 'VIP', 'LOYAL', 0, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        emf = Persistence.createEntityManagerFactory(
                "helpers-test",
                Map.of(
                        "jakarta.persistence.jdbc.url",
                        url,
                        "jakarta.persistence.jdbc.user",
                        user,
                        "jakarta.persistence.schema-generation.database.action",
                        "none"));
    }

    @AfterEach
    void close() {
        if (emf != null) {
            emf.close();
        }
    }

    private void sql(String... statements) throws SQLException {
        try (Connection db = DriverManager.getConnection(url, user, "");
                Statement s = db.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    private <T> T inTransaction(Function<PointsLedger, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            PointsLedger ledger = new PointsLedger();
            ledger.em = em;
            ledger.audit = new AuditTrail() {
                @Override
                public void recordWrite(
                        String actor,
                        AuditAction action,
                        String entityType,
                        String entityId,
                        Map<String, Change> changes) {
                    audited.incrementAndGet();
                }
            };
            T result = work.apply(ledger);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private long balance() {
        return inTransaction(l -> l.em.find(PointsAccount.class, 1L).balance());
    }

    private long ledgerSum() {
        return inTransaction(l -> l
                .em
                .createQuery("SELECT e.points FROM PointsEntry e WHERE e.customerId = 1", Long.class)
                .getResultList()
                .stream()
                .mapToLong(Long::longValue)
                .sum());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void ofOneHundredConcurrentRedemptionsExactlyThoseTheBalanceCoversSucceed(String db) throws Exception {
        database(db);
        inTransaction(l -> l.post(1, PointsEntryKind.ADJUSTMENT, 370, null, null, "gift", null, null, "admin"));
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<Long>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 100; i++) {
                String key = "redemption:k" + i;
                Callable<Long> redeem = () -> {
                    try {
                        return inTransaction(l -> l.post(
                                        1, PointsEntryKind.REDEMPTION, -10, key, null, null, "coffee", null, "sales1")
                                .balanceAfter());
                    } catch (ConflictException e) {
                        assertEquals(Map.of("balance", 0L), e.extensions());
                        return -1L;
                    }
                };
                answers.add(pool.submit(redeem));
            }
            List<Long> balancesAfter = new ArrayList<>();
            for (Future<Long> f : answers) {
                if (f.get() >= 0) {
                    balancesAfter.add(f.get());
                }
            }
            balancesAfter.sort(null);
            assertEquals(
                    java.util.stream.LongStream.rangeClosed(0, 36)
                            .map(n -> n * 10)
                            .boxed()
                            .toList(),
                    balancesAfter,
                    "each redemption took its own ten points off the balance");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(0, balance());
        assertEquals(0, ledgerSum());
        assertEquals(38, audited.get());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aPurchaseAccruesOnceByTheRulesOfItsDay(String db) throws Exception {
        database(db);
        OffsetDateTime day = OffsetDateTime.of(2026, 3, 1, 10, 0, 0, 0, ZoneOffset.UTC);
        inTransaction(l -> {
            l.em.persist(rule(LocalDate.of(2026, 1, 1), "1", 0, null));
            l.em.persist(rule(LocalDate.of(2026, 3, 1), "2", 100, 1000L));
            return null;
        });
        sql("INSERT INTO purchase (id, customer_id, amount, currency, occurred_at, created_at) VALUES "
                + "(1, 1, 250, 'CNY', TIMESTAMP WITH TIME ZONE '2026-03-01 10:00:00+00', CURRENT_TIMESTAMP)");
        for (int i = 0; i < 5; i++) {
            inTransaction(l -> {
                l.accrue(1, Tier.VIP, null, 1, new BigDecimal("250.00"), day, "sales1");
                return null;
            });
        }
        assertEquals(
                600,
                balance()); // by the rules of 2026-03-01: 250 × 2 a unit (VIP left at 1) + the first purchase's 100
        sql("INSERT INTO purchase (id, customer_id, amount, currency, occurred_at, created_at) VALUES "
                + "(2, 1, 400, 'CNY', TIMESTAMP WITH TIME ZONE '2026-03-01 12:00:00+00', CURRENT_TIMESTAMP)");
        inTransaction(l -> {
            l.accrue(1, Tier.VIP, null, 2, new BigDecimal("400.00"), day.plusHours(2), "sales1");
            return null;
        });
        assertEquals(1000, balance()); // the day's cap
        sql("INSERT INTO purchase (id, customer_id, amount, currency, occurred_at, created_at) VALUES "
                + "(3, 1, 10, 'CNY', TIMESTAMP WITH TIME ZONE '2026-02-01 12:00:00+00', CURRENT_TIMESTAMP)");
        inTransaction(l -> {
            l.accrue(1, Tier.VIP, null, 3, new BigDecimal("10"), day.minusMonths(1), "sales1");
            return null;
        });
        assertEquals(1010, balance()); // February's rules: 1 a unit, no bonus, no cap
        assertEquals(1010, ledgerSum());
        assertThrows(
                ConflictException.class,
                () -> inTransaction(l ->
                        l.post(1, PointsEntryKind.ADJUSTMENT, -1011, null, null, "too much", null, null, "admin")));
        assertEquals(1010, balance());
    }

    private long post(PointsEntryKind kind, long points, String source, LocalDate earnedOn) {
        return inTransaction(l -> l.post(1, kind, points, source, null, "test", null, earnedOn, "admin"))
                .id();
    }

    private long expireAsOf(LocalDate today) {
        return inTransaction(
                l -> l.expire(1, today, "points-expiry").map(e -> -e.points()).orElse(0L));
    }

    /**
     * Lots earned on January 10 (100), February 10 (50, of which 20 reversed) and March 10 (30); 90 spent and 10 taken
     * by hand in between, which the oldest points pay. Kept 3 months: nothing of January's is left to lapse; on May 10
     * February's 30 lapse, and nothing more when run again that day or the next; on June 10 March's 30.
     */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void pointsLapseFirstInFirstOutExactlyOnce(String db) throws Exception {
        database(db);
        inTransaction(l -> {
            l.em.persist(rule(LocalDate.of(2026, 1, 1), "1", 0, null, 0, 3));
            return null;
        });
        post(PointsEntryKind.ACCRUAL, 100, "purchase:1", LocalDate.of(2026, 1, 10));
        post(PointsEntryKind.REDEMPTION, -90, "redemption:a", null);
        post(PointsEntryKind.ACCRUAL, 50, "purchase:2", LocalDate.of(2026, 2, 10));
        post(PointsEntryKind.REVERSAL, -20, "reversal:purchase:2", LocalDate.of(2026, 2, 10));
        post(PointsEntryKind.ADJUSTMENT, -10, null, null);
        post(PointsEntryKind.BONUS, 30, "survey-response:1", LocalDate.of(2026, 3, 10));
        assertEquals(60, balance());
        assertEquals(
                new ExpiringPoints(30, LocalDate.of(2026, 5, 10)),
                inTransaction(l -> l.expiringNext(1, LocalDate.of(2026, 4, 1)).orElseThrow()));

        assertEquals(0, expireAsOf(LocalDate.of(2026, 4, 30)));
        assertEquals(30, expireAsOf(LocalDate.of(2026, 5, 10)));
        assertEquals(0, expireAsOf(LocalDate.of(2026, 5, 10)));
        assertEquals(0, expireAsOf(LocalDate.of(2026, 5, 11)));
        assertEquals(30, balance());
        assertEquals(
                new ExpiringPoints(30, LocalDate.of(2026, 6, 10)),
                inTransaction(l -> l.expiringNext(1, LocalDate.of(2026, 5, 11)).orElseThrow()));
        assertEquals(30, expireAsOf(LocalDate.of(2026, 6, 10)));
        assertEquals(0, expireAsOf(LocalDate.of(2026, 7, 10)));
        assertEquals(0, balance());
        assertEquals(0, ledgerSum());
        assertEquals(Optional.empty(), inTransaction(l -> l.expiringNext(1, LocalDate.of(2026, 7, 10))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void withoutAnExpiryInTheRulesNothingLapses(String db) throws Exception {
        database(db);
        inTransaction(l -> {
            l.em.persist(rule(LocalDate.of(2026, 1, 1), "1", 0, null));
            return null;
        });
        post(PointsEntryKind.ACCRUAL, 100, "purchase:1", LocalDate.of(2020, 1, 10));
        assertEquals(0, expireAsOf(LocalDate.of(2026, 6, 1)));
        assertEquals(Optional.empty(), inTransaction(l -> l.expiringNext(1, LocalDate.of(2026, 6, 1))));
        assertEquals(100, balance());
    }

    /** A refund takes back what its purchase earned, once, and never more than the balance holds. */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aReversalTakesBackWhatThePurchaseEarnedOnceAndNeverBelowZero(String db) throws Exception {
        database(db);
        OffsetDateTime day = OffsetDateTime.of(2026, 3, 1, 10, 0, 0, 0, ZoneOffset.UTC);
        inTransaction(l -> {
            l.em.persist(rule(LocalDate.of(2026, 1, 1), "1", 0, null));
            return null;
        });
        for (int id = 1; id <= 2; id++) {
            sql("INSERT INTO purchase (id, customer_id, amount, currency, occurred_at, created_at) VALUES (" + id
                    + ", 1, 100, 'CNY', TIMESTAMP WITH TIME ZONE '2026-03-01 10:00:00+00', CURRENT_TIMESTAMP)");
            long purchase = id;
            inTransaction(l -> {
                l.accrue(1, Tier.REGULAR, null, purchase, new BigDecimal("100"), day, "sales1");
                return null;
            });
        }
        assertEquals(200, balance());
        PointsEntry full = inTransaction(l -> l.reverse(1, 1, "sales1").orElseThrow());
        assertEquals(-100, full.points());
        assertEquals(Optional.empty(), inTransaction(l -> l.reverse(1, 1, "sales1")));
        assertEquals(100, balance());
        post(PointsEntryKind.REDEMPTION, -70, "redemption:a", null);
        PointsEntry partial = inTransaction(l -> l.reverse(1, 2, "sales1").orElseThrow());
        assertEquals(-30, partial.points());
        assertEquals(LocalDate.of(2026, 3, 1), partial.earnedOn());
        assertEquals(0, balance());
        assertEquals(0, ledgerSum());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aSurveyAnswerEarnsItsBonusOnce(String db) throws Exception {
        database(db);
        OffsetDateTime day = OffsetDateTime.of(2026, 3, 1, 10, 0, 0, 0, ZoneOffset.UTC);
        inTransaction(l -> {
            l.em.persist(rule(LocalDate.of(2026, 1, 1), "1", 0, null, 25, null));
            return null;
        });
        inTransaction(l -> {
            l.surveyAnswered(1, 7, day, "public-link");
            l.surveyAnswered(1, 7, day, "public-link");
            return null;
        });
        assertEquals(25, balance());
        assertEquals(
                PointsEntryKind.BONUS,
                inTransaction(l -> l.bySource(1, "survey-response:7").kind()));
    }

    private static PointsRule rule(LocalDate from, String perUnit, long bonus, Long cap) {
        return rule(from, perUnit, bonus, cap, 0, null);
    }

    private static PointsRule rule(
            LocalDate from, String perUnit, long bonus, Long cap, long surveyBonus, Integer expiresAfterMonths) {
        PointsRule.Terms terms = new PointsRule.Terms(
                new BigDecimal(perUnit), Map.of(), null, bonus, cap, surveyBonus, expiresAfterMonths);
        PointsRule r = new PointsRule(from, terms);
        r.replace(terms, OffsetDateTime.now(ZoneOffset.UTC), "admin");
        return r;
    }
}
