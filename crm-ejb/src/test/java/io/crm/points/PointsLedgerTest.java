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
        List<Future<Boolean>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 100; i++) {
                String key = "redemption:k" + i;
                Callable<Boolean> redeem = () -> {
                    try {
                        return inTransaction(l -> l.post(
                                        1, PointsEntryKind.REDEMPTION, -10, key, null, null, "coffee", null, "sales1"))
                                != null;
                    } catch (ConflictException e) {
                        assertEquals(Map.of("balance", 0L), e.extensions());
                        return false;
                    }
                };
                answers.add(pool.submit(redeem));
            }
            int succeeded = 0;
            for (Future<Boolean> f : answers) {
                succeeded += f.get() ? 1 : 0;
            }
            assertEquals(37, succeeded);
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
                l.accrue(1, Tier.VIP, 1, new BigDecimal("250.00"), day, "sales1");
                return null;
            });
        }
        assertEquals(
                600,
                balance()); // by the rules of 2026-03-01: 250 × 2 a unit (VIP left at 1) + the first purchase's 100
        sql("INSERT INTO purchase (id, customer_id, amount, currency, occurred_at, created_at) VALUES "
                + "(2, 1, 400, 'CNY', TIMESTAMP WITH TIME ZONE '2026-03-01 12:00:00+00', CURRENT_TIMESTAMP)");
        inTransaction(l -> {
            l.accrue(1, Tier.VIP, 2, new BigDecimal("400.00"), day.plusHours(2), "sales1");
            return null;
        });
        assertEquals(1000, balance()); // the day's cap
        sql("INSERT INTO purchase (id, customer_id, amount, currency, occurred_at, created_at) VALUES "
                + "(3, 1, 10, 'CNY', TIMESTAMP WITH TIME ZONE '2026-02-01 12:00:00+00', CURRENT_TIMESTAMP)");
        inTransaction(l -> {
            l.accrue(1, Tier.VIP, 3, new BigDecimal("10"), day.minusMonths(1), "sales1");
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

    private static PointsRule rule(LocalDate from, String perUnit, long bonus, Long cap) {
        PointsRule r = new PointsRule(from, new BigDecimal(perUnit), Map.of(), bonus, cap);
        r.replace(new BigDecimal(perUnit), Map.of(), bonus, cap, OffsetDateTime.now(ZoneOffset.UTC), "admin");
        return r;
    }
}
