package io.crm.indexing;

import java.time.Duration;

/**
 * What one instance's index still has to apply: changes waiting, the age of the oldest (the index lag), and
 * records whose indexing failed for good.
 */
public record IndexBacklog(long waiting, Duration lag, long retrying, long failed) {
}
