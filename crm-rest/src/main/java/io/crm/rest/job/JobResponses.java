package io.crm.rest.job;

import io.crm.batch.operation.ExecutionView;
import io.crm.batch.operation.JobDefinition;
import io.crm.batch.operation.ScheduleView;
import io.crm.batch.operation.StepView;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of jobs, executions and schedules. */
final class JobResponses {

    private JobResponses() {}

    /** A job operators may run. */
    @Schema(name = "Job")
    @JsonbPropertyOrder({"name", "description", "restart", "parameters"})
    public static class Job {
        public final String name;
        public final String description;

        @Schema(description = "What a restart of a stopped or failed execution does")
        public final String restart;

        public final List<Parameter> parameters;

        Job(JobDefinition d) {
            name = d.name();
            description = d.description();
            restart = d.restart();
            parameters = d.parameters().stream().map(Parameter::new).toList();
        }
    }

    /** Every job operators may run. */
    @Schema(name = "JobList")
    public static class Jobs {
        public final List<Job> items;

        Jobs(List<JobDefinition> jobs) {
            items = jobs.stream().map(Job::new).toList();
        }
    }

    /** One parameter of a job: a whole number. */
    @Schema(name = "JobParameter")
    @JsonbPropertyOrder({"name", "type", "description", "default", "minimum", "maximum"})
    public static class Parameter {
        public final String name;
        public final String type = "integer";
        public final String description;

        @jakarta.json.bind.annotation.JsonbProperty("default")
        @Schema(nullable = true, description = "null: the parameter is required")
        @JsonbNillable
        public final Long defaultValue;

        public final long minimum;
        public final long maximum;

        Parameter(io.crm.batch.operation.JobParameter p) {
            name = p.name();
            description = p.description();
            defaultValue = p.defaultValue();
            minimum = p.min();
            maximum = p.max();
        }
    }

    /** One execution of a job. */
    @Schema(name = "JobExecution")
    @JsonbPropertyOrder({
        "id",
        "instanceId",
        "jobName",
        "status",
        "exitStatus",
        "failureReason",
        "itemTotal",
        "progress",
        "createTime",
        "startTime",
        "endTime",
        "parameters",
        "steps"
    })
    public static class Execution {
        public final String id;
        public final String instanceId;
        public final String jobName;

        @Schema(description = "STARTING, STARTED, STOPPING, STOPPED, FAILED, COMPLETED or ABANDONED")
        public final String status;

        public final String exitStatus;

        @Schema(nullable = true, description = "Why it failed: the cause its failing step recorded")
        public final String failureReason;

        @Schema(
                nullable = true,
                description =
                        "Items the chunk step reads in this execution (from the checkpoint on a restart), when known")
        public final Long itemTotal;

        @Schema(nullable = true, description = "0 to 1, when itemTotal is known")
        public final Double progress;

        public final Instant createTime;
        public final Instant startTime;
        public final Instant endTime;
        public final Map<String, String> parameters;
        public final List<Step> steps;

        Execution(ExecutionView e) {
            id = Long.toString(e.id());
            instanceId = Long.toString(e.instanceId());
            jobName = e.jobName();
            status = e.status();
            exitStatus = e.exitStatus();
            failureReason = e.failureReason();
            itemTotal = e.itemTotal();
            progress = e.progress();
            createTime = e.createTime();
            startTime = e.startTime();
            endTime = e.endTime();
            parameters = e.parameters();
            steps = e.steps().stream().map(Step::new).toList();
        }

        /** One page of executions, for the OpenAPI document. */
        @Schema(name = "JobExecutionPage")
        public static class Page {
            public List<Execution> items;

            @Schema(nullable = true, description = "Cursor of the next page; null on the last page")
            public String next;
        }
    }

    /** One step of an execution, with its counts (readCount, writeCount, commitCount, rollbackCount, skip counts...). */
    @Schema(name = "JobStep")
    @JsonbPropertyOrder({"name", "status", "exitStatus", "startTime", "endTime", "counts"})
    public static class Step {
        public final String name;
        public final String status;
        public final String exitStatus;
        public final Instant startTime;
        public final Instant endTime;
        public final Map<String, Long> counts;

        Step(StepView s) {
            name = s.name();
            status = s.status();
            exitStatus = s.exitStatus();
            startTime = s.startTime();
            endTime = s.endTime();
            counts = new TreeMap<>();
            s.metrics().forEach((type, value) -> counts.put(camel(type.name()), value));
        }

        private static String camel(String metric) {
            StringBuilder sb = new StringBuilder();
            boolean upper = false;
            for (char c : metric.toLowerCase().toCharArray()) {
                if (c == '_') {
                    upper = true;
                } else {
                    sb.append(upper ? Character.toUpperCase(c) : c);
                    upper = false;
                }
            }
            return sb.toString();
        }
    }

    /** A job's cron schedule. */
    @Schema(name = "Schedule")
    @JsonbPropertyOrder({
        "id",
        "jobName",
        "cron",
        "timeZone",
        "parameters",
        "enabled",
        "nextFireTimes",
        "lastFireAt",
        "lastExecutionId",
        "lastOutcome",
        "createdBy",
        "createdAt",
        "updatedAt"
    })
    public static class Schedule {
        @Schema(readOnly = true)
        public final String id;

        @Schema(required = true, description = "A job of GET /jobs; cannot change")
        public final String jobName;

        @Schema(
                required = true,
                description = "Five fields: minute hour day-of-month month day-of-week",
                example = "0 2 * * *")
        public final String cron;

        @Schema(description = "Time zone id of the cron; default UTC", example = "Asia/Shanghai")
        public final String timeZone;

        @Schema(description = "Job parameters, checked like a manual start")
        public final Map<String, Object> parameters;

        @Schema(description = "Default true")
        public final boolean enabled;

        @Schema(
                type = SchemaType.ARRAY,
                implementation = Instant.class,
                readOnly = true,
                description = "The next five fire times (none while disabled)")
        public final List<Instant> nextFireTimes;

        @Schema(readOnly = true)
        public final Instant lastFireAt;

        @Schema(readOnly = true)
        public final String lastExecutionId;

        @Schema(
                readOnly = true,
                description = "STARTED, SKIPPED_OVERLAP (the last execution was still running) or FAILED_TO_START")
        public final String lastOutcome;

        @Schema(readOnly = true)
        public final String createdBy;

        @Schema(readOnly = true)
        public final Instant createdAt;

        @Schema(readOnly = true)
        public final Instant updatedAt;

        Schedule(ScheduleView s) {
            id = Long.toString(s.id());
            jobName = s.jobName();
            cron = s.cron();
            timeZone = s.timeZone();
            parameters = s.parameters();
            enabled = s.enabled();
            nextFireTimes = s.nextFireTimes();
            lastFireAt = s.lastFireAt();
            lastExecutionId = s.lastExecutionId() == null ? null : Long.toString(s.lastExecutionId());
            lastOutcome = s.lastOutcome();
            createdBy = s.createdBy();
            createdAt = s.createdAt();
            updatedAt = s.updatedAt();
        }

        /** One page of schedules, for the OpenAPI document. */
        @Schema(name = "SchedulePage")
        public static class Page {
            public List<Schedule> items;

            @Schema(nullable = true, description = "Cursor of the next page; null on the last page")
            public String next;
        }
    }
}
