package io.crm.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.crm.changelog.ChangeFacts;
import io.crm.changelog.ChangeKind;
import io.crm.changelog.ChangeLog;
import io.crm.changelog.EntityType;
import io.crm.common.TestDatabases;
import io.crm.events.DomainEvents;
import io.crm.events.FollowUpDue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Planned follow-ups whose due time passed are announced once each, on H2 and PostgreSQL: not those done, not due
 * yet or without a due time, not twice, and again after a new due time.
 */
class FollowUpsFallingDueTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 7, 9, 0, 0, 123456000, ZoneOffset.UTC);

    private EntityManagerFactory emf;
    private String url;
    private String user;
    private final List<String> logged = new ArrayList<>();
    private final List<FollowUpDue> fired = new ArrayList<>();

    private void database(String db) throws SQLException {
        TestDatabases.Migrated migrated =
                TestDatabases.latest(db, db.equals("h2") ? "follow-ups-due" : "follow_ups_due_test");
        url = migrated.url();
        user = migrated.user();
        emf = Persistence.createEntityManagerFactory(
                "timeline-test", Map.of("jakarta.persistence.jdbc.url", url, "jakarta.persistence.jdbc.user", user));
        try (Connection c = DriverManager.getConnection(url, user, "");
                Statement s = c.createStatement()) {
            s.execute("DELETE FROM customer");
            s.execute(
                    "INSERT INTO customer (id, version, type, name, name_key, owner_id, team_id, tier, computed_tier,"
                            + " lifecycle_stage, purchase_count, total_spend, created_at, updated_at) VALUES (1, 1, 'PERSON',"
                            + " 'A', 'a', 'sales1', 'east', 'VIP', 'VIP', 'LOYAL', 0, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO follow_up (id, version, customer_id, author_id, channel, content, assignee_id, status,"
                            + " due_at, created_at, updated_at) VALUES (?, 1, 1, 'sales1', 'PHONE', 'call', 'sales1', ?,"
                            + " ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")) {
                Object[][] rows = {
                    {1L, "PLANNED", NOW.minusDays(2)},
                    {2L, "PLANNED", NOW},
                    {3L, "PLANNED", NOW.plusSeconds(1)},
                    {4L, "DONE", NOW.minusDays(1)},
                    {5L, "PLANNED", null},
                    {6L, "CANCELLED", NOW.minusDays(1)}
                };
                for (Object[] row : rows) {
                    insert.setLong(1, (Long) row[0]);
                    insert.setString(2, (String) row[1]);
                    insert.setObject(3, row[2]);
                    insert.executeUpdate();
                }
            }
        }
    }

    @AfterEach
    void close() {
        if (emf != null) {
            emf.close();
        }
    }

    private int announce(OffsetDateTime now, int limit) {
        return inTransaction(em -> {}, now, limit);
    }

    private int inTransaction(Consumer<EntityManager> before, OffsetDateTime now, int limit) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            before.accept(em);
            FollowUpsFallingDue falling = new FollowUpsFallingDue();
            falling.em = em;
            falling.changeLog = new ChangeLog() {
                @Override
                public void record(EntityType entity, long id, ChangeKind kind, String actor, ChangeFacts facts) {
                    logged.add(entity + " " + id + " " + kind + " " + actor + " " + facts);
                }
            };
            falling.events = new DomainEvents() {
                @Override
                public void fire(Record event) {
                    fired.add((FollowUpDue) event);
                }
            };
            int announced = falling.announce(now, limit);
            em.getTransaction().commit();
            return announced;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void eachPlannedFollowUpIsAnnouncedOnceWhenItsDueTimePasses(String db) throws SQLException {
        database(db);
        assertEquals(1, announce(NOW, 1), "the longest due first, up to the limit");
        assertEquals(1, announce(NOW, 10));
        assertEquals(0, announce(NOW, 10), "nothing twice");
        assertEquals(
                List.of(1L, 2L), fired.stream().map(FollowUpDue::followUpId).toList());
        assertEquals(
                List.of(
                        "FOLLOW_UP 1 UPDATED system:follow-ups " + ChangeFacts.under(1, List.of("due")),
                        "FOLLOW_UP 2 UPDATED system:follow-ups " + ChangeFacts.under(1, List.of("due"))),
                logged);
        assertEquals(NOW.minusDays(2).toInstant(), fired.get(0).dueAt());
        assertEquals("sales1", fired.get(0).assigneeId());

        assertEquals(1, announce(NOW.plusSeconds(1), 10), "the next one, when its time comes");
        assertEquals(3L, fired.get(2).followUpId());

        // a new due time: due again then, once
        inTransaction(
                em -> {
                    FollowUp f = em.find(FollowUp.class, 1L);
                    FollowUpData d = f.data();
                    f.apply(
                            new FollowUpData(
                                    d.channel(),
                                    d.content(),
                                    d.outcome(),
                                    d.nextStep(),
                                    Instant.from(NOW.plusHours(1)),
                                    d.assigneeId(),
                                    d.status()),
                            NOW);
                },
                NOW,
                10);
        assertEquals(0, announce(NOW.plusMinutes(59), 10));
        assertEquals(1, announce(NOW.plusHours(1), 10));
        assertEquals(0, announce(NOW.plusHours(2), 10));
        assertEquals(4, fired.size());
        assertEquals(1L, fired.get(3).followUpId());
    }
}
