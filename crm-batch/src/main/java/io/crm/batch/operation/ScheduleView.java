package io.crm.batch.operation;

import io.crm.schedule.JobSchedule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A schedule as operators see it, with its next fire times (none while disabled) and its last fire. */
public record ScheduleView(
        long id,
        long version,
        String jobName,
        String cron,
        String timeZone,
        Map<String, Object> parameters,
        boolean enabled,
        List<Instant> nextFireTimes,
        Instant lastFireAt,
        Long lastExecutionId,
        String lastOutcome,
        String createdBy,
        Instant createdAt,
        Instant updatedAt) {

    static final int NEXT_FIRES_SHOWN = 5;

    static ScheduleView of(JobSchedule s) {
        List<Instant> next = new ArrayList<>();
        if (s.enabled() && s.nextFireAt() != null) {
            Instant first = s.nextFireAt().toInstant();
            next.add(first);
            next.addAll(CronExpression.parse(s.cron(), s.timeZone()).next(first, NEXT_FIRES_SHOWN - 1));
        }
        return new ScheduleView(
                s.id(),
                s.version(),
                s.jobName(),
                s.cron(),
                s.timeZone(),
                ScheduleParameters.read(s.parameters()),
                s.enabled(),
                next,
                s.lastFireAt() == null ? null : s.lastFireAt().toInstant(),
                s.lastExecutionId(),
                s.lastOutcome() == null ? null : s.lastOutcome().name(),
                s.createdBy(),
                s.createdAt().toInstant(),
                s.updatedAt().toInstant());
    }
}
