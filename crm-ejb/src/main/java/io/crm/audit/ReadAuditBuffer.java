package io.crm.audit;

import io.crm.common.Timers;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.eclipse.persistence.sessions.Session;
import org.postgresql.PGConnection;

/**
 * Writes the entries of clear reads of personal data that {@link ReadAudit} holds, every second in one transaction, so
 * that a read is not slowed down by a write of its own (unless too many wait, see {@link ReadAudit}). The commit does
 * not wait for the database's disk flush (PostgreSQL {@code synchronous_commit = off}). A crash of the server or the
 * database can lose the entries still waiting, normally the last second's; entries of writes never go through here.
 *
 * <p>Created at deployment with a timer of its own: an automatic timer on a singleton created on first use could
 * create it while the application is being undeployed, which broke Payara's shutdown of the module's singletons.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ReadAuditBuffer {

    /** Entries written by one COPY (PostgreSQL) or one JDBC batch. */
    private static final int CHUNK = 1_000;
    /** Records whose entries a read writes itself when too many wait: a few hundredths of a second of work. */
    private static final int SHARE_OF_BACKLOG = 5_000;

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Resource
    TimerService timers;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    ReadAudit reads;

    /** ReadAudit's entries themselves: the bean may be gone before this singleton's last flush at shutdown. */
    private PendingReads pending;

    private volatile Boolean postgres;

    @PostConstruct
    void start() {
        pending = reads.pending();
        timers.createIntervalTimer(1000, 1000, new TimerConfig("read-audit", false));
    }

    /**
     * Writes everything that waited when it started; also every second by itself, on every instance for its own reads.
     * No cap below that: sustained list reads bring tens of thousands of entries a second, and a flush that left some
     * behind would let them pile up.
     */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void flush() {
        write(pending.take(pending.records()));
    }

    /** A share of the waiting entries, written by a read that found too many waiting ({@link ReadAudit}). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void writeBacklog() {
        write(pending.take(SHARE_OF_BACKLOG));
    }

    /**
     * Inserts the entries with plain JDBC, not as entities: entities cost a list read a fifth of its time when each
     * customer of a page was an entry of its own. Entries whose transaction does not commit go back to wait.
     */
    private void write(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    pending.add(entries);
                }
            }
        });
        // ids from the persistence unit's own sequencing, so that they never meet those of entries it writes itself
        Session session = em.unwrap(Session.class);
        Connection connection = em.unwrap(Connection.class);
        try {
            boolean postgres = postgres(connection);
            if (postgres) {
                // the commit does not wait for the disk flush
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET LOCAL synchronous_commit TO OFF");
                }
            }
            for (int from = 0; from < entries.size(); from += CHUNK) {
                List<AuditEntry> chunk = entries.subList(from, Math.min(entries.size(), from + CHUNK));
                long[] ids = new long[chunk.size()];
                for (int i = 0; i < ids.length; i++) {
                    ids[i] = ((Number) session.getNextSequenceNumberValue(AuditEntry.class)).longValue();
                }
                if (postgres) {
                    AuditRows.copy(connection, chunk, ids);
                } else {
                    AuditRows.insert(connection, chunk, ids);
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException(
                    "Writing " + entries.size() + " read entries of the audit trail failed; "
                            + "they are kept for the next attempt",
                    e);
        }
    }

    @PreDestroy
    void flushOnShutdown() {
        Timers.cancelAll(timers);
        flush();
    }

    private boolean postgres(Connection connection) throws SQLException {
        if (postgres == null) {
            postgres = connection.isWrapperFor(PGConnection.class);
        }
        return postgres;
    }
}
