package io.crm.customer;

import io.crm.customfield.CustomCriterion;
import java.time.Instant;
import java.util.List;

/**
 * The filters of the customer list; null means "any". {@code namePrefix} matches names case-insensitively;
 * {@code custom} holds the conditions on custom fields (all must hold), never null.
 */
public record CustomerFilter(
        Tier tier,
        LifecycleStage lifecycleStage,
        String ownerId,
        String teamId,
        String tag,
        String interest,
        String region,
        String city,
        String namePrefix,
        Instant updatedSince,
        String externalId,
        List<CustomCriterion> custom) {

    public CustomerFilter {
        custom = custom == null ? List.of() : List.copyOf(custom);
    }

    /** Without conditions on custom fields. */
    public CustomerFilter(
            Tier tier,
            LifecycleStage lifecycleStage,
            String ownerId,
            String teamId,
            String tag,
            String interest,
            String region,
            String city,
            String namePrefix,
            Instant updatedSince,
            String externalId) {
        this(
                tier,
                lifecycleStage,
                ownerId,
                teamId,
                tag,
                interest,
                region,
                city,
                namePrefix,
                updatedSince,
                externalId,
                List.of());
    }

    public static CustomerFilter none() {
        return new CustomerFilter(null, null, null, null, null, null, null, null, null, null, null);
    }
}
