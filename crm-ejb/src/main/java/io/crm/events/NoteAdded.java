package io.crm.events;

import java.time.Instant;

/** A note was added to a customer. */
public record NoteAdded(long noteId, long customerId, String actor, Instant occurredAt) {}
