package io.crm.rest;

import io.crm.common.InvalidInputException;
import io.crm.common.Text;
import io.crm.common.Violation;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Refuses control characters in every path segment and query parameter of every route, before a resource sees them:
 * PostgreSQL refuses NUL in text where H2 takes it, and no id, filter or cursor of ours holds a control character, so
 * both databases answer alike, 400 naming the parameter.
 */
@Provider
public class UrlTextFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        List<Violation> violations = new ArrayList<>();
        check(request.getUriInfo().getPathParameters(true), violations);
        check(request.getUriInfo().getQueryParameters(true), violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static void check(MultivaluedMap<String, String> parameters, List<Violation> violations) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (Text.hasControlCharacters(parameter.getKey())
                    || parameter.getValue().stream().anyMatch(Text::hasControlCharacters)) {
                violations.add(new Violation(parameter.getKey(), "must not contain control characters"));
            }
        }
    }
}
