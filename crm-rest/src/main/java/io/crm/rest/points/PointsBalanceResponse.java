package io.crm.rest.points;

import io.crm.points.PointsBalanceView;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A customer's points balance as the API shows it. */
@Schema(name = "PointsBalance")
@JsonbPropertyOrder({"customerId", "balance", "level"})
public class PointsBalanceResponse {

    public final String customerId;

    @Schema(description = "The sum of the ledger's entries, never below 0")
    public final long balance;

    @Schema(nullable = true, description = "The membership level; null until membership levels exist")
    @JsonbNillable
    public final String level;

    PointsBalanceResponse(PointsBalanceView v) {
        customerId = Long.toString(v.customerId());
        balance = v.balance();
        level = null;
    }
}
