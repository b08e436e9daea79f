package io.crm.indexing;

import io.crm.common.Times;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

/** Where services record that something the index holds changed, in their own transaction. */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class IndexEvents {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    /** Marks a transaction that already announced its events: one announcement wakes the index for all of them. */
    private static final Object ANNOUNCED = new Object();

    @Inject
    Event<IndexEventsRecorded> recorded;

    @Resource
    TransactionSynchronizationRegistry transaction;

    public void changed(IndexedEntity entity, long id) {
        em.persist(new IndexEvent(entity, id, Times.now()));
        if (transaction.getResource(ANNOUNCED) == null) {
            transaction.putResource(ANNOUNCED, Boolean.TRUE);
            recorded.fire(new IndexEventsRecorded());
        }
    }
}
