package io.crm.common;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.jpa.JpaQuery;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.ForeignReferenceMapping;
import org.eclipse.persistence.queries.ObjectLevelReadQuery;
import org.eclipse.persistence.sessions.server.Server;

/**
 * Read-only JPQL queries with a row limit, turned into SQL once instead of on every execution. EclipseLink caches a
 * parsed JPQL statement, but a limit set on it makes it generate the SQL again each time. A named query that carries
 * its limit is prepared on first use (the limit a bound parameter) and shared; there is one per statement and limit,
 * and past {@value #MOST_NAMED} named queries in the persistence unit a query is built the ordinary way. Each one
 * carries the statement timeout ({@link QueryTimeout}): these are the queries that callers' input shapes.
 */
public final class LimitedQueries {

    static final int MOST_NAMED = 2_000;

    private LimitedQueries() {}

    public static <T> TypedQuery<T> readOnly(EntityManager em, String jpql, Class<T> type, int maxRows) {
        String name = "limited to " + maxRows + ": " + jpql;
        Server session = em.unwrap(JpaEntityManager.class).getServerSession();
        if (session.getQuery(name) == null) {
            if (session.getQueries().size() >= MOST_NAMED) {
                return QueryTimeout.on(em.createQuery(jpql, type)
                        .setHint(QueryHints.READ_ONLY, HintValues.TRUE)
                        .setMaxResults(maxRows));
            }
            TypedQuery<T> query = QueryTimeout.on(em.createQuery(jpql, type)
                    .setHint(QueryHints.READ_ONLY, HintValues.TRUE)
                    .setHint(QueryHints.JDBC_MAX_ROWS, maxRows));
            if (!batchAsMapped(session, query)) {
                // entities built from the result set as it is read, not from a copy of each row first
                query.setHint(QueryHints.RESULT_SET_ACCESS, HintValues.TRUE);
            }
            em.getEntityManagerFactory().addNamedQuery(name, query);
        }
        return em.createNamedQuery(name, type);
    }

    /**
     * Names on the query the relationships its entity batch-fetches eagerly. EclipseLink then prepares their batch
     * queries with the query, once, instead of on every execution, as it does for a batch fetch known only from the
     * mapping. Whether the entity batch-fetches anything, eagerly or not.
     */
    private static boolean batchAsMapped(Server session, TypedQuery<?> query) {
        boolean batches = false;
        if (query.unwrap(JpaQuery.class).getDatabaseQuery() instanceof ObjectLevelReadQuery read
                && !read.isReportQuery()) {
            for (DatabaseMapping mapping :
                    session.getDescriptor(read.getReferenceClass()).getMappings()) {
                if (mapping instanceof ForeignReferenceMapping relation && relation.getBatchFetchType() != null) {
                    batches = true;
                    if (!relation.isLazy()) {
                        read.addBatchReadAttribute(relation.getAttributeName());
                        read.setBatchFetchType(relation.getBatchFetchType());
                    }
                }
            }
        }
        return batches;
    }
}
