package io.crm.indexing;

/**
 * Fired when a transaction wrote outbox events; observed after a successful commit so that this instance indexes
 * the change at once instead of waiting for its timer.
 */
public record IndexEventsRecorded() {
}
