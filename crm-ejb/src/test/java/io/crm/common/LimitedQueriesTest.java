package io.crm.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Persistence;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.queries.DatabaseQuery;
import org.eclipse.persistence.queries.ObjectLevelReadQuery;
import org.eclipse.persistence.queries.ReadAllQuery;
import org.eclipse.persistence.sessions.server.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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
            em.persist(new LazyRow(id));
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
    void aBatchFetchOfTheMappingIsPreparedWithTheQueryAndGivesEachPageItsOwnValues() {
        List<Row> first = LimitedQueries.readOnly(em, AFTER, Row.class, 3)
                .setParameter("after", 0L)
                .getResultList();
        ObjectLevelReadQuery shared = (ObjectLevelReadQuery) server().getQuery("limited to 3: " + AFTER);
        assertEquals(BatchFetchType.IN, shared.getBatchFetchPolicy().getType());
        assertEquals(
                Set.of(shared.getDescriptor().getMappingForAttributeName("labels")),
                shared.getBatchFetchPolicy().getMappingQueries().keySet(),
                "the batch query is prepared with the query");
        List<Row> second = LimitedQueries.readOnly(em, AFTER, Row.class, 3)
                .setParameter("after", 6L)
                .getResultList();
        assertEquals(
                List.of(Set.of("row-1", "odd"), Set.of("row-2", "even"), Set.of("row-3", "odd")),
                first.stream().map(Row::labels).toList());
        assertEquals(
                List.of(Set.of("row-7", "odd"), Set.of("row-8", "even"), Set.of("row-9", "odd")),
                second.stream().map(Row::labels).toList());
    }

    @Test
    void aQueryWithoutBatchBuildsItsEntitiesStraightFromTheResultSet() {
        String lazy = "SELECT r FROM LimitedQueriesTest$LazyRow r WHERE r.id > :after ORDER BY r.id";
        List<LazyRow> rows = LimitedQueries.readOnly(em, lazy, LazyRow.class, 3)
                .setParameter("after", 4L)
                .getResultList();
        ObjectLevelReadQuery shared = (ObjectLevelReadQuery) server().getQuery("limited to 3: " + lazy);
        assertTrue(shared.usesResultSetAccessOptimization());
        assertEquals(
                List.of(Set.of("row-5", "odd"), Set.of("row-6", "even"), Set.of("row-7", "odd")),
                rows.stream().map(LazyRow::labels).toList(),
                "the lazy labels still load, each row its own");

        LimitedQueries.readOnly(em, AFTER, Row.class, 3)
                .setParameter("after", 0L)
                .getResultList();
        assertFalse(
                ((ObjectLevelReadQuery) server().getQuery("limited to 3: " + AFTER)).usesResultSetAccessOptimization(),
                "EclipseLink reads a batch of IN from rows it copied first");
    }

    @Test
    void aQueryOfValuesIsPreparedOnceAndLimitedLikeOneOfEntities() {
        String values = "SELECT r.id, r.id + 100 FROM LimitedQueriesTest$LazyRow r WHERE r.id > :after ORDER BY r.id";
        List<Object[]> first = LimitedQueries.readOnly(em, values, Object[].class, 2)
                .setParameter("after", 4L)
                .getResultList();
        ObjectLevelReadQuery shared = (ObjectLevelReadQuery) server().getQuery("limited to 2: " + values);
        String sql = shared.getSQLString();
        List<Object[]> second = LimitedQueries.readOnly(em, values, Object[].class, 2)
                .setParameter("after", 8L)
                .getResultList();
        assertEquals(
                List.of(List.of(5L, 105L), List.of(6L, 106L)),
                first.stream().map(List::of).toList());
        assertEquals(
                List.of(List.of(9L, 109L), List.of(10L, 110L)),
                second.stream().map(List::of).toList());
        assertSame(shared, server().getQuery("limited to 2: " + values));
        assertSame(sql, shared.getSQLString(), "not generated again");
        assertFalse(
                shared.usesResultSetAccessOptimization(),
                "EclipseLink reads each row of values first, whatever the hint");
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
        return LimitedQueries.readOnly(em, jpql, Row.class, limit)
                .setParameter(parameter, value)
                .getResultList()
                .stream()
                .map(Row::id)
                .toList();
    }

    /** A row of a table made for this test. */
    @Entity
    @Table(name = "limited_row")
    public static class Row {

        @Id
        private long id;

        @ElementCollection(fetch = FetchType.EAGER)
        @CollectionTable(name = "limited_row_label", joinColumns = @JoinColumn(name = "row_id"))
        @BatchFetch(BatchFetchType.IN)
        private Set<String> labels = new HashSet<>();

        protected Row() {}

        Row(long id) {
            this.id = id;
            labels.add("row-" + id);
            labels.add(id % 2 == 0 ? "even" : "odd");
        }

        long id() {
            return id;
        }

        Set<String> labels() {
            return labels;
        }
    }

    /** A row whose labels are read only when asked for, each row's on its own. */
    @Entity
    @Table(name = "limited_lazy_row")
    public static class LazyRow {

        @Id
        private long id;

        @ElementCollection(fetch = FetchType.LAZY)
        @CollectionTable(name = "limited_lazy_row_label", joinColumns = @JoinColumn(name = "row_id"))
        private Set<String> labels = new HashSet<>();

        protected LazyRow() {}

        LazyRow(long id) {
            this.id = id;
            labels.add("row-" + id);
            labels.add(id % 2 == 0 ? "even" : "odd");
        }

        Set<String> labels() {
            return labels;
        }
    }
}
