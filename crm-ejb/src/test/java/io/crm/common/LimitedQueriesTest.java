package io.crm.common;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Id;
import jakarta.persistence.Persistence;
import jakarta.persistence.Table;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.queries.DatabaseQuery;
import org.eclipse.persistence.queries.ReadAllQuery;
import org.eclipse.persistence.sessions.server.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LimitedQueriesTest {

    private static final String AFTER = "SELECT r FROM LimitedQueriesTest$Row r WHERE r.id > :after ORDER BY r.id";

    private static EntityManagerFactory emf;
    private EntityManager em;

    @BeforeAll
    static void rows() {
        emf = Persistence.createEntityManagerFactory("helpers-test");
        EntityManager em = emf.createEntityManager();
        em.getTransaction().begin();
        for (long id = 1; id <= 10; id++) {
            em.persist(new Row(id));
        }
        em.getTransaction().commit();
        em.close();
    }

    @AfterAll
    static void close() {
        emf.close();
    }

    @BeforeEach
    void open() {
        em = emf.createEntityManager();
    }

    @AfterEach
    void closeEntityManager() {
        em.close();
    }

    @Test
    void theLimitAndTheParametersOfEachCallApply() {
        assertEquals(List.of(3L, 4L, 5L), ids(AFTER, 3, "after", 2L));
        assertEquals(List.of(6L, 7L, 8L), ids(AFTER, 3, "after", 5L));
        assertEquals(List.of(9L, 10L), ids(AFTER, 3, "after", 8L));
    }

    @Test
    void eachLimitIsAQueryOfItsOwn() {
        assertEquals(2, ids(AFTER, 2, "after", 0L).size());
        assertEquals(7, ids(AFTER, 7, "after", 0L).size());
        assertEquals(2, ids(AFTER, 2, "after", 0L).size());
    }

    @Test
    void aListParameterMayChangeItsSizeFromCallToCall() {
        // the visibility rule binds the caller's teams this way: one statement for callers with one team or several
        String in = "SELECT r FROM LimitedQueriesTest$Row r WHERE r.id IN :ids ORDER BY r.id";
        assertEquals(List.of(2L, 9L), ids(in, 5, "ids", List.of(9L, 2L)));
        assertEquals(List.of(1L, 3L, 4L, 7L, 8L), ids(in, 5, "ids", List.of(1L, 3L, 4L, 7L, 8L, 10L)));
        assertEquals(List.of(6L), ids(in, 5, "ids", List.of(6L)));
    }

    @Test
    void theStatementIsPreparedOnceAndShared() {
        ids(AFTER, 4, "after", 0L);
        DatabaseQuery shared = server().getQuery("limited to 4: " + AFTER);
        assertTrue(shared.isPrepared(), "prepared on first use");
        String sql = shared.getSQLString();
        ids(AFTER, 4, "after", 6L);
        assertSame(shared, server().getQuery("limited to 4: " + AFTER));
        assertSame(sql, shared.getSQLString(), "not generated again");
    }

    @Test
    void pastTheMostNamedQueriesAQueryIsBuiltTheOrdinaryWay() {
        String other = "SELECT r FROM LimitedQueriesTest$Row r WHERE r.id >= :after ORDER BY r.id";
        Server server = server();
        for (int i = 0; server.getQueries().size() < LimitedQueries.MOST_NAMED; i++) {
            server.addQuery("filler " + i, new ReadAllQuery(Row.class));
        }
        try {
            assertEquals(List.of(5L, 6L), ids(other, 2, "after", 5L));
            assertNull(server.getQuery("limited to 2: " + other));
        } finally {
            for (int i = 0; i < LimitedQueries.MOST_NAMED; i++) {
                server.removeQuery("filler " + i);
            }
        }
    }

    private Server server() {
        return em.unwrap(JpaEntityManager.class).getServerSession();
    }

    /** The ids of the rows a limited query finds with one parameter bound. */
    private List<Long> ids(String jpql, int limit, String parameter, Object value) {
        return LimitedQueries.readOnly(em, jpql, Row.class, limit).setParameter(parameter, value).getResultList().stream()
                .map(Row::id).toList();
    }

    /** A row of a table made for this test. */
    @Entity
    @Table(name = "limited_row")
    public static class Row {

        @Id
        private long id;

        protected Row() {
        }

        Row(long id) {
            this.id = id;
        }

        long id() {
            return id;
        }
    }
}
