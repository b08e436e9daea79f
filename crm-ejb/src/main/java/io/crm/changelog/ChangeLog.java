package io.crm.changelog;

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

/** Where services write that a record changed, in their own transaction: one entry per change. */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
@Unguarded("writes the outbox row of a change in the transaction of the service that checked its caller")
public class ChangeLog {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    /** The entries of a transaction that already announced some: one announcement carries all of them. */
    private static final Object ANNOUNCED = new Object();

    @Inject
    Event<ChangesCommitted> committed;

    @Resource
    TransactionSynchronizationRegistry transaction;

    /** Writes the change; {@code actor} is the user who made it, null for the system. */
    public void record(EntityType entity, long id, ChangeKind kind, String actor) {
        record(entity, id, kind, actor, ChangeFacts.NONE);
    }

    /** Writes the change with what consumers that tell others about it need: its customer and changed fields. */
    public void record(EntityType entity, long id, ChangeKind kind, String actor, ChangeFacts facts) {
        ChangeLogEntry entry = new ChangeLogEntry(entity, id, kind, actor, Times.now(), facts);
        em.persist(entry);
        @SuppressWarnings("unchecked")
        List<LoggedChange> announced = (List<LoggedChange>) transaction.getResource(ANNOUNCED);
        if (announced == null) {
            announced = new ArrayList<>();
            transaction.putResource(ANNOUNCED, announced);
            committed.fire(new ChangesCommitted(announced));
        }
        announced.add(new LoggedChange(entry.id(), 0, entity, id));
    }
}
