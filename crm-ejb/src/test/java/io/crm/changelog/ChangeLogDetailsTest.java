package io.crm.changelog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the log keeps of a change for consumers that tell others: kind, actor, customer, owner, team, fields. */
class ChangeLogDetailsTest {

    private EntityManagerFactory emf;

    @BeforeEach
    void emptyLog() {
        emf = Persistence.createEntityManagerFactory("helpers-test");
        inTransaction(em -> {
            em.createQuery("DELETE FROM ConsumerPosition").executeUpdate();
            em.createQuery("DELETE FROM ChangeLogEntry").executeUpdate();
            em.createQuery("DELETE FROM ChangeLogHead").executeUpdate();
            em.persist(ChangeLogHead.first());
            return null;
        });
    }

    @AfterEach
    void close() {
        emf.close();
    }

    @Test
    void detailsComeBackWithTheirChangesInTheOrderAsked() {
        inTransaction(em -> {
            em.persist(new ChangeLogEntry(
                    EntityType.CUSTOMER,
                    7,
                    ChangeKind.DELETED,
                    "admin",
                    OffsetDateTime.now(),
                    ChangeFacts.ofCustomer(7, "sales1", "east", List.of())));
            em.persist(new ChangeLogEntry(
                    EntityType.FOLLOW_UP,
                    9,
                    ChangeKind.UPDATED,
                    "sales1",
                    OffsetDateTime.now(),
                    ChangeFacts.under(7, List.of("outcome", "status"))));
            em.persist(new ChangeLogEntry(EntityType.NOTE, 11, ChangeKind.CREATED, null, OffsetDateTime.now()));
            return null;
        });
        List<LoggedChange> changes = inTransaction(em -> {
            ChangeLogReader reader = reader(em);
            reader.sequence(100);
            return reader.after(0, 100);
        });
        List<LoggedChange> reversed = new java.util.ArrayList<>(changes);
        Collections.reverse(reversed);
        List<ChangeDetail> details = inTransaction(em -> reader(em).details(reversed));

        assertEquals(reversed, details.stream().map(ChangeDetail::change).toList());
        ChangeDetail note = details.get(0);
        assertEquals(ChangeKind.CREATED, note.kind());
        assertEquals(ChangeFacts.NONE, note.facts());
        ChangeDetail followUp = details.get(1);
        assertEquals("sales1", followUp.actor());
        assertEquals(new ChangeFacts(7L, null, null, List.of("outcome", "status")), followUp.facts());
        ChangeDetail deleted = details.get(2);
        assertEquals(ChangeKind.DELETED, deleted.kind());
        assertEquals(new ChangeFacts(7L, "sales1", "east", List.of()), deleted.facts());
        assertTrue(inTransaction(em -> reader(em).details(List.of())).isEmpty());
    }

    @Test
    void fieldNamesAreCutAtAWholeNameToFitTheColumn() {
        List<String> many = java.util.stream.IntStream.range(0, 200)
                .mapToObj(i -> "field" + i)
                .toList();
        String stored = ChangeFacts.under(1, many).storedFields();
        assertTrue(stored.length() <= ChangeLogEntry.MAX_FIELDS, () -> "" + stored.length());
        List<String> kept = ChangeFacts.fieldsOf(stored);
        assertEquals(many.subList(0, kept.size()), kept);
        assertTrue(kept.size() > 100);
    }

    private static ChangeLogReader reader(EntityManager em) {
        ChangeLogReader reader = new ChangeLogReader();
        reader.em = em;
        return reader;
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
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
}
