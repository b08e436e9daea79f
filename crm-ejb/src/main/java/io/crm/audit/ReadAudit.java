package io.crm.audit;

import io.crm.common.Times;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
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
        String source = source();
        OffsetDateTime now = Times.now();
        for (String entityId : entityIds) {
            pending.add(new AuditEntry(now, actor, AuditAction.READ_PII, entityType, entityId, null, source));
        }
    }

    /** Takes up to {@code max} waiting entries, oldest first. */
    List<AuditEntry> take(int max) {
        List<AuditEntry> entries = new ArrayList<>();
        AuditEntry entry;
        while (entries.size() < max && (entry = pending.poll()) != null) {
            entries.add(entry);
        }
        return entries;
    }

    /** Gives back entries whose write failed, for the next attempt. */
    void giveBack(List<AuditEntry> entries) {
        pending.addAll(entries);
    }

    private String source() {
        try {
            return origin.source();
        } catch (ContextNotActiveException e) {
            return null;
        }
    }
}
