package io.crm.customer;

import io.crm.common.RecordNotFoundException;
import io.crm.permission.Caller;
import io.crm.permission.VisibilityRule;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

import java.util.Map;

/** Loading one customer on behalf of a caller, for every service that works under a customer. */
final class Customers {

    private Customers() {
    }

    /**
     * Query hint for reads that change nothing: the result is not registered for change tracking, which is a
     * third of the cost of reading one customer.
     */
    static final Map<String, Object> READ_ONLY = Map.of(QueryHints.READ_ONLY, HintValues.TRUE);

    /** The customer if it exists and the caller may see it; otherwise not found, whichever the reason. */
    static Customer visible(EntityManager em, Caller caller, long id, LockModeType lock) {
        Customer customer = em.find(Customer.class, id, lock);
        return check(caller, id, customer);
    }

    /** The same, for a read that changes nothing. */
    static Customer visibleForReading(EntityManager em, Caller caller, long id) {
        return check(caller, id, em.find(Customer.class, id, READ_ONLY));
    }

    private static Customer check(Caller caller, long id, Customer customer) {
        if (customer == null || !VisibilityRule.canSee(caller, customer.ownerId(), customer.teamId())) {
            throw new RecordNotFoundException("customer", id);
        }
        return customer;
    }
}
