package io.crm.customer;

import java.util.Map;

/**
 * A JPQL condition over the customer alias {@code c} and the parameters it binds, which a capability built on
 * customers (segments) adds to the permission-aware customer list.
 */
public record CustomerCondition(String jpql, Map<String, Object> parameters) {

    public CustomerCondition {
        parameters = Map.copyOf(parameters);
    }
}
