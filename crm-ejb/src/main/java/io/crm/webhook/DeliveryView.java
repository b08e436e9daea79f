package io.crm.webhook;

import java.time.Instant;
import java.util.List;

/** A delivery as the subscription's managers see it, with its attempts, oldest first. */
public record DeliveryView(
        long id,
        long subscriptionId,
        String eventId,
        String eventType,
        DeliveryStatus status,
        int attempts,
        Instant nextAttemptAt,
        Instant createdAt,
        Instant deliveredAt,
        Long replayId,
        List<AttemptView> attemptList) {}
