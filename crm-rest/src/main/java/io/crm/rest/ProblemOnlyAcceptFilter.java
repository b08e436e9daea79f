package io.crm.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * A client that accepts only application/problem+json is asking for an answer without a body on success (a generated
 * client does so for a 204) and for problem+json on error, which every error is anyway. Such a request is matched as
 * if it accepted JSON, so that it reaches its route instead of answering 406.
 */
@Provider
@PreMatching
public class ProblemOnlyAcceptFilter implements ContainerRequestFilter {

    static final MediaType PROBLEM = MediaType.valueOf("application/problem+json");

    @Override
    public void filter(ContainerRequestContext request) {
        List<MediaType> accepted = request.getAcceptableMediaTypes();
        if (!accepted.isEmpty()
                && accepted.stream()
                        .allMatch(type -> type.getType().equals(PROBLEM.getType())
                                && type.getSubtype().equals(PROBLEM.getSubtype()))) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON + ", " + PROBLEM);
        }
    }
}
