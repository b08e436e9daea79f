package io.crm.events;

import java.time.Instant;

/** A follow-up was marked DONE (created so, or changed to it). */
public record FollowUpCompleted(long followUpId, long customerId, String actor, Instant occurredAt) {}
