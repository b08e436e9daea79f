package io.crm.batch.operation;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

/** Job parameters of a schedule as stored: a JSON object of whole numbers. */
final class ScheduleParameters {

    private static final JsonProvider JSON = JsonProvider.provider();

    private ScheduleParameters() {}

    static String write(Map<String, Object> parameters) {
        JsonObjectBuilder b = JSON.createObjectBuilder();
        parameters.forEach((k, v) -> b.add(k, ((Number) v).longValue()));
        return b.build().toString();
    }

    static Map<String, Object> read(String stored) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        JsonObject object = JSON.createReader(new StringReader(stored)).readObject();
        for (Map.Entry<String, JsonValue> e : object.entrySet()) {
            parameters.put(e.getKey(), ((JsonNumber) e.getValue()).longValue());
        }
        return parameters;
    }
}
