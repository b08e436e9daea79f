package io.crm.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How webhooks are delivered, as the deployment configures it (MicroProfile Config; environment CRM_WEBHOOKS_…). */
@ApplicationScoped
public class WebhookSettings {

    @Inject
    @ConfigProperty(name = "crm.webhooks.allow")
    Optional<String> allow;

    @Inject
    @ConfigProperty(name = "crm.webhooks.first-retry", defaultValue = "PT5S")
    String firstRetry;

    @Inject
    @ConfigProperty(name = "crm.webhooks.give-up-after", defaultValue = "PT24H")
    String giveUpAfter;

    @Inject
    @ConfigProperty(name = "crm.webhooks.pause-after", defaultValue = "PT12H")
    String pauseAfter;

    @Inject
    @ConfigProperty(name = "crm.webhooks.connect-timeout", defaultValue = "PT5S")
    String connectTimeout;

    @Inject
    @ConfigProperty(name = "crm.webhooks.read-timeout", defaultValue = "PT10S")
    String readTimeout;

    @Inject
    @ConfigProperty(name = "crm.webhooks.delivery-retention", defaultValue = "P30D")
    String deliveryRetention;

    @Inject
    @ConfigProperty(name = "crm.webhooks.prune-every", defaultValue = "PT1H")
    String pruneEvery;

    public WebhookTargets targets() {
        return WebhookTargets.of(allow.orElse(""));
    }

    public RetrySchedule retries() {
        return new RetrySchedule(Duration.parse(firstRetry), Duration.parse(giveUpAfter));
    }

    public Duration pauseAfter() {
        return Duration.parse(pauseAfter);
    }

    public Duration connectTimeout() {
        return Duration.parse(connectTimeout);
    }

    public Duration readTimeout() {
        return Duration.parse(readTimeout);
    }

    /** How long delivered and dead deliveries are kept (from when they were queued or last replayed). */
    public Duration deliveryRetention() {
        return Duration.parse(deliveryRetention);
    }

    /** How often each instance removes the deliveries kept long enough. */
    public Duration pruneEvery() {
        return Duration.parse(pruneEvery);
    }
}
