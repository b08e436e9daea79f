package io.crm.batch.operation;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobSecurityException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import java.util.Comparator;

/**
 * The state of the work a user asked for (an export, an import) as the batch runtime holds it: that of the latest
 * execution of the job instance its first execution began, since a restart is a new execution of the same instance.
 */
final class LatestExecution {

    /** The state of work whose job has not been started yet. */
    static final String NOT_STARTED = "STARTING";

    private LatestExecution() {}

    /** STARTING (no execution yet), STARTED, STOPPING, STOPPED, FAILED, COMPLETED, ABANDONED, or UNKNOWN. */
    static String state(Long firstExecutionId) {
        if (firstExecutionId == null) {
            return NOT_STARTED;
        }
        JobOperator operator = BatchRuntime.getJobOperator();
        try {
            return operator.getJobExecutions(operator.getJobInstance(firstExecutionId)).stream()
                    .max(Comparator.comparingLong(JobExecution::getExecutionId))
                    .map(e -> e.getBatchStatus().name())
                    .orElse(NOT_STARTED);
        } catch (NoSuchJobExecutionException | JobSecurityException gone) {
            return "UNKNOWN";
        }
    }
}
