package io.crm.common;

import java.util.Map;

/**
 * A JPQL condition and the parameters it binds: the visibility rule's predicate over customers, and the rules of a
 * segment, which the customer list adds to it.
 */
public record JpqlCondition(String jpql, Map<String, Object> parameters) {

    public JpqlCondition {
        parameters = Map.copyOf(parameters);
    }
}
