package io.crm.webhook;

import java.time.Instant;
import java.util.List;

/** A subscription as its managers see it; the secret is never part of it. */
public record WebhookView(
        long id,
        long version,
        String url,
        List<String> events,
        String actAs,
        WebhookStatus status,
        String pausedReason,
        Instant failingSince,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        /** Until when the secret before the last rotation still signs beside the current one; null: it does not. */
        Instant previousSecretUntil) {}
