package io.crm.audit;

import io.crm.common.Times;
import io.crm.platform.DetailedHealthCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Whether this instance's read entries reach the audit trail: how many wait and how old the oldest is. Down once
 * the oldest has waited more than a minute: the database refuses them, or reads bring them faster than it takes them.
 */
@Readiness
@ApplicationScoped
public class ReadAuditHealth extends DetailedHealthCheck {

    private static final Duration MAX_AGE = Duration.ofMinutes(1);

    @Inject
    ReadAudit reads;

    public ReadAuditHealth() {
        super("crm-audit-reads");
    }

    @Override
    public HealthCheckResponse details() {
        PendingReads pending = reads.pending();
        Duration oldestWait = pending.oldestWait(Times.now());
        return HealthCheckResponse.named(name())
                .status(oldestWait.compareTo(MAX_AGE) <= 0)
                .withData("readsWaiting", pending.records())
                .withData("oldestWaitingMillis", oldestWait.toMillis())
                .withData("backlogLimit", reads.backlogLimit())
                .build();
    }
}
