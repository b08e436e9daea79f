package io.crm.segment;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;

/** The survey a stored survey-dispatch schedule sends, read from its parameters ({"surveyId": 12, ...}). */
final class ScheduledSurvey {

    private static final JsonProvider JSON = JsonProvider.provider();

    private ScheduledSurvey() {}

    /** The survey id, or null when the parameters name none. */
    static Long of(String parameters) {
        if (parameters == null) {
            return null;
        }
        try (var reader = JSON.createReader(new StringReader(parameters))) {
            JsonValue value = reader.readValue();
            if (value instanceof JsonObject object
                    && object.get("surveyId") instanceof JsonNumber n
                    && n.isIntegral()) {
                return n.longValue();
            }
        } catch (JsonParsingException unreadable) {
            return null;
        }
        return null;
    }
}
