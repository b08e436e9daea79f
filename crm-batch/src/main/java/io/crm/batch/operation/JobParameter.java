package io.crm.batch.operation;

import io.crm.common.Violation;
import java.util.List;

/**
 * One parameter a job takes: a whole number within bounds, described for operators, with a default (or none: then
 * it is required).
 */
public record JobParameter(String name, String description, Long defaultValue, long min, long max) {

    /** A parameter every start must give. */
    public static JobParameter required(String name, String description, long min, long max) {
        return new JobParameter(name, description, null, min, max);
    }

    /** The value as the job receives it (text), or a violation for a value that is not a whole number in bounds. */
    String check(Object value, List<Violation> violations) {
        String field = "parameters." + name;
        long number;
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            number = n.longValue();
        } else {
            violations.add(new Violation(field, "must be a whole number"));
            return null;
        }
        if (number < min || number > max) {
            violations.add(new Violation(field, "must be between " + min + " and " + max));
            return null;
        }
        return Long.toString(number);
    }
}
