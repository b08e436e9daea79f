package io.crm.events;

import java.time.Instant;

/** A customer was deleted; its owner and team were these. */
public record CustomerDeleted(long customerId, String ownerId, String teamId, String actor, Instant occurredAt) {}
