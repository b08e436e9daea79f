package io.crm.webhook;

import java.time.Instant;

/** One attempt of a delivery. */
public record AttemptView(Instant attemptedAt, Integer statusCode, long latencyMillis, String error) {}
