package io.crm.batch.operation;

import java.util.Map;

/** A schedule as an operator writes it; null fields of a change keep their value. */
public record ScheduleData(
        String jobName, String cron, String timeZone, Map<String, Object> parameters, Boolean enabled) {}
