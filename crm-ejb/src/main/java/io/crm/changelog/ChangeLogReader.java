package io.crm.changelog;

import io.crm.common.Times;
import io.crm.permission.Unguarded;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The change log as consumers read it. Entries get their position after commit, in commit order, so a consumer that
 * has read up to a position has seen every change committed before it.
 */
@Stateless
@Unguarded("reads the change log for its consumers' worker threads; what it returns is ids, never records")
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ChangeLogReader {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    /**
     * Gives committed entries without a position the next positions, at most {@code max} of them; tells how many
     * and the last position given so far. Instances that sequence at the same time take turns on the head row's lock.
     */
    public Sequenced sequence(int max) {
        boolean pending = !em.createQuery("SELECT e.id FROM ChangeLogEntry e WHERE e.position IS NULL", Long.class)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
        if (!pending) {
            return new Sequenced(
                    0, em.find(ChangeLogHead.class, ChangeLogHead.ID).lastPosition());
        }
        ChangeLogHead head = em.find(ChangeLogHead.class, ChangeLogHead.ID, LockModeType.PESSIMISTIC_WRITE);
        List<ChangeLogEntry> entries = em.createQuery(
                        "SELECT e FROM ChangeLogEntry e WHERE e.position IS NULL ORDER BY e.id", ChangeLogEntry.class)
                .setMaxResults(max)
                .getResultList();
        for (ChangeLogEntry entry : entries) {
            entry.place(head.next());
        }
        return new Sequenced(entries.size(), head.lastPosition());
    }

    /** How many entries one call positioned, and the end of the log after it. */
    public record Sequenced(int count, long lastPosition) {}

    /** Positioned changes after the given position, in order. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<LoggedChange> after(long position, int max) {
        return em.createQuery(
                        "SELECT NEW io.crm.changelog.LoggedChange(e.id, e.position, e.entityType, e.entityId) "
                                + "FROM ChangeLogEntry e WHERE e.position > :p ORDER BY e.position",
                        LoggedChange.class)
                .setParameter("p", position)
                .setMaxResults(max)
                .getResultList();
    }

    /** The entries behind the given changes, with what happened, who did it and its facts, in the order given. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ChangeDetail> details(List<LoggedChange> changes) {
        if (changes.isEmpty()) {
            return List.of();
        }
        Map<Long, ChangeDetail> byEntry = new HashMap<>();
        em.createQuery("SELECT e FROM ChangeLogEntry e WHERE e.id IN :ids", ChangeLogEntry.class)
                .setParameter("ids", changes.stream().map(LoggedChange::entry).toList())
                .getResultList()
                .forEach(e -> byEntry.put(e.id(), e.detail()));
        return changes.stream()
                .map(c -> byEntry.get(c.entry()))
                .filter(Objects::nonNull)
                .toList();
    }

    /**
     * The positioned entries made in [{@code from}, {@code to}), in log order, at most {@code max}; with what happened,
     * who did it and its facts.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ChangeDetail> madeBetween(OffsetDateTime from, OffsetDateTime to, int max) {
        return em
                .createQuery(
                        "SELECT e FROM ChangeLogEntry e WHERE e.createdAt >= :from AND e.createdAt < :to "
                                + "AND e.position IS NOT NULL ORDER BY e.position",
                        ChangeLogEntry.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .setMaxResults(max)
                .getResultList()
                .stream()
                .map(ChangeLogEntry::detail)
                .toList();
    }

    /** The newest time of the entries pruned so far; empty while the log has all it was ever given. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public java.util.Optional<OffsetDateTime> prunedUntil() {
        return java.util.Optional.ofNullable(
                em.find(ChangeLogHead.class, ChangeLogHead.ID).prunedUntil());
    }

    /** The position up to which entries were pruned: a consumer that stands before it cannot catch up by the log. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long prunedThrough() {
        return em.find(ChangeLogHead.class, ChangeLogHead.ID).prunedThrough();
    }

    /** The changes a consumer at this position has not read (also those not positioned yet), and the oldest one's age. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Waiting waiting(long position) {
        Object[] waiting = em.createQuery(
                        "SELECT COUNT(e), MIN(e.createdAt) FROM ChangeLogEntry e "
                                + "WHERE e.position > :p OR e.position IS NULL",
                        Object[].class)
                .setParameter("p", position)
                .getSingleResult();
        OffsetDateTime oldest = (OffsetDateTime) waiting[1];
        Duration lag = oldest == null ? Duration.ZERO : Duration.between(oldest, Times.now());
        return new Waiting((Long) waiting[0], lag.isNegative() ? Duration.ZERO : lag);
    }

    /** Changes not read yet, and the age of the oldest of them. */
    public record Waiting(long count, Duration lag) {}
}
