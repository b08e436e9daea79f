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
import java.util.Optional;
import java.util.Set;

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
        Optional<ConflictException> clash = clash(caller, contactKeys, exceptCustomerId);
        if (clash.isPresent()) {
            throw clash.get();
        }
    }

    /**
     * The 409 that {@link #ensureUnique} throws, returned instead: a bulk call refuses the item and goes on with the
     * others in the same transaction, which a refusal thrown out of this bean would mark for rollback.
     */
    public Optional<ConflictException> clash(Caller caller, Map<String, String> contactKeys, Long exceptCustomerId) {
        if (contactKeys.isEmpty()) {
            return Optional.empty();
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
            return Optional.empty();
        }
        Object[] clash = clashes.get(0);
        long existingId = (Long) clash[0];
        return Optional.of(conflict(existingId, visible(caller, clash), contactKeys.get((String) clash[3])));
    }

    /** The customers that carry each of the stored (blinded) contact keys, whoever they belong to. */
    public Map<String, Long> holders(Set<String> blindedKeys) {
        Map<String, Long> holders = new LinkedHashMap<>();
        if (blindedKeys.isEmpty()) {
            return holders;
        }
        em.createQuery(
                        "SELECT k, c.id FROM Customer c JOIN c.contactKeys k WHERE k IN :keys ORDER BY c.id",
                        Object[].class)
                .setParameter("keys", blindedKeys)
                .getResultList()
                .forEach(row -> holders.putIfAbsent((String) row[0], (Long) row[1]));
        return holders;
    }

    /**
     * A 409 when another customer carries the externalId already, naming it to callers who may read it; an
     * externalId is unique.
     */
    public Optional<ConflictException> externalIdClash(Caller caller, String externalId, Long exceptCustomerId) {
        if (externalId == null) {
            return Optional.empty();
        }
        List<Object[]> clashes = em.createQuery(
                        "SELECT c.id, c.ownerId, c.teamId FROM Customer c WHERE c.externalId = :e AND c.id <> :except",
                        Object[].class)
                .setParameter("e", externalId)
                .setParameter("except", exceptCustomerId == null ? -1L : exceptCustomerId)
                .getResultList();
        if (clashes.isEmpty()) {
            return Optional.empty();
        }
        Object[] clash = clashes.get(0);
        long existingId = (Long) clash[0];
        boolean visible = visible(caller, clash);
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("field", "externalId");
        if (visible) {
            extensions.put("existingId", Long.toString(existingId));
        }
        return Optional.of(new ConflictException(
                "The externalId " + externalId + " already belongs to "
                        + (visible ? "customer " + existingId : "a customer you cannot see (ask its owner or an admin)")
                        + ".",
                extensions));
    }

    /** Whether the caller may read the clashing customer (a row of its id, owner and team). */
    private boolean visible(Caller caller, Object[] clash) {
        return VisibilityRule.canSee(
                caller,
                (String) clash[1],
                (String) clash[2],
                Customers.shareAccess(em, caller, (Long) clash[0]) != null);
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
