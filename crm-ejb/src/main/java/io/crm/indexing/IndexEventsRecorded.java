package io.crm.indexing;

import java.util.List;

/**
 * Fired once by each transaction that wrote outbox events, observed after a successful commit so that this instance
 * indexes the changes at once instead of waiting for its timer. {@code changes} holds every event the transaction
 * wrote, also those written after the event was fired: read it after commit only.
 */
public record IndexEventsRecorded(List<IndexChange> changes) {
}
