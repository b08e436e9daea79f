package io.crm.customfield;

import io.crm.common.Text;
import io.crm.common.Violation;
import io.crm.encryption.KeyRing;
import io.crm.permission.PiiMasker;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The rules of custom values and their forms. A value as clients send it (a JSON string, number, boolean or list of
 * strings, read into {@code String}, {@code BigDecimal}, {@code Boolean}, {@code List}) becomes a typed value:
 * {@code String} (string, enum), {@code Long} (number), {@code BigDecimal} (decimal, trailing zeros dropped),
 * {@code Boolean}, {@code LocalDate} (date) or a {@code List<String>} (multi-enum, in the field's order). A number, a
 * decimal or a boolean may also come as a string that holds one ({@code "42"}, {@code "true"}), as a CSV cell does.
 */
public final class CustomValues {

    public static final int STRING_MAX = 500;
    /** Stars for a personal number, decimal or boolean: nothing of the value is shown. */
    public static final String MASKED = "***";

    public static final String MASKED_DATE = "****-**-**";
    private static final int DECIMAL_SCALE_MAX = 10;
    private static final int DECIMAL_INTEGER_DIGITS_MAX = 28;
    private static final Pattern WHOLE = Pattern.compile("[-+]?[0-9]{1,19}");
    private static final Pattern DAY = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private CustomValues() {}

    /**
     * The typed values of a customer after a write, in key order, or violations named {@code custom.<key>}. {@code
     * before} is what the customer held (null on create): a required field must have a value on create, and may not
     * lose the one it has later (customers created before it became required may stay without).
     */
    public static Map<String, Object> validate(
            Map<String, Object> raw, Map<String, Object> before, CustomFieldSet fields, List<Violation> violations) {
        Map<String, Object> typed = new TreeMap<>();
        for (Map.Entry<String, Object> e : raw.entrySet()) {
            String path = "custom." + e.getKey();
            CustomFieldDefinition field = fields.get(e.getKey()).orElse(null);
            if (field == null) {
                violations.add(new Violation(path, "is not a custom field (GET /admin/custom-fields lists them)"));
                continue;
            }
            if (e.getValue() == null) {
                continue;
            }
            Object value = typed(field, e.getValue(), violations);
            if (value != null && !(value instanceof List<?> l && l.isEmpty())) {
                typed.put(field.key(), value);
            }
        }
        for (CustomFieldDefinition field : fields.all()) {
            boolean had = before == null || before.get(field.key()) != null;
            if (field.required()
                    && had
                    && !typed.containsKey(field.key())
                    && violations.stream()
                            .noneMatch(v ->
                                    v.field().equals(field.path()) || v.field().startsWith(field.path() + "["))) {
                violations.add(new Violation(field.path(), "is required"));
            }
        }
        return typed;
    }

    /** One value read as the field's type, or null with a violation. */
    static Object typed(CustomFieldDefinition field, Object raw, List<Violation> violations) {
        String path = field.path();
        switch (field.type()) {
            case STRING -> {
                String clean = raw instanceof String s ? Text.clean(s) : null;
                if (!(raw instanceof String)) {
                    return refuse(path, "must be a string", violations);
                }
                if (clean != null && (Text.length(clean) > STRING_MAX || Text.hasControlCharacters(clean))) {
                    return refuse(
                            path,
                            "must be at most " + STRING_MAX + " characters, without control characters",
                            violations);
                }
                return clean;
            }
            case NUMBER -> {
                BigDecimal n = number(raw);
                if (n == null || n.stripTrailingZeros().scale() > 0) {
                    return refuse(path, "must be a whole number", violations);
                }
                try {
                    return n.longValueExact();
                } catch (ArithmeticException tooLarge) {
                    return refuse(path, "must be a whole number between -2^63 and 2^63-1", violations);
                }
            }
            case DECIMAL -> {
                BigDecimal n = number(raw);
                if (n == null) {
                    return refuse(path, "must be a number", violations);
                }
                BigDecimal stripped = n.stripTrailingZeros();
                if (stripped.scale() > DECIMAL_SCALE_MAX
                        || stripped.precision() - stripped.scale() > DECIMAL_INTEGER_DIGITS_MAX) {
                    return refuse(
                            path,
                            "must have at most " + DECIMAL_INTEGER_DIGITS_MAX + " digits before the point and "
                                    + DECIMAL_SCALE_MAX + " after",
                            violations);
                }
                return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
            }
            case BOOLEAN -> {
                if (raw instanceof Boolean b) {
                    return b;
                }
                if ("true".equals(raw) || "false".equals(raw)) {
                    return Boolean.valueOf((String) raw);
                }
                return refuse(path, "must be true or false", violations);
            }
            case DATE -> {
                LocalDate day = raw instanceof LocalDate d ? d : raw instanceof String s ? day(s.strip()) : null;
                return day != null ? day : refuse(path, "must be a date, yyyy-mm-dd", violations);
            }
            case ENUM -> {
                String v = raw instanceof String s ? Text.clean(s) : null;
                return v != null && field.values().contains(v)
                        ? v
                        : refuse(path, "must be one of " + field.values(), violations);
            }
            case MULTI_ENUM -> {
                List<?> list = raw instanceof List<?> l ? l : raw instanceof String s ? List.of(s) : null;
                if (list == null) {
                    return refuse(path, "must be a list of values among " + field.values(), violations);
                }
                Set<String> chosen = new LinkedHashSet<>();
                for (int i = 0; i < list.size(); i++) {
                    Object item = list.get(i);
                    String v = item instanceof String s ? Text.clean(s) : null;
                    if (v == null || !field.values().contains(v)) {
                        violations.add(new Violation(path + "[" + i + "]", "must be one of " + field.values()));
                    } else {
                        chosen.add(v);
                    }
                }
                return field.values().stream().filter(chosen::contains).toList();
            }
            default -> throw new IllegalStateException(field.type().name());
        }
    }

    private static Object refuse(String path, String message, List<Violation> violations) {
        violations.add(new Violation(path, message));
        return null;
    }

    private static BigDecimal number(Object raw) {
        if (raw instanceof BigDecimal d) {
            return d;
        }
        if (raw instanceof Long || raw instanceof Integer) {
            return BigDecimal.valueOf(((Number) raw).longValue());
        }
        if (raw instanceof String s && !s.isBlank() && s.strip().length() <= 60) {
            try {
                return new BigDecimal(s.strip());
            } catch (NumberFormatException notANumber) {
                return null;
            }
        }
        return null;
    }

    private static LocalDate day(String text) {
        if (!DAY.matcher(text).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The texts a typed value is stored and matched under, one per value (several for a multi-enum): the text
     * itself, a number in plain form, a date as yyyy-mm-dd.
     */
    public static List<String> texts(Object typed) {
        if (typed instanceof List<?> list) {
            return list.stream().map(Object::toString).toList();
        }
        if (typed instanceof BigDecimal d) {
            return List.of(d.toPlainString());
        }
        return List.of(typed.toString());
    }

    /**
     * The text a filter value is matched under for a field, as {@link #texts} stores it, or null when the value is
     * not one the field may hold.
     */
    public static String filterText(CustomFieldDefinition field, String value) {
        CustomFieldDefinition single = field.type() == CustomFieldType.MULTI_ENUM
                ? new CustomFieldDefinition(
                        field.key(),
                        field.label(),
                        CustomFieldType.ENUM,
                        field.values(),
                        false,
                        field.personal(),
                        false)
                : field;
        List<Violation> ignored = new ArrayList<>();
        Object typed = typed(single, value, ignored);
        return typed == null || !ignored.isEmpty() ? null : texts(typed).get(0);
    }

    /**
     * What the database matches a stored text on: the text itself, or for a personal field its keyed blind index
     * under the field's key, so equal values of one field match and nothing in clear is stored.
     */
    public static String matchText(CustomFieldDefinition field, String text, KeyRing ring) {
        return field.personal() ? ring.blindIndex("custom:" + field.key() + ":" + text) : text;
    }

    /** The typed value of stored texts (for a multi-enum, all of a customer's texts for the field). */
    public static Object fromTexts(CustomFieldDefinition field, List<String> texts) {
        return switch (field.type()) {
            case STRING, ENUM -> texts.get(0);
            case NUMBER -> Long.valueOf(texts.get(0));
            case DECIMAL -> new BigDecimal(texts.get(0));
            case BOOLEAN -> Boolean.valueOf(texts.get(0));
            case DATE -> LocalDate.parse(texts.get(0));
            case MULTI_ENUM -> field.values().stream().filter(texts::contains).toList();
        };
    }

    /**
     * The values as a caller sees them, in key order, JSON-ready (a date as its text): a personal field's value
     * masked for a caller who may not read personal data, keeping a hint (the first character of a text) only.
     * Values of fields no longer defined are left out.
     */
    public static Map<String, Object> shown(Map<String, Object> typed, CustomFieldSet fields, boolean clear) {
        Map<String, Object> shown = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : new TreeMap<>(typed).entrySet()) {
            CustomFieldDefinition field = fields.get(e.getKey()).orElse(null);
            if (field == null) {
                continue;
            }
            Object v = e.getValue();
            shown.put(e.getKey(), field.personal() && !clear ? masked(v) : v instanceof LocalDate d ? d.toString() : v);
        }
        return shown;
    }

    /** A personal value masked: a text's first character and stars, a date as stars, anything else as stars. */
    public static Object masked(Object value) {
        if (value instanceof String s) {
            return PiiMasker.text(s);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(v -> PiiMasker.text(v.toString())).toList();
        }
        if (value instanceof LocalDate) {
            return MASKED_DATE;
        }
        return MASKED;
    }

    /** A value as one text, for the history: several values joined by {@code ;}. */
    public static String display(Object value) {
        if (value == null) {
            return null;
        }
        return String.join(";", texts(value));
    }

    /** Whether any of the personal fields' values differ. */
    public static String changedPersonal(Map<String, Object> before, Map<String, Object> after, CustomFieldSet fields) {
        for (CustomFieldDefinition field : fields.all()) {
            if (field.personal() && !Objects.equals(before.get(field.key()), after.get(field.key()))) {
                return field.path();
            }
        }
        return null;
    }

    /** The keys whose values differ between two sets of values. */
    public static List<String> changedKeys(Map<String, Object> before, Map<String, Object> after) {
        Set<String> keys = new java.util.TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        return keys.stream()
                .filter(k -> !Objects.equals(before.get(k), after.get(k)))
                .toList();
    }
}
