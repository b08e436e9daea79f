package io.crm.webhook;

/** ACTIVE subscriptions are delivered to; PAUSED ones (by hand, or after failing too long) keep their events waiting. */
public enum WebhookStatus {
    ACTIVE,
    PAUSED
}
