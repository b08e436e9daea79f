package io.crm.rest.problem;

import io.crm.common.AccessDeniedException;
import io.crm.common.ConflictException;
import io.crm.common.InvalidInputException;
import io.crm.common.RecordNotFoundException;
import io.crm.common.StaleVersionException;
import io.crm.common.TooLargeException;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every exception that leaves a resource into a problem+json answer. Refusals of the domain keep their
 * meaning (400, 403, 404, 409, 412); anything unexpected answers 500 with a correlation id that is also in the
 * server log with the stack trace, which never reaches the client.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());
    /** SQLSTATE of a unique-constraint violation, the same in PostgreSQL and H2. */
    private static final String UNIQUE_VIOLATION = "23505";

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable e = thrown instanceof EJBException && thrown.getCause() != null ? thrown.getCause() : thrown;
        if (e instanceof WebApplicationException wae) {
            return WebApplicationExceptionMapper.problem(wae);
        }
        if (e instanceof InvalidInputException invalid) {
            return Problem.response(400, "validation", "The request is not valid", invalid.getMessage(),
                    invalid.violations(), Map.of());
        }
        if (e instanceof RecordNotFoundException) {
            return Problem.response(404, "not-found", "Not found", e.getMessage());
        }
        if (e instanceof AccessDeniedException) {
            return Problem.response(403, "forbidden", "Forbidden", e.getMessage());
        }
        if (e instanceof ConflictException conflict) {
            return Problem.response(409, "conflict", "Conflict", conflict.getMessage(), List.of(), conflict.extensions());
        }
        if (e instanceof TooLargeException) {
            return Problem.response(413, "payload-too-large", Response.Status.REQUEST_ENTITY_TOO_LARGE.getReasonPhrase(), e.getMessage());
        }
        if (e instanceof StaleVersionException stale) {
            return Problem.response(412, "stale-version", "The record has changed", stale.getMessage(), List.of(),
                    Map.of("currentVersion", stale.currentVersion()));
        }
        if (hasSqlState(e, UNIQUE_VIOLATION)) {
            return Problem.response(409, "conflict", "Conflict",
                    "Another request stored the same record at the same time; read the current state and retry.");
        }
        String correlationId = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, correlation id " + correlationId, thrown);
        return Problem.response(500, "internal", "Internal error",
                "The CRM could not complete the request. Quote this correlation id to your administrator: " + correlationId,
                List.of(), Map.of("correlationId", correlationId));
    }

    private static boolean hasSqlState(Throwable e, String state) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && state.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
