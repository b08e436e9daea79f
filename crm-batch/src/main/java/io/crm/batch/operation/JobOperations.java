package io.crm.batch.operation;

import io.crm.audit.AuditAction;
import io.crm.audit.AuditTrail;
import io.crm.audit.Change;
import io.crm.common.ConflictException;
import io.crm.common.Cursor;
import io.crm.common.Page;
import io.crm.common.PageRequest;
import io.crm.common.RecordNotFoundException;
import io.crm.permission.Caller;
import io.crm.permission.CurrentCaller;
import io.crm.permission.Permission;
import io.crm.permission.Requires;
import io.crm.permission.Unguarded;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobSecurityException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.NamingException;

/**
 * What batch administrators do with jobs (job:operate): list them, start one with checked parameters, follow
 * executions, stop and restart them. Every start, stop and restart is audited with the user.
 */
@Stateless
public class JobOperations {

    static final String LIST = "job-executions";
    static final String AUDITED = "job-execution";
    /** The most recent instances of each job that listings look at. */
    private static final int RECENT_INSTANCES = 1000;

    private static final Logger LOG = Logger.getLogger(JobOperations.class.getName());

    @Inject
    CurrentCaller currentCaller;

    @EJB
    AuditTrail audit;

    @EJB
    RunningSteps running;

    @Inject
    JobCatalog catalog;

    @Inject
    JobRepository repository;

    @Requires(Permission.JOB_OPERATE)
    public List<JobDefinition> jobs() {
        return catalog.jobs();
    }

    /** Starts an execution; an unknown job or a bad parameter is a 400 and starts nothing. */
    @Requires(Permission.JOB_OPERATE)
    public long start(String jobName, Map<String, Object> parameters) {
        Caller caller = currentCaller.get();
        return start(caller.userId(), catalog.require("jobName", jobName), parameters);
    }

    /** Starts the execution a schedule asks for, audited as the scheduler with the schedule's id. */
    @Unguarded("the scheduler starts what a schedule asks for, as the system")
    public long startScheduled(String actor, long scheduleId, JobDefinition job, Map<String, Object> parameters) {
        return start(actor, job, parameters, Map.of("scheduleId", new Change(null, Long.toString(scheduleId))));
    }

    /** Records that a schedule's fire was skipped because its last execution was still running. */
    @Unguarded("the scheduler records a fire it skipped, as the system")
    public void recordSkip(String actor, long scheduleId, long runningExecution) {
        audit.recordWrite(
                actor,
                AuditAction.UPDATE,
                ScheduleService.AUDITED,
                Long.toString(scheduleId),
                Map.of("skippedFire", new Change(null, "execution " + runningExecution + " still running")));
    }

    /**
     * Starts the job of work a user asked for (an import, an export), audited as that user. Every start goes through
     * here, so that the batch runtime tags every execution alike and the job routes reach them all.
     */
    @Unguarded("an import or an export starts its job once its own service checked and recorded the request")
    public long startRequested(String jobName, Map<String, Object> parameters) {
        return start(currentCaller.get().userId(), catalog.require("jobName", jobName), parameters);
    }

    /** The state of the work whose job instance began with the given execution ({@link LatestExecution}). */
    @Unguarded("the import and export services answer their own caller's work")
    public String latestState(Long firstExecutionId) {
        return LatestExecution.state(firstExecutionId);
    }

    private long start(String actor, JobDefinition job, Map<String, Object> parameters) {
        return start(actor, job, parameters, Map.of());
    }

    /** Starts an execution for an actor (a user, or the scheduler), audited. */
    private long start(String actor, JobDefinition job, Map<String, Object> parameters, Map<String, Change> context) {
        Properties properties = job.properties(parameters);
        long execution = operator().start(job.name(), properties);
        adoptEarlierInstances(execution);
        Map<String, Change> changes = new LinkedHashMap<>(context);
        changes.put("jobName", new Change(null, job.name()));
        properties.stringPropertyNames().stream()
                .sorted()
                .forEach(k -> changes.put("parameters." + k, new Change(null, properties.getProperty(k))));
        audit.recordWrite(actor, AuditAction.CREATE, AUDITED, Long.toString(execution), changes);
        return execution;
    }

    /** Executions of the CRM's jobs, newest first, optionally of one job and in one state. */
    @Requires(Permission.JOB_OPERATE)
    public Page<ExecutionView> executions(String jobName, BatchStatus status, PageRequest page) {
        List<String> names = jobName == null
                ? catalog.jobs().stream().map(JobDefinition::name).toList()
                : List.of(catalog.require("jobName", jobName).name());
        String fingerprint = Cursor.fingerprint(jobName, status);
        long before = page.cursor() == null
                ? Long.MAX_VALUE
                : Cursor.decode(page.cursor(), LIST, fingerprint).positionAsLong();
        JobOperator operator = operator();
        List<JobExecution> found = new ArrayList<>();
        Map<Long, Long> instanceOf = new LinkedHashMap<>();
        for (String name : names) {
            List<JobInstance> instances;
            try {
                instances = operator.getJobInstances(name, 0, RECENT_INSTANCES);
            } catch (NoSuchJobException neverRan) {
                continue;
            }
            for (JobInstance instance : instances) {
                for (JobExecution e : operator.getJobExecutions(instance)) {
                    if (e.getExecutionId() < before && (status == null || e.getBatchStatus() == status)) {
                        found.add(e);
                        instanceOf.put(e.getExecutionId(), instance.getInstanceId());
                    }
                }
            }
        }
        found.sort(Comparator.comparingLong(JobExecution::getExecutionId).reversed());
        return Page.of(found, page, LIST, fingerprint, e -> Long.toString(e.getExecutionId()))
                .map(e -> view(operator, e, instanceOf.get(e.getExecutionId())));
    }

    @Requires(Permission.JOB_OPERATE)
    public ExecutionView execution(long id) {
        JobOperator operator = operator();
        JobExecution e = find(operator, id);
        return view(operator, e, operator.getJobInstance(id).getInstanceId());
    }

    /** Asks a running execution to stop at its next checkpoint; one that is not running is a 409. */
    @Requires(Permission.JOB_OPERATE)
    public ExecutionView stop(long id) {
        Caller caller = currentCaller.get();
        JobOperator operator = operator();
        BatchStatus status = find(operator, id).getBatchStatus(); // jbatch reads it afresh on every call
        if (!ExecutionView.RUNNING.contains(status)) {
            throw new ConflictException("Execution " + id + " is " + status + ", not running.", Map.of());
        }
        operator.stop(id);
        audit.recordWrite(
                caller.userId(),
                AuditAction.UPDATE,
                AUDITED,
                Long.toString(id),
                Map.of("status", new Change(status.name(), "STOPPING")));
        return execution(id);
    }

    /**
     * Restarts a stopped or failed execution from its last checkpoint, with the parameters it had; returns the
     * new execution. Any other is a 409 (only the latest execution of an instance can be restarted).
     */
    @Requires(Permission.JOB_OPERATE)
    public long restart(long id) {
        Caller caller = currentCaller.get();
        JobOperator operator = operator();
        JobExecution e = find(operator, id);
        BatchStatus status = e.getBatchStatus();
        if (status != BatchStatus.STOPPED && status != BatchStatus.FAILED) {
            throw new ConflictException(
                    "Execution " + id + " is " + status + "; only a stopped or failed one restarts.", Map.of());
        }
        long restarted;
        try {
            restarted = operator.restart(id, e.getJobParameters() == null ? new Properties() : e.getJobParameters());
        } catch (jakarta.batch.operations.JobRestartException
                | jakarta.batch.operations.JobExecutionNotMostRecentException
                | jakarta.batch.operations.JobExecutionAlreadyCompleteException refused) {
            throw new ConflictException("Execution " + id + " cannot be restarted: " + refused.getMessage(), Map.of());
        }
        audit.recordWrite(
                caller.userId(),
                AuditAction.CREATE,
                AUDITED,
                Long.toString(restarted),
                Map.of("restartOf", new Change(null, Long.toString(id)), "jobName", new Change(null, e.getJobName())));
        return restarted;
    }

    /** Whether an execution is still going (for the scheduler's overlap rule). */
    @Unguarded("the scheduler asks whether a schedule's last execution still runs")
    public boolean running(long id) {
        try {
            return ExecutionView.RUNNING.contains(operator().getJobExecution(id).getBatchStatus());
        } catch (NoSuchJobExecutionException gone) {
            return false;
        }
    }

    private JobExecution find(JobOperator operator, long id) {
        try {
            JobExecution e = operator.getJobExecution(id);
            if (catalog.find(e.getJobName()).isEmpty()) {
                throw new RecordNotFoundException(AUDITED, id);
            }
            return e;
        } catch (NoSuchJobExecutionException | JobSecurityException e) {
            throw new RecordNotFoundException(AUDITED, id);
        }
    }

    /** See {@link JobRepository#adoptInstancesOf}; a failure leaves the start as it is and is logged. */
    private void adoptEarlierInstances(long execution) {
        try {
            int adopted = repository.adoptInstancesOf(execution);
            if (adopted > 0) {
                LOG.info(() -> adopted + " job instances of an earlier deployment are readable again");
            }
        } catch (SQLException | NamingException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not make earlier job instances readable after execution " + execution, e);
        }
    }

    private ExecutionView view(JobOperator operator, JobExecution e, long instanceId) {
        ExecutionView.State state = ExecutionView.State.of(e);
        return ExecutionView.of(
                e, state, instanceId, operator.getStepExecutions(e.getExecutionId()), running.of(e.getExecutionId()));
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
