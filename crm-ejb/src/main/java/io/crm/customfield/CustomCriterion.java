package io.crm.customfield;

import io.crm.common.InvalidInputException;
import io.crm.common.JpqlCondition;
import io.crm.common.Violation;
import io.crm.encryption.KeyRing;
import io.crm.encryption.PiiKeys;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A condition on one custom field, as lists, counts, exports and segment rules take it: the value is one of
 * {@code in} (a multi-enum: has one of them), and/or lies within {@code gte} and {@code lte} (number, decimal, date;
 * inclusive). A personal field is matched on equality only, through its blind index. In a list's query string:
 * {@code custom.<key>=a,b}, {@code custom.<key>.gte=…}, {@code custom.<key>.lte=…}.
 */
public record CustomCriterion(String key, List<String> in, String gte, String lte) {

    /** Values in one condition's list, as segments allow. */
    public static final int MAX_VALUES = 100;
    /** Conditions on custom fields in one list query. */
    public static final int MAX_CRITERIA = 10;

    public static final String PREFIX = "custom.";

    public CustomCriterion {
        in = in == null ? List.of() : List.copyOf(in);
    }

    public String path() {
        return PREFIX + key;
    }

    /**
     * The conditions in a query string's {@code custom.*} parameters (other parameters are left alone), in key
     * order; a name that is no such condition, or an empty value, is a 400 naming the parameter.
     */
    public static List<CustomCriterion> parse(Map<String, List<String>> query) {
        List<Violation> violations = new ArrayList<>();
        Map<String, List<String>> in = new TreeMap<>();
        Map<String, String> gte = new HashMap<>();
        Map<String, String> lte = new HashMap<>();
        for (Map.Entry<String, List<String>> e : query.entrySet()) {
            String name = e.getKey();
            if (!name.startsWith(PREFIX)) {
                continue;
            }
            String rest = name.substring(PREFIX.length());
            String bound = rest.endsWith(".gte") ? "gte" : rest.endsWith(".lte") ? "lte" : null;
            String key = bound == null ? rest : rest.substring(0, rest.length() - 4);
            if (!CustomFieldDefinition.KEY.matcher(key).matches()) {
                violations.add(new Violation(
                        name, "must be custom.<key>, custom.<key>.gte or custom.<key>.lte with a field's key"));
                continue;
            }
            List<String> values = new ArrayList<>();
            for (String v : e.getValue()) {
                for (String part : (bound == null ? v.split(",", -1) : new String[] {v})) {
                    values.add(part.strip());
                }
            }
            if (values.isEmpty() || values.stream().anyMatch(String::isEmpty)) {
                violations.add(new Violation(name, "needs a value"));
                continue;
            }
            if (bound != null && values.size() > 1) {
                violations.add(new Violation(name, "takes one value"));
                continue;
            }
            in.computeIfAbsent(key, k -> new ArrayList<>());
            if (bound == null) {
                in.get(key).addAll(values);
            } else {
                (bound.equals("gte") ? gte : lte).put(key, values.get(0));
            }
        }
        if (in.size() > MAX_CRITERIA) {
            violations.add(new Violation("custom", "at most " + MAX_CRITERIA + " custom fields in one query"));
        }
        List<CustomCriterion> criteria = new ArrayList<>();
        in.forEach((key, values) -> {
            List<String> distinct = List.copyOf(new LinkedHashSet<>(values));
            if (distinct.size() > MAX_VALUES) {
                violations.add(new Violation(PREFIX + key, "at most " + MAX_VALUES + " values"));
            }
            criteria.add(new CustomCriterion(key, distinct, gte.get(key), lte.get(key)));
        });
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return criteria;
    }

    /**
     * The condition over the customer alias {@code c}, its parameters named from {@code prefix}: an {@code EXISTS}
     * over the customer's rows of the field. A field that is not defined, a value the field may not hold, a range
     * on a field without order or on a personal field: 400 naming {@code custom.<key>}.
     */
    public JpqlCondition toCondition(CustomFieldSet fields, String prefix) {
        CustomFieldDefinition field =
                fields.get(key).orElseThrow(() -> new InvalidInputException(path(), "is not a custom field"));
        List<Violation> violations = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder("EXISTS (SELECT v.id FROM CustomValueRow v WHERE v.customerId = c.id"
                + " AND v.fieldKey = :" + prefix + "k");
        parameters.put(prefix + "k", key);
        if (!in.isEmpty()) {
            KeyRing ring = field.personal() ? PiiKeys.ring() : null;
            List<String> texts = new ArrayList<>();
            for (String value : in) {
                String text = CustomValues.filterText(field, value);
                if (text == null) {
                    violations.add(new Violation(
                            path(),
                            "'" + value + "' is not a value of this "
                                    + field.type().code() + " field"
                                    + (field.type().enumerated() ? " (one of " + field.values() + ")" : "")));
                } else {
                    texts.add(CustomValues.matchText(field, text, ring));
                }
            }
            where.append(" AND v.textValue IN :").append(prefix).append("in");
            parameters.put(prefix + "in", texts);
        }
        if (gte != null || lte != null) {
            if (!field.type().ranged()) {
                violations.add(new Violation(path(), "a " + field.type().code() + " field has no range: use equality"));
            } else if (field.personal()) {
                violations.add(new Violation(path(), "a personal field is matched on equality only"));
            } else {
                String column = field.type() == CustomFieldType.DATE ? "v.dateValue" : "v.numberValue";
                bound(field, gte, ">=", "gte", column, prefix, where, parameters, violations);
                bound(field, lte, "<=", "lte", column, prefix, where, parameters, violations);
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new JpqlCondition(where.append(")").toString(), parameters);
    }

    private static void bound(
            CustomFieldDefinition field,
            String value,
            String operator,
            String name,
            String column,
            String prefix,
            StringBuilder where,
            Map<String, Object> parameters,
            List<Violation> violations) {
        if (value == null) {
            return;
        }
        List<Violation> problems = new ArrayList<>();
        CustomFieldDefinition asDecimal = field.type() == CustomFieldType.NUMBER
                ? new CustomFieldDefinition(
                        field.key(), field.label(), CustomFieldType.DECIMAL, List.of(), false, false, false)
                : field;
        Object typed = CustomValues.typed(asDecimal, value, problems);
        if (typed == null) {
            violations.add(new Violation(
                    field.path() + "." + name,
                    field.type() == CustomFieldType.DATE ? "must be a date, yyyy-mm-dd" : "must be a number"));
            return;
        }
        where.append(" AND ")
                .append(column)
                .append(' ')
                .append(operator)
                .append(" :")
                .append(prefix)
                .append(name);
        parameters.put(prefix + name, typed instanceof BigDecimal d ? d : typed);
    }
}
