package io.crm.batch.retention;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** A customer the retention rule found due, with the cutoff it was found by. */
record RetentionCandidate(long customerId, OffsetDateTime cutoff) implements Serializable {}
