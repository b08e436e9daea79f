package io.crm.batch.operation;

import jakarta.annotation.PostConstruct;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

/**
 * Job executions that ended on this instance, by job and final status, with their durations:
 * {@code crm_job_executions_seconds{job, status}}. Executions failed after their server was killed count as FAILED
 * on the instance that failed them, with the time from their start.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobMetrics {

    static final List<BatchStatus> ENDS = List.of(BatchStatus.COMPLETED, BatchStatus.FAILED, BatchStatus.STOPPED);
    private static final Metadata EXECUTIONS = Metadata.builder()
            .withName("crm_job_executions")
            .withUnit(MetricUnits.SECONDS)
            .withDescription("Job executions that ended, by job and status, with their durations")
            .build();

    @Inject
    MetricRegistry registry;

    @Inject
    JobCatalog catalog;

    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    @PostConstruct
    void register() {
        for (JobDefinition job : catalog.jobs()) {
            for (BatchStatus status : ENDS) {
                timer(job.name(), status);
            }
        }
    }

    /** An execution ended with this status after running so long. */
    public void ended(String jobName, BatchStatus status, Duration duration) {
        timer(jobName, status).update(duration.isNegative() ? Duration.ZERO : duration);
    }

    private Timer timer(String jobName, BatchStatus status) {
        return timers.computeIfAbsent(
                jobName + ' ' + status,
                k -> registry.timer(EXECUTIONS, new Tag("job", jobName), new Tag("status", status.name())));
    }
}
