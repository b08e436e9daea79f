package io.crm.webhook;

/**
 * An event ready to deliver: its id (the same on every attempt), type, the customer it is about (deliveries of one
 * customer keep their order), its place in that order, and the JSON body.
 */
public record WebhookEvent(String id, WebhookEventType type, String orderKey, long sequence, String payload) {}
