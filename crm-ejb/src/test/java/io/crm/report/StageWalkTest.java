package io.crm.report;

import static io.crm.customer.LifecycleStage.ACQUISITION;
import static io.crm.customer.LifecycleStage.CHURNED;
import static io.crm.customer.LifecycleStage.CONVERSION;
import static io.crm.customer.LifecycleStage.LOYAL;
import static io.crm.customer.LifecycleStage.RETENTION_RISK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.crm.customer.LifecycleStage;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StageWalkTest {

    @Test
    void theStartOfAMonthIsItsEndWithTheMovesUndone() {
        // end of month: 10 ACQ, 20 CONV, 5 LOYAL, 4 RISK, 6 CHURNED
        Map<LifecycleStage, Long> end =
                Map.of(ACQUISITION, 10L, CONVERSION, 20L, LOYAL, 5L, RETENTION_RISK, 4L, CHURNED, 6L);
        List<StageMonth.Transition> moves = List.of(
                new StageMonth.Transition(ACQUISITION, CONVERSION, 8),
                new StageMonth.Transition(CONVERSION, LOYAL, 2),
                new StageMonth.Transition(LOYAL, RETENTION_RISK, 1),
                new StageMonth.Transition(RETENTION_RISK, CHURNED, 3),
                new StageMonth.Transition(CHURNED, CONVERSION, 1));
        StageMonth m = StageWalk.month(YearMonth.of(2026, 10), end, moves, 6);
        // start: ACQ 10+8-6 = 12; CONV 20-8+2-1 = 13; LOYAL 5-2+1 = 4; RISK 4-1+3 = 6; CHURNED 6-3+1 = 4
        assertEquals(
                Map.of(ACQUISITION, 12L, CONVERSION, 13L, LOYAL, 4L, RETENTION_RISK, 6L, CHURNED, 4L), m.atStart());
        assertEquals(new BigDecimal("0.4444"), m.conversionRate(), "8 of 12 + 6 created");
        assertEquals(new BigDecimal("0.1304"), m.churnRate(), "3 of 23 active at the start");
        // active at end 29, became active 8 + 1 = 9: (29 - 9) / 23
        assertEquals(new BigDecimal("0.8696"), m.retentionRate());
        assertEquals(6, m.created());
    }

    @Test
    void emptyBasesGiveNoRateRatherThanAFakeZero() {
        StageMonth m = StageWalk.month(YearMonth.of(2026, 1), Map.of(ACQUISITION, 3L), List.of(), 3);
        assertEquals(0L, m.atStart().get(ACQUISITION));
        assertEquals(BigDecimal.ZERO.setScale(4), m.conversionRate(), "3 created, none converted");
        assertNull(m.churnRate());
        assertNull(m.retentionRate());
        StageMonth nothing = StageWalk.month(YearMonth.of(2026, 1), Map.of(), List.of(), 0);
        assertNull(nothing.conversionRate());
        assertEquals(5, nothing.atEnd().size(), "every stage is listed");
    }
}
