package io.crm.customer;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A customer as one caller may see it: personal fields are already masked when the caller lacks
 * {@code customer:pii:read} ({@code piiMasked} tells), so no layer above has to decide. {@code custom}: the values
 * of custom fields by key, JSON-ready, personal ones masked likewise.
 */
public record CustomerView(
        long id,
        long version,
        CustomerType type,
        String name,
        List<String> phones,
        List<String> emails,
        String wechatId,
        List<Address> addresses,
        Gender gender,
        String birthday,
        String occupation,
        String region,
        String city,
        Source source,
        List<String> tags,
        List<String> interests,
        Map<ConsentChannel, Boolean> consents,
        String ownerId,
        String teamId,
        Tier tier,
        boolean tierSetByHand,
        LifecycleStage lifecycleStage,
        String membershipLevel,
        RfmView rfm,
        boolean piiMasked,
        Instant createdAt,
        Instant updatedAt,
        String externalId,
        Map<String, Object> custom) {

    public CustomerView {
        custom = custom == null
                ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(custom));
    }

    /** Value metrics: scores 1-5 (null until scored) and the purchase aggregates they come from. */
    public record RfmView(
            Integer recency,
            Integer frequency,
            Integer monetary,
            Instant lastPurchaseAt,
            int purchaseCount,
            BigDecimal totalSpend) {}
}
