package io.crm.indexing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The announcement of a transaction's outbox events carries their ids: they must exist before the commit. */
class IndexEventTest {

    @Test
    void anEventHasItsIdAsSoonAsItIsPersisted() {
        EntityManagerFactory emf = Persistence.createEntityManagerFactory("helpers-test");
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            IndexEvent first = new IndexEvent(IndexedEntity.NOTE, 7, OffsetDateTime.now());
            IndexEvent second = new IndexEvent(IndexedEntity.NOTE, 8, OffsetDateTime.now());
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
