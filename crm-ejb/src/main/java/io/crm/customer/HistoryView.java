package io.crm.customer;

import java.time.Instant;

/**
 * One change of tier or lifecycle stage as clients read it: {@code source} SCORING (with the job execution that
 * made it) or MANUAL (with the user).
 */
public record HistoryView(
        long id,
        String field,
        String from,
        String to,
        String source,
        String changedBy,
        Long executionId,
        Instant changedAt) {

    static HistoryView of(CustomerHistory h) {
        return new HistoryView(
                h.id(),
                h.field(),
                h.fromValue(),
                h.toValue(),
                h.source(),
                h.changedBy(),
                h.executionId(),
                h.changedAt().toInstant());
    }
}
