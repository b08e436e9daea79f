package io.crm.rest.problem;

import io.crm.common.AccessDeniedException;
import io.crm.common.ConcurrentWrites;
import io.crm.common.ConflictException;
import io.crm.common.InvalidInputException;
import io.crm.common.QueryTimeout;
import io.crm.common.RecordNotFoundException;
import io.crm.common.StaleVersionException;
import io.crm.common.TooLargeException;
import io.crm.customer.MergedCustomerException;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every exception that leaves a resource into a problem+json answer. Refusals of the domain keep their
 * meaning (400, 403, 404, 409, 412); a write that lost a race with another request's answers 409; a query cancelled
 * for its statement timeout, or a wait for another request's lock given up, answers 503; anything unexpected answers
 * 500 with a correlation id that is also in the server log with the stack trace, which never reaches the client.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());
    static final int RETRY_AFTER_SECONDS = 30;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable e = thrown instanceof EJBException && thrown.getCause() != null ? thrown.getCause() : thrown;
        if (e instanceof WebApplicationException wae) {
            return WebApplicationExceptionMapper.problem(wae);
        }
        if (e instanceof InvalidInputException invalid) {
            return Problem.response(
                    400,
                    "validation",
                    "The request is not valid",
                    invalid.getMessage(),
                    invalid.violations(),
                    Map.of());
        }
        if (e instanceof MergedCustomerException merged) {
            return Problem.response(
                    404,
                    "not-found",
                    "Not found",
                    e.getMessage() + ": it was merged into customer " + merged.mergedInto(),
                    List.of(),
                    Map.of("mergedInto", Long.toString(merged.mergedInto())));
        }
        if (e instanceof RecordNotFoundException) {
            return Problem.response(404, "not-found", "Not found", e.getMessage());
        }
        if (e instanceof AccessDeniedException) {
            return Problem.response(403, "forbidden", "Forbidden", e.getMessage());
        }
        if (e instanceof ConflictException conflict) {
            return Problem.response(
                    409, "conflict", "Conflict", conflict.getMessage(), List.of(), conflict.extensions());
        }
        if (e instanceof TooLargeException) {
            return Problem.response(
                    413,
                    "payload-too-large",
                    Response.Status.REQUEST_ENTITY_TOO_LARGE.getReasonPhrase(),
                    e.getMessage());
        }
        if (e instanceof StaleVersionException stale) {
            return Problem.response(
                    412,
                    "stale-version",
                    "The record has changed",
                    stale.getMessage(),
                    List.of(),
                    Map.of("currentVersion", stale.currentVersion()));
        }
        if (QueryTimeout.isTimeout(e)) {
            // the load and the volume of data decide this as much as the request does: 503, not a 4xx
            long seconds = QueryTimeout.get().toSeconds();
            return Response.fromResponse(Problem.response(
                            503,
                            "query-timeout",
                            "The query took too long",
                            "The database did not answer within " + seconds
                                    + " s and the query was cancelled. Narrow it (fewer "
                                    + "or tighter segment conditions, a filter) or retry later.",
                            List.of(),
                            Map.of("timeoutSeconds", seconds)))
                    .header("Retry-After", RETRY_AFTER_SECONDS)
                    .build();
        }
        if (ConcurrentWrites.isBusy(e)) {
            return Response.fromResponse(
                            Problem.response(
                                    503,
                                    "busy",
                                    "The record is busy",
                                    "Another request was changing the same record and this one could not wait for it; retry in a moment."))
                    .header("Retry-After", 1)
                    .build();
        }
        if (ConcurrentWrites.isLostUpdate(e)) {
            return Problem.response(
                    409,
                    "conflict",
                    "Conflict",
                    "Another request changed or removed the same record at the same time; read the current state and retry.");
        }
        if (ConcurrentWrites.isDuplicate(e)) {
            return Problem.response(
                    409,
                    "conflict",
                    "Conflict",
                    "Another request stored the same record at the same time; read the current state and retry.");
        }
        String correlationId = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, correlation id " + correlationId, thrown);
        return Problem.response(
                500,
                "internal",
                "Internal error",
                "The CRM could not complete the request. Quote this correlation id to your administrator: "
                        + correlationId,
                List.of(),
                Map.of("correlationId", correlationId));
    }
}
