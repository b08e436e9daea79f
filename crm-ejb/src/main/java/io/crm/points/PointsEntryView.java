package io.crm.points;

import java.time.Instant;
import java.time.LocalDate;

/** A ledger entry as clients read it. */
public record PointsEntryView(
        long id,
        long customerId,
        PointsEntryKind kind,
        long points,
        long balanceAfter,
        String reason,
        String reward,
        Long purchaseId,
        LocalDate earnedOn,
        Instant createdAt,
        String createdBy) {

    static PointsEntryView of(PointsEntry e) {
        return new PointsEntryView(
                e.id(),
                e.customerId(),
                e.kind(),
                e.points(),
                e.balanceAfter(),
                e.reason(),
                e.reward(),
                e.purchaseId(),
                e.earnedOn(),
                e.createdAt().toInstant(),
                e.createdBy());
    }
}
