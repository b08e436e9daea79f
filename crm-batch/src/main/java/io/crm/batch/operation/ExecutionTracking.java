package io.crm.batch.operation;

import io.crm.batch.ModuleBeans;
import io.crm.events.JobFinished;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Listed in every job (by class name): notes which instance runs the execution for {@link ExecutionRecovery}, and
 * counts it in {@link JobMetrics} when it ends, by the status it ends with, and tells the platform ({@link JobFinished}). The batch runtime calls it before it
 * writes that status, so a job still STARTED here completes.
 */
public class ExecutionTracking extends AbstractJobListener {

    private static final Logger LOG = Logger.getLogger(ExecutionTracking.class.getName());

    @Inject
    JobContext job;

    private long started;

    @Override
    public void beforeJob() {
        started = System.nanoTime();
        ModuleBeans.executionRecovery().began(job.getExecutionId(), job.getJobName());
    }

    @Override
    public void afterJob() {
        BatchStatus status = switch (job.getBatchStatus()) {
            case FAILED -> BatchStatus.FAILED;
            case STOPPING, STOPPED -> BatchStatus.STOPPED;
            default -> BatchStatus.COMPLETED;
        };
        ModuleBeans.jobMetrics().ended(job.getJobName(), status, Duration.ofNanos(System.nanoTime() - started));
        ModuleBeans.executionRecovery().ended(job.getExecutionId());
        try {
            // the batch runtime injects its contexts into listeners, not CDI's Event: fired through the bean manager
            CDI.current()
                    .getBeanManager()
                    .getEvent()
                    .fire(new JobFinished(job.getJobName(), job.getExecutionId(), status.name(), Instant.now()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "An observer of JobFinished failed; the job's status stands", e);
        }
    }
}
