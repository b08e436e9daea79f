package io.crm.rest.job;

import io.crm.batch.operation.ScheduleData;
import io.crm.rest.json.ReadOnly;
import jakarta.json.JsonValue;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client writes of a schedule; the job, cron, zone and parameters are checked by the schedule service. */
@Schema(name = "ScheduleRequest", description = "A schedule's writable fields")
@ReadOnly({"id", "nextFireTimes", "lastFireAt", "lastExecutionId", "lastOutcome", "createdBy", "createdAt", "updatedAt"
})
public record ScheduleRequest(
        @Schema(required = true) String jobName,

        @Schema(required = true, description = "Five fields: minute hour day-of-month month day-of-week")
        String cron,

        @Schema(description = "An IANA zone such as Asia/Shanghai; defaults to UTC")
        String timeZone,

        @Schema(description = "Parameter names and values (strings or numbers)")
        JsonValue parameters,

        @Schema(description = "Defaults to true") Boolean enabled) {

    /** The schedule as a request, without its parameters, which a patch that does not send them keeps as they are. */
    static ScheduleRequest of(ScheduleData d) {
        return new ScheduleRequest(d.jobName(), d.cron(), d.timeZone(), null, d.enabled());
    }

    /** The schedule data, with the parameters kept from before, or (null) those of this request. */
    ScheduleData data(Map<String, Object> keptParameters) {
        return new ScheduleData(
                jobName,
                cron,
                timeZone,
                keptParameters != null ? keptParameters : JobStartRequest.values(parameters),
                enabled);
    }
}
