package io.crm.webhook;

/** A subscription and its new signing secret ({@code whsec_…}), which is shown this once. */
public record CreatedWebhook(WebhookView webhook, String secret) {}
