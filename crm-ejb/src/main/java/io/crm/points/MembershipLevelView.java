package io.crm.points;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The membership levels, lowest first, and the window their thresholds count over; empty when none are set. */
public record MembershipLevelView(Integer windowMonths, List<Level> levels, Instant updatedAt, String updatedBy) {

    /** One level: its name, thresholds (either qualifies; null: that one does not) and benefits. */
    public record Level(String name, Long minPoints, BigDecimal minSpend, List<String> benefits) {}
}
