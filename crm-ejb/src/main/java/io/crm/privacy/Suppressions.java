package io.crm.privacy;

import io.crm.common.ConflictException;
import io.crm.common.Times;
import io.crm.permission.Unguarded;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The phones and emails of erased customers, kept only as keyed HMACs of their normalized duplicate keys
 * ({@code phone:+86…}, {@code email:…}): enough to recognize one coming back, not to read it.
 */
@Stateless
@Unguarded("called by the customer and privacy services within their checked calls")
public class Suppressions {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    SuppressionKey key;

    /** A 409 ({@code suppressed}) when one of the keys belongs to an erased customer. */
    public void refuseSuppressed(Set<String> contactKeys) {
        Optional<ConflictException> refusal = suppressed(contactKeys);
        if (refusal.isPresent()) {
            throw refusal.get();
        }
    }

    /**
     * The 409 that {@link #refuseSuppressed} throws, returned instead: a bulk call refuses the item and goes on with
     * the others in the same transaction, which a refusal thrown out of this bean would mark for rollback.
     */
    public Optional<ConflictException> suppressed(Set<String> contactKeys) {
        return refusal(contactKeys, suppressedAmong(contactKeys));
    }

    /** The keys, of those given, that belong to erased customers: one query for all (an import chunk's at once). */
    public Set<String> suppressedAmong(Set<String> contactKeys) {
        Set<String> suppressed = new HashSet<>();
        if (contactKeys.isEmpty()) {
            return suppressed;
        }
        Map<String, String> byHash = new LinkedHashMap<>();
        contactKeys.forEach(contactKey -> byHash.put(key.hmac(contactKey), contactKey));
        Query query = em.createNativeQuery("SELECT key_hash FROM privacy_suppression WHERE key_hash IN ("
                + String.join(", ", Collections.nCopies(byHash.size(), "?")) + ")");
        int position = 1;
        for (String hash : byHash.keySet()) {
            query.setParameter(position++, hash);
        }
        for (Object found : query.getResultList()) {
            suppressed.add(byHash.get((String) found));
        }
        return suppressed;
    }

    /** The 409 of {@link #suppressed} for the first of the keys found among {@code suppressed}. */
    public static Optional<ConflictException> refusal(Set<String> contactKeys, Set<String> suppressed) {
        for (String contactKey : contactKeys) {
            if (suppressed.contains(contactKey)) {
                String field = contactKey.startsWith("phone:") ? "phones" : "emails";
                Map<String, Object> extensions = new LinkedHashMap<>();
                extensions.put("suppressed", "true");
                extensions.put("field", field);
                return Optional.of(new ConflictException(
                        "This " + (field.equals("phones") ? "phone" : "email") + " belonged to a customer whose data "
                                + "was erased at their request; do not contact them without new consent. Repeat with "
                                + "?allowDuplicate=true to record the customer anyway.",
                        extensions));
            }
        }
        return Optional.empty();
    }

    /** Adds the keys of an erased customer (each once). */
    public void add(long customerId, Set<String> contactKeys) {
        for (String contactKey : contactKeys) {
            String hash = key.hmac(contactKey);
            if (em.createNativeQuery("SELECT kind FROM privacy_suppression WHERE key_hash = ?")
                    .setParameter(1, hash)
                    .getResultList()
                    .isEmpty()) {
                em.createNativeQuery("INSERT INTO privacy_suppression (key_hash, kind, customer_id, created_at) "
                                + "VALUES (?, ?, ?, ?)")
                        .setParameter(1, hash)
                        .setParameter(2, contactKey.substring(0, contactKey.indexOf(':')))
                        .setParameter(3, customerId)
                        .setParameter(4, Times.now())
                        .executeUpdate();
            }
        }
    }
}
