package io.crm.webhook;

import io.crm.audit.AuditAction;
import io.crm.audit.AuditTrail;
import io.crm.audit.Change;
import io.crm.common.RecordNotFoundException;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The deliveries as the sender works them, each call its own transaction: the subscriptions events are made for,
 * new events queued once per subscription (an event id queued again is left alone, so a range of the log read twice
 * queues nothing twice), the next deliveries due (the oldest waiting one of each subscription and customer only, so a
 * customer's events arrive in order), and the outcome of each attempt.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
@Unguarded("the webhook sender's own bookkeeping, on its worker thread; the records in the events were read as each"
        + " subscription's user")
public class WebhookDeliveries {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** A subscription as the event maker needs it. */
    public record Subscriber(long id, String actAs, List<WebhookEventType> events) {}

    /** Every subscription, paused ones included: their events wait for them. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Subscriber> subscribers() {
        return em
                .createQuery("SELECT w FROM WebhookSubscription w ORDER BY w.id", WebhookSubscription.class)
                .getResultList()
                .stream()
                .map(w -> new Subscriber(w.id(), w.actAs(), w.events()))
                .toList();
    }

    /** Queues the events; tells how many were new. */
    public int enqueue(Map<Long, List<WebhookEvent>> bySubscription) {
        OffsetDateTime now = Times.now();
        int queued = 0;
        for (Map.Entry<Long, List<WebhookEvent>> e : bySubscription.entrySet()) {
            if (em.find(WebhookSubscription.class, e.getKey()) == null) {
                continue; // deleted meanwhile
            }
            for (WebhookEvent event : e.getValue()) {
                boolean known = !em.createQuery(
                                "SELECT d.id FROM WebhookDelivery d WHERE d.subscriptionId = :s AND d.eventId = :e",
                                Long.class)
                        .setParameter("s", e.getKey())
                        .setParameter("e", event.id())
                        .setMaxResults(1)
                        .getResultList()
                        .isEmpty();
                if (!known) {
                    em.persist(new WebhookDelivery(e.getKey(), event, now));
                    queued++;
                }
            }
        }
        return queued;
    }

    /**
     * Records a replay of [{@code from}, {@code to}) that {@code requester} asked for and queues its events as new
     * deliveries named by it, in one transaction with its audit entry. Nothing is queued for a subscription deleted
     * meanwhile (404).
     */
    public ReplayView replayed(
            long subscriptionId, OffsetDateTime from, OffsetDateTime to, String requester, List<WebhookEvent> events) {
        if (em.find(WebhookSubscription.class, subscriptionId) == null) {
            throw new RecordNotFoundException(WebhookService.AUDITED, subscriptionId);
        }
        OffsetDateTime now = Times.now();
        WebhookReplay replay = new WebhookReplay(subscriptionId, from, to, requester, now);
        em.persist(replay);
        em.flush();
        for (WebhookEvent event : events) {
            em.persist(new WebhookDelivery(subscriptionId, event, now, replay.id()));
        }
        replay.queued(events.size());
        em.flush();
        Map<String, Change> audited = new LinkedHashMap<>();
        audited.put("replayId", new Change(null, Long.toString(replay.id())));
        audited.put("replayFrom", new Change(null, from.toInstant().toString()));
        audited.put("replayTo", new Change(null, to.toInstant().toString()));
        audited.put("replayedEvents", new Change(null, events.size()));
        audit.recordWrite(
                requester, AuditAction.UPDATE, WebhookService.AUDITED, Long.toString(subscriptionId), audited);
        return replay.view();
    }

    /** A delivery taken by one sender, with what it needs to send it. */
    public record Due(long id, String url, List<String> secrets, String eventId, String payload) {}

    /**
     * Takes up to {@code max} due deliveries of active subscriptions for {@code holder} for {@code lease}: of each
     * subscription and customer the oldest waiting delivery only, and only when no other sender holds it.
     */
    public List<Due> take(String holder, int max, Duration lease) {
        OffsetDateTime now = Times.now();
        List<WebhookDelivery> heads = em.createQuery(
                        "SELECT d FROM WebhookDelivery d, WebhookSubscription w "
                                + "WHERE w.id = d.subscriptionId AND w.status = :active "
                                + "AND d.status = :pending AND d.nextAttemptAt <= :now "
                                + "AND (d.leaseUntil IS NULL OR d.leaseUntil < :now) "
                                + "AND NOT EXISTS (SELECT e.id FROM WebhookDelivery e "
                                + "WHERE e.subscriptionId = d.subscriptionId AND e.orderKey = d.orderKey "
                                + "AND e.status = :pending AND e.sequenceNo < d.sequenceNo) "
                                + "ORDER BY d.nextAttemptAt, d.id",
                        WebhookDelivery.class)
                .setParameter("active", WebhookStatus.ACTIVE)
                .setParameter("pending", DeliveryStatus.PENDING)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
        List<Due> taken = new ArrayList<>();
        for (WebhookDelivery head : heads) {
            int held = em.createQuery("UPDATE WebhookDelivery d SET d.leaseHolder = :h, d.leaseUntil = :until "
                            + "WHERE d.id = :id AND d.status = :pending "
                            + "AND (d.leaseUntil IS NULL OR d.leaseUntil < :now)")
                    .setParameter("h", holder)
                    .setParameter("until", now.plus(lease))
                    .setParameter("id", head.id())
                    .setParameter("pending", DeliveryStatus.PENDING)
                    .setParameter("now", now)
                    .executeUpdate();
            if (held == 1) {
                WebhookSubscription w = em.find(WebhookSubscription.class, head.subscriptionId());
                taken.add(new Due(head.id(), w.url(), w.signingSecrets(now), head.eventId(), head.payload()));
            }
        }
        return taken;
    }

    /** A delivery sent, with what came of it. */
    public record Attempt(long deliveryId, DeliveryOutcome outcome) {}

    /**
     * Records the attempts of a round of sends in one transaction: each delivered, or due again later, or dead; and
     * for each subscription, whether it keeps failing (then, after {@code pauseAfter}, it is paused) or delivers
     * again. Attempts a replay or an unsubscription overtook are left out (the replay sends them again).
     */
    public void attempted(List<Attempt> attempts, String holder, RetrySchedule retries, Duration pauseAfter) {
        OffsetDateTime now = Times.now();
        Set<Long> delivering = new TreeSet<>();
        for (Attempt a : attempts.stream()
                .sorted(Comparator.comparingLong(Attempt::deliveryId))
                .toList()) { // rows locked in one order by every sender
            WebhookDelivery delivery = em.find(WebhookDelivery.class, a.deliveryId(), LockModeType.PESSIMISTIC_WRITE);
            if (delivery == null || !delivery.heldBy(holder)) {
                continue;
            }
            em.persist(new WebhookAttempt(a.deliveryId(), now, a.outcome()));
            if (a.outcome().succeeded()) {
                delivery.delivered(now);
                delivering.add(delivery.subscriptionId());
            } else {
                WebhookSubscription subscription =
                        em.find(WebhookSubscription.class, delivery.subscriptionId(), LockModeType.PESSIMISTIC_WRITE);
                delivery.failed(
                        retries.next(delivery.attempts() + 1, delivery.createdAt(), now, ThreadLocalRandom.current()));
                subscription.failed(now, pauseAfter);
            }
        }
        // a subscription's row is written only when it was failing, once a round
        for (long subscription : delivering) {
            em.createQuery("UPDATE WebhookSubscription w SET w.failingSince = NULL"
                            + " WHERE w.id = :id AND w.failingSince IS NOT NULL")
                    .setParameter("id", subscription)
                    .executeUpdate();
        }
    }

    /**
     * Removes up to {@code max} delivered and dead deliveries queued (or last replayed) before {@code before}, oldest
     * first, with their attempts; tells how many. Pending ones stay however old: they are still to be sent.
     */
    public int prune(OffsetDateTime before, int max) {
        List<Long> ids = em.createQuery(
                        "SELECT d.id FROM WebhookDelivery d WHERE d.status IN :finished AND d.createdAt < :before "
                                + "ORDER BY d.createdAt",
                        Long.class)
                .setParameter("finished", List.of(DeliveryStatus.DELIVERED, DeliveryStatus.DEAD))
                .setParameter("before", before)
                .setMaxResults(max)
                .getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        em.createQuery("DELETE FROM WebhookAttempt a WHERE a.deliveryId IN :ids")
                .setParameter("ids", ids)
                .executeUpdate();
        return em.createQuery("DELETE FROM WebhookDelivery d WHERE d.id IN :ids AND d.status IN :finished")
                .setParameter("ids", ids)
                .setParameter("finished", List.of(DeliveryStatus.DELIVERED, DeliveryStatus.DEAD))
                .executeUpdate();
    }

    /** What health shows: subscriptions paused because they kept failing (not those paused by hand), deliveries waiting and dead. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Backlog backlog() {
        long paused = em.createQuery("SELECT COUNT(w) FROM WebhookSubscription w WHERE w.status = :paused", Long.class)
                .setParameter("paused", WebhookStatus.PAUSED)
                .getSingleResult();
        List<Object[]> counts = em.createQuery(
                        "SELECT d.status, COUNT(d) FROM WebhookDelivery d WHERE d.status <> :delivered "
                                + "GROUP BY d.status",
                        Object[].class)
                .setParameter("delivered", DeliveryStatus.DELIVERED)
                .getResultList();
        long pending = 0;
        long dead = 0;
        for (Object[] row : counts) {
            if (row[0] == DeliveryStatus.PENDING) {
                pending = (Long) row[1];
            } else {
                dead = (Long) row[1];
            }
        }
        return new Backlog(paused, pending, dead);
    }

    public record Backlog(long pausedSubscriptions, long pendingDeliveries, long deadDeliveries) {}
}
