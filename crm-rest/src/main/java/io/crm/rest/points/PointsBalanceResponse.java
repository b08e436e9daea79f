package io.crm.rest.points;

import io.crm.points.PointsBalanceView;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A customer's points balance as the API shows it. */
@Schema(name = "PointsBalance")
@JsonbPropertyOrder({"customerId", "balance", "level", "expiringNext"})
public class PointsBalanceResponse {

    public final String customerId;

    @Schema(description = "The sum of the ledger's entries, never below 0")
    public final long balance;

    @Schema(
            nullable = true,
            description = "The membership level (GET /membership-levels), set by the customer-scoring job; null until "
                    + "levels are set and the job ran")
    @JsonbNillable
    public final String level;

    @Schema(
            nullable = true,
            description = "The points that lapse next (the oldest not yet spent) and the day they do, by the rules "
                    + "in effect today; null when none will")
    @JsonbNillable
    public final Expiring expiringNext;

    PointsBalanceResponse(PointsBalanceView v) {
        customerId = Long.toString(v.customerId());
        balance = v.balance();
        level = v.level();
        expiringNext = v.expiringNext() == null
                ? null
                : new Expiring(v.expiringNext().points(), v.expiringNext().on());
    }

    /** Points that lapse on a day. */
    @Schema(name = "PointsExpiring")
    public static class Expiring {
        public final long points;

        @Schema(description = "The day (UTC) the points-expiry job lapses them")
        public final LocalDate on;

        Expiring(long points, LocalDate on) {
            this.points = points;
            this.on = on;
        }
    }
}
