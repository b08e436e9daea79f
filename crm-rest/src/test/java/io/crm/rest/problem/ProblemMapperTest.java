package io.crm.rest.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ejb.EJBException;
import jakarta.json.JsonObject;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.QueryTimeoutException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class ProblemMapperTest {

    private static final ProblemMapper MAPPER = new ProblemMapper();

    @Test
    void aStatementCancelledForItsTimeoutIsA503NotA500() {
        for (Throwable thrown : new Throwable[] {
            new EJBException(new PersistenceException(
                    new RuntimeException(new SQLException("canceling statement due to statement timeout", "57014")))),
            new PersistenceException(new SQLException("Statement was canceled or the session timed out", "57014")),
            new QueryTimeoutException("late")
        }) {
            Response r = MAPPER.toResponse(thrown);

            assertEquals(503, r.getStatus(), thrown::toString);
            assertEquals(Problem.MEDIA_TYPE, r.getMediaType().toString());
            assertEquals(String.valueOf(ProblemMapper.RETRY_AFTER_SECONDS), r.getHeaderString("Retry-After"));
            JsonObject body = (JsonObject) r.getEntity();
            assertEquals("urn:crm:problem:query-timeout", body.getString("type"));
            assertEquals("10", body.getString("timeoutSeconds"));
        }
    }

    @Test
    void aWaitForAnotherRequestsLockGivenUpIsA503() {
        for (String state : new String[] {"HYT00", "55P03", "40P01", "40001"}) {
            Response r = MAPPER.toResponse(new EJBException(new PersistenceException(new SQLException("lock", state))));
            assertEquals(503, r.getStatus(), state);
            assertEquals("1", r.getHeaderString("Retry-After"));
            assertEquals("urn:crm:problem:busy", ((JsonObject) r.getEntity()).getString("type"));
        }
    }

    @Test
    void aRowChangedByAnotherRequestFoundAtCommitIsA409() {
        Response r = MAPPER.toResponse(new jakarta.ejb.EJBTransactionRolledbackException(
                "commit", new RuntimeException(new jakarta.persistence.OptimisticLockException("version"))));
        assertEquals(409, r.getStatus());
        assertEquals("urn:crm:problem:conflict", ((JsonObject) r.getEntity()).getString("type"));
    }

    @Test
    void otherDatabaseFailuresKeepTheirAnswers() {
        assertEquals(
                409,
                MAPPER.toResponse(new PersistenceException(new SQLException("dup", "23505")))
                        .getStatus());
        assertEquals(
                500,
                MAPPER.toResponse(new PersistenceException(new SQLException("gone", "08006")))
                        .getStatus());
    }
}
