package io.crm.interaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.crm.audit.AuditAction;
import io.crm.audit.AuditTrail;
import io.crm.audit.Change;
import io.crm.common.InvalidInputException;
import io.crm.common.ItemOutcome;
import io.crm.common.RecordNotFoundException;
import io.crm.common.TestDatabases;
import io.crm.permission.Caller;
import io.crm.permission.CurrentCaller;
import io.crm.permission.Permission;
import io.crm.permission.Scope;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A batch of interactions through the service over a migrated database, H2 and (when it runs) PostgreSQL: each item
 * stored or refused on its own, in the order sent, an externalId stored once, the last activity time moved forward,
 * one audit entry for the batch.
 */
class InteractionServiceTest {

    private static final Caller SALES1 = new Caller(
            "sales1", EnumSet.of(Permission.CUSTOMER_READ, Permission.CUSTOMER_WRITE), Scope.OWN, Set.of("east"));
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    private EntityManagerFactory emf;
    private String url;
    private String user;
    private final List<String> audited = new ArrayList<>();

    private void database(String db) throws SQLException {
        TestDatabases.Migrated migrated =
                TestDatabases.latest(db, db.equals("h2") ? "interaction-service" : "interaction_service_test");
        url = migrated.url();
        user = migrated.user();
        emf = Persistence.createEntityManagerFactory(
                "timeline-test", Map.of("jakarta.persistence.jdbc.url", url, "jakarta.persistence.jdbc.user", user));
        try (Connection c = DriverManager.getConnection(url, user, "");
                Statement s = c.createStatement()) {
            s.execute("DELETE FROM customer");
            for (String[] row : new String[][] {{"1", "sales1"}, {"2", "sales2"}}) {
                s.execute("INSERT INTO customer (id, version, type, name, name_key, owner_id, team_id, tier,"
                        + " computed_tier, lifecycle_stage, purchase_count, total_spend, created_at, updated_at) VALUES ("
                        + row[0] + ", 1, 'PERSON', 'A', 'a', '" + row[1] + "', 'east', 'VIP', 'VIP', 'LOYAL', 0, 0,"
                        + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            }
        }
    }

    @AfterEach
    void close() {
        if (emf != null) {
            emf.close();
        }
    }

    private List<ItemOutcome<InteractionView>> send(List<InteractionReport> reports) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            InteractionService service = new InteractionService();
            service.em = em;
            service.currentCaller = new CurrentCaller() {
                @Override
                public Caller get() {
                    return SALES1;
                }
            };
            service.audit = new AuditTrail() {
                @Override
                public void recordWrite(
                        String actor,
                        AuditAction action,
                        String entityType,
                        String entityId,
                        Map<String, Change> changes) {
                    audited.add(entityType + " " + changes.get("count").after());
                }
            };
            List<ItemOutcome<InteractionView>> outcomes = service.recordAll(reports);
            em.getTransaction().commit();
            return outcomes;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private static InteractionReport report(long customer, String type, long minutesAgo, String externalId) {
        return new InteractionReport(
                customer,
                type,
                NOW.minus(minutesAgo, ChronoUnit.MINUTES),
                "web",
                Json.createObjectBuilder().add("page", "/").build(),
                externalId);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void eachItemOnItsOwn_anExternalIdOnce_theLastActivityForward(String db) throws SQLException {
        database(db);
        List<InteractionReport> batch = List.of(
                report(1, "PAGE_VIEW", 30, "a"),
                report(2, "PAGE_VIEW", 30, null),
                report(1, "COUPON_SCANNED", 30, null),
                report(1, "APP_LOGIN", 20, "a"),
                report(999, "PAGE_VIEW", 30, null),
                report(1, "STORE_VISIT", 10, null));
        List<ItemOutcome<InteractionView>> first = send(batch);
        assertEquals(List.of("201", "404", "400", "200", "404", "201"), statuses(first));
        assertEquals(first.get(0).stored().id(), first.get(3).stored().id(), "the same externalId in one batch");
        assertEquals("PAGE_VIEW", first.get(3).stored().type(), "the first report of an externalId is the one kept");
        assertEquals(2, count("SELECT COUNT(*) FROM interaction"));
        assertEquals(NOW.minus(10, ChronoUnit.MINUTES), lastActivity(1));
        assertNull(lastActivity(2));
        assertEquals(List.of("interactions 2"), audited);

        List<ItemOutcome<InteractionView>> again = send(batch);
        assertEquals(List.of("200", "404", "400", "200", "404", "201"), statuses(again));
        assertEquals(first.get(0).stored().id(), again.get(0).stored().id());
        assertEquals(3, count("SELECT COUNT(*) FROM interaction"));

        send(List.of(report(1, "PAGE_VIEW", 60, null)));
        assertEquals(NOW.minus(10, ChronoUnit.MINUTES), lastActivity(1), "an older interaction moves nothing");
    }

    private static List<String> statuses(List<ItemOutcome<InteractionView>> outcomes) {
        return outcomes.stream()
                .map(o -> o.refusal() instanceof RecordNotFoundException
                        ? "404"
                        : o.refusal() instanceof InvalidInputException ? "400" : o.storedBefore() ? "200" : "201")
                .toList();
    }

    private long count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, "");
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private Instant lastActivity(long id) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, "");
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT last_activity_at FROM customer WHERE id = " + id)) {
            r.next();
            OffsetDateTime t = r.getObject(1, OffsetDateTime.class);
            return t == null ? null : t.toInstant();
        }
    }
}
