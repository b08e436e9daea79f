package io.crm.batch.operation;

import jakarta.batch.runtime.JobExecution;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One execution of a job as operators follow it: state, times, parameters, its steps with their counts, and, when
 * its chunk step knows how many items it reads from where it started (a restart: from its checkpoint), that total
 * and the progress (0 to 1); for a failed one, the cause its failing step recorded.
 */
public record ExecutionView(long id, long instanceId, String jobName, String status, String exitStatus, Instant createTime,
                            Instant startTime, Instant endTime, Map<String, String> parameters, List<StepView> steps,
                            Long itemTotal, Double progress, String failureReason) {

    static ExecutionView of(JobExecution e, long instanceId, List<StepView> steps, Long total, long done) {
        Map<String, String> parameters = new TreeMap<>();
        if (e.getJobParameters() != null) {
            e.getJobParameters().stringPropertyNames().forEach(k -> parameters.put(k, e.getJobParameters().getProperty(k)));
        }
        Double progress = null;
        if (total != null && total > 0) {
            progress = Math.min(1.0, done / (double) total);
        }
        if ("COMPLETED".equals(e.getBatchStatus().name())) {
            progress = 1.0;
        }
        return new ExecutionView(e.getExecutionId(), instanceId, e.getJobName(), e.getBatchStatus().name(), e.getExitStatus(),
                instant(e.getCreateTime()), instant(e.getStartTime()), instant(e.getEndTime()), parameters, steps, total, progress,
                steps.stream().map(StepView::exitStatus).filter(s -> s != null && s.startsWith(FailureReason.PREFIX))
                        .map(s -> s.substring(FailureReason.PREFIX.length())).findFirst().orElse(null));
    }

    static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
