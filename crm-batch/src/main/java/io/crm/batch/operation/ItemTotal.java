package io.crm.batch.operation;

import java.io.Serializable;

/**
 * How many items a chunk step will read, known when it opens: kept as the step's persistent user data so that
 * operators see progress as a share of it.
 */
public record ItemTotal(long total) implements Serializable {}
