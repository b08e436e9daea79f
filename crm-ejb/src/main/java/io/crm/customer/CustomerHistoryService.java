package io.crm.customer;

import io.crm.common.Cursor;
import io.crm.common.LimitedQueries;
import io.crm.common.Page;
import io.crm.common.PageRequest;
import io.crm.permission.Caller;
import io.crm.permission.CurrentCaller;
import io.crm.permission.Permission;
import io.crm.permission.Requires;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;

/** The tier and lifecycle history of a customer: read by whoever may read the customer, newest first. */
@Stateless
@Requires(Permission.CUSTOMER_READ)
public class CustomerHistoryService {

    static final String LIST = "customer-history";

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<HistoryView> list(long customerId, PageRequest page) {
        Caller caller = currentCaller.get();
        Customers.visibleForReading(em, caller, customerId);
        String fingerprint = Cursor.fingerprint(customerId);
        long before = page.cursor() == null
                ? Long.MAX_VALUE
                : Cursor.decode(page.cursor(), LIST, fingerprint).positionAsLong();
        List<CustomerHistory> rows = LimitedQueries.readOnly(
                        em,
                        "SELECT h FROM CustomerHistory h WHERE h.customerId = :c AND h.id < :b" + " ORDER BY h.id DESC",
                        CustomerHistory.class,
                        page.limit() + 1)
                .setParameter("c", customerId)
                .setParameter("b", before)
                .getResultList();
        return Page.of(rows, page, LIST, fingerprint, h -> Long.toString(h.id()))
                .map(HistoryView::of);
    }

    /** Records a tier set or cleared by hand, in the caller's transaction. */
    static void recordManualTier(
            EntityManager em, long customerId, Tier from, Tier to, String userId, OffsetDateTime at) {
        em.createNativeQuery(
                        "INSERT INTO customer_history (customer_id, field, from_value, to_value, source, changed_by,"
                                + " changed_at) VALUES (?, ?, ?, ?, 'MANUAL', ?, ?)")
                .setParameter(1, customerId)
                .setParameter(2, CustomerHistory.TIER)
                .setParameter(3, from.name())
                .setParameter(4, to.name())
                .setParameter(5, userId)
                .setParameter(6, at)
                .executeUpdate();
    }
}
