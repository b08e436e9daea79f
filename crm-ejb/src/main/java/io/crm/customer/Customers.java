package io.crm.customer;

import io.crm.common.AccessDeniedException;
import io.crm.common.ExpectedVersion;
import io.crm.common.RecordNotFoundException;
import io.crm.permission.Caller;
import io.crm.permission.Guard;
import io.crm.permission.Permission;
import io.crm.permission.VisibilityRule;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;

/** Loading one customer on behalf of a caller, for every service that works under a customer. */
public final class Customers {

    private Customers() {}

    /**
     * The customer if the caller may read it (by scope or by a share); otherwise not found, whichever the reason.
     * Read with its tags in one round trip, and not registered for change tracking (a third of the cost of the read),
     * by a named query that carries its hint: setting a hint on a query copies the query on every call.
     */
    public static Customer visibleForReading(EntityManager em, Caller caller, long id) {
        List<Customer> rows = em.createNamedQuery(Customer.READ_WITH_TAGS, Customer.class)
                .setParameter("id", id)
                .getResultList();
        Customer customer = rows.isEmpty() ? null : rows.get(0);
        if (customer != null
                && (VisibilityRule.canSee(caller, customer.ownerId(), customer.teamId())
                        || VisibilityRule.canSee(
                                caller, customer.ownerId(), customer.teamId(), shareAccess(em, caller, id) != null))) {
            return customer;
        }
        throw new RecordNotFoundException("customer", id);
    }

    /**
     * A record under a customer (a note, a follow-up), if the caller may read it: it is as visible as its customer, and
     * otherwise not found under its own name.
     */
    public static <T extends CustomerRecord> T readableRecord(
            EntityManager em, Caller caller, Class<T> type, String kind, long id) {
        T record = em.find(type, id);
        if (record == null) {
            throw new RecordNotFoundException(kind, id);
        }
        try {
            visibleForReading(em, caller, record.customerId());
        } catch (RecordNotFoundException e) {
            throw new RecordNotFoundException(kind, id);
        }
        return record;
    }

    /**
     * A record under a customer, if the caller may change it and read the version they expect (null: any): their own
     * record as long as they may read the customer, anyone else's only with customer:write on a customer they may
     * write.
     */
    public static <T extends CustomerRecord> T changeableRecord(
            EntityManager em, Caller caller, Class<T> type, String kind, long id, Long expectedVersion) {
        T record = readableRecord(em, caller, type, kind, id);
        if (!record.belongsTo(caller.userId())) {
            Guard.require(caller, Permission.CUSTOMER_WRITE);
            writable(em, caller, record.customerId(), LockModeType.NONE);
        }
        ExpectedVersion.check(kind, id, expectedVersion, record.version());
        return record;
    }

    /**
     * The customer if the caller may change it: within their scope, or shared with them for writing. A customer
     * shared for reading only is refused as forbidden (the caller knows it exists); any other as not found.
     */
    public static Customer writable(EntityManager em, Caller caller, long id, LockModeType lock) {
        Customer customer = em.find(Customer.class, id, lock);
        if (customer == null) {
            throw new RecordNotFoundException("customer", id);
        }
        if (VisibilityRule.canSee(caller, customer.ownerId(), customer.teamId())) {
            return customer;
        }
        CustomerShare.Access access = shareAccess(em, caller, id);
        if (!VisibilityRule.canSee(caller, customer.ownerId(), customer.teamId(), access != null)) {
            throw new RecordNotFoundException("customer", id);
        }
        if (access != CustomerShare.Access.WRITE) {
            throw new AccessDeniedException("This customer is shared with you for reading only.");
        }
        return customer;
    }

    /**
     * The customer if the caller reaches it by their own scope: what deleting it, sharing it or moving it to another
     * owner or team needs, which a share never gives. Shared with the caller, it is refused as forbidden; otherwise not
     * found.
     */
    public static Customer inOwnScope(EntityManager em, Caller caller, long id, LockModeType lock, String refusal) {
        Customer customer = writable(em, caller, id, lock);
        if (!VisibilityRule.canSee(caller, customer.ownerId(), customer.teamId())) {
            throw new AccessDeniedException(refusal);
        }
        return customer;
    }

    /** The widest access the caller has through shares with them or their teams, or null. */
    public static CustomerShare.Access shareAccess(EntityManager em, Caller caller, long customerId) {
        String teams = caller.shareTeamIds().isEmpty() ? "" : " OR s.teamId IN :teams";
        var query = em.createQuery(
                        "SELECT s.access FROM CustomerShare s WHERE s.customerId = :id AND (s.userId = :user" + teams
                                + ")",
                        CustomerShare.Access.class)
                .setParameter("id", customerId)
                .setParameter("user", caller.userId());
        if (!teams.isEmpty()) {
            query.setParameter("teams", caller.shareTeamIds());
        }
        List<CustomerShare.Access> accesses = query.getResultList();
        return accesses.contains(CustomerShare.Access.WRITE)
                ? CustomerShare.Access.WRITE
                : accesses.isEmpty() ? null : CustomerShare.Access.READ;
    }
}
