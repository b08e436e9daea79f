package io.crm.indexing;

import java.time.Duration;

/**
 * What one instance's search index still has to apply: changes waiting, the age of the oldest (the index lag), and
 * records being retried or whose indexing failed for good.
 */
public record SearchBacklog(long waiting, Duration lag, long retrying, long failed) {}
