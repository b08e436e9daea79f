package io.crm.customfield;

import io.crm.common.InvalidInputException;
import io.crm.common.Text;
import io.crm.common.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an admin defines of a custom field: its key (how the API names it under {@code custom}), a label for people,
 * its type, the values an enum allows, and whether it is required (on create), personal (masked without
 * customer:pii:read, sealed at rest) and unique (no two customers hold the same value).
 */
public record CustomFieldDefinition(
        String key,
        String label,
        CustomFieldType type,
        List<String> values,
        boolean required,
        boolean personal,
        boolean unique) {

    public static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,39}");
    public static final int LABEL_MAX = 200;
    public static final int MAX_VALUES = 200;
    public static final int VALUE_MAX = 100;

    public CustomFieldDefinition {
        values = values == null ? List.of() : List.copyOf(values);
    }

    /** The name of the field in the API and in problems: {@code custom.<key>}. */
    public String path() {
        return "custom." + key;
    }

    /** Checks and cleans a definition as an admin sent it; every problem at once. */
    public static CustomFieldDefinition validate(
            String key,
            String label,
            String typeCode,
            List<String> values,
            Boolean required,
            Boolean personal,
            Boolean unique) {
        List<Violation> violations = new ArrayList<>();
        if (key == null || !KEY.matcher(key).matches()) {
            violations.add(
                    new Violation("key", "must be 1-40 lower-case letters, digits or _, starting with a letter"));
        }
        String cleanLabel = Text.clean(label);
        if (cleanLabel == null) {
            violations.add(new Violation("label", "is required"));
        } else if (Text.length(cleanLabel) > LABEL_MAX || Text.hasControlCharacters(cleanLabel)) {
            violations.add(
                    new Violation("label", "must be at most " + LABEL_MAX + " characters, without control characters"));
        }
        CustomFieldType type =
                typeCode == null ? null : CustomFieldType.of(typeCode).orElse(null);
        if (type == null) {
            violations.add(
                    new Violation("type", "must be one of string, number, decimal, boolean, date, enum, multi-enum"));
        }
        List<String> cleanValues = new ArrayList<>();
        List<String> given = values == null ? List.of() : values;
        if (type != null && type.enumerated()) {
            if (given.isEmpty()) {
                violations.add(new Violation("values", "an enum needs the values it allows"));
            } else if (given.size() > MAX_VALUES) {
                violations.add(new Violation("values", "at most " + MAX_VALUES + " values"));
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < given.size() && i < MAX_VALUES; i++) {
                String v = Text.clean(given.get(i));
                if (v == null || Text.length(v) > VALUE_MAX || Text.hasControlCharacters(v) || v.contains(",")) {
                    violations.add(new Violation(
                            "values[" + i + "]",
                            "must be 1-" + VALUE_MAX + " characters, without control characters or commas"));
                } else if (!seen.add(v)) {
                    violations.add(new Violation("values[" + i + "]", "repeats an earlier value"));
                } else {
                    cleanValues.add(v);
                }
            }
        } else if (type != null && !given.isEmpty()) {
            violations.add(new Violation("values", "only an enum or a multi-enum lists values"));
        }
        boolean isUnique = Boolean.TRUE.equals(unique);
        if (isUnique && (type == CustomFieldType.BOOLEAN || type == CustomFieldType.MULTI_ENUM)) {
            violations.add(new Violation("unique", "a " + type.code() + " field cannot be unique"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new CustomFieldDefinition(
                key,
                cleanLabel,
                type,
                cleanValues,
                Boolean.TRUE.equals(required),
                Boolean.TRUE.equals(personal),
                isUnique);
    }
}
