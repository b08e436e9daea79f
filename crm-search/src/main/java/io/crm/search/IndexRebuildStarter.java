package io.crm.search;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;

import java.util.Properties;

/** Starts the reindex job when the index needs it, unless an execution is already running. */
final class IndexRebuildStarter {

    private IndexRebuildStarter() {
    }

    static void start(String jobName) {
        JobOperator operator = BatchRuntime.getJobOperator();
        try {
            if (!operator.getRunningExecutions(jobName).isEmpty()) {
                return;
            }
        } catch (NoSuchJobException neverRan) {
            // the first execution of the job: nothing running
        }
        operator.start(jobName, new Properties());
    }
}
