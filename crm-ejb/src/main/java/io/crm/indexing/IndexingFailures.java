package io.crm.indexing;

import io.crm.changelog.EntityType;
import io.crm.changelog.LoggedChange;
import io.crm.common.Times;
import io.crm.permission.Unguarded;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The records an instance's search index could not write: each failed attempt is counted, retried with doubling
 * back-off, then FAILED until an operator replays it.
 */
@Stateless
@Unguarded(
        "the search index's own bookkeeping of records it could not index, run by its worker thread and timer; operators reach it through SearchAdmin")
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class IndexingFailures {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    /** Whether any record failed to index on this instance (retrying or failed). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean exist(String node) {
        return !em.createQuery("SELECT f.entityId FROM IndexFailure f WHERE f.node = :node", Long.class)
                .setParameter("node", node)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** Counts a failed attempt to index a record on this instance; true when it failed for good (no retry left). */
    public boolean failed(String node, EntityType entity, long id, String error, int maxAttempts, Duration firstDelay) {
        OffsetDateTime now = Times.now();
        IndexFailure failure = em.find(IndexFailure.class, new IndexFailure.Key(node, entity, id));
        if (failure == null) {
            failure = new IndexFailure(node, entity, id, now);
            em.persist(failure);
        }
        failure.failed(error, now, maxAttempts, firstDelay);
        return failure.state() == IndexFailure.State.FAILED;
    }

    /** Records whose retry is due on this instance. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<LoggedChange> dueRetries(String node, int max) {
        return em
                .createQuery(
                        "SELECT f.entityType, f.entityId FROM IndexFailure f "
                                + "WHERE f.node = :node AND f.state = :retrying AND f.nextAttemptAt <= :now ORDER BY f.nextAttemptAt",
                        Object[].class)
                .setParameter("node", node)
                .setParameter("retrying", IndexFailure.State.RETRYING)
                .setParameter("now", Times.now())
                .setMaxResults(max)
                .getResultList()
                .stream()
                .map(row -> new LoggedChange(0, 0, (EntityType) row[0], (Long) row[1]))
                .toList();
    }

    /** Forgets the failures of records that were indexed since. */
    public void succeeded(String node, List<LoggedChange> changes) {
        Map<EntityType, Set<Long>> ids = new EnumMap<>(EntityType.class);
        changes.forEach(
                c -> ids.computeIfAbsent(c.entity(), e -> new HashSet<>()).add(c.entityId()));
        ids.forEach((entity, entityIds) -> em.createQuery("DELETE FROM IndexFailure f WHERE f.node = :node "
                        + "AND f.entityType = :type AND f.entityId IN :ids")
                .setParameter("node", node)
                .setParameter("type", entity)
                .setParameter("ids", entityIds)
                .executeUpdate());
    }

    /** The records this instance could not index, oldest failure first: for operators. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<IndexFailureView> list(String node, int max) {
        return em
                .createQuery(
                        "SELECT f FROM IndexFailure f WHERE f.node = :node ORDER BY f.firstFailedAt",
                        IndexFailure.class)
                .setParameter("node", node)
                .setMaxResults(max)
                .getResultList()
                .stream()
                .map(IndexFailureView::of)
                .toList();
    }

    /** Puts every failed record of every instance back to retrying; returns how many. */
    public int replayFailed() {
        List<IndexFailure> failed = em.createQuery(
                        "SELECT f FROM IndexFailure f WHERE f.state = :failed", IndexFailure.class)
                .setParameter("failed", IndexFailure.State.FAILED)
                .getResultList();
        OffsetDateTime now = Times.now();
        failed.forEach(f -> f.replay(now));
        return failed.size();
    }

    /** This instance's records being retried and those that failed for good. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Counts counts(String node) {
        List<Object[]> rows = em.createQuery(
                        "SELECT f.state, COUNT(f) FROM IndexFailure f WHERE f.node = :node " + "GROUP BY f.state",
                        Object[].class)
                .setParameter("node", node)
                .getResultList();
        long retrying = 0;
        long failed = 0;
        for (Object[] row : rows) {
            if (row[0] == IndexFailure.State.FAILED) {
                failed = (Long) row[1];
            } else {
                retrying = (Long) row[1];
            }
        }
        return new Counts(retrying, failed);
    }

    /** How many records are being retried, and how many failed for good. */
    public record Counts(long retrying, long failed) {}
}
