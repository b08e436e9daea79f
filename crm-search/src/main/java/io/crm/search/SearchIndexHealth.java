package io.crm.search;

import io.crm.indexing.SearchBacklog;
import io.crm.platform.DetailedHealthCheck;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * How current this instance's search index is: the lag (age of the oldest change not applied), changes waiting,
 * records being retried and records whose indexing failed for good. Down when a record failed for good (an
 * operator must look, then replay), when the lag passes {@code crm.health.max-index-lag-seconds} (default a minute),
 * when the index is not open, or while the index is rebuilt because it could
 * not catch up. A rebuild of an index written in an older format (after an upgrade) leaves it up: the index is
 * current meanwhile, and every instance upgraded at once must not all leave service.
 */
@Readiness
@ApplicationScoped
public class SearchIndexHealth extends DetailedHealthCheck {

    @Inject
    @ConfigProperty(name = "crm.health.max-index-lag-seconds", defaultValue = "60")
    long maxLagSeconds;

    @EJB
    SearchIndex index;

    public SearchIndexHealth() {
        super("crm-search-index");
    }

    @Override
    public HealthCheckResponse details() {
        try {
            SearchBacklog backlog = index.backlog();
            Duration maxLag = Duration.ofSeconds(Math.max(0, maxLagSeconds));
            long documents = index.documentCount(); // fails on an index that is not open
            boolean up = backlog.failed() == 0 && backlog.lag().compareTo(maxLag) <= 0 && !index.missesChanges();
            return HealthCheckResponse.named(name())
                    .status(up)
                    .withData("lagMillis", backlog.lag().toMillis())
                    .withData("maxLagMillis", maxLag.toMillis())
                    .withData("eventsWaiting", backlog.waiting())
                    .withData("eventsRetrying", backlog.retrying())
                    .withData("eventsFailed", backlog.failed())
                    .withData("documents", documents)
                    .withData("rebuilding", index.rebuilding())
                    .build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named(name())
                    .down()
                    .withData("error", String.valueOf(e.getMessage()))
                    .build();
        }
    }
}
