package io.crm.rest.job;

import io.crm.common.InvalidInputException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How to start a job: its parameters by name; those left out take their defaults, the job checks the values. */
@Schema(name = "JobStartRequest")
public record JobStartRequest(
        @Schema(description = "Parameter names and values (strings or numbers)")
        JsonValue parameters) {

    Map<String, Object> values() {
        return values(parameters);
    }

    /** Parameters as the job operations take them: numbers as decimals, strings as they are; none is an empty map. */
    static Map<String, Object> values(JsonValue parameters) {
        if (parameters == null || parameters == JsonValue.NULL) {
            return Map.of();
        }
        if (!(parameters instanceof JsonObject object)) {
            throw new InvalidInputException("parameters", "must be an object of parameter names and values");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        object.forEach((name, v) -> values.put(
                name,
                v instanceof JsonNumber n
                        ? n.bigDecimalValue()
                        : v instanceof JsonString s ? s.getString() : v.toString()));
        return values;
    }
}
