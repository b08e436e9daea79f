package io.crm.points;

import io.crm.customer.Tier;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;

/**
 * The accrual rules in effect from one day on: points per unit of currency, a multiplier by tier and one for purchases
 * in the customer's birthday month, a bonus on a customer's first purchase, a cap on what one customer accrues per day
 * (bonus included), a bonus for an answered survey, and how many months points are kept.
 */
@Entity
@Table(name = "points_rule")
public class PointsRule {

    @Id
    @Column(name = "effective_from")
    private LocalDate effectiveFrom;

    @Column(name = "points_per_unit", nullable = false, precision = 19, scale = 4)
    private BigDecimal pointsPerUnit;

    @Column(name = "multiplier_potential", nullable = false, precision = 9, scale = 4)
    private BigDecimal multiplierPotential;

    @Column(name = "multiplier_regular", nullable = false, precision = 9, scale = 4)
    private BigDecimal multiplierRegular;

    @Column(name = "multiplier_important", nullable = false, precision = 9, scale = 4)
    private BigDecimal multiplierImportant;

    @Column(name = "multiplier_vip", nullable = false, precision = 9, scale = 4)
    private BigDecimal multiplierVip;

    @Column(name = "first_purchase_bonus", nullable = false)
    private long firstPurchaseBonus;

    /** At most this many points accrue to one customer per day (UTC) of purchases; null: no cap. */
    @Column(name = "daily_cap")
    private Long dailyCap;

    @Column(name = "birthday_month_multiplier", nullable = false, precision = 9, scale = 4)
    private BigDecimal birthdayMonthMultiplier;

    @Column(name = "survey_answer_bonus", nullable = false)
    private long surveyAnswerBonus;

    /** Points lapse this many months after the day they were earned; null: they never do. */
    @Column(name = "expires_after_months")
    private Integer expiresAfterMonths;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected PointsRule() {}

    public PointsRule(LocalDate effectiveFrom, Terms terms) {
        this.effectiveFrom = effectiveFrom;
        replace(terms, null, null);
    }

    /** What an administrator sets for a day. */
    public record Terms(
            BigDecimal pointsPerUnit,
            Map<Tier, BigDecimal> multipliers,
            BigDecimal birthdayMonthMultiplier,
            long firstPurchaseBonus,
            Long dailyCap,
            long surveyAnswerBonus,
            Integer expiresAfterMonths) {}

    void replace(Terms terms, OffsetDateTime now, String by) {
        this.pointsPerUnit = terms.pointsPerUnit();
        this.multiplierPotential = terms.multipliers().getOrDefault(Tier.POTENTIAL, BigDecimal.ONE);
        this.multiplierRegular = terms.multipliers().getOrDefault(Tier.REGULAR, BigDecimal.ONE);
        this.multiplierImportant = terms.multipliers().getOrDefault(Tier.IMPORTANT, BigDecimal.ONE);
        this.multiplierVip = terms.multipliers().getOrDefault(Tier.VIP, BigDecimal.ONE);
        this.birthdayMonthMultiplier =
                terms.birthdayMonthMultiplier() == null ? BigDecimal.ONE : terms.birthdayMonthMultiplier();
        this.firstPurchaseBonus = terms.firstPurchaseBonus();
        this.dailyCap = terms.dailyCap();
        this.surveyAnswerBonus = terms.surveyAnswerBonus();
        this.expiresAfterMonths = terms.expiresAfterMonths();
        this.updatedAt = now;
        this.updatedBy = by;
    }

    /**
     * The points a purchase earns: amount × points per unit × the tier's multiplier (× the birthday month's when the
     * purchase falls in it), rounded down, plus the bonus when it is the customer's first purchase, then cut to what
     * the day's cap leaves after {@code accruedThatDay}.
     */
    public long pointsFor(
            BigDecimal amount, Tier tier, boolean birthdayMonth, boolean firstPurchase, long accruedThatDay) {
        BigDecimal earned = amount.multiply(pointsPerUnit).multiply(multiplier(tier));
        if (birthdayMonth) {
            earned = earned.multiply(birthdayMonthMultiplier);
        }
        long points = earned.setScale(0, RoundingMode.DOWN).longValueExact();
        if (firstPurchase) {
            points = Math.addExact(points, firstPurchaseBonus);
        }
        if (dailyCap != null) {
            points = Math.min(points, Math.max(0, dailyCap - accruedThatDay));
        }
        return points;
    }

    public BigDecimal multiplier(Tier tier) {
        return switch (tier == null ? Tier.POTENTIAL : tier) {
            case POTENTIAL -> multiplierPotential;
            case REGULAR -> multiplierRegular;
            case IMPORTANT -> multiplierImportant;
            case VIP -> multiplierVip;
        };
    }

    public Map<Tier, BigDecimal> multipliers() {
        Map<Tier, BigDecimal> all = new EnumMap<>(Tier.class);
        for (Tier t : Tier.values()) {
            all.put(t, multiplier(t));
        }
        return all;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public BigDecimal pointsPerUnit() {
        return pointsPerUnit;
    }

    public long firstPurchaseBonus() {
        return firstPurchaseBonus;
    }

    public Long dailyCap() {
        return dailyCap;
    }

    public BigDecimal birthdayMonthMultiplier() {
        return birthdayMonthMultiplier;
    }

    public long surveyAnswerBonus() {
        return surveyAnswerBonus;
    }

    public Integer expiresAfterMonths() {
        return expiresAfterMonths;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
