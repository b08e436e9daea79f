package io.crm.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import jakarta.persistence.QueryTimeoutException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.persistence.jpa.JpaQuery;
import org.junit.jupiter.api.Test;

class QueryTimeoutTest {

    @Test
    void tenSecondsUnlessConfigured() {
        assertEquals(Duration.ofSeconds(10), QueryTimeout.parse(QueryTimeout.DEFAULT));
        assertEquals(Duration.ofSeconds(10), QueryTimeout.get(), "no configuration outside the server");
    }

    @Test
    void aFractionOfASecondRoundsUpNotToNoTimeout() {
        assertEquals(Duration.ofSeconds(1), QueryTimeout.parse("PT0.2S"));
        assertEquals(Duration.ofSeconds(3), QueryTimeout.parse("PT2.5S"));
        assertEquals(Duration.ofSeconds(120), QueryTimeout.parse("PT2M"));
    }

    @Test
    void aBadSettingIsSaidAtOnce() {
        for (String bad : new String[] {"10", "PT0S", "-PT5S", "ten seconds"}) {
            assertThrows(IllegalStateException.class, () -> QueryTimeout.parse(bad), bad);
        }
    }

    @Test
    void aCancelledStatementIsATimeoutWhereverItIsWrapped() {
        assertTrue(QueryTimeout.isTimeout(new PersistenceException(
                new RuntimeException(new SQLException("canceling statement due to statement timeout", "57014")))));
        assertTrue(QueryTimeout.isTimeout(new QueryTimeoutException("late")));
        assertTrue(QueryTimeout.isTimeout(new RuntimeException(new java.sql.SQLTimeoutException("late"))));
        assertFalse(QueryTimeout.isTimeout(new PersistenceException(new SQLException("duplicate", "23505"))));
        assertFalse(QueryTimeout.isTimeout(new IllegalStateException("other")));
    }

    @Test
    void theHintReachesTheStatement() {
        EntityManagerFactory emf = Persistence.createEntityManagerFactory(
                "helpers-test", Map.of("jakarta.persistence.jdbc.url", "jdbc:h2:mem:query-timeout;DB_CLOSE_DELAY=-1"));
        EntityManager em = emf.createEntityManager();
        try {
            Query query = QueryTimeout.on(em.createNativeQuery("SELECT 1"));
            var databaseQuery = query.unwrap(JpaQuery.class).getDatabaseQuery();
            assertEquals(10_000, databaseQuery.getQueryTimeout());
            assertEquals(TimeUnit.MILLISECONDS, databaseQuery.getQueryTimeoutUnit());

            // a statement that would run for minutes is cancelled by the database, and recognized as such
            Query slow = em.createNativeQuery(
                            "SELECT SUM(a.X * b.X) FROM SYSTEM_RANGE(1, 1000000) a, SYSTEM_RANGE(1, 1000000) b")
                    .setHint("jakarta.persistence.query.timeout", 1000);
            long start = System.nanoTime();
            RuntimeException thrown = assertThrows(RuntimeException.class, slow::getSingleResult);
            assertTrue(QueryTimeout.isTimeout(thrown), () -> thrown.toString());
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(30));
        } finally {
            em.close();
            emf.close();
        }
    }
}
