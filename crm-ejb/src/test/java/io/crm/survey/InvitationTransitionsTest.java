package io.crm.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crm.audit.AuditAction;
import io.crm.audit.AuditTrail;
import io.crm.audit.Change;
import io.crm.common.ConflictException;
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
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An invitation's status in the database when a response and a delivery report ("mark sent") meet: RESPONDED is never
 * overwritten, a response wins over SENT, and answering twice is refused. On an H2 migrated as the server migrates.
 */
class InvitationTransitionsTest {

    private static final String URL = "jdbc:h2:mem:invitation-transitions;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
    private static final AtomicLong IDS = new AtomicLong(100);
    private static EntityManagerFactory emf;

    @BeforeAll
    static void database() throws SQLException {
        TestDatabases.migrate(URL, null, "latest");
        try (Connection db = DriverManager.getConnection(URL, TestDatabases.H2_USER, "");
                Statement s = db.createStatement()) {
            s.execute(
                    "INSERT INTO customer (id, version, type, name, name_key, owner_id, team_id, tier, computed_tier, lifecycle_stage,"
                            + " purchase_count, total_spend, created_at, updated_at) VALUES (1, 1, 'PERSON', 'A', 'a', 'sales1', 'east',"
                            + " 'VIP', 'VIP', 'LOYAL', 0, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            s.execute(
                    "INSERT INTO survey (id, version, name, type, question, channel, fatigue_days, valid_days, closed_loop,"
                            + " created_by, created_at, updated_at) VALUES (1, 1, 'S', 'NPS', 'q', 'EMAIL', 0, 30,"
                            + " FALSE, 'admin', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        }
        emf = Persistence.createEntityManagerFactory(
                "helpers-test",
                Map.of(
                        "jakarta.persistence.jdbc.url",
                        URL,
                        "jakarta.persistence.schema-generation.database.action",
                        "none"));
    }

    @AfterAll
    static void close() {
        emf.close();
    }

    /** A new invitation of customer 1 to survey 1, PENDING and valid for a day. */
    private static long invitation() throws SQLException {
        long id = IDS.incrementAndGet();
        try (Connection db = DriverManager.getConnection(URL, TestDatabases.H2_USER, "");
                Statement s = db.createStatement()) {
            s.execute(
                    "INSERT INTO survey_invitation (id, survey_id, dispatch_id, execution_id, customer_id, channel, token, status,"
                            + " created_at, expires_at) VALUES (" + id + ", 1, " + id + ", 0, 1, 'EMAIL', 'token" + id
                            + "', 'PENDING',"
                            + " CURRENT_TIMESTAMP, DATEADD('DAY', 1, CURRENT_TIMESTAMP))");
        }
        return id;
    }

    private static <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private static SurveyInvitation.Status status(long id) {
        return inTransaction(em -> em.find(SurveyInvitation.class, id).status(now()));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static boolean sent(long id) {
        return inTransaction(em -> InvitationTransitions.sent(em, em.find(SurveyInvitation.class, id), now()));
    }

    private static boolean responded(long id) {
        return inTransaction(em -> InvitationTransitions.responded(em, em.find(SurveyInvitation.class, id), now()));
    }

    @Test
    void aPendingInvitationIsSentThenAnsweredOnce() throws SQLException {
        long id = invitation();

        assertTrue(sent(id));
        assertEquals(SurveyInvitation.Status.SENT, status(id));
        assertFalse(sent(id), "sent twice");
        assertTrue(responded(id), "a response wins over sent");
        assertEquals(SurveyInvitation.Status.RESPONDED, status(id));
        assertFalse(responded(id), "answered twice");
    }

    @Test
    void anAnsweredInvitationIsNeverMarkedSent() throws SQLException {
        long id = invitation();

        assertTrue(responded(id));
        assertFalse(sent(id));
        assertEquals(SurveyInvitation.Status.RESPONDED, status(id));
    }

    @Test
    void anExpiredInvitationChangesNoMore() throws SQLException {
        long id = invitation();
        OffsetDateTime later = now().plusDays(2);

        assertFalse(inTransaction(em -> InvitationTransitions.sent(em, em.find(SurveyInvitation.class, id), later))
                .booleanValue());
        assertFalse(inTransaction(em -> InvitationTransitions.responded(em, em.find(SurveyInvitation.class, id), later))
                .booleanValue());
        assertEquals(
                SurveyInvitation.Status.PENDING,
                inTransaction(em -> em.find(SurveyInvitation.class, id).status(now().minusDays(1))));
    }

    /** A delivery report read PENDING, and a response commits before the report does: the response stays. */
    @Test
    void aResponseCommittedWhileADeliveryReportIsUnderWayStays() throws Exception {
        long id = invitation();
        List<Map<String, Change>> audited = new ArrayList<>();
        EntityManager reporting = emf.createEntityManager();
        try {
            reporting.getTransaction().begin();
            SurveyResults results = results(reporting, audited);
            results.markSent(1, id);
            // the response, from another request: it waits for the report's row lock, or (without one) commits first
            CompletableFuture<Boolean> response = CompletableFuture.supplyAsync(() -> responded(id));
            try {
                response.get(500, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException waitsForTheReport) {
                // expected: the report holds the row
            }
            reporting.getTransaction().commit();
            assertTrue(response.get(10, TimeUnit.SECONDS), "the response is taken");
        } finally {
            if (reporting.getTransaction().isActive()) {
                reporting.getTransaction().rollback();
            }
            reporting.close();
        }
        assertEquals(SurveyInvitation.Status.RESPONDED, status(id));
    }

    /** The other order: a response holds the row while a delivery report comes in; the report is refused, 409. */
    @Test
    void aDeliveryReportAfterAResponseIsRefusedEvenWhileTheResponseCommits() throws Exception {
        long id = invitation();
        List<Map<String, Change>> audited = new ArrayList<>();
        EntityManager responding = emf.createEntityManager();
        CompletableFuture<Object> report;
        try {
            responding.getTransaction().begin();
            assertTrue(InvitationTransitions.responded(responding, responding.find(SurveyInvitation.class, id), now()));
            report = CompletableFuture.supplyAsync(() -> {
                try {
                    return inTransaction(em -> results(em, audited).markSent(1, id));
                } catch (RuntimeException e) {
                    return e;
                }
            });
            Thread.sleep(300);
            responding.getTransaction().commit();
        } finally {
            if (responding.getTransaction().isActive()) {
                responding.getTransaction().rollback();
            }
            responding.close();
        }
        Object outcome = report.get(10, TimeUnit.SECONDS);
        assertTrue(outcome instanceof ConflictException, String.valueOf(outcome));
        assertEquals(SurveyInvitation.Status.RESPONDED, status(id));
        assertEquals(List.of(), audited, "a refused report leaves no entry");
    }

    @Test
    void markingSentIsAudited() throws SQLException {
        long id = invitation();
        List<Map<String, Change>> audited = new ArrayList<>();

        inTransaction(em -> results(em, audited).markSent(1, id));

        assertEquals(1, audited.size());
        assertEquals(new Change("PENDING", "SENT"), audited.get(0).get("status"));
        assertThrows(
                ConflictException.class,
                () -> inTransaction(em -> results(em, audited).markSent(1, id)));
        assertEquals(1, audited.size());
    }

    private static SurveyResults results(EntityManager em, List<Map<String, Change>> audited) {
        SurveyResults results = new SurveyResults();
        results.em = em;
        results.currentCaller = new CurrentCaller() {
            @Override
            public Caller get() {
                return new Caller("batch", EnumSet.of(Permission.SURVEY_MANAGE), Scope.NONE, Set.of());
            }
        };
        results.audit = new AuditTrail() {
            @Override
            public void recordWrite(
                    String actor, AuditAction action, String entityType, String entityId, Map<String, Change> changes) {
                assertEquals("batch", actor);
                assertEquals(AuditAction.UPDATE, action);
                assertEquals("survey-invitation", entityType);
                assertEquals(Long.toString(id(entityId)), entityId);
                audited.add(changes);
            }
        };
        return results;
    }

    private static long id(String entityId) {
        return Long.parseLong(entityId);
    }
}
