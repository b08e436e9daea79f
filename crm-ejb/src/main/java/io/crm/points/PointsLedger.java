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
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        PointsAccount account = em.find(PointsAccount.class, customerId, LockModeType.PESSIMISTIC_WRITE);
        if (account == null) {
            account = new PointsAccount(customerId, now);
            em.persist(account);
        }
        long after = Math.addExact(account.balance(), points);
        if (after < 0) {
            throw new ConflictException(
                    "The balance of " + account.balance() + " points does not cover " + -points + ".",
                    Map.of("balance", account.balance()));
        }
        account.add(points, now);
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
            long customerId, Tier tier, long purchaseId, BigDecimal amount, OffsetDateTime occurredAt, String actor) {
        LocalDate day = occurredAt.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        List<PointsRule> rules = em.createQuery(
                        "SELECT r FROM PointsRule r WHERE r.effectiveFrom <= :d ORDER BY r.effectiveFrom DESC",
                        PointsRule.class)
                .setParameter("d", day)
                .setMaxResults(1)
                .getResultList();
        String source = "purchase:" + purchaseId;
        if (rules.isEmpty() || bySource(customerId, source) != null) {
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
        long points = rules.get(0).pointsFor(amount, tier, purchases == 1, accrued);
        if (points > 0) {
            post(customerId, PointsEntryKind.ACCRUAL, points, source, purchaseId, null, null, day, actor);
        }
    }
}
