package io.crm.events;

import java.time.Instant;

/**
 * A duplicate customer was merged into the survivor: its records moved there and the duplicate's id is gone (a
 * {@link CustomerDeleted} for it and a {@link CustomerChanged} for the survivor are fired with this).
 */
public record CustomerMerged(long survivorId, long duplicateId, String actor, Instant occurredAt) {}
