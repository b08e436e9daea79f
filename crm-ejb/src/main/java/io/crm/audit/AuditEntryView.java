package io.crm.audit;

import io.crm.common.Times;
import java.time.Instant;
import java.util.List;

/**
 * An audit entry as auditors read it; {@code changes} is the JSON text {"field": {"before": …, "after": …}} of a
 * write (personal data in it is masked), null for a read. An entry is about one record ({@code entityId}) or, for a
 * read of several at once such as a list page, about each of {@code entityIds} ({@code entityId} then null);
 * {@code instance} is the server instance that wrote it (null on entries written before it was recorded).
 */
public record AuditEntryView(
        long id,
        Instant occurredAt,
        String actor,
        AuditAction action,
        String entityType,
        String entityId,
        List<String> entityIds,
        String changes,
        String source,
        String instance) {

    static AuditEntryView of(AuditEntry e) {
        return new AuditEntryView(
                e.id(),
                Times.instant(e.occurredAt()),
                e.actor(),
                e.action(),
                e.entityType(),
                e.entityId(),
                e.entityIds(),
                e.changes(),
                e.source(),
                e.instance());
    }
}
