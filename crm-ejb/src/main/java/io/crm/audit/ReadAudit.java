package io.crm.audit;

import io.crm.common.Times;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Records that a caller read records' personal data in clear. The entries wait here until {@link ReadAuditBuffer}
 * writes them, within a second. A plain bean rather than an EJB: a read hands its entries over without a container
 * call (two EJB calls cost a customer read a twentieth of its time).
 */
@ApplicationScoped
public class ReadAudit {

    private final ConcurrentLinkedQueue<AuditEntry> pending = new ConcurrentLinkedQueue<>();

    @Inject
    RequestOrigin origin;

    /** One record read in clear. */
    public void record(String actor, String entityType, String entityId) {
        record(actor, entityType, List.of(entityId));
    }

    /** Several records read in clear at once (a page of a list). */
    public void record(String actor, String entityType, Collection<String> entityIds) {
        String source = RequestOrigin.sourceOf(origin);
        OffsetDateTime now = Times.now();
        for (String entityId : entityIds) {
            pending.add(new AuditEntry(now, actor, AuditAction.READ_PII, entityType, entityId, null, source));
        }
    }

    /** The entries waiting; {@link ReadAuditBuffer} keeps this very queue, so that it can still drain it at shutdown. */
    public Queue<AuditEntry> pending() {
        return pending;
    }
}
