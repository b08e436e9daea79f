package io.crm.events;

import java.time.Instant;

/** A customer was created; {@code actor} is the user who did it (null for the system). */
public record CustomerCreated(long customerId, String ownerId, String teamId, String actor, Instant occurredAt) {}
