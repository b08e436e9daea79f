package io.crm.events;

import java.time.Instant;

/** A batch job execution ended: COMPLETED, FAILED or STOPPED. */
public record JobFinished(String jobName, long executionId, String status, Instant occurredAt) {}
