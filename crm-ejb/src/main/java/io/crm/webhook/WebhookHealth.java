package io.crm.webhook;

import io.crm.platform.DetailedHealthCheck;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Webhook delivery: down while a subscription is paused because its receiver kept failing (an operator must look,
 * then resume it with a PATCH), with the deliveries waiting and dead.
 */
@Readiness
@ApplicationScoped
public class WebhookHealth extends DetailedHealthCheck {

    @EJB
    WebhookDeliveries deliveries;

    public WebhookHealth() {
        super("crm-webhooks");
    }

    @Override
    public HealthCheckResponse details() {
        WebhookDeliveries.Backlog backlog = deliveries.backlog();
        return HealthCheckResponse.named(name())
                .status(backlog.pausedSubscriptions() == 0)
                .withData("pausedSubscriptions", backlog.pausedSubscriptions())
                .withData("deliveriesWaiting", backlog.pendingDeliveries())
                .withData("deliveriesDead", backlog.deadDeliveries())
                .build();
    }
}
