package io.crm.common;

import jakarta.persistence.Query;
import jakarta.persistence.QueryTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ServiceConfigurationError;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.persistence.config.QueryHints;

/**
 * The statement timeout of every query that a caller's input shapes (customer lists and counts, segment evaluation,
 * the audit lookup, lists of invitations): past it the database cancels the statement and the caller gets a clear
 * answer (503, {@code query-timeout}) instead of holding a connection and a core. Batch jobs' own queries are not
 * bound by it. Set with {@value #CONFIG} (an ISO-8601 duration, whole seconds, read once at deployment), default
 * {@value #DEFAULT}.
 */
public final class QueryTimeout {

    public static final String CONFIG = "crm.query.timeout";
    public static final String DEFAULT = "PT10S";
    /** SQLSTATE of a statement cancelled (for its timeout), the same in PostgreSQL and H2. */
    static final String QUERY_CANCELED = "57014";

    private static volatile Duration configured;

    private QueryTimeout() {}

    /** The timeout, rounded up to whole seconds (JDBC counts in seconds; a fraction would round down to none). */
    public static Duration get() {
        Duration d = configured;
        if (d == null) {
            d = parse(configValue());
            configured = d;
        }
        return d;
    }

    /** The query, with the timeout set as a hint; answers it for chaining. */
    public static <Q extends Query> Q on(Q query) {
        query.setHint(QueryHints.QUERY_TIMEOUT, get().toMillis());
        return query;
    }

    /** Whether the exception (or one of its causes) says a statement ran out of time. */
    public static boolean isTimeout(Throwable thrown) {
        return ConcurrentWrites.anyCause(
                thrown,
                t -> t instanceof QueryTimeoutException
                        || t instanceof SQLTimeoutException
                        || t instanceof SQLException sql && QUERY_CANCELED.equals(sql.getSQLState()));
    }

    /** A positive duration of whole seconds; anything else is a configuration error, said at once. */
    static Duration parse(String text) {
        Duration d;
        try {
            d = Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(
                    CONFIG + " must be an ISO-8601 duration such as " + DEFAULT + ", not " + text, e);
        }
        if (d.isNegative() || d.isZero()) {
            throw new IllegalStateException(CONFIG + " must be positive, not " + text);
        }
        long seconds = d.getSeconds() + (d.getNano() > 0 ? 1 : 0);
        return Duration.ofSeconds(seconds);
    }

    private static String configValue() {
        try {
            return ConfigProvider.getConfig()
                    .getOptionalValue(CONFIG, String.class)
                    .orElse(DEFAULT);
        } catch (IllegalStateException | ServiceConfigurationError noConfigOutsideTheServer) {
            return DEFAULT;
        }
    }
}
