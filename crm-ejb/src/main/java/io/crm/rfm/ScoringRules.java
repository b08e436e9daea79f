package io.crm.rfm;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The thresholds that turn RFM scores into a tier and purchase history into a lifecycle stage, as IT configures
 * them. The tier comes from the sum of the three scores (3-15): at least {@code vipMinScore} is VIP, at least
 * {@code importantMinScore} is IMPORTANT, else REGULAR; a customer without purchases is POTENTIAL. The stage: no
 * purchase is ACQUISITION; a last purchase older than {@code churnedAfterDays} is CHURNED, older than
 * {@code retentionRiskAfterDays} is RETENTION_RISK; otherwise at least {@code loyalMinPurchases} purchases is
 * LOYAL, fewer is CONVERSION.
 */
public record ScoringRules(
        int vipMinScore,
        int importantMinScore,
        int loyalMinPurchases,
        int retentionRiskAfterDays,
        int churnedAfterDays) {

    public static final ScoringRules DEFAULTS = new ScoringRules(13, 10, 5, 120, 365);

    /** The rules, or an exception naming every setting that does not make sense. */
    public ScoringRules {
        List<String> problems = new ArrayList<>();
        if (importantMinScore < 3 || importantMinScore > 15) {
            problems.add("crm.scoring.important-min-score must be between 3 and 15, not " + importantMinScore);
        }
        if (vipMinScore < importantMinScore || vipMinScore > 15) {
            problems.add(
                    "crm.scoring.vip-min-score must be between the important threshold and 15, not " + vipMinScore);
        }
        if (loyalMinPurchases < 2) {
            problems.add("crm.lifecycle.loyal-min-purchases must be at least 2, not " + loyalMinPurchases);
        }
        if (retentionRiskAfterDays < 1) {
            problems.add("crm.lifecycle.retention-risk-after-days must be at least 1, not " + retentionRiskAfterDays);
        }
        if (churnedAfterDays <= retentionRiskAfterDays) {
            problems.add("crm.lifecycle.churned-after-days must be more than the retention-risk days, not "
                    + churnedAfterDays);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("The scoring configuration is invalid: " + String.join("; ", problems));
        }
    }

    /** Last purchases before this moment make a customer CHURNED. */
    Instant churnedBefore(Instant asOf) {
        return asOf.minus(Duration.ofDays(churnedAfterDays));
    }

    /** Last purchases before this moment make a customer RETENTION_RISK (unless already churned). */
    Instant retentionRiskBefore(Instant asOf) {
        return asOf.minus(Duration.ofDays(retentionRiskAfterDays));
    }
}
