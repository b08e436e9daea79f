package io.crm.points;

import io.crm.audit.AuditAction;
import io.crm.audit.AuditTrail;
import io.crm.audit.Change;
import io.crm.common.ConflictException;
import io.crm.common.Times;
import io.crm.customer.Tier;
import io.crm.permission.Unguarded;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one place entries are written. Every caller holds the customer's row lock (taken by the service that checked
 * its caller), and the ledger locks the customer's account row as well: changes of one customer's points run one at
 * a time, so the balance read is the balance written, and a change that would take it below zero is refused.
 */
@Stateless
public class PointsLedger {

    static final String AUDITED = "points-entry";

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** The entry recorded for this source of the customer (purchase:id, redemption:key), if any. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    @Unguarded("part of a points change whose service checked its caller and locked the customer")
    public PointsEntry bySource(long customerId, String sourceKey) {
        List<PointsEntry> found = em.createQuery(
                        "SELECT e FROM PointsEntry e WHERE e.customerId = :c AND e.sourceKey = :k", PointsEntry.class)
                .setParameter("c", customerId)
                .setParameter("k", sourceKey)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * Adds an entry and moves the balance by its points; 409 with the balance when it would go below zero. The caller
     * holds the customer's row lock.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    @Unguarded("part of a points change whose service checked its caller and locked the customer")
    public PointsEntry post(
            long customerId,
            PointsEntryKind kind,
            long points,
            String sourceKey,
            Long purchaseId,
            String reason,
            String reward,
            LocalDate earnedOn,
            String actor) {
        OffsetDateTime now = Times.now();
        long after = change(customerId, points, now);
        PointsEntry entry = new PointsEntry(
                customerId, kind, points, after, sourceKey, purchaseId, reason, reward, earnedOn, now, actor);
        em.persist(entry);
        em.flush();
        Map<String, Change> changes = new LinkedHashMap<>();
        changes.put("customerId", new Change(null, Long.toString(customerId)));
        changes.put("kind", new Change(null, kind.name()));
        changes.put("points", new Change(null, Long.toString(points)));
        changes.put("balance", new Change(Long.toString(after - points), Long.toString(after)));
        if (reason != null) {
            changes.put("reason", new Change(null, reason));
        }
        if (reward != null) {
            changes.put("reward", new Change(null, reward));
        }
        if (purchaseId != null) {
            changes.put("purchaseId", new Change(null, Long.toString(purchaseId)));
        }
        audit.recordWrite(actor, AuditAction.CREATE, AUDITED, Long.toString(entry.id()), changes);
        return entry;
    }

    /**
     * Accrues what a just recorded purchase earns by the rules in effect on its day (UTC), once per purchase; nothing
     * when no rules are in effect or the day's cap is reached. The caller holds the customer's row lock.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    @Unguarded("part of recording a purchase, whose service checked its caller and locked the customer")
    public void accrue(
            long customerId,
            Tier tier,
            LocalDate birthday,
            long purchaseId,
            BigDecimal amount,
            OffsetDateTime occurredAt,
            String actor) {
        LocalDate day = occurredAt.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        Optional<PointsRule> rule = ruleOn(day);
        String source = "purchase:" + purchaseId;
        if (rule.isEmpty() || bySource(customerId, source) != null) {
            return;
        }
        long purchases = em.createQuery("SELECT COUNT(p) FROM Purchase p WHERE p.customerId = :c", Long.class)
                .setParameter("c", customerId)
                .getSingleResult();
        long accrued = em
                .createQuery(
                        "SELECT e.points FROM PointsEntry e WHERE e.customerId = :c AND e.kind = :k "
                                + "AND e.earnedOn = :d",
                        Long.class)
                .setParameter("c", customerId)
                .setParameter("k", PointsEntryKind.ACCRUAL)
                .setParameter("d", day)
                .getResultList()
                .stream()
                .mapToLong(Long::longValue)
                .sum();
        boolean birthdayMonth = birthday != null && birthday.getMonth() == day.getMonth();
        long points = rule.get().pointsFor(amount, tier, birthdayMonth, purchases == 1, accrued);
        if (points > 0) {
            post(customerId, PointsEntryKind.ACCRUAL, points, source, purchaseId, null, null, day, actor);
        }
    }

    /** Adds the bonus the rules of its day give for an answered survey, once per answer. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    @Unguarded("part of recording a survey answer of a valid token, which names the customer")
    public void surveyAnswered(long customerId, long responseId, OffsetDateTime respondedAt, String actor) {
        LocalDate day = respondedAt.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        Optional<PointsRule> rule = ruleOn(day);
        String source = "survey-response:" + responseId;
        if (rule.isEmpty() || rule.get().surveyAnswerBonus() == 0 || bySource(customerId, source) != null) {
            return;
        }
        post(
                customerId,
                PointsEntryKind.BONUS,
                rule.get().surveyAnswerBonus(),
                source,
                null,
                "Answered a survey",
                null,
                day,
                actor);
    }

    /**
     * Takes back what a refunded purchase earned, once: all of it when the balance covers it, else the balance (the
     * rest was spent already, and the balance never goes below zero). The reversal counts against the day the points
     * were earned, so expiry does not lapse them again. Nothing when the purchase earned nothing.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    @Unguarded("part of refunding a purchase, whose service checked its caller and locked the customer")
    public Optional<PointsEntry> reverse(long customerId, long purchaseId, String actor) {
        PointsEntry accrual = bySource(customerId, "purchase:" + purchaseId);
        String source = "reversal:purchase:" + purchaseId;
        if (accrual == null || bySource(customerId, source) != null) {
            return Optional.empty();
        }
        long back = Math.min(accrual.points(), lockedBalance(customerId));
        if (back == 0) {
            return Optional.empty();
        }
        String reason = back == accrual.points()
                ? "Purchase " + purchaseId + " refunded"
                : "Purchase " + purchaseId + " refunded; the balance covered " + back + " of the " + accrual.points()
                        + " points it earned";
        return Optional.of(post(
                customerId,
                PointsEntryKind.REVERSAL,
                -back,
                source,
                purchaseId,
                reason,
                null,
                accrual.earnedOn(),
                actor));
    }

    /**
     * Lapses, first in first out, the points earned on or before {@code today} minus the months the rules in effect
     * today keep them, that are not spent, lapsed or reversed yet. Spending takes the oldest points first, so what
     * remains of them is what was earned by then less all that was ever taken; running it twice, or on a later day,
     * never lapses a point twice. Nothing when today's rules keep points for ever.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    @Unguarded("run by the points-expiry job over every account")
    public Optional<PointsEntry> expire(long customerId, LocalDate today, String actor) {
        Optional<Integer> months = ruleOn(today).map(PointsRule::expiresAfterMonths);
        if (months.isEmpty()) {
            return Optional.empty();
        }
        LocalDate lastLapsed = today.minusMonths(months.get());
        String source = "expiry:" + lastLapsed;
        lockedBalance(customerId);
        if (bySource(customerId, source) != null) {
            return Optional.empty();
        }
        long lapsing = earnedUpTo(customerId, lastLapsed) - taken(customerId);
        if (lapsing <= 0) {
            return Optional.empty();
        }
        return Optional.of(post(
                customerId,
                PointsEntryKind.EXPIRY,
                -lapsing,
                source,
                null,
                "Earned on or before " + lastLapsed + " and kept " + months.get() + " months",
                null,
                null,
                actor));
    }

    /** The points that lapse next and the day they do, by the rules in effect today; empty when none will. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @Unguarded("part of reading a balance, whose service checked its caller")
    public Optional<ExpiringPoints> expiringNext(long customerId, LocalDate today) {
        Optional<Integer> months = ruleOn(today).map(PointsRule::expiresAfterMonths);
        if (months.isEmpty()) {
            return Optional.empty();
        }
        long taken = taken(customerId);
        List<Object[]> days = em.createQuery(
                        "SELECT e.earnedOn, SUM(e.points) FROM PointsEntry e WHERE e.customerId = :c"
                                + " AND e.earnedOn IS NOT NULL GROUP BY e.earnedOn ORDER BY e.earnedOn",
                        Object[].class)
                .setParameter("c", customerId)
                .getResultList();
        for (Object[] day : days) {
            long earned = ((Number) day[1]).longValue();
            long left = earned - Math.min(earned, taken);
            taken -= Math.min(earned, taken);
            if (left > 0) {
                return Optional.of(new ExpiringPoints(left, ((LocalDate) day[0]).plusMonths(months.get())));
            }
        }
        return Optional.empty();
    }

    /** What was earned (less what was reversed of it) on or before the day. */
    private long earnedUpTo(long customerId, LocalDate day) {
        Long sum = em.createQuery(
                        "SELECT SUM(e.points) FROM PointsEntry e WHERE e.customerId = :c AND e.earnedOn <= :d",
                        Long.class)
                .setParameter("c", customerId)
                .setParameter("d", day)
                .getSingleResult();
        return sum == null ? 0 : sum;
    }

    /** All that was ever spent, taken by hand or lapsed: the entries that take points and belong to no earning day. */
    private long taken(long customerId) {
        Long sum = em.createQuery(
                        "SELECT SUM(e.points) FROM PointsEntry e WHERE e.customerId = :c AND e.earnedOn IS NULL"
                                + " AND e.points < 0",
                        Long.class)
                .setParameter("c", customerId)
                .getSingleResult();
        return sum == null ? 0 : -sum;
    }

    /**
     * Changes the balance by the points in one statement of the database, which computes it from the row as it is
     * and keeps it from going below zero, and answers the balance after: no read of the balance can be stale, whatever
     * else the transaction read before. A balance that does not cover the points is a conflict that changes nothing.
     */
    private long change(long customerId, long points, OffsetDateTime now) {
        int changed = em.createNativeQuery("UPDATE points_account SET balance = balance + ?1, updated_at = ?2"
                        + " WHERE customer_id = ?3 AND balance + ?1 >= 0")
                .setParameter(1, points)
                .setParameter(2, now)
                .setParameter(3, customerId)
                .executeUpdate();
        if (changed == 1) {
            return lockedBalance(customerId);
        }
        Optional<Long> balance = balanceRow(customerId);
        if (balance.isPresent() || points < 0) {
            long covered = balance.orElse(0L);
            throw new ConflictException(
                    "The balance of " + covered + " points does not cover " + -points + ".",
                    Map.of("balance", covered));
        }
        em.createNativeQuery("INSERT INTO points_account (customer_id, balance, updated_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, customerId)
                .setParameter(2, points)
                .setParameter(3, now)
                .executeUpdate();
        return points;
    }

    /** The balance, its row locked for the rest of the transaction (0 for a customer without an account yet). */
    private long lockedBalance(long customerId) {
        return balanceRow(customerId).orElse(0L);
    }

    private Optional<Long> balanceRow(long customerId) {
        List<?> rows = em.createNativeQuery("SELECT balance FROM points_account WHERE customer_id = ?1 FOR UPDATE")
                .setParameter(1, customerId)
                .getResultList();
        return rows.stream().findFirst().map(b -> ((Number) b).longValue());
    }

    /** The rules in effect on a day: the latest set for it or before. */
    private Optional<PointsRule> ruleOn(LocalDate day) {
        return em
                .createQuery(
                        "SELECT r FROM PointsRule r WHERE r.effectiveFrom <= :d ORDER BY r.effectiveFrom DESC",
                        PointsRule.class)
                .setParameter("d", day)
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst();
    }
}
