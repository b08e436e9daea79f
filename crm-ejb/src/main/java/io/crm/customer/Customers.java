package io.crm.customer;

import io.crm.common.RecordNotFoundException;
import io.crm.permission.Caller;
import io.crm.permission.VisibilityRule;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/** Loading one customer on behalf of a caller, for every service that works under a customer. */
final class Customers {

    private Customers() {
    }

    /** The customer if it exists and the caller may see it; otherwise not found, whichever the reason. */
    static Customer visible(EntityManager em, Caller caller, long id, LockModeType lock) {
        Customer customer = em.find(Customer.class, id, lock);
        if (customer == null || !VisibilityRule.canSee(caller, customer.ownerId(), customer.teamId())) {
            throw new RecordNotFoundException("customer", id);
        }
        return customer;
    }
}
