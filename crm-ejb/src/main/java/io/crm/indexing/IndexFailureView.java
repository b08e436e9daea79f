package io.crm.indexing;

import io.crm.changelog.EntityType;
import java.time.Instant;

/** A record an instance could not index, as operators see it. */
public record IndexFailureView(
        EntityType entity,
        long entityId,
        String state,
        int attempts,
        Instant firstFailedAt,
        Instant nextAttemptAt,
        String lastError) {

    static IndexFailureView of(IndexFailure f) {
        return new IndexFailureView(
                f.entityType(),
                f.entityId(),
                f.state().name(),
                f.attempts(),
                f.firstFailedAt().toInstant(),
                f.nextAttemptAt().toInstant(),
                f.lastError());
    }
}
