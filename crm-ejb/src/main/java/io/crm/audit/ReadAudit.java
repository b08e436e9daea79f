package io.crm.audit;

import io.crm.common.Times;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Records that a caller read records' personal data in clear. The entries wait here until {@link ReadAuditBuffer}
 * writes them, within a second. A plain bean rather than an EJB: a read hands its entries over without a container
 * call (two EJB calls cost a customer read a twentieth of its time).
 *
 * <p>When the waiting entries name more records than {@code crm.audit.read-backlog-limit} (reads come faster than
 * one writer a second puts them away), a read writes a share of them itself before it answers: the reads slow down to
 * what the database can take instead of piling entries up in memory.
 */
@ApplicationScoped
public class ReadAudit {

    private static final Logger LOG = Logger.getLogger(ReadAudit.class.getName());

    private final PendingReads pending = new PendingReads();

    @Inject
    RequestOrigin origin;

    @Inject
    @ConfigProperty(name = "crm.audit.read-backlog-limit", defaultValue = "50000")
    int backlogLimit;

    /** Looked up when needed: the writer itself takes this bean's entries at its start. */
    @Inject
    Instance<ReadAuditBuffer> writer;

    /** One record read in clear. */
    public void record(String actor, String entityType, String entityId) {
        record(actor, entityType, List.of(entityId));
    }

    /** Several records read in clear at once (a page of a list): one entry that names them all. */
    public void record(String actor, String entityType, Collection<String> entityIds) {
        if (entityIds.isEmpty()) {
            return;
        }
        AuditEntry entry = AuditEntry.readOf(Times.now(), actor, entityType, List.copyOf(entityIds), origin.source());
        if (pending.add(List.of(entry)) > backlogLimit) {
            try {
                writer.get().writeBacklog();
            } catch (EJBException e) {
                // the entries went back to wait; the read itself succeeded and is recorded once the database takes it
                LOG.log(
                        Level.WARNING,
                        "Writing waiting read entries of the audit trail failed; " + "they wait for the next attempt",
                        e);
            }
        }
    }

    int backlogLimit() {
        return backlogLimit;
    }

    /** The entries waiting; {@link ReadAuditBuffer} keeps this very object, so that it can still drain it at shutdown. */
    PendingReads pending() {
        return pending;
    }
}
