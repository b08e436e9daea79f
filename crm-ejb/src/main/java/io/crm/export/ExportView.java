package io.crm.export;

import java.time.Instant;
import java.util.Map;

/**
 * An export as its requester sees it. The job's state is not here: the batch runtime holds it, and the job operations
 * add it.
 */
public record ExportView(
        long id,
        ExportFormat format,
        Map<String, String> criteria,
        Long executionId,
        long rowsWritten,
        String requestedBy,
        Instant createdAt,
        Instant expiresAt,
        boolean fileDeleted) {

    static ExportView of(CustomerExport e) {
        return new ExportView(
                e.id(),
                e.format(),
                e.criteria().named(),
                e.executionId(),
                e.rowsWritten(),
                e.requestedBy(),
                e.createdAt().toInstant(),
                e.expiresAt().toInstant(),
                e.fileDeletedAt() != null);
    }
}
