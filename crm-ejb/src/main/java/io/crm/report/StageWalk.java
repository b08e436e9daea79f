package io.crm.report;

import io.crm.customer.LifecycleStage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stage counts at the start of a month, worked back from the counts at its end: undo each transition of the month
 * and take out the customers created in it (every customer starts in ACQUISITION). The stage history goes with a
 * deleted customer, so the walk is exact for the customers that exist now. The rates:
 * <ul>
 * <li>conversion: moves from ACQUISITION to an active stage, over the ACQUISITION customers at the start plus
 * those created in the month;</li>
 * <li>churn: moves from an active stage to CHURNED, over the active customers at the start;</li>
 * <li>retention: active customers at the end less those who became active in the month (from ACQUISITION or
 * CHURNED), over the active customers at the start.</li>
 * </ul>
 * Active stages are CONVERSION, LOYAL and RETENTION_RISK. Rates are fractions rounded to four decimals.
 */
final class StageWalk {

    static final Set<LifecycleStage> ACTIVE =
            EnumSet.of(LifecycleStage.CONVERSION, LifecycleStage.LOYAL, LifecycleStage.RETENTION_RISK);

    private StageWalk() {}

    /** The counts before a period, from those after it, its transitions and its creations. */
    static Map<LifecycleStage, Long> before(
            Map<LifecycleStage, Long> after, List<StageMonth.Transition> transitions, long created) {
        Map<LifecycleStage, Long> counts = copy(after);
        for (StageMonth.Transition t : transitions) {
            counts.merge(t.to(), -t.customers(), Long::sum);
            counts.merge(t.from(), t.customers(), Long::sum);
        }
        counts.merge(LifecycleStage.ACQUISITION, -created, Long::sum);
        return counts;
    }

    static StageMonth month(
            YearMonth month, Map<LifecycleStage, Long> atEnd, List<StageMonth.Transition> transitions, long created) {
        Map<LifecycleStage, Long> atStart = before(atEnd, transitions, created);
        long converted = moved(transitions, EnumSet.of(LifecycleStage.ACQUISITION), ACTIVE);
        long churned = moved(transitions, ACTIVE, EnumSet.of(LifecycleStage.CHURNED));
        long becameActive = moved(transitions, EnumSet.of(LifecycleStage.ACQUISITION, LifecycleStage.CHURNED), ACTIVE);
        long activeAtStart = sum(atStart, ACTIVE);
        return new StageMonth(
                month,
                atStart,
                copy(atEnd),
                created,
                List.copyOf(transitions),
                rate(converted, atStart.get(LifecycleStage.ACQUISITION) + created),
                rate(churned, activeAtStart),
                rate(sum(atEnd, ACTIVE) - becameActive, activeAtStart));
    }

    static Map<LifecycleStage, Long> copy(Map<LifecycleStage, Long> counts) {
        Map<LifecycleStage, Long> copy = new EnumMap<>(LifecycleStage.class);
        for (LifecycleStage stage : LifecycleStage.values()) {
            copy.put(stage, counts.getOrDefault(stage, 0L));
        }
        return copy;
    }

    private static long moved(
            List<StageMonth.Transition> transitions, Set<LifecycleStage> from, Set<LifecycleStage> to) {
        return transitions.stream()
                .filter(t -> from.contains(t.from()) && to.contains(t.to()))
                .mapToLong(StageMonth.Transition::customers)
                .sum();
    }

    private static long sum(Map<LifecycleStage, Long> counts, Set<LifecycleStage> stages) {
        return stages.stream().mapToLong(s -> counts.getOrDefault(s, 0L)).sum();
    }

    private static BigDecimal rate(long part, long base) {
        return base <= 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(base), 4, RoundingMode.HALF_UP);
    }
}
