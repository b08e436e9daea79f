package io.crm.audit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.eclipse.persistence.sessions.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;

/**
 * Writes the entries of clear reads of personal data that {@link ReadAudit} holds, every second in one transaction, so
 * that a read is not slowed down by a write of its own. The commit does not wait for the database's disk flush
 * (PostgreSQL {@code synchronous_commit = off}). A crash of the server or the database can lose the last second of
 * read entries; entries of writes never go through here.
 *
 * <p>Created at deployment with a timer of its own: an automatic timer on a singleton created on first use could
 * create it while the application is being undeployed, which broke Payara's shutdown of the module's singletons.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ReadAuditBuffer {

    private static final int MAX_PER_FLUSH = 20_000;

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Resource
    TimerService timers;

    @Inject
    ReadAudit reads;

    /** ReadAudit's queue itself: the bean may be gone before this singleton's last flush at shutdown. */
    private Queue<AuditEntry> pending;

    private volatile Boolean postgres;

    @PostConstruct
    void start() {
        pending = reads.pending();
        timers.createIntervalTimer(1000, 1000, new TimerConfig("read-audit", false));
    }

    /**
     * Writes what is waiting; also every second by itself, on every instance for its own reads. One JDBC batch:
     * a list page of fifty customers is fifty entries, which as entities cost a fifth of the read.
     */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void flush() {
        List<AuditEntry> entries = new ArrayList<>();
        AuditEntry entry;
        while (entries.size() < MAX_PER_FLUSH && (entry = pending.poll()) != null) {
            entries.add(entry);
        }
        if (entries.isEmpty()) {
            return;
        }
        // ids from the persistence unit's own sequencing, so that they never meet those of entries it writes itself
        Session session = em.unwrap(Session.class);
        Connection connection = em.unwrap(Connection.class);
        try {
            if (postgres(connection)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET LOCAL synchronous_commit TO OFF");
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_entry "
                    + "(id, occurred_at, actor, action, entity_type, entity_id, source) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (AuditEntry e : entries) {
                    insert.setLong(1, ((Number) session.getNextSequenceNumberValue(AuditEntry.class)).longValue());
                    insert.setObject(2, e.occurredAt());
                    insert.setString(3, e.actor());
                    insert.setString(4, e.action().name());
                    insert.setString(5, e.entityType());
                    insert.setString(6, e.entityId());
                    insert.setString(7, e.source());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        } catch (SQLException e) {
            pending.addAll(entries);
            throw new PersistenceException("Writing " + entries.size() + " read entries of the audit trail failed; "
                    + "they are kept for the next attempt", e);
        }
    }

    @PreDestroy
    void flushOnShutdown() {
        try {
            timers.getTimers().forEach(Timer::cancel);
        } catch (IllegalStateException alreadyGone) {
            // the container removes the timers of an application it stops anyway
        }
        flush();
    }

    private boolean postgres(Connection connection) throws SQLException {
        if (postgres == null) {
            postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        }
        return postgres;
    }
}
