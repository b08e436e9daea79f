package io.crm.events;

import io.crm.customer.Tier;
import java.time.Instant;

/** A customer's tier changed by hand (or went back to the computed one). */
public record TierChanged(long customerId, Tier from, Tier to, String actor, Instant occurredAt) {}
