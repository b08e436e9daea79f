package io.crm.audit;

import io.crm.common.Times;

import java.time.Instant;

/**
 * An audit entry as auditors read it; {@code changes} is the JSON text {"field": {"before": …, "after": …}} of a
 * write (personal data in it is masked), null for a read.
 */
public record AuditEntryView(long id, Instant occurredAt, String actor, AuditAction action, String entityType,
                             String entityId, String changes, String source) {

    static AuditEntryView of(AuditEntry e) {
        return new AuditEntryView(e.id(), Times.instant(e.occurredAt()), e.actor(), e.action(), e.entityType(),
                e.entityId(), e.changes(), e.source());
    }
}
