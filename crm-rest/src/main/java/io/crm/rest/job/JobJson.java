package io.crm.rest.job;

import io.crm.batch.operation.ScheduleData;
import io.crm.common.InvalidInputException;
import io.crm.common.Violation;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Request bodies of job starts and schedules, read strictly: unknown fields and wrong types are 400s. */
final class JobJson {

    static final Set<String> SCHEDULE_FIELDS = Set.of("jobName", "cron", "timeZone", "parameters", "enabled");
    static final Set<String> SCHEDULE_READ_ONLY = Set.of("id", "nextFireTimes", "lastFireAt", "lastExecutionId", "lastOutcome",
            "createdBy", "createdAt", "updatedAt");

    private JobJson() {
    }

    /** {"parameters": {...}} (the body may be absent or empty). */
    static Map<String, Object> startParameters(JsonObject body) {
        if (body == null) {
            return Map.of();
        }
        refuseOthers(body, Set.of("parameters"), Set.of());
        return parameters(body.get("parameters"));
    }

    static ScheduleData schedule(JsonObject body) {
        refuseOthers(body, SCHEDULE_FIELDS, SCHEDULE_READ_ONLY);
        return new ScheduleData(string(body, "jobName"), string(body, "cron"), string(body, "timeZone"),
                body.containsKey("parameters") && !body.isNull("parameters") ? parameters(body.get("parameters")) : null,
                bool(body, "enabled"));
    }

    /** A merge patch onto the current schedule: fields present replace, null resets to the default. */
    static ScheduleData merge(ScheduleData current, JsonObject patch) {
        refuseOthers(patch, SCHEDULE_FIELDS, SCHEDULE_READ_ONLY);
        return new ScheduleData(
                patch.containsKey("jobName") ? string(patch, "jobName") : current.jobName(),
                patch.containsKey("cron") ? string(patch, "cron") : current.cron(),
                patch.containsKey("timeZone") ? string(patch, "timeZone") : current.timeZone(),
                patch.containsKey("parameters") ? (patch.isNull("parameters") ? Map.of() : parameters(patch.get("parameters")))
                        : current.parameters(),
                patch.containsKey("enabled") ? bool(patch, "enabled") : current.enabled());
    }

    private static Map<String, Object> parameters(JsonValue value) {
        if (value == null || value == JsonValue.NULL) {
            return Map.of();
        }
        if (!(value instanceof JsonObject object)) {
            throw new InvalidInputException("parameters", "must be an object of parameter names and values");
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        object.forEach((name, v) -> parameters.put(name, v instanceof JsonNumber n ? n.bigDecimalValue()
                : v instanceof JsonString s ? s.getString() : v.toString()));
        return parameters;
    }

    private static void refuseOthers(JsonObject body, Set<String> writable, Set<String> readOnly) {
        List<Violation> violations = new ArrayList<>();
        for (String key : body.keySet()) {
            if (readOnly.contains(key)) {
                violations.add(new Violation(key, "is read-only"));
            } else if (!writable.contains(key)) {
                violations.add(new Violation(key, "is not a field of this resource"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static String string(JsonObject body, String name) {
        JsonValue v = body.get(name);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (!(v instanceof JsonString s)) {
            throw new InvalidInputException(name, "must be a string");
        }
        return s.getString();
    }

    private static Boolean bool(JsonObject body, String name) {
        JsonValue v = body.get(name);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (v != JsonValue.TRUE && v != JsonValue.FALSE) {
            throw new InvalidInputException(name, "must be true or false");
        }
        return v == JsonValue.TRUE;
    }
}
