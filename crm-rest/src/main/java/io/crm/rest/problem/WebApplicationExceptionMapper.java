package io.crm.rest.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** HTTP-level refusals raised by JAX-RS or by the resources (404 route, 405, 406, 413, 415, 428, 412). */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        return problem(e);
    }

    static Response problem(WebApplicationException e) {
        Response original = e.getResponse();
        int status = original.getStatus();
        String kind = switch (status) {
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 412 -> "stale-version";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            case 428 -> "precondition-required";
            default -> status >= 500 ? "internal" : "bad-request";
        };
        String title = switch (status) {
            case 412 -> "Precondition failed";
            case 428 -> "Precondition required";
            default -> {
                Response.StatusType type = Response.Status.fromStatusCode(status);
                yield type != null ? type.getReasonPhrase() : "Error";
            }
        };
        String detail = switch (status) {
            case 404 -> "There is no such resource.";
            case 405 -> "This resource does not support the method.";
            case 415 -> "Send JSON (application/json; application/merge-patch+json for PATCH).";
            default -> e.getMessage();
        };
        Response.ResponseBuilder builder = Response.fromResponse(Problem.response(status, kind, title, detail));
        original.getHeaders().forEach((name, values) -> {
            if (name.equalsIgnoreCase("Allow") || name.equalsIgnoreCase("WWW-Authenticate")) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        return builder.build();
    }
}
