package io.crm.common;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.util.function.LongSupplier;

/**
 * Optimistic concurrency as the API promises it: a change applies only to the version the caller read (If-Match; null
 * accepts whatever is current), and a change that another commits first is refused the same way (412).
 */
public final class ExpectedVersion {

    private ExpectedVersion() {}

    /** Refuses the change when the caller read another version than the current one. */
    public static void check(String kind, Object id, Long expected, long current) {
        if (expected != null && current != expected) {
            throw new StaleVersionException(kind, id, current);
        }
    }

    /** Writes the change now, refusing it when another request changed the record since it was read. */
    public static void flush(EntityManager em, String kind, Object id, LongSupplier current) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersionException(kind, id, current.getAsLong());
        }
    }
}
