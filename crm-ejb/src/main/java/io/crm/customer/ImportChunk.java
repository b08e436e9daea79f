package io.crm.customer;

import io.crm.common.ConflictException;
import io.crm.common.Text;
import io.crm.privacy.Suppressions;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the rows of an import chunk are matched and checked against, read once for all of them: the customers that
 * carry their externalIds and contact keys, and which keys are suppressed. The customers the chunk creates are added
 * as they are written, so a row sees the rows before it; once a row changes a stored customer (its keys may move),
 * every later look-up of the chunk asks the database again, as does one for a key not read ahead.
 */
final class ImportChunk {

    private final EntityManager em;
    private final DuplicateDetector duplicates;
    private final Suppressions suppressions;
    private final Map<String, Long> byExternalId = new HashMap<>();
    private final Map<String, Long> holders = new HashMap<>();
    private final Set<String> keysRead = new HashSet<>();
    private final Map<CustomerImportItem, Map<String, String>> keysOf = new IdentityHashMap<>();
    private final Set<String> suppressed;
    private boolean stale;

    ImportChunk(
            EntityManager em, DuplicateDetector duplicates, Suppressions suppressions, List<CustomerImportItem> items) {
        this.em = em;
        this.duplicates = duplicates;
        this.suppressions = suppressions;
        Set<String> externalIds = new HashSet<>();
        items.forEach(i -> externalIds.add(Text.clean(i.externalId())));
        externalIds.remove(null);
        if (!externalIds.isEmpty()) {
            em.createQuery("SELECT c.externalId, c.id FROM Customer c WHERE c.externalId IN :e", Object[].class)
                    .setParameter("e", externalIds)
                    .getResultList()
                    .forEach(row -> byExternalId.putIfAbsent((String) row[0], (Long) row[1]));
        }
        externalIds.forEach(e -> byExternalId.putIfAbsent(e, null));
        items.forEach(i -> keysRead.addAll(keys(i).keySet()));
        holders.putAll(duplicates.holders(keysRead));
        suppressed = suppressions.suppressedAmong(keysRead);
    }

    /** The row's phones, then emails, as the (blinded) keys it is matched by, each with its clear key. */
    Map<String, String> keys(CustomerImportItem item) {
        return keysOf.computeIfAbsent(item, i -> {
            Set<String> clear = new LinkedHashSet<>();
            i.phones().forEach(p -> ContactPoints.phone(p).ifPresent(n -> clear.add("phone:" + n)));
            i.emails()
                    .forEach(e ->
                            ContactPoints.email(e).ifPresent(n -> clear.add("email:" + ContactPoints.emailKey(n))));
            return ContactPoints.blinded(clear);
        });
    }

    /** The customer that carries the (clean) externalId, or null. */
    Long byExternalId(String externalId) {
        if (!stale && byExternalId.containsKey(externalId)) {
            return byExternalId.get(externalId);
        }
        return em.createQuery("SELECT c.id FROM Customer c WHERE c.externalId = :e", Long.class)
                .setParameter("e", externalId)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    /** The customers that carry each of the (blinded) keys, as {@link DuplicateDetector#holders}. */
    Map<String, Long> holders(Set<String> blindedKeys) {
        if (!knows(blindedKeys)) {
            return duplicates.holders(blindedKeys);
        }
        Map<String, Long> found = new LinkedHashMap<>();
        blindedKeys.stream().filter(holders::containsKey).forEach(k -> found.put(k, holders.get(k)));
        return found;
    }

    /** Whether no customer carries any of the keys, as far as the chunk knows without asking again. */
    boolean free(Set<String> blindedKeys) {
        return knows(blindedKeys) && blindedKeys.stream().noneMatch(holders::containsKey);
    }

    /** The 409 of {@link Suppressions#suppressed} for the keys. */
    Optional<ConflictException> suppressed(Set<String> blindedKeys) {
        return keysRead.containsAll(blindedKeys)
                ? Suppressions.refusal(blindedKeys, suppressed)
                : suppressions.suppressed(blindedKeys);
    }

    /** A customer the chunk created, which the rows after it find by its externalId and keys. */
    void created(long id, String externalId, Set<String> blindedKeys) {
        if (externalId != null) {
            byExternalId.putIfAbsent(externalId, id); // also over the null of one read ahead and free
        }
        keysRead.addAll(blindedKeys);
        blindedKeys.forEach(k -> holders.putIfAbsent(k, id));
    }

    /** A stored customer changed: what was read ahead may no longer hold. */
    void changed() {
        stale = true;
    }

    private boolean knows(Set<String> blindedKeys) {
        return !stale && keysRead.containsAll(blindedKeys);
    }
}
