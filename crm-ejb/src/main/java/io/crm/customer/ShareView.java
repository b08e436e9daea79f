package io.crm.customer;

import java.time.Instant;

/** A share of a customer as clients read it: with one user or one team, for reading or writing. */
public record ShareView(
        long id,
        long customerId,
        String userId,
        String teamId,
        CustomerShare.Access access,
        Instant createdAt,
        String createdBy) {

    static ShareView of(CustomerShare s) {
        return new ShareView(
                s.id(),
                s.customerId(),
                s.userId(),
                s.teamId(),
                s.access(),
                s.createdAt().toInstant(),
                s.createdBy());
    }
}
