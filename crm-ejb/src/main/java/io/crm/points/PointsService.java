package io.crm.points;

import io.crm.audit.AuditAction;
import io.crm.audit.AuditTrail;
import io.crm.audit.Change;
import io.crm.common.ConflictException;
import io.crm.common.Cursor;
import io.crm.common.InvalidInputException;
import io.crm.common.LimitedQueries;
import io.crm.common.Page;
import io.crm.common.PageRequest;
import io.crm.common.RecordNotFoundException;
import io.crm.common.Times;
import io.crm.customer.Customer;
import io.crm.customer.Customers;
import io.crm.permission.Caller;
import io.crm.permission.CurrentCaller;
import io.crm.permission.Permission;
import io.crm.permission.Requires;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/** A customer's points: the balance, the ledger, adjustments by hand, redemptions, and the accrual rules. */
@Stateless
public class PointsService {

    static final String LIST = "points-entries";
    public static final int MAX_REASON = 500;
    public static final int MAX_REWARD = 200;
    public static final int MAX_IDEMPOTENCY_KEY = 200;

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    PointsLedger ledger;

    @Inject
    AuditTrail audit;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @Requires(Permission.CUSTOMER_READ)
    public PointsBalanceView balance(long customerId) {
        Customer customer = Customers.visibleForReading(em, currentCaller.get(), customerId);
        PointsAccount account = em.find(PointsAccount.class, customerId);
        return new PointsBalanceView(
                customerId,
                account == null ? 0 : account.balance(),
                customer.membershipLevel(),
                account == null
                        ? null
                        : ledger.expiringNext(customerId, Times.today()).orElse(null));
    }

    /** The customer's ledger, newest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @Requires(Permission.CUSTOMER_READ)
    public Page<PointsEntryView> entries(long customerId, PageRequest page) {
        Customers.visibleForReading(em, currentCaller.get(), customerId);
        String fingerprint = Cursor.fingerprint(customerId);
        String where = "e.customerId = :c";
        Long after = null;
        if (page.cursor() != null) {
            after = Cursor.decode(page.cursor(), LIST, fingerprint).positionAsLong();
            where += " AND e.id < :i";
        }
        var query = LimitedQueries.readOnly(
                        em,
                        "SELECT e FROM PointsEntry e WHERE " + where + " ORDER BY e.id DESC",
                        PointsEntry.class,
                        page.limit() + 1)
                .setParameter("c", customerId);
        if (after != null) {
            query.setParameter("i", after);
        }
        return Page.of(query.getResultList(), page, LIST, fingerprint, e -> Long.toString(e.id()))
                .map(PointsEntryView::of);
    }

    /** One entry of the customer's ledger; 404 when it is not theirs. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @Requires(Permission.CUSTOMER_READ)
    public PointsEntryView entry(long customerId, long entryId) {
        Customers.visibleForReading(em, currentCaller.get(), customerId);
        PointsEntry entry = em.find(PointsEntry.class, entryId);
        if (entry == null || entry.customerId() != customerId) {
            throw new RecordNotFoundException("points entry", entryId);
        }
        return PointsEntryView.of(entry);
    }

    /** Adds (or with a negative number takes) points by hand, with a reason; never below zero (409). */
    @Requires(Permission.POINTS_ADJUST)
    public PointsEntryView adjust(long customerId, int points, String reason) {
        Caller caller = currentCaller.get();
        if (points == 0) {
            throw new InvalidInputException("points", "must not be 0");
        }
        Customers.writable(em, caller, customerId, LockModeType.PESSIMISTIC_WRITE);
        // points added by hand lapse like earned ones, from the day they were added
        LocalDate earnedOn = points > 0 ? Times.today() : null;
        return PointsEntryView.of(ledger.post(
                customerId, PointsEntryKind.ADJUSTMENT, points, null, null, reason, null, earnedOn, caller.userId()));
    }

    /**
     * Spends points on a reward, once per idempotency key: the same key again answers the entry it recorded, a key
     * used for another redemption 409. A balance that does not cover the points answers 409 with the balance and
     * records nothing, so the key may be used again.
     */
    @Requires(Permission.CUSTOMER_WRITE)
    public RedemptionView redeem(long customerId, int points, String idempotencyKey, String reward) {
        Caller caller = currentCaller.get();
        Customers.writable(em, caller, customerId, LockModeType.PESSIMISTIC_WRITE);
        String source = "redemption:" + idempotencyKey;
        PointsEntry earlier = ledger.bySource(customerId, source);
        if (earlier != null) {
            if (earlier.points() != -(long) points || !Objects.equals(earlier.reward(), reward)) {
                throw new ConflictException(
                        "The idempotency key " + idempotencyKey + " was used for another redemption.",
                        Map.of("entryId", Long.toString(earlier.id())));
            }
            return new RedemptionView(PointsEntryView.of(earlier), true);
        }
        PointsEntry entry = ledger.post(
                customerId,
                PointsEntryKind.REDEMPTION,
                -(long) points,
                source,
                null,
                null,
                reward,
                null,
                caller.userId());
        return new RedemptionView(PointsEntryView.of(entry), false);
    }

    /** Sets the accrual rules in effect from a day on (replacing those set before for that same day). */
    @Requires(Permission.POINTS_MANAGE)
    public PointsRuleView putRules(LocalDate effectiveFrom, PointsRule.Terms terms) {
        Caller caller = currentCaller.get();
        PointsRule rule = em.find(PointsRule.class, effectiveFrom, LockModeType.PESSIMISTIC_WRITE);
        AuditAction action = AuditAction.UPDATE;
        String before = rule == null ? null : describe(rule);
        if (rule == null) {
            rule = new PointsRule(effectiveFrom, terms);
            action = AuditAction.CREATE;
            em.persist(rule);
        }
        rule.replace(terms, Times.now(), caller.userId());
        em.flush();
        audit.recordWrite(
                caller.userId(),
                action,
                "points-rules",
                effectiveFrom.toString(),
                Map.of("rules", new Change(before, describe(rule))));
        return PointsRuleView.of(rule);
    }

    private static String describe(PointsRule r) {
        return "pointsPerUnit=" + r.pointsPerUnit().toPlainString() + " tierMultipliers=" + r.multipliers()
                + " birthdayMonthMultiplier=" + r.birthdayMonthMultiplier().toPlainString() + " firstPurchaseBonus="
                + r.firstPurchaseBonus() + " dailyCap=" + r.dailyCap() + " surveyAnswerBonus=" + r.surveyAnswerBonus()
                + " expiresAfterMonths=" + r.expiresAfterMonths();
    }
}
