package io.crm.rfm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.crm.customer.LifecycleStage;
import io.crm.customer.Tier;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the change log is told of a customer a scoring run changed. */
class CustomerScoringTest {

    @Test
    void theChangedFieldsAndTheStagesMovedBetween() {
        assertEquals(
                List.of("tier", "lifecycleStage", "stage:ACQUISITION>LOYAL"),
                CustomerScoring.facts(new RfmScorer.ScoredChange(
                        1,
                        "sales1",
                        "east",
                        Tier.POTENTIAL,
                        Tier.VIP,
                        LifecycleStage.ACQUISITION,
                        LifecycleStage.LOYAL)));
        assertEquals(
                List.of("tier"),
                CustomerScoring.facts(new RfmScorer.ScoredChange(
                        1, "sales1", null, Tier.REGULAR, Tier.VIP, LifecycleStage.LOYAL, LifecycleStage.LOYAL)));
        assertEquals(
                List.of("lifecycleStage", "stage:LOYAL>RETENTION_RISK"),
                CustomerScoring.facts(new RfmScorer.ScoredChange(
                        1, "sales1", null, Tier.VIP, Tier.VIP, LifecycleStage.LOYAL, LifecycleStage.RETENTION_RISK)));
    }
}
