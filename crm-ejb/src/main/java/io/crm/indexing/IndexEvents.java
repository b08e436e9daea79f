package io.crm.indexing;

import io.crm.common.Times;
import io.crm.permission.Unguarded;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.ArrayList;
import java.util.List;

/** Where services record that something the index holds changed, in their own transaction. */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
@Unguarded("writes the outbox row of a change in the transaction of the service that checked its caller")
public class IndexEvents {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    /** The events of a transaction that already announced some: one announcement carries all of them. */
    private static final Object ANNOUNCED = new Object();

    @Inject
    Event<IndexEventsRecorded> recorded;

    @Resource
    TransactionSynchronizationRegistry transaction;

    public void changed(IndexedEntity entity, long id) {
        IndexEvent event = new IndexEvent(entity, id, Times.now());
        em.persist(event);
        @SuppressWarnings("unchecked")
        List<IndexChange> announced = (List<IndexChange>) transaction.getResource(ANNOUNCED);
        if (announced == null) {
            announced = new ArrayList<>();
            transaction.putResource(ANNOUNCED, announced);
            recorded.fire(new IndexEventsRecorded(announced));
        }
        announced.add(new IndexChange(event.id(), 0, entity, id));
    }
}
