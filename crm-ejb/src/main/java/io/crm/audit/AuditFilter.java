package io.crm.audit;

import io.crm.common.InvalidInputException;
import java.time.Instant;

/**
 * What an auditor looks for; null means "any". A record is named by its type and id together; {@code from} is
 * inclusive and {@code to} exclusive.
 */
public record AuditFilter(String entityType, String entityId, String actor, Instant from, Instant to) {

    public AuditFilter {
        if (entityId != null && entityType == null) {
            throw new InvalidInputException("entityType", "is needed with entityId");
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidInputException("to", "must be later than from");
        }
    }

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null);
    }
}
