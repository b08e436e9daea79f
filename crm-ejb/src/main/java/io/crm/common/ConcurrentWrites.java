package io.crm.common;

import java.sql.SQLException;
import java.util.List;
import java.util.function.Predicate;

/**
 * How the database refuses a write that raced another request's: a wait for the other's lock given up, the same
 * record stored by both at once, or a row changed under it. Both are worth a retry by the caller, not an internal error; the REST API answers them
 * without knowing what a SQLSTATE is.
 */
public final class ConcurrentWrites {

    /** SQLSTATE of a unique-constraint violation, the same in PostgreSQL and H2. */
    static final String UNIQUE_VIOLATION = "23505";
    /**
     * SQLSTATEs of a wait for another transaction's lock given up: H2's lock timeout, PostgreSQL's lock not available,
     * a deadlock and a serialization failure.
     */
    static final List<String> BUSY = List.of("HYT00", "55P03", "40P01", "40001");

    private ConcurrentWrites() {}

    /** Whether the exception (or one of its causes) says a wait for another request's lock was given up. */
    public static boolean isBusy(Throwable thrown) {
        return anyCause(
                thrown,
                t -> t instanceof SQLException sql && sql.getSQLState() != null && BUSY.contains(sql.getSQLState()));
    }

    /** Whether the exception (or one of its causes) says another request stored the same record at the same time. */
    public static boolean isDuplicate(Throwable thrown) {
        return anyCause(thrown, t -> t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState()));
    }

    /**
     * Whether the exception (or one of its causes) says a row this request changed was changed or removed by another
     * request that committed first: an optimistic lock failure, also where the commit itself found it.
     */
    public static boolean isLostUpdate(Throwable thrown) {
        return anyCause(
                thrown,
                t -> t instanceof jakarta.persistence.OptimisticLockException
                        || t.getClass().getName().equals("org.eclipse.persistence.exceptions.OptimisticLockException"));
    }

    /** Whether the exception or one of its causes is of the kind asked for. */
    public static boolean anyCause(Throwable thrown, Predicate<Throwable> kind) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (kind.test(t)) {
                return true;
            }
        }
        return false;
    }
}
