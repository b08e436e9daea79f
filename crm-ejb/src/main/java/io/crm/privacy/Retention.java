package io.crm.privacy;

import io.crm.audit.AuditTrail;
import io.crm.customer.Customer;
import io.crm.permission.Unguarded;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The retention rule: a customer with no activity since the cutoff (no change of the record, purchase, note,
 * follow-up or survey answer), not under legal hold and not erased yet, is due for erasure. Applied by the
 * privacy-retention job.
 */
@Stateless
@Unguarded("the privacy-retention job's steps, which run as the system")
public class Retention {

    public static final String JOB = "privacy-retention";

    static final String DUE = "SELECT c.id FROM customer c WHERE c.id > ? AND c.updated_at < ?"
            + " AND (c.last_purchase_at IS NULL OR c.last_purchase_at < ?)"
            + " AND NOT EXISTS (SELECT 1 FROM note n WHERE n.customer_id = c.id AND n.updated_at >= ?)"
            + " AND NOT EXISTS (SELECT 1 FROM follow_up f WHERE f.customer_id = c.id AND f.updated_at >= ?)"
            + " AND NOT EXISTS (SELECT 1 FROM survey_response r WHERE r.customer_id = c.id AND r.responded_at >= ?)"
            + " AND NOT EXISTS (SELECT 1 FROM customer_privacy p WHERE p.customer_id = c.id"
            + " AND (p.legal_hold = TRUE OR p.erased_at IS NOT NULL))";

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @jakarta.inject.Inject
    Erasure erasure;

    /** The customers due for erasure after the given id, in id order, at most {@code limit}. */
    public List<Long> due(OffsetDateTime cutoff, long afterId, int limit) {
        Query q = em.createNativeQuery(DUE + " ORDER BY c.id").setParameter(1, afterId);
        for (int i = 2; i <= 6; i++) {
            q.setParameter(i, cutoff);
        }
        @SuppressWarnings("unchecked")
        List<Object> ids = q.setMaxResults(limit).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /**
     * Erases the customer if it is still due once locked (a change since it was read keeps it); answers whether it
     * was erased.
     */
    public boolean erase(long customerId, OffsetDateTime cutoff, long inactiveYears) {
        Customer customer = em.find(Customer.class, customerId, LockModeType.PESSIMISTIC_WRITE);
        if (customer == null || !due(cutoff, customerId - 1, 1).contains(customerId)) {
            return false;
        }
        erasure.erase(
                customer,
                AuditTrail.systemActor(JOB),
                "retention: no activity for " + inactiveYears + " years",
                io.crm.common.Times.now());
        return true;
    }
}
