package io.crm.rest.customer;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A customer's custom values between JSON and the plain Java values the service validates: strings, numbers
 * ({@code BigDecimal}), booleans and lists; anything else is passed on for the service to refuse by field.
 */
public final class CustomJson {

    private static final JsonProvider JSON = JsonProvider.provider();

    private CustomJson() {}

    /** The values as sent; a null value is left out (nothing to set). */
    public static Map<String, Object> read(JsonObject custom) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (custom == null) {
            return values;
        }
        custom.forEach((key, value) -> {
            if (value != null && value != JsonValue.NULL) {
                values.put(key, plain(value));
            }
        });
        return values;
    }

    private static Object plain(JsonValue value) {
        if (value instanceof JsonString s) {
            return s.getString();
        }
        if (value instanceof JsonNumber n) {
            return n.bigDecimalValue();
        }
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        if (value instanceof JsonArray array) {
            List<Object> items = new ArrayList<>();
            array.forEach(item -> items.add(plain(item)));
            return items;
        }
        return value;
    }

    /** Typed values (as the service holds them) as JSON; none: null. */
    public static JsonObject write(Map<String, Object> custom) {
        if (custom.isEmpty()) {
            return null;
        }
        JsonObjectBuilder b = JSON.createObjectBuilder();
        custom.forEach((key, value) -> b.add(key, json(value)));
        return b.build();
    }

    private static JsonValue json(Object value) {
        if (value instanceof Boolean b) {
            return b ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Long n) {
            return JSON.createValue(n);
        }
        if (value instanceof BigDecimal d) {
            return JSON.createValue(d);
        }
        if (value instanceof List<?> list) {
            JsonArrayBuilder array = JSON.createArrayBuilder();
            list.forEach(item -> array.add(json(item)));
            return array.build();
        }
        if (value instanceof JsonValue v) {
            return v;
        }
        return JSON.createValue(value.toString());
    }
}
