package io.crm.report;

import io.crm.common.InvalidInputException;
import io.crm.common.JpqlCondition;
import io.crm.common.QueryTimeout;
import io.crm.customer.CustomerHistory;
import io.crm.customer.LifecycleStage;
import io.crm.customer.Tier;
import io.crm.permission.Caller;
import io.crm.permission.CurrentCaller;
import io.crm.permission.Permission;
import io.crm.permission.Requires;
import io.crm.permission.VisibilityRule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reports over the customers the caller may see (the same visibility as the customer list): a manager's numbers
 * are their team's. Needs {@code report:read}. Months are calendar months in UTC.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@Requires(Permission.REPORT_READ)
public class ReportService {

    static final int MAX_MONTHS = 36;

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    public Map<Tier, Long> tiers() {
        Map<Tier, Long> counts = new EnumMap<>(Tier.class);
        for (Tier tier : Tier.values()) {
            counts.put(tier, 0L);
        }
        distribution("c.tier").forEach((k, v) -> counts.put((Tier) k, v));
        return counts;
    }

    public Map<LifecycleStage, Long> stages() {
        Map<LifecycleStage, Long> counts = new EnumMap<>(LifecycleStage.class);
        distribution("c.lifecycleStage").forEach((k, v) -> counts.put((LifecycleStage) k, v));
        return StageWalk.copy(counts);
    }

    /** The months from {@code from} to {@code to} (inclusive, at most 36), oldest first. */
    public List<StageMonth> stageTransitions(YearMonth from, YearMonth to) {
        if (from.isAfter(to)) {
            throw new InvalidInputException("from", "must not be after to");
        }
        if (from.plusMonths(MAX_MONTHS - 1).isBefore(to)) {
            throw new InvalidInputException("to", "must be at most " + MAX_MONTHS + " months after from");
        }
        Map<LifecycleStage, Long> counts = stages();
        Instant now = Instant.now();
        Instant rangeEnd = start(to.plusMonths(1));
        if (rangeEnd.isBefore(now)) {
            counts = StageWalk.before(counts, transitions(rangeEnd, now), created(rangeEnd, now));
        }
        List<StageMonth> months = new ArrayList<>();
        for (YearMonth m = to; !m.isBefore(from); m = m.minusMonths(1)) {
            Instant start = start(m);
            Instant end = start(m.plusMonths(1));
            StageMonth month = StageWalk.month(m, counts, transitions(start, end), created(start, end));
            months.add(month);
            counts = month.atStart();
        }
        Collections.reverse(months);
        return months;
    }

    private Map<Object, Long> distribution(String attribute) {
        Caller caller = currentCaller.get();
        JpqlCondition visible = VisibilityRule.jpqlWithShares(caller, "c");
        TypedQuery<Object[]> query = QueryTimeout.on(em.createQuery(
                "SELECT " + attribute + ", COUNT(c) FROM Customer c WHERE " + visible.jpql() + " GROUP BY " + attribute,
                Object[].class));
        visible.parameters().forEach(query::setParameter);
        Map<Object, Long> counts = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            counts.put(row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    private List<StageMonth.Transition> transitions(Instant start, Instant end) {
        JpqlCondition visible = VisibilityRule.jpqlWithShares(currentCaller.get(), "c");
        TypedQuery<Object[]> query = QueryTimeout.on(em.createQuery(
                "SELECT h.fromValue, h.toValue, COUNT(h) FROM CustomerHistory h, Customer c"
                        + " WHERE h.customerId = c.id AND h.field = :field AND h.changedAt >= :start AND h.changedAt < :end AND "
                        + visible.jpql() + " GROUP BY h.fromValue, h.toValue",
                Object[].class));
        query.setParameter("field", CustomerHistory.LIFECYCLE_STAGE)
                .setParameter("start", utc(start))
                .setParameter("end", utc(end));
        visible.parameters().forEach(query::setParameter);
        List<StageMonth.Transition> transitions = new ArrayList<>();
        for (Object[] row : query.getResultList()) {
            transitions.add(new StageMonth.Transition(
                    LifecycleStage.valueOf((String) row[0]),
                    LifecycleStage.valueOf((String) row[1]),
                    ((Number) row[2]).longValue()));
        }
        transitions.sort((a, b) -> a.from() != b.from() ? a.from().compareTo(b.from()) : a.to().compareTo(b.to()));
        return transitions;
    }

    private long created(Instant start, Instant end) {
        JpqlCondition visible = VisibilityRule.jpqlWithShares(currentCaller.get(), "c");
        TypedQuery<Long> query = QueryTimeout.on(em.createQuery(
                "SELECT COUNT(c) FROM Customer c WHERE c.createdAt >= :start" + " AND c.createdAt < :end AND "
                        + visible.jpql(),
                Long.class));
        query.setParameter("start", utc(start)).setParameter("end", utc(end));
        visible.parameters().forEach(query::setParameter);
        return query.getSingleResult();
    }

    private static Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
