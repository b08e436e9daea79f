package io.crm.privacy;

import io.crm.audit.AuditAction;
import io.crm.audit.AuditTrail;
import io.crm.audit.Change;
import io.crm.common.Times;
import io.crm.customer.Customer;
import io.crm.customer.Customers;
import io.crm.permission.Caller;
import io.crm.permission.CurrentCaller;
import io.crm.permission.Permission;
import io.crm.permission.Requires;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** Erasure of a customer at their request, and the legal hold that stops it; both need privacy:erase. */
@Stateless
public class PrivacyService {

    public static final int MAX_REASON = 500;

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Erasure erasure;

    @Inject
    AuditTrail audit;

    /** Erases the customer (see {@link Erasure}); a customer erased before answers that erasure and nothing changes. */
    @Requires(Permission.PRIVACY_ERASE)
    public ErasureView erase(long customerId, String reason) {
        Caller caller = currentCaller.get();
        Customer customer = Customers.writable(em, caller, customerId, LockModeType.PESSIMISTIC_WRITE);
        return erasure.erase(customer, caller.userId(), reason, Times.now());
    }

    /** Sets or clears the legal hold; while it is set, erasure answers 409. */
    @Requires(Permission.PRIVACY_ERASE)
    public LegalHoldView setLegalHold(long customerId, boolean hold, String reason) {
        Caller caller = currentCaller.get();
        Customers.writable(em, caller, customerId, LockModeType.PESSIMISTIC_WRITE);
        CustomerPrivacy privacy = em.find(CustomerPrivacy.class, customerId);
        boolean before = privacy != null && privacy.legalHold();
        String reasonBefore = privacy == null ? null : privacy.holdReason();
        if (privacy == null) {
            privacy = new CustomerPrivacy(customerId);
            em.persist(privacy);
        }
        OffsetDateTime now = Times.now();
        privacy.hold(hold, reason, caller.userId(), now);
        em.flush();
        Map<String, Change> changes = new LinkedHashMap<>();
        changes.put("legalHold", new Change(before, hold));
        changes.put("holdReason", new Change(reasonBefore, reason));
        audit.recordWrite(caller.userId(), AuditAction.UPDATE, "customer", Long.toString(customerId), changes);
        return LegalHoldView.of(privacy);
    }

    /** The customer's legal hold (none set: not held). */
    @Requires(Permission.PRIVACY_ERASE)
    public LegalHoldView legalHold(long customerId) {
        Customers.visibleForReading(em, currentCaller.get(), customerId);
        CustomerPrivacy privacy = em.find(CustomerPrivacy.class, customerId);
        return privacy == null ? new LegalHoldView(customerId, false, null, null, null) : LegalHoldView.of(privacy);
    }
}
