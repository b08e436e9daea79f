package io.crm.indexing;

import io.crm.common.Times;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Where services record that something the index holds changed, in their own transaction. */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class IndexEvents {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    Event<IndexEventsRecorded> recorded;

    public void changed(IndexedEntity entity, long id) {
        em.persist(new IndexEvent(entity, id, Times.now()));
        recorded.fire(new IndexEventsRecorded());
    }
}
