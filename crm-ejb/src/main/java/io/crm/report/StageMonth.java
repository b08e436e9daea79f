package io.crm.report;

import io.crm.customer.LifecycleStage;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * One month of lifecycle movement: the stage counts at its start and end, the customers created in it, every
 * transition between stages, and the rates derived from them (null where the base is empty).
 */
public record StageMonth(
        YearMonth month,
        Map<LifecycleStage, Long> atStart,
        Map<LifecycleStage, Long> atEnd,
        long created,
        List<Transition> transitions,
        BigDecimal conversionRate,
        BigDecimal churnRate,
        BigDecimal retentionRate) {

    /** How many customers moved from one stage to another in the month. */
    public record Transition(LifecycleStage from, LifecycleStage to, long customers) {}
}
