package io.crm.audit;

import io.crm.platform.SchemaMigration;
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
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Holds the entries of clear reads of personal data for at most a second and writes them in one transaction, so
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

    private final ConcurrentLinkedQueue<AuditEntry> pending = new ConcurrentLinkedQueue<>();

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Resource(lookup = SchemaMigration.DATASOURCE)
    DataSource dataSource;

    @Resource
    TimerService timers;

    private volatile Boolean postgres;

    @PostConstruct
    void start() {
        timers.createIntervalTimer(1000, 1000, new TimerConfig("read-audit", false));
    }

    public void add(AuditEntry entry) {
        pending.add(entry);
    }

    /** Writes what is waiting; also every second by itself, on every instance for its own reads. */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void flush() {
        if (pending.isEmpty()) {
            return;
        }
        if (postgres()) {
            em.createNativeQuery("SET LOCAL synchronous_commit TO OFF").executeUpdate();
        }
        AuditEntry entry;
        for (int i = 0; i < MAX_PER_FLUSH && (entry = pending.poll()) != null; i++) {
            em.persist(entry);
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

    private boolean postgres() {
        if (postgres == null) {
            try (Connection connection = dataSource.getConnection()) {
                postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
            } catch (SQLException e) {
                return false;
            }
        }
        return postgres;
    }
}
