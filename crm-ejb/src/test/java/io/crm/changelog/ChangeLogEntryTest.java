package io.crm.changelog;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** The announcement of a transaction's change log entries carries their ids: they must exist before the commit. */
class ChangeLogEntryTest {

    @Test
    void anEventHasItsIdAsSoonAsItIsPersisted() {
        EntityManagerFactory emf = Persistence.createEntityManagerFactory("helpers-test");
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            ChangeLogEntry first =
                    new ChangeLogEntry(EntityType.NOTE, 7, ChangeKind.CREATED, "sales1", OffsetDateTime.now());
            ChangeLogEntry second =
                    new ChangeLogEntry(EntityType.NOTE, 8, ChangeKind.UPDATED, null, OffsetDateTime.now());
            em.persist(first);
            em.persist(second);
            assertTrue(first.id() > 0, "no id before flush: " + first.id());
            assertNotEquals(first.id(), second.id());
            em.getTransaction().rollback();
        } finally {
            em.close();
            emf.close();
        }
    }
}
