package io.crm.points;

import io.crm.customer.Tier;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** Accrual rules as clients read them. */
public record PointsRuleView(
        LocalDate effectiveFrom,
        BigDecimal pointsPerUnit,
        Map<Tier, BigDecimal> tierMultipliers,
        BigDecimal birthdayMonthMultiplier,
        long firstPurchaseBonus,
        Long dailyCap,
        long surveyAnswerBonus,
        Integer expiresAfterMonths,
        Instant updatedAt,
        String updatedBy) {

    static PointsRuleView of(PointsRule r) {
        return new PointsRuleView(
                r.effectiveFrom(),
                r.pointsPerUnit(),
                r.multipliers(),
                r.birthdayMonthMultiplier(),
                r.firstPurchaseBonus(),
                r.dailyCap(),
                r.surveyAnswerBonus(),
                r.expiresAfterMonths(),
                r.updatedAt().toInstant(),
                r.updatedBy());
    }
}
