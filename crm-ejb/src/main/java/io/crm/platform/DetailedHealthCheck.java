package io.crm.platform;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * A readiness check whose figures are for operators only. The server's {@code /health}, which answers without a login,
 * shows each check's name and UP or DOWN; the figures and any error (database product, document counts, lags,
 * exception messages) are shown by {@link HealthDetails} to callers with job:operate.
 */
public abstract class DetailedHealthCheck implements HealthCheck {

    private final String name;

    protected DetailedHealthCheck(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    /** The check with its figures. */
    public abstract HealthCheckResponse details();

    /** The status alone; a check that cannot run is DOWN, its error kept for {@link HealthDetails}. */
    @Override
    public HealthCheckResponse call() {
        try {
            return HealthCheckResponse.named(name)
                    .status(details().getStatus() == HealthCheckResponse.Status.UP)
                    .build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named(name).down().build();
        }
    }
}
