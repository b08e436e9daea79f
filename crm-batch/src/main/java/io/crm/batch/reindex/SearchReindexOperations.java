package io.crm.batch.reindex;

import io.crm.audit.AuditAction;
import io.crm.audit.AuditTrail;
import io.crm.audit.Change;
import io.crm.common.RecordNotFoundException;
import io.crm.permission.Caller;
import io.crm.permission.CurrentCaller;
import io.crm.permission.Guard;
import io.crm.permission.Permission;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.Properties;

/** Operators start the search-reindex job and follow it (job:operate); every start is audited. */
@Stateless
public class SearchReindexOperations {

    @Inject
    CurrentCaller currentCaller;

    @EJB
    AuditTrail audit;

    /** Starts a rebuild: the index is built beside the live one, which keeps answering; returns the execution id. */
    public long start() {
        Caller caller = currentCaller.get();
        Guard.require(caller, Permission.JOB_OPERATE);
        long execution = BatchRuntime.getJobOperator().start(SearchReindexJob.NAME, new Properties());
        audit.recordWrite(caller.userId(), AuditAction.CREATE, "job-execution", Long.toString(execution),
                Map.of("jobName", new Change(null, SearchReindexJob.NAME)));
        return execution;
    }

    /** The batch status of a reindex execution (STARTING, STARTED, COMPLETED, FAILED, ...). */
    public String status(long execution) {
        Guard.require(currentCaller.get(), Permission.JOB_OPERATE);
        try {
            JobExecution job = BatchRuntime.getJobOperator().getJobExecution(execution);
            if (!SearchReindexJob.NAME.equals(job.getJobName())) {
                throw new RecordNotFoundException("reindex execution", execution);
            }
            return job.getBatchStatus().name();
        } catch (NoSuchJobExecutionException e) {
            throw new RecordNotFoundException("reindex execution", execution);
        }
    }
}
