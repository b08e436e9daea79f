package io.crm.indexing;

/** A positioned entry of the log: which record to reload. */
public record IndexChange(long position, IndexedEntity entity, long entityId) {
}
