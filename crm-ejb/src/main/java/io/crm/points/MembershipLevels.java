package io.crm.points;

import io.crm.audit.AuditAction;
import io.crm.audit.AuditTrail;
import io.crm.audit.Change;
import io.crm.common.InvalidInputException;
import io.crm.common.Times;
import io.crm.common.Violation;
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
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The membership levels (会员等级), replaced as a whole by an administrator and read by anyone who reads customers;
 * the customer-scoring job puts customers on them.
 */
@Stateless
public class MembershipLevels {

    static final String AUDITED = "membership-levels";
    public static final int MAX_LEVELS = 20;
    public static final int MAX_NAME = 20;
    public static final int MAX_BENEFITS = 50;
    public static final int MAX_BENEFIT = 200;

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AuditTrail audit;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @Requires(Permission.CUSTOMER_READ)
    public MembershipLevelView levels() {
        return view(stored());
    }

    /**
     * Replaces the levels, lowest first. The lowest has no threshold (everyone is on it); every higher one has at
     * least one, and each threshold rises from level to level where both levels set it.
     */
    @Requires(Permission.POINTS_MANAGE)
    public MembershipLevelView replace(int windowMonths, List<MembershipLevelView.Level> levels) {
        validate(levels);
        Caller caller = currentCaller.get();
        List<MembershipLevel> before = em.createQuery(
                        "SELECT l FROM MembershipLevel l ORDER BY l.rank", MembershipLevel.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        String was = before.isEmpty() ? null : describe(view(before));
        em.createQuery("DELETE FROM MembershipLevel l").executeUpdate();
        em.flush();
        OffsetDateTime now = Times.now();
        for (int i = 0; i < levels.size(); i++) {
            em.persist(new MembershipLevel(i, levels.get(i), windowMonths, now, caller.userId()));
        }
        em.flush();
        MembershipLevelView stored = view(stored());
        audit.recordWrite(
                caller.userId(),
                before.isEmpty() ? AuditAction.CREATE : AuditAction.UPDATE,
                AUDITED,
                "levels",
                Map.of("levels", new Change(was, describe(stored))));
        return stored;
    }

    private List<MembershipLevel> stored() {
        return em.createQuery("SELECT l FROM MembershipLevel l ORDER BY l.rank", MembershipLevel.class)
                .getResultList();
    }

    private static MembershipLevelView view(List<MembershipLevel> levels) {
        if (levels.isEmpty()) {
            return new MembershipLevelView(null, List.of(), null, null);
        }
        MembershipLevel first = levels.get(0);
        return new MembershipLevelView(
                first.windowMonths(),
                levels.stream().map(MembershipLevel::view).toList(),
                first.updatedAt().toInstant(),
                first.updatedBy());
    }

    static void validate(List<MembershipLevelView.Level> levels) {
        List<Violation> violations = new ArrayList<>();
        if (levels.isEmpty()) {
            violations.add(new Violation("levels", "must hold at least one level"));
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < levels.size(); i++) {
            MembershipLevelView.Level level = levels.get(i);
            String at = "levels[" + i + "]";
            if (!names.add(level.name().strip().toLowerCase(Locale.ROOT))) {
                violations.add(new Violation(at + ".name", "is the name of another level"));
            }
            boolean none = level.minPoints() == null && level.minSpend() == null;
            if (i == 0 && !none) {
                violations.add(new Violation(
                        at, "is the lowest level, which every customer is on: it takes no minPoints or minSpend"));
            }
            if (i > 0 && none) {
                violations.add(new Violation(at, "needs minPoints or minSpend (or both)"));
            }
            if (i > 1) {
                MembershipLevelView.Level below = levels.get(i - 1);
                if (below.minPoints() != null && level.minPoints() != null && level.minPoints() <= below.minPoints()) {
                    violations.add(new Violation(at + ".minPoints", "must be above the level below's"));
                }
                if (below.minSpend() != null
                        && level.minSpend() != null
                        && level.minSpend().compareTo(below.minSpend()) <= 0) {
                    violations.add(new Violation(at + ".minSpend", "must be above the level below's"));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static String describe(MembershipLevelView v) {
        StringBuilder b = new StringBuilder("windowMonths=" + v.windowMonths());
        for (MembershipLevelView.Level l : v.levels()) {
            b.append("; ")
                    .append(l.name())
                    .append(" minPoints=")
                    .append(l.minPoints())
                    .append(" minSpend=")
                    .append(l.minSpend() == null ? null : l.minSpend().toPlainString())
                    .append(" benefits=")
                    .append(l.benefits());
        }
        return b.toString();
    }
}
