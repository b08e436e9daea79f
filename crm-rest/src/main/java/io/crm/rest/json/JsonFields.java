package io.crm.rest.json;

import io.crm.common.InvalidInputException;
import io.crm.common.Text;
import io.crm.common.Violation;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the fields of a JSON request body without coercion: a number is not a string, "yes" is not a boolean,
 * unknown and read-only fields are refused. Every problem is collected, and {@link #done()} reports them all.
 */
public final class JsonFields {

    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,15}(\\.[0-9]{1,10})?");

    private final JsonObject json;
    private final List<Violation> violations = new ArrayList<>();

    public JsonFields(JsonObject json, Set<String> writable, Set<String> readOnly) {
        this.json = json;
        for (String key : json.keySet()) {
            if (readOnly.contains(key)) {
                violations.add(new Violation(key, "is read-only"));
            } else if (!writable.contains(key)) {
                violations.add(new Violation(key, "is not a field of this resource"));
            }
        }
    }

    /** A single-line text: no control characters at all (a line break or tab is refused, not folded into a space). */
    public String string(String name) {
        String text = scalar(name, JsonValue.ValueType.STRING, "a string", v -> ((JsonString) v).getString());
        if (Text.hasControlCharacters(text)) {
            return invalid(name, "must not contain control characters");
        }
        return text;
    }

    /** A text people write over several lines (a note): line breaks and tabs are kept, other control characters refused. */
    public String lines(String name) {
        String text = scalar(name, JsonValue.ValueType.STRING, "a string", v -> ((JsonString) v).getString());
        if (text != null && Text.hasControlCharactersInLines(text)) {
            return invalid(name, "must not contain control characters other than line breaks and tabs");
        }
        return text;
    }

    public Boolean bool(String name) {
        JsonValue value = present(name);
        if (value == null) {
            return null;
        }
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        return invalid(name, "must be true or false");
    }

    /** A whole JSON number within int range; "9" (a string) and 9.5 are refused. */
    public Integer integer(String name) {
        JsonValue value = present(name);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonNumber n && n.isIntegral()
                && n.bigDecimalValue().abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0) {
            return n.intValue();
        }
        return invalid(name, "must be a whole number");
    }

    public <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        String text = string(name);
        return text == null ? null : parseEnum(name, text, type);
    }

    public LocalDate date(String name) {
        String text = string(name);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return invalid(name, "must be a date YYYY-MM-DD");
        }
    }

    public Instant instant(String name) {
        String text = string(name);
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return invalid(name, "must be an ISO-8601 UTC time such as 2026-11-22T08:00:00Z");
        }
    }

    /** A decimal written as a string ("99.00"), so that no client ever rounds money through a float. */
    public BigDecimal decimalString(String name) {
        String text = string(name);
        if (text == null) {
            return null;
        }
        if (!DECIMAL.matcher(text).matches()) {
            return invalid(name, "must be a decimal string such as \"99.00\"");
        }
        return new BigDecimal(text);
    }

    public List<String> strings(String name) {
        JsonValue value = present(name);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof JsonArray array)) {
            invalid(name, "must be an array of strings");
            return List.of();
        }
        List<String> result = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonString s)) {
                violations.add(new Violation(name + "[" + i + "]", "must be a string"));
            } else if (Text.hasControlCharacters(s.getString())) {
                violations.add(new Violation(name + "[" + i + "]", "must not contain control characters"));
            } else {
                result.add(s.getString());
            }
        }
        return result;
    }

    /** An object whose keys are enum constants and whose values are booleans; a null value removes the key. */
    public <E extends Enum<E>> Map<E, Boolean> booleanMap(String name, Class<E> keyType) {
        JsonValue value = present(name);
        Map<E, Boolean> result = new EnumMap<>(keyType);
        if (value == null) {
            return result;
        }
        if (!(value instanceof JsonObject object)) {
            invalid(name, "must be an object");
            return result;
        }
        for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
            E key = parseEnum(name + "." + entry.getKey(), entry.getKey(), keyType);
            JsonValue v = entry.getValue();
            if (v == JsonValue.TRUE || v == JsonValue.FALSE) {
                if (key != null) {
                    result.put(key, v == JsonValue.TRUE);
                }
            } else if (v != JsonValue.NULL) {
                violations.add(new Violation(name + "." + entry.getKey(), "must be true or false"));
            }
        }
        return result;
    }

    /** Checks that every key of a nested object names an enum constant, whatever its value. */
    public <E extends Enum<E>> void keysOf(String name, JsonObject object, Class<E> keyType) {
        object.keySet().forEach(key -> parseEnum(name + "." + key, key, keyType));
    }

    /** Throws the collected violations, if any. */
    public void done() {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private <T> T scalar(String name, JsonValue.ValueType type, String what, Function<JsonValue, T> convert) {
        JsonValue value = present(name);
        if (value == null) {
            return null;
        }
        if (value.getValueType() != type) {
            return invalid(name, "must be " + what);
        }
        return convert.apply(value);
    }

    private JsonValue present(String name) {
        JsonValue value = json.get(name);
        return value == null || value == JsonValue.NULL ? null : value;
    }

    private <E extends Enum<E>> E parseEnum(String field, String text, Class<E> type) {
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            return invalid(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    private <T> T invalid(String field, String message) {
        violations.add(new Violation(field, message));
        return null;
    }
}
