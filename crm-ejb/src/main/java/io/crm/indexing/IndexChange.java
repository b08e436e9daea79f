package io.crm.indexing;

/**
 * A change to apply: which record to reload. {@code event} is the outbox row that announced it (0 for a retry),
 * {@code position} its place in the log (0 while it has none: a change announced right after its commit).
 */
public record IndexChange(long event, long position, IndexedEntity entity, long entityId) {
}
