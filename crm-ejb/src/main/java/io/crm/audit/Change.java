package io.crm.audit;

import java.util.List;

/**
 * The value of one field before and after a write, each as JSON would show it: null, a string, a boolean, a number
 * or a list of strings. Before is null for a record created, after for a record deleted.
 */
public record Change(Object before, Object after) {

    public Change {
        before = jsonFriendly(before);
        after = jsonFriendly(after);
    }

    private static Object jsonFriendly(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Number) {
            return value;
        }
        if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
            return List.copyOf(list);
        }
        throw new IllegalArgumentException(
                "an audited value is null, a string, a boolean, a number or a list of strings, not "
                        + value.getClass().getName());
    }
}
