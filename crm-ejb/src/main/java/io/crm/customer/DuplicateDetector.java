package io.crm.customer;

import io.crm.common.ConflictException;
import io.crm.permission.Caller;
import io.crm.permission.Unguarded;
import io.crm.permission.VisibilityRule;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds a customer that already has one of the normalized phones or emails of a new or changed customer.
 * The clash is reported whoever owns the other record; its id is named only to callers who may read it.
 */
@Stateless
@Unguarded("called by CustomerService within its checked call, for its caller")
public class DuplicateDetector {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    /** {@code contactKeys}: the stored (blinded) keys of the customer, each with its clear key for the message. */
    public void ensureUnique(Caller caller, Map<String, String> contactKeys, Long exceptCustomerId) {
        if (contactKeys.isEmpty()) {
            return;
        }
        List<Object[]> clashes = em.createQuery(
                        "SELECT c.id, c.ownerId, c.teamId, k FROM Customer c JOIN c.contactKeys k "
                                + "WHERE k IN :keys AND c.id <> :except ORDER BY c.id",
                        Object[].class)
                .setParameter("keys", contactKeys.keySet())
                .setParameter("except", exceptCustomerId == null ? -1L : exceptCustomerId)
                .setMaxResults(1)
                .getResultList();
        if (clashes.isEmpty()) {
            return;
        }
        Object[] clash = clashes.get(0);
        long existingId = (Long) clash[0];
        boolean visible = VisibilityRule.canSee(
                caller, (String) clash[1], (String) clash[2], Customers.shareAccess(em, caller, existingId) != null);
        throw conflict(existingId, visible, contactKeys.get((String) clash[3]));
    }

    static ConflictException conflict(long existingId, boolean visible, String key) {
        String field = key.startsWith("phone:") ? "phones" : "emails";
        String value = key.substring(key.indexOf(':') + 1);
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("field", field);
        if (visible) {
            extensions.put("existingId", Long.toString(existingId));
        }
        String whose = visible ? "customer " + existingId : "a customer you cannot see (ask its owner or an admin)";
        return new ConflictException(
                "The " + (field.equals("phones") ? "phone " : "email ") + value + " already belongs to " + whose
                        + ". Repeat with ?allowDuplicate=true to keep both.",
                extensions);
    }
}
