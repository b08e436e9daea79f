package io.crm.changelog;

import io.crm.common.Times;
import io.crm.permission.Unguarded;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The positions of the log's consumers, and pruning: entries are removed once every consumer seen within the
 * liveness has read them and they are older than the retention ({@code crm.changelog.retention}, 7 days), which
 * keeps them for replays of webhook events. A consumer of each instance moves its own position ({@link #reached}); a consumer of the
 * deployment group claims a range under a lease ({@link #claim}) and acknowledges it ({@link #acknowledge}).
 */
@Stateless
@Unguarded("the positions of the change log's consumers, kept by their own worker threads and timers")
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ChangeConsumers {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    /** How long entries are kept after every live consumer has read them (ISO-8601 duration). */
    @Inject
    @ConfigProperty(name = "crm.changelog.retention", defaultValue = "P7D")
    String retention = "P7D";

    /**
     * Registers a consumer on this instance (or for the group) unless it is already: a new one starts at the end of
     * the log, as it stands now. Returns its position.
     */
    public long register(ChangeConsumer consumer, String instance) {
        ConsumerPosition row = em.find(ConsumerPosition.class, key(consumer, instance));
        if (row != null) {
            return row.position();
        }
        long end = em.find(ChangeLogHead.class, ChangeLogHead.ID).lastPosition();
        em.persist(new ConsumerPosition(consumer.name(), consumer.row(instance), end, Times.now()));
        return end;
    }

    /**
     * Notes that a consumer of this instance has durably handled everything up to {@code position}, and prunes the
     * entries every consumer seen within {@code liveness} has read.
     */
    public void reached(ChangeConsumer consumer, String instance, long position, Duration liveness) {
        if (consumer.scope() != ChangeConsumer.Scope.INSTANCE) {
            throw new IllegalArgumentException(
                    consumer.name() + " is read once per group: claim and acknowledge its ranges");
        }
        OffsetDateTime now = Times.now();
        ConsumerPosition row = em.find(ConsumerPosition.class, key(consumer, instance));
        if (row == null) {
            em.persist(new ConsumerPosition(consumer.name(), instance, position, now));
        } else {
            row.reached(position, now);
        }
        em.flush();
        prune(now, liveness);
    }

    /**
     * Claims the next changes of a group consumer for {@code holder}, at most {@code max}, unless another holder's
     * lease runs: then the claim is empty. The holder must acknowledge before its lease ends; after that another
     * instance may take the same range over.
     */
    public Claim claim(ChangeConsumer consumer, String holder, int max, Duration lease) {
        ConsumerPosition row = groupRow(consumer);
        if (!row.lease(holder, Times.now(), lease)) {
            return new Claim(row.position(), List.of());
        }
        List<LoggedChange> changes = em.createQuery(
                        "SELECT NEW io.crm.changelog.LoggedChange(e.id, e.position, e.entityType, "
                                + "e.entityId) FROM ChangeLogEntry e WHERE e.position > :p ORDER BY e.position",
                        LoggedChange.class)
                .setParameter("p", row.position())
                .setMaxResults(max)
                .getResultList();
        return new Claim(row.position(), changes);
    }

    /**
     * Moves a group consumer's position to {@code position} and releases the lease, if {@code holder} still holds it;
     * tells whether it did (false: the lease ran out and another instance took the range over).
     */
    public boolean acknowledge(ChangeConsumer consumer, String holder, long position, Duration liveness) {
        ConsumerPosition row = groupRow(consumer);
        if (!row.heldBy(holder)) {
            return false;
        }
        OffsetDateTime now = Times.now();
        row.reached(Math.max(row.position(), position), now);
        row.release();
        em.flush();
        prune(now, liveness);
        return true;
    }

    /** The changes a claim gave its holder, after {@code from}; empty when another instance holds the lease. */
    public record Claim(long from, List<LoggedChange> changes) {
        /** The position to acknowledge once the changes are handled. */
        public long through() {
            return changes.isEmpty() ? from : changes.get(changes.size() - 1).position();
        }
    }

    private ConsumerPosition groupRow(ChangeConsumer consumer) {
        if (consumer.scope() != ChangeConsumer.Scope.GROUP) {
            throw new IllegalArgumentException(consumer.name() + " is read by every instance: it has no claims");
        }
        ConsumerPosition row = em.find(ConsumerPosition.class, key(consumer, null), LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            throw new IllegalStateException(consumer.name() + " is not registered");
        }
        return row;
    }

    private void prune(OffsetDateTime now, Duration liveness) {
        Long slowest = em.createQuery(
                        "SELECT MIN(c.position) FROM ConsumerPosition c WHERE c.seenAt > :since", Long.class)
                .setParameter("since", now.minus(liveness))
                .getSingleResult();
        if (slowest == null || slowest <= 0) {
            return;
        }
        OffsetDateTime before = now.minus(Duration.parse(retention));
        Object[] pruning = em.createQuery(
                        "SELECT MAX(e.position), MAX(e.createdAt) FROM ChangeLogEntry e "
                                + "WHERE e.position <= :p AND e.createdAt < :before",
                        Object[].class)
                .setParameter("p", slowest)
                .setParameter("before", before)
                .getSingleResult();
        if (pruning[0] == null) {
            return;
        }
        int removed = em.createQuery("DELETE FROM ChangeLogEntry e WHERE e.position <= :p AND e.createdAt < :before")
                .setParameter("p", slowest)
                .setParameter("before", before)
                .executeUpdate();
        if (removed > 0) {
            em.find(ChangeLogHead.class, ChangeLogHead.ID, LockModeType.PESSIMISTIC_WRITE)
                    .pruned((Long) pruning[0], (OffsetDateTime) pruning[1]);
        }
    }

    private static ConsumerPosition.Key key(ChangeConsumer consumer, String instance) {
        return new ConsumerPosition.Key(consumer.name(), consumer.row(instance));
    }
}
