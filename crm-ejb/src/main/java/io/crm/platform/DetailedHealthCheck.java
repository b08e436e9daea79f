package io.crm.platform;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * A readiness check whose figures are for operators only. The server's {@code /health}, which answers without a login,
 * shows each check's name and UP or DOWN; the figures and any error (database product, document counts, lags,
 * exception messages) are shown by {@link HealthDetails} to callers with job:operate.
 */
public abstract class DetailedHealthCheck implements HealthCheck {

    /** The check with its figures. */
    public abstract HealthCheckResponse details();

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponse details = details();
        return HealthCheckResponse.named(details.getName()).status(details.getStatus() == HealthCheckResponse.Status.UP).build();
    }
}
