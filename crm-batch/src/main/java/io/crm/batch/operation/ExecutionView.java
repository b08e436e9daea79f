package io.crm.batch.operation;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * One execution of a job as operators follow it: state, times, parameters, its steps with their counts, and, when
 * its chunk step knows how many items it reads from where it started (a restart: from its checkpoint), that total
 * and the progress (0 to 1); for a failed one, the cause its failing step recorded.
 */
public record ExecutionView(
        long id,
        long instanceId,
        String jobName,
        String status,
        String exitStatus,
        Instant createTime,
        Instant startTime,
        Instant endTime,
        Map<String, String> parameters,
        List<StepView> steps,
        Long itemTotal,
        Double progress,
        String failureReason) {

    /** The statuses of an execution that has not ended yet; any other is final. */
    static final Set<BatchStatus> RUNNING = Set.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING);

    /**
     * An execution's state as read once. jbatch reads status, exit status and end time from the repository again on
     * every call, and records a step's end before its job's: read before the steps, a state that says the execution
     * ended comes with the steps' final counts.
     */
    record State(BatchStatus status, String exitStatus, Date endTime) {

        static State of(JobExecution e) {
            return new State(e.getBatchStatus(), e.getExitStatus(), e.getEndTime());
        }

        boolean ended() {
            return !RUNNING.contains(status);
        }
    }

    /**
     * The view of an execution from its state, its steps read after it, and what this instance saw of its chunk step.
     * Until the state says it ended, the live figures count; after, the repository's.
     */
    static ExecutionView of(
            JobExecution e,
            State state,
            long instanceId,
            List<StepExecution> steps,
            Optional<RunningSteps.Progress> live) {
        List<StepView> stepViews = steps.stream().map(StepView::of).toList();
        Long total = null;
        long done;
        if (live.isPresent() && !state.ended()) {
            total = live.get().total();
            done = live.get().done();
        } else {
            for (StepExecution step : steps) {
                if (step.getPersistentUserData() instanceof ItemTotal t) {
                    total = t.total();
                }
            }
            done = stepViews.stream()
                    .mapToLong(v -> v.count(Metric.MetricType.WRITE_COUNT))
                    .sum();
        }
        Map<String, String> parameters = new TreeMap<>();
        if (e.getJobParameters() != null) {
            e.getJobParameters()
                    .stringPropertyNames()
                    .forEach(k -> parameters.put(k, e.getJobParameters().getProperty(k)));
        }
        Double progress = null;
        if (total != null && total > 0) {
            progress = Math.min(1.0, done / (double) total);
        }
        if (state.status() == BatchStatus.COMPLETED) {
            progress = 1.0;
        }
        return new ExecutionView(
                e.getExecutionId(),
                instanceId,
                e.getJobName(),
                state.status().name(),
                state.exitStatus(),
                instant(e.getCreateTime()),
                instant(e.getStartTime()),
                instant(state.endTime()),
                parameters,
                stepViews,
                total,
                progress,
                stepViews.stream()
                        .map(StepView::exitStatus)
                        .filter(s -> s != null && s.startsWith(FailureReason.PREFIX))
                        .map(s -> s.substring(FailureReason.PREFIX.length()))
                        .findFirst()
                        .orElse(null));
    }

    static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
