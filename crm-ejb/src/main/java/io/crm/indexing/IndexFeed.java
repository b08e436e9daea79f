package io.crm.indexing;

import io.crm.common.Times;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The log of index changes as an instance reads it. Events get their position after commit, in commit order,
 * so an instance that has read up to a position has seen every change committed before it; each instance keeps
 * its own position, and events every live instance has passed are removed.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class IndexFeed {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    /**
     * Gives committed events without a position the next positions, at most {@code max} of them; tells how many
     * and the last position given so far. Instances that sequence at the same time take turns on the log row's lock.
     */
    public Sequenced sequence(int max) {
        boolean pending = !em.createQuery("SELECT e.id FROM IndexEvent e WHERE e.position IS NULL", Long.class)
                .setMaxResults(1).getResultList().isEmpty();
        if (!pending) {
            return new Sequenced(0, em.find(IndexLog.class, IndexLog.ID).lastPosition());
        }
        IndexLog log = em.find(IndexLog.class, IndexLog.ID, LockModeType.PESSIMISTIC_WRITE);
        List<IndexEvent> events = em.createQuery("SELECT e FROM IndexEvent e WHERE e.position IS NULL ORDER BY e.id",
                IndexEvent.class).setMaxResults(max).getResultList();
        for (IndexEvent event : events) {
            event.place(log.next());
        }
        return new Sequenced(events.size(), log.lastPosition());
    }

    /** How many events one call positioned, and the end of the log after it. */
    public record Sequenced(int count, long lastPosition) {
    }

    /** Whether any record failed to index on this instance (retrying or failed). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean hasFailures(String node) {
        return !em.createQuery("SELECT f.entityId FROM IndexFailure f WHERE f.node = :node", Long.class)
                .setParameter("node", node).setMaxResults(1).getResultList().isEmpty();
    }

    /** Positioned changes after the given position, in order. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<IndexChange> after(long position, int max) {
        return em.createQuery("SELECT NEW io.crm.indexing.IndexChange(e.id, e.position, e.entityType, e.entityId) "
                        + "FROM IndexEvent e WHERE e.position > :p ORDER BY e.position", IndexChange.class)
                .setParameter("p", position).setMaxResults(max).getResultList();
    }

    /** The position up to which events were removed: an index that stands before it cannot catch up by the log. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long prunedThrough() {
        return em.find(IndexLog.class, IndexLog.ID).prunedThrough();
    }

    /**
     * Notes that this instance's index has durably applied everything up to {@code position}, and removes the
     * events that every instance seen within {@code liveness} has applied.
     */
    public void reached(String node, long position, Duration liveness) {
        OffsetDateTime now = Times.now();
        IndexNode row = em.find(IndexNode.class, node);
        if (row == null) {
            em.persist(new IndexNode(node, position, now));
        } else {
            row.reached(position, now);
        }
        em.flush();
        Long everyone = em.createQuery("SELECT MIN(n.position) FROM IndexNode n WHERE n.seenAt > :since", Long.class)
                .setParameter("since", now.minus(liveness)).getSingleResult();
        if (everyone != null && everyone > 0) {
            int removed = em.createQuery("DELETE FROM IndexEvent e WHERE e.position <= :p")
                    .setParameter("p", everyone).executeUpdate();
            if (removed > 0) {
                em.find(IndexLog.class, IndexLog.ID, LockModeType.PESSIMISTIC_WRITE).prunedThrough(everyone);
            }
        }
    }

    /** Counts a failed attempt to index a record on this instance; true when it failed for good (no retry left). */
    public boolean failed(String node, IndexedEntity entity, long id, String error, int maxAttempts, Duration firstDelay) {
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
    public List<IndexChange> dueRetries(String node, int max) {
        return em.createQuery("SELECT f.entityType, f.entityId FROM IndexFailure f "
                        + "WHERE f.node = :node AND f.state = :retrying AND f.nextAttemptAt <= :now ORDER BY f.nextAttemptAt",
                        Object[].class)
                .setParameter("node", node).setParameter("retrying", IndexFailure.State.RETRYING)
                .setParameter("now", Times.now()).setMaxResults(max).getResultList().stream()
                .map(row -> new IndexChange(0, 0, (IndexedEntity) row[0], (Long) row[1])).toList();
    }

    /** Forgets the failures of records that were indexed since. */
    public void succeeded(String node, List<IndexChange> changes) {
        Map<IndexedEntity, Set<Long>> ids = new EnumMap<>(IndexedEntity.class);
        changes.forEach(c -> ids.computeIfAbsent(c.entity(), e -> new HashSet<>()).add(c.entityId()));
        ids.forEach((entity, entityIds) -> em.createQuery("DELETE FROM IndexFailure f WHERE f.node = :node "
                        + "AND f.entityType = :type AND f.entityId IN :ids")
                .setParameter("node", node).setParameter("type", entity).setParameter("ids", entityIds).executeUpdate());
    }

    /** The records this instance could not index, oldest failure first: for operators. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<IndexFailureView> failures(String node, int max) {
        return em.createQuery("SELECT f FROM IndexFailure f WHERE f.node = :node ORDER BY f.firstFailedAt", IndexFailure.class)
                .setParameter("node", node).setMaxResults(max).getResultList().stream().map(IndexFailureView::of).toList();
    }

    /** Puts every failed record of every instance back to retrying; returns how many. */
    public int replayFailed() {
        List<IndexFailure> failed = em.createQuery("SELECT f FROM IndexFailure f WHERE f.state = :failed", IndexFailure.class)
                .setParameter("failed", IndexFailure.State.FAILED).getResultList();
        OffsetDateTime now = Times.now();
        failed.forEach(f -> f.replay(now));
        return failed.size();
    }

    /** What this instance's index has not applied yet, from the position it stands at. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public IndexBacklog backlog(String node, long position) {
        Object[] waiting = em.createQuery("SELECT COUNT(e), MIN(e.createdAt) FROM IndexEvent e "
                + "WHERE e.position > :p OR e.position IS NULL", Object[].class).setParameter("p", position).getSingleResult();
        OffsetDateTime oldest = (OffsetDateTime) waiting[1];
        Duration lag = oldest == null ? Duration.ZERO : Duration.between(oldest, Times.now());
        List<Object[]> failures = em.createQuery("SELECT f.state, COUNT(f) FROM IndexFailure f WHERE f.node = :node "
                + "GROUP BY f.state", Object[].class).setParameter("node", node).getResultList();
        long retrying = 0;
        long failed = 0;
        for (Object[] row : failures) {
            if (row[0] == IndexFailure.State.FAILED) {
                failed = (Long) row[1];
            } else {
                retrying = (Long) row[1];
            }
        }
        return new IndexBacklog((Long) waiting[0], lag.isNegative() ? Duration.ZERO : lag, retrying, failed);
    }
}
