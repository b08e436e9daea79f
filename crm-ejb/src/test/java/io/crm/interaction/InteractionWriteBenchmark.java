package io.crm.interaction;

import io.crm.audit.AuditAction;
import io.crm.audit.AuditTrail;
import io.crm.audit.Change;
import io.crm.common.TestDatabases;
import io.crm.permission.Caller;
import io.crm.permission.CurrentCaller;
import io.crm.permission.Permission;
import io.crm.permission.Scope;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The database side of storing interactions, in process, on PostgreSQL: batches of 1,000 through
 * {@link InteractionService#recordAll} (checks, visibility, externalId lookup, one batched INSERT, last activity; the
 * audit entry stubbed) against a plain JDBC batch INSERT of the same rows in one transaction, in alternating rounds.
 * A benchmark, not a test: {@code ./mvnw -pl crm-ejb test -Dtest=InteractionWriteBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false} (PostgreSQL on 127.0.0.1:5432, database test).
 */
class InteractionWriteBenchmark {

    private static final String SCHEMA = "crm_interaction_bench";
    private static final int CUSTOMERS = Integer.getInteger("bench.customers", 10_000);
    private static final int BATCH = 1_000;
    private static final int BATCHES = Integer.getInteger("bench.batches", 20);
    private static final int ROUNDS = 5;
    private static final String[] TYPES = {"PAGE_VIEW", "PRODUCT_VIEW", "ADD_TO_CART", "APP_LOGIN", "STORE_VISIT"};
    private static final Caller ADMIN = new Caller("admin", EnumSet.of(Permission.CUSTOMER_WRITE), Scope.ALL, Set.of());

    private long external;
    private long plainId = 4_000_000_000_000L;

    @Test
    void serviceAgainstPlainBatch() throws Exception {
        String url = TestDatabases.freshPostgresSchema(SCHEMA);
        TestDatabases.migrate(url, SCHEMA, "latest");
        try (Connection db = DriverManager.getConnection(url, TestDatabases.POSTGRES_USER, "")) {
            db.setAutoCommit(false);
            try (PreparedStatement s = db.prepareStatement("INSERT INTO customer (id, version, type, name, name_key,"
                    + " owner_id, team_id, tier, computed_tier, lifecycle_stage, purchase_count, total_spend,"
                    + " created_at, updated_at) VALUES (?, 1, 'PERSON', 'b', 'b', 'sales1', 'east', 'POTENTIAL',"
                    + " 'POTENTIAL', 'ACQUISITION', 0, 0, now(), now())")) {
                for (int i = 1; i <= CUSTOMERS; i++) {
                    s.setLong(1, i);
                    s.addBatch();
                }
                s.executeBatch();
            }
            db.commit();
            try (Statement s = db.createStatement()) {
                s.execute("ANALYZE customer");
            }
            db.commit();
        }
        EntityManagerFactory emf = Persistence.createEntityManagerFactory(
                "timeline-test",
                Map.of(
                        "jakarta.persistence.jdbc.url",
                        url,
                        "jakarta.persistence.jdbc.user",
                        TestDatabases.POSTGRES_USER));
        Random random = new Random(1);
        List<Double> service = new ArrayList<>();
        List<Double> plain = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(url, TestDatabases.POSTGRES_USER, "")) {
            db.setAutoCommit(false);
            for (int round = -1; round < ROUNDS; round++) { // round -1 warms up
                double s = perSecond(() -> viaService(emf, reports(random)));
                double p = perSecond(() -> plain(db, reports(random)));
                if (round >= 0) {
                    service.add(s);
                    plain.add(p);
                }
            }
        } finally {
            emf.close();
        }
        System.out.printf(
                Locale.ROOT,
                "Interactions into PostgreSQL, batches of %d over %d customers, %d batches a round, %d rounds, median"
                        + " interactions/s: service %.0f, plain JDBC batch %.0f, service/plain %.2f; rounds %s, %s%n",
                BATCH,
                CUSTOMERS,
                BATCHES,
                ROUNDS,
                median(service),
                median(plain),
                median(service) / median(plain),
                service,
                plain);
    }

    private interface Work {
        void run() throws Exception;
    }

    private static double perSecond(Work batch) throws Exception {
        long started = System.nanoTime();
        for (int b = 0; b < BATCHES; b++) {
            batch.run();
        }
        return (double) BATCHES * BATCH / ((System.nanoTime() - started) / 1e9);
    }

    private List<InteractionReport> reports(Random random) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<InteractionReport> reports = new ArrayList<>();
        for (int i = 0; i < BATCH; i++) {
            JsonObject properties = Json.createObjectBuilder()
                    .add("sku", "SKU-" + random.nextInt(5000))
                    .add("page", "/p/" + random.nextInt(300))
                    .build();
            reports.add(new InteractionReport(
                    1 + random.nextInt(CUSTOMERS),
                    TYPES[random.nextInt(TYPES.length)],
                    now.minusSeconds(random.nextInt(30 * 86_400)),
                    "app",
                    properties,
                    "e-" + external++));
        }
        return reports;
    }

    private static void viaService(EntityManagerFactory emf, List<InteractionReport> reports) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            InteractionService service = new InteractionService();
            service.em = em;
            service.currentCaller = new CurrentCaller() {
                @Override
                public Caller get() {
                    return ADMIN;
                }
            };
            service.audit = new AuditTrail() {
                @Override
                public void recordWrite(String a, AuditAction b, String c, String d, Map<String, Change> e) {}
            };
            service.recordAll(reports);
            em.getTransaction().commit();
        } finally {
            em.close();
        }
    }

    private void plain(Connection db, List<InteractionReport> reports) throws Exception {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (PreparedStatement s = db.prepareStatement(InteractionRows.INSERT)) {
            for (InteractionReport r : reports) {
                s.setLong(1, plainId++);
                s.setLong(2, r.customerId());
                s.setString(3, r.type());
                s.setObject(4, r.occurredAt().atOffset(ZoneOffset.UTC));
                s.setString(5, r.channel());
                s.setString(6, r.properties().toString());
                s.setString(7, r.externalId());
                s.setObject(8, now);
                s.setString(9, "admin");
                s.addBatch();
            }
            s.executeBatch();
        }
        db.commit();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
