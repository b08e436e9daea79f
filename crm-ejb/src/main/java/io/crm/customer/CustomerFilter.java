package io.crm.customer;

import java.time.Instant;

/** The filters of the customer list; null means "any". {@code namePrefix} matches names case-insensitively. */
public record CustomerFilter(
        Tier tier,
        LifecycleStage lifecycleStage,
        String ownerId,
        String teamId,
        String tag,
        String region,
        String city,
        String namePrefix,
        Instant updatedSince,
        String externalId) {

    public static CustomerFilter none() {
        return new CustomerFilter(null, null, null, null, null, null, null, null, null, null);
    }
}
