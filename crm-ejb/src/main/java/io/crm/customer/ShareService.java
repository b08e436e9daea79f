package io.crm.customer;

import io.crm.audit.AuditAction;
import io.crm.audit.AuditTrail;
import io.crm.audit.Change;
import io.crm.changelog.ChangeFacts;
import io.crm.changelog.ChangeKind;
import io.crm.changelog.ChangeLog;
import io.crm.changelog.EntityType;
import io.crm.common.InvalidInputException;
import io.crm.common.RecordNotFoundException;
import io.crm.common.Times;
import io.crm.directory.Directory;
import io.crm.events.CustomerChanged;
import io.crm.events.DomainEvents;
import io.crm.permission.Caller;
import io.crm.permission.CurrentCaller;
import io.crm.permission.Permission;
import io.crm.permission.Requires;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Explicit shares of a customer with a user or a team. Whoever may change a customer by their own scope may share
 * it; a share never passes on further (a user who got a customer by a share cannot share it again).
 */
@Stateless
public class ShareService {

    static final String AUDITED = "customer-share";

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Directory directory;

    @Inject
    AuditTrail audit;

    @Inject
    ChangeLog changeLog;

    @Inject
    DomainEvents events;

    /** Shares the customer, or changes the access of an existing share with the same user or team. */
    @Requires(Permission.CUSTOMER_WRITE)
    public ShareView share(long customerId, String userId, String teamId, CustomerShare.Access access) {
        Caller caller = currentCaller.get();
        Customer customer = ownScope(caller, customerId);
        if ((userId == null) == (teamId == null)) {
            throw new InvalidInputException(
                    userId == null ? "userId" : "teamId", "name either a user or a team, not both");
        }
        if (access == null) {
            throw new InvalidInputException("access", "is required: READ or WRITE");
        }
        if (userId != null && directory.user(userId).isEmpty()) {
            throw new InvalidInputException("userId", "is not a user the CRM knows");
        }
        if (teamId != null && !directory.teamExists(teamId)) {
            throw new InvalidInputException("teamId", "is not a team the CRM knows");
        }
        if (userId != null && userId.equals(customer.ownerId())) {
            throw new InvalidInputException("userId", "owns the customer already");
        }
        List<CustomerShare> existing = em.createQuery(
                        "SELECT s FROM CustomerShare s WHERE s.customerId = :c AND "
                                + (userId != null ? "s.userId = :t" : "s.teamId = :t"),
                        CustomerShare.class)
                .setParameter("c", customerId)
                .setParameter("t", userId != null ? userId : teamId)
                .getResultList();
        existing.forEach(em::remove);
        em.flush(); // the share it replaces goes first: one share per customer and user (or team)
        CustomerShare share = new CustomerShare(customerId, userId, teamId, access, caller.userId(), Times.now());
        em.persist(share);
        em.flush();
        audit.recordWrite(
                caller.userId(), AuditAction.CREATE, AUDITED, Long.toString(share.id()), describe(share, true));
        changeLog.record(
                EntityType.CUSTOMER,
                share.customerId(),
                ChangeKind.UPDATED,
                caller.userId(),
                ChangeFacts.under(share.customerId(), List.of("shares")));
        events.fire(new CustomerChanged(
                share.customerId(), List.of("shares"), caller.userId(), Times.instant(Times.now())));
        return ShareView.of(share);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @Requires(Permission.CUSTOMER_READ)
    public List<ShareView> list(long customerId) {
        Caller caller = currentCaller.get();
        Customers.visibleForReading(em, caller, customerId);
        return em
                .createQuery("SELECT s FROM CustomerShare s WHERE s.customerId = :c ORDER BY s.id", CustomerShare.class)
                .setParameter("c", customerId)
                .getResultList()
                .stream()
                .map(ShareView::of)
                .toList();
    }

    @Requires(Permission.CUSTOMER_WRITE)
    public void unshare(long customerId, long shareId) {
        ownScope(currentCaller.get(), customerId);
        CustomerShare share = em.find(CustomerShare.class, shareId);
        if (share == null || share.customerId() != customerId) {
            throw new RecordNotFoundException("share", shareId);
        }
        em.remove(share);
        audit.recordWrite(
                currentCaller.get().userId(),
                AuditAction.DELETE,
                AUDITED,
                Long.toString(shareId),
                describe(share, false));
        changeLog.record(
                EntityType.CUSTOMER,
                share.customerId(),
                ChangeKind.UPDATED,
                currentCaller.get().userId(),
                ChangeFacts.under(share.customerId(), List.of("shares")));
        events.fire(new CustomerChanged(
                share.customerId(), List.of("shares"), currentCaller.get().userId(), Times.instant(Times.now())));
    }

    private static Map<String, Change> describe(CustomerShare share, boolean created) {
        Map<String, Change> changes = new LinkedHashMap<>();
        changes.put(
                "customerId",
                created
                        ? new Change(null, Long.toString(share.customerId()))
                        : new Change(Long.toString(share.customerId()), null));
        String target = share.userId() != null ? "userId" : "teamId";
        String value = share.userId() != null ? share.userId() : share.teamId();
        changes.put(target, created ? new Change(null, value) : new Change(value, null));
        changes.put(
                "access",
                created
                        ? new Change(null, share.access().name())
                        : new Change(share.access().name(), null));
        return changes;
    }

    /**
     * The customer, if the caller may change it by their own scope (not merely through a share), locked so that
     * changes to one customer's shares happen one after the other.
     */
    private Customer ownScope(Caller caller, long customerId) {
        return Customers.inOwnScope(
                em,
                caller,
                customerId,
                LockModeType.PESSIMISTIC_WRITE,
                "Only those who reach this customer by their own scope may share it.");
    }
}
