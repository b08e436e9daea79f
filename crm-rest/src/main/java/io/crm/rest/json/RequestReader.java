package io.crm.rest.json;

import io.crm.common.InvalidInputException;
import io.crm.common.Text;
import io.crm.common.Violation;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one strict reader of request bodies: turns a JSON object into the request record that declares it. The record's
 * components are the writable fields, {@link ReadOnly} names the read-only ones; any other field is refused. Values are
 * taken without coercion (a number is not a string, "yes" is not a boolean, 9.5 is not a whole number), then the
 * record's Bean Validation constraints are checked ({@link RequestValidation}). As before records, values of the wrong
 * name, type or kind come first: every one of them is reported at once, each naming its field ({@code target.segmentId},
 * {@code phones[1]}); the constraints are checked, all at once, only on a body without them.
 *
 * <p>Supported component types: {@code String} (single line unless {@link MultiLine}), {@code Boolean}, {@code Integer},
 * {@code BigDecimal} (written as a decimal string, so money never passes through a float), enums, {@code LocalDate},
 * {@code Instant}, {@code List<String>}, a list of records, {@code Map<enum, Boolean>} (a null value leaves the key out), {@code JsonObject}
 * and {@code JsonValue} (read further by the service, such as segment rules and job parameters) and nested request records.
 */
public final class RequestReader {

    private static final JsonProvider JSON = JsonProvider.provider();
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,15}(\\.[0-9]{1,10})?");

    private final List<Violation> violations = new ArrayList<>();

    private RequestReader() {}

    /** The request record of a JSON body, or a 400 naming every field that breaks the declaration. */
    public static <T extends Record> T read(JsonObject json, Class<T> type) {
        RequestReader reader = new RequestReader();
        T request = reader.record("", json, type);
        List<Violation> violations =
                reader.violations.isEmpty() ? RequestValidation.violations(request) : reader.violations;
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return request;
    }

    /**
     * Checks a JSON merge patch (RFC 7396) of a request before it is applied: every name must be a writable field, and
     * every value sent (a null removes the field) must have the field's type. Constraints are checked on the result.
     */
    static void checkPatch(JsonObject patch, Class<? extends Record> type) {
        RequestReader reader = new RequestReader();
        reader.checkNames("", patch, type);
        for (RecordComponent c : type.getRecordComponents()) {
            JsonValue value = patch.get(c.getName());
            if (value != null && value != JsonValue.NULL) {
                reader.component(c.getName(), c, value);
            }
        }
        if (!reader.violations.isEmpty()) {
            throw new InvalidInputException(reader.violations);
        }
    }

    /** The request with a merge patch applied: a field sent replaces its value, a null removes it, the rest is kept. */
    static <T extends Record> T merge(T current, JsonObject patch, Class<T> type) {
        JsonValue merged = JSON.createMergePatch(patch).apply(write(current));
        return read(merged.asJsonObject(), type);
    }

    /** A request as JSON, the way a client would have sent it; absent values are left out. */
    public static JsonObject write(Record request) {
        JsonObjectBuilder b = JSON.createObjectBuilder();
        for (RecordComponent c : request.getClass().getRecordComponents()) {
            Object value = value(c, request);
            if (value != null) {
                b.add(c.getName(), json(value));
            }
        }
        return b.build();
    }

    private <T extends Record> T record(String path, JsonObject json, Class<T> type) {
        checkNames(path, json, type);
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            JsonValue value = json.get(c.getName());
            values[i] = component(path + c.getName(), c, value == null || value == JsonValue.NULL ? null : value);
        }
        try {
            Constructor<T> constructor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("request record " + type.getName() + " cannot be built", e);
        }
    }

    private void checkNames(String path, JsonObject json, Class<? extends Record> type) {
        ReadOnly readOnly = type.getAnnotation(ReadOnly.class);
        Set<String> readOnlyNames = readOnly == null ? Set.of() : Set.of(readOnly.value());
        Set<String> writable = new HashSet<>();
        for (RecordComponent c : type.getRecordComponents()) {
            writable.add(c.getName());
        }
        for (String key : json.keySet()) {
            if (readOnlyNames.contains(key)) {
                violations.add(new Violation(path + key, "is read-only"));
            } else if (!writable.contains(key)) {
                violations.add(new Violation(path + key, "is not a field of this resource"));
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object component(String field, RecordComponent c, JsonValue value) {
        Class<?> type = c.getType();
        if (type == List.class) {
            Type element = ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0];
            if (element instanceof Class<?> e && e.isRecord()) {
                return records(field, value, (Class<? extends Record>) e);
            }
            return strings(field, value);
        }
        if (type == Map.class) {
            Type[] args = ((ParameterizedType) c.getGenericType()).getActualTypeArguments();
            return booleanMap(field, value, (Class) args[0]);
        }
        if (value == null) {
            return null;
        }
        if (type == String.class) {
            MultiLine multiLine = c.getAnnotation(MultiLine.class);
            if (multiLine == null) {
                return string(field, value);
            }
            String text = lines(field, value);
            return multiLine.cleaned() ? Text.cleanLines(text) : text;
        }
        if (type == Boolean.class) {
            return value == JsonValue.TRUE || value == JsonValue.FALSE
                    ? value == JsonValue.TRUE
                    : invalid(field, "must be true or false");
        }
        if (type == Integer.class) {
            return integer(field, value);
        }
        if (type == BigDecimal.class) {
            String text = string(field, value);
            if (text != null && !DECIMAL.matcher(text).matches()) {
                return invalid(field, "must be a decimal string such as \"99.00\"");
            }
            return text == null ? null : new BigDecimal(text);
        }
        if (type.isEnum()) {
            String text = string(field, value);
            return text == null ? null : enumValue(field, text, (Class) type);
        }
        if (type == LocalDate.class) {
            String text = string(field, value);
            try {
                return text == null ? null : LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                return invalid(field, "must be a date YYYY-MM-DD");
            }
        }
        if (type == Instant.class) {
            String text = string(field, value);
            try {
                return text == null ? null : Instant.parse(text);
            } catch (DateTimeParseException e) {
                return invalid(field, "must be an ISO-8601 UTC time such as 2026-11-22T08:00:00Z");
            }
        }
        if (type == JsonValue.class) {
            return value;
        }
        if (type == JsonObject.class) {
            return value instanceof JsonObject object ? object : invalid(field, "must be an object");
        }
        if (type.isRecord()) {
            return value instanceof JsonObject object
                    ? record(field + ".", object, (Class<? extends Record>) type)
                    : invalid(field, "must be an object");
        }
        throw new IllegalStateException("a request record may not have a component of type " + type.getName());
    }

    private String string(String field, JsonValue value) {
        if (!(value instanceof JsonString s)) {
            return invalid(field, "must be a string");
        }
        if (Text.hasControlCharacters(s.getString())) {
            return invalid(field, "must not contain control characters");
        }
        return s.getString();
    }

    private String lines(String field, JsonValue value) {
        if (!(value instanceof JsonString s)) {
            return invalid(field, "must be a string");
        }
        if (Text.hasControlCharactersInLines(s.getString())) {
            return invalid(field, "must not contain control characters other than line breaks and tabs");
        }
        return s.getString();
    }

    private Integer integer(String field, JsonValue value) {
        if (value instanceof JsonNumber n
                && n.isIntegral()
                && n.bigDecimalValue().abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0) {
            return n.intValue();
        }
        return invalid(field, "must be a whole number");
    }

    private List<String> strings(String field, JsonValue value) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof JsonArray array)) {
            invalid(field, "must be an array of strings");
            return List.of();
        }
        List<String> result = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String s = string(field + "[" + i + "]", array.get(i));
            if (s != null) {
                result.add(s);
            }
        }
        return result;
    }

    private <T extends Record> List<T> records(String field, JsonValue value, Class<T> type) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof JsonArray array)) {
            return invalid(field, "must be an array of objects");
        }
        List<T> result = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String at = field + "[" + i + "]";
            if (array.get(i) instanceof JsonObject object) {
                result.add(record(at + ".", object, type));
            } else {
                invalid(at, "must be an object");
            }
        }
        return result;
    }

    private <E extends Enum<E>> Map<E, Boolean> booleanMap(String field, JsonValue value, Class<E> keyType) {
        Map<E, Boolean> result = new EnumMap<>(keyType);
        if (value == null) {
            return result;
        }
        if (!(value instanceof JsonObject object)) {
            invalid(field, "must be an object");
            return result;
        }
        for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
            E key = enumValue(field + "." + entry.getKey(), entry.getKey(), keyType);
            JsonValue v = entry.getValue();
            if (v == JsonValue.TRUE || v == JsonValue.FALSE) {
                if (key != null) {
                    result.put(key, v == JsonValue.TRUE);
                }
            } else if (v != JsonValue.NULL) {
                invalid(field + "." + entry.getKey(), "must be true or false");
            }
        }
        return result;
    }

    private <E extends Enum<E>> E enumValue(String field, String text, Class<E> type) {
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

    private static Object value(RecordComponent c, Record record) {
        try {
            c.getAccessor().setAccessible(true);
            return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonValue json(Object value) {
        if (value instanceof JsonValue v) {
            return v;
        }
        if (value instanceof Boolean b) {
            return b ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Integer i) {
            return JSON.createValue(i);
        }
        if (value instanceof BigDecimal d) {
            return JSON.createValue(d.toPlainString());
        }
        if (value instanceof Record r) {
            return write(r);
        }
        if (value instanceof List<?> list) {
            JsonArrayBuilder array = JSON.createArrayBuilder();
            list.forEach(item -> array.add(json(item)));
            return array.build();
        }
        if (value instanceof Map<?, ?> map) {
            JsonObjectBuilder object = JSON.createObjectBuilder();
            map.forEach((k, v) -> object.add(k.toString(), json(v)));
            return object.build();
        }
        return JSON.createValue(value.toString());
    }
}
