package io.crm.batch.operation;

import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/** One step of an execution: its state, times and item counts. */
public record StepView(
        String name,
        String status,
        String exitStatus,
        Instant startTime,
        Instant endTime,
        Map<Metric.MetricType, Long> metrics) {

    static StepView of(StepExecution step) {
        Map<Metric.MetricType, Long> metrics = new EnumMap<>(Metric.MetricType.class);
        if (step.getMetrics() != null) {
            for (Metric m : step.getMetrics()) {
                metrics.put(m.getType(), m.getValue());
            }
        }
        return new StepView(
                step.getStepName(),
                step.getBatchStatus() == null ? null : step.getBatchStatus().name(),
                step.getExitStatus(),
                ExecutionView.instant(step.getStartTime()),
                ExecutionView.instant(step.getEndTime()),
                metrics);
    }

    long count(Metric.MetricType type) {
        return metrics.getOrDefault(type, 0L);
    }
}
