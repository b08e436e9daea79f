package io.crm.rest.points;

import io.crm.points.PointsRuleView;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Accrual rules as the API shows them. */
@Schema(name = "PointsRules")
@JsonbPropertyOrder({
    "effectiveFrom",
    "pointsPerUnit",
    "tierMultipliers",
    "birthdayMonthMultiplier",
    "firstPurchaseBonus",
    "dailyCap",
    "surveyAnswerBonus",
    "expiresAfterMonths",
    "updatedAt",
    "updatedBy"
})
public class PointsRulesResponse {

    public final LocalDate effectiveFrom;

    @Schema(description = "Decimal string")
    public final String pointsPerUnit;

    @Schema(description = "Every tier's multiplier, decimal strings")
    public final Map<String, String> tierMultipliers;

    @Schema(description = "Decimal string")
    public final String birthdayMonthMultiplier;

    public final long firstPurchaseBonus;

    @Schema(nullable = true, description = "null: no cap")
    @JsonbNillable
    public final Long dailyCap;

    public final long surveyAnswerBonus;

    @Schema(nullable = true, description = "null: points never lapse")
    @JsonbNillable
    public final Integer expiresAfterMonths;

    public final Instant updatedAt;
    public final String updatedBy;

    PointsRulesResponse(PointsRuleView r) {
        effectiveFrom = r.effectiveFrom();
        pointsPerUnit = r.pointsPerUnit().stripTrailingZeros().toPlainString();
        Map<String, String> multipliers = new LinkedHashMap<>();
        r.tierMultipliers()
                .forEach((tier, m) ->
                        multipliers.put(tier.name(), m.stripTrailingZeros().toPlainString()));
        tierMultipliers = multipliers;
        birthdayMonthMultiplier =
                r.birthdayMonthMultiplier().stripTrailingZeros().toPlainString();
        firstPurchaseBonus = r.firstPurchaseBonus();
        dailyCap = r.dailyCap();
        surveyAnswerBonus = r.surveyAnswerBonus();
        expiresAfterMonths = r.expiresAfterMonths();
        updatedAt = r.updatedAt();
        updatedBy = r.updatedBy();
    }
}
