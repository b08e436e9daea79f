package io.crm.indexing;

/**
 * Fired once by each transaction that wrote outbox events; observed after a successful commit so that this
 * instance indexes the changes at once instead of waiting for its timer.
 */
public record IndexEventsRecorded() {
}
