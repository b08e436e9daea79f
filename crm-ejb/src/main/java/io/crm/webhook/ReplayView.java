package io.crm.webhook;

import java.time.Instant;

/** A replay of a time range as its managers see it: the range, how many events it queued again, who asked and when. */
public record ReplayView(
        long id, long subscriptionId, Instant from, Instant to, int events, String createdBy, Instant createdAt) {}
