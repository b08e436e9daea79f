package io.crm.events;

import io.crm.customer.LifecycleStage;
import java.time.Instant;

/**
 * A customer's lifecycle stage changed: the customer-scoring job moved it (the only way a stage changes). Fired once per
 * real change, in the transaction that stores it; {@code actor} is {@code system:customer-scoring}.
 */
public record LifecycleStageChanged(
        long customerId, LifecycleStage from, LifecycleStage to, String actor, Instant occurredAt) {}
