package io.crm.batch.rfm;

import java.io.Serializable;

/** Customers with ids in (afterId, upToId]. */
record ScoreRange(long afterId, long upToId) implements Serializable {}
