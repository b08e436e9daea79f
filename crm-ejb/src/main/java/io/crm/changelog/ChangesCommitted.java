package io.crm.changelog;

import java.util.List;

/**
 * Fired once by each transaction that wrote to the change log, observed after a successful commit so that this
 * instance's consumers can act at once instead of waiting for their next reading of the log. {@code changes} holds
 * every entry the transaction wrote, also those written after the event was fired: read it after commit only.
 */
public record ChangesCommitted(List<LoggedChange> changes) {}
