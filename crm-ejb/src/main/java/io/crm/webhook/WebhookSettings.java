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
}
