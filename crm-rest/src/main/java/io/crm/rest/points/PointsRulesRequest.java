package io.crm.rest.points;

import io.crm.customer.Tier;
import io.crm.points.PointsRule;
import io.crm.rest.json.ReadOnly;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The accrual rules in effect from one day on. */
@Schema(name = "PointsRulesRequest", description = "How purchases earn points from a day on")
@ReadOnly({"updatedAt", "updatedBy"})
public record PointsRulesRequest(
        @Schema(
                required = true,
                description = "The first day (UTC) of purchases these rules apply to; rules set for the "
                        + "same day are replaced")
        @NotNull(message = "is required")
        LocalDate effectiveFrom,

        @Schema(
                required = true,
                description = "Points per unit of the deployment's currency, a decimal string; "
                        + "the product is rounded down")
        @NotNull(message = "is required")
        @DecimalMin(value = "0", message = "must be at least {value}")
        @DecimalMax(value = "10000", message = "must be at most {value}")
        @Digits(integer = 5, fraction = 4, message = "must have at most {fraction} decimal places")
        BigDecimal pointsPerUnit,

        @Schema(description = "A multiplier per tier; a tier left out counts once") @Valid
        TierMultipliers tierMultipliers,

        @Schema(description = "Multiplies what a purchase in the customer's birthday month earns; 1 when left out")
        @DecimalMin(value = "0", message = "must be at least {value}")
        @DecimalMax(value = "100", message = "must be at most {value}")
        @Digits(integer = 3, fraction = 4, message = "must have at most {fraction} decimal places")
        BigDecimal birthdayMonthMultiplier,

        @Schema(description = "Points added to a customer's first purchase; 0 when left out")
        @Min(value = 0, message = "must be at least {value}")
        Integer firstPurchaseBonus,

        @Schema(
                description = "At most this many points per customer and day of purchases (UTC), bonus included; "
                        + "no cap when left out")
        @Min(value = 0, message = "must be at least {value}")
        @Max(value = Integer.MAX_VALUE, message = "must be at most {value}")
        Integer dailyCap,

        @Schema(description = "Points for each answered survey, once per answer; 0 when left out")
        @Min(value = 0, message = "must be at least {value}")
        @Max(value = 1_000_000, message = "must be at most {value}")
        Integer surveyAnswerBonus,

        @Schema(
                description = "Points lapse this many months after the day they were earned (first in, first out) "
                        + "when the points-expiry job runs; they never do when left out")
        @Min(value = 1, message = "must be at least {value}")
        @Max(value = 120, message = "must be at most {value}")
        Integer expiresAfterMonths) {

    /** Declared so that the constraints stay off its parameters (see {@link io.crm.rest.note.NoteRequest}). */
    public PointsRulesRequest(
            LocalDate effectiveFrom,
            BigDecimal pointsPerUnit,
            TierMultipliers tierMultipliers,
            BigDecimal birthdayMonthMultiplier,
            Integer firstPurchaseBonus,
            Integer dailyCap,
            Integer surveyAnswerBonus,
            Integer expiresAfterMonths) {
        this.effectiveFrom = effectiveFrom;
        this.pointsPerUnit = pointsPerUnit;
        this.tierMultipliers = tierMultipliers;
        this.birthdayMonthMultiplier = birthdayMonthMultiplier;
        this.firstPurchaseBonus = firstPurchaseBonus;
        this.dailyCap = dailyCap;
        this.surveyAnswerBonus = surveyAnswerBonus;
        this.expiresAfterMonths = expiresAfterMonths;
    }

    PointsRule.Terms terms() {
        return new PointsRule.Terms(
                pointsPerUnit,
                tierMultipliers == null ? Map.of() : tierMultipliers.asMap(),
                birthdayMonthMultiplier,
                firstPurchaseBonus == null ? 0 : firstPurchaseBonus,
                dailyCap == null ? null : Long.valueOf(dailyCap),
                surveyAnswerBonus == null ? 0 : surveyAnswerBonus,
                expiresAfterMonths);
    }

    /** A multiplier per tier, decimal strings. */
    @Schema(name = "PointsTierMultipliers")
    public record TierMultipliers(
            @DecimalMin(value = "0", message = "must be at least {value}")
            @DecimalMax(value = "100", message = "must be at most {value}")
            @Digits(integer = 3, fraction = 4, message = "must have at most {fraction} decimal places")
            BigDecimal POTENTIAL,

            @DecimalMin(value = "0", message = "must be at least {value}")
            @DecimalMax(value = "100", message = "must be at most {value}")
            @Digits(integer = 3, fraction = 4, message = "must have at most {fraction} decimal places")
            BigDecimal REGULAR,

            @DecimalMin(value = "0", message = "must be at least {value}")
            @DecimalMax(value = "100", message = "must be at most {value}")
            @Digits(integer = 3, fraction = 4, message = "must have at most {fraction} decimal places")
            BigDecimal IMPORTANT,

            @DecimalMin(value = "0", message = "must be at least {value}")
            @DecimalMax(value = "100", message = "must be at most {value}")
            @Digits(integer = 3, fraction = 4, message = "must have at most {fraction} decimal places")
            BigDecimal VIP) {

        /** Declared so that the constraints stay off its parameters. */
        public TierMultipliers(BigDecimal POTENTIAL, BigDecimal REGULAR, BigDecimal IMPORTANT, BigDecimal VIP) {
            this.POTENTIAL = POTENTIAL;
            this.REGULAR = REGULAR;
            this.IMPORTANT = IMPORTANT;
            this.VIP = VIP;
        }

        Map<Tier, BigDecimal> asMap() {
            Map<Tier, BigDecimal> m = new EnumMap<>(Tier.class);
            put(m, Tier.POTENTIAL, POTENTIAL);
            put(m, Tier.REGULAR, REGULAR);
            put(m, Tier.IMPORTANT, IMPORTANT);
            put(m, Tier.VIP, VIP);
            return m;
        }

        private static void put(Map<Tier, BigDecimal> m, Tier tier, BigDecimal value) {
            if (value != null) {
                m.put(tier, value);
            }
        }
    }
}
