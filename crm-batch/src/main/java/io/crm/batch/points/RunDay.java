package io.crm.batch.points;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.context.JobContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Date;

/** When a run first started: a restart goes on as of the same moment. */
final class RunDay {

    private RunDay() {}

    static Instant firstStart(JobContext job) {
        var operator = BatchRuntime.getJobOperator();
        return operator.getJobExecutions(operator.getJobInstance(job.getExecutionId())).stream()
                .map(JobExecution::getCreateTime)
                .min(Comparator.naturalOrder())
                .map(Date::toInstant)
                .orElseThrow();
    }

    static LocalDate of(JobContext job) {
        return firstStart(job).atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
