package io.crm.points;

import io.crm.audit.AuditTrail;
import io.crm.permission.Unguarded;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** What the points-expiry job does to every account that holds points, account by account. */
@Stateless
public class PointsExpiry {

    public static final String JOB = "points-expiry";

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    PointsLedger ledger;

    /** Accounts holding points, in customer id order after {@code afterId}. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @Unguarded("run by the points-expiry job, which acts for no caller")
    public List<Long> accountsAfter(long afterId, int max) {
        return em.createQuery(
                        "SELECT a.customerId FROM PointsAccount a WHERE a.customerId > :a AND a.balance > 0"
                                + " ORDER BY a.customerId",
                        Long.class)
                .setParameter("a", afterId)
                .setMaxResults(max)
                .getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @Unguarded("run by the points-expiry job, which acts for no caller")
    public long accountsLeft(long afterId) {
        return em.createQuery(
                        "SELECT COUNT(a) FROM PointsAccount a WHERE a.customerId > :a AND a.balance > 0", Long.class)
                .setParameter("a", afterId)
                .getSingleResult();
    }

    /** Lapses what the customer's points due by {@code today} still hold, in the caller's (the chunk's) transaction. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    @Unguarded("run by the points-expiry job, which acts for no caller")
    public long expire(long customerId, LocalDate today) {
        return ledger.expire(customerId, today, AuditTrail.systemActor(JOB))
                .map(e -> -e.points())
                .orElse(0L);
    }

    /** Points lapsed, and accounts they lapsed from, by entries written since a time. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @Unguarded("run by the points-expiry job, which acts for no caller")
    public Lapsed lapsedSince(OffsetDateTime since) {
        Object[] row = em.createQuery(
                        "SELECT -SUM(e.points), COUNT(DISTINCT e.customerId) FROM PointsEntry e"
                                + " WHERE e.kind = :k AND e.createdAt >= :t",
                        Object[].class)
                .setParameter("k", PointsEntryKind.EXPIRY)
                .setParameter("t", since)
                .getSingleResult();
        return new Lapsed(row[0] == null ? 0 : ((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    /** Points lapsed, from how many accounts. */
    public record Lapsed(long points, long accounts) {}
}
