package io.crm.rest.points;

import io.crm.points.PointsEntryKind;
import io.crm.points.PointsEntryView;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A ledger entry as the API shows it. */
@Schema(name = "PointsEntry")
@JsonbPropertyOrder({
    "id",
    "customerId",
    "kind",
    "points",
    "balanceAfter",
    "reason",
    "reward",
    "purchaseId",
    "earnedOn",
    "createdAt",
    "createdBy"
})
public class PointsEntryResponse {

    public final String id;
    public final String customerId;
    public final PointsEntryKind kind;

    @Schema(description = "Points added (positive) or taken (negative)")
    public final long points;

    @Schema(description = "The balance once this entry was recorded")
    public final long balanceAfter;

    @Schema(description = "Why, for an adjustment")
    public final String reason;

    @Schema(description = "What was bought, for a redemption")
    public final String reward;

    @Schema(description = "The purchase that earned an accrual")
    public final String purchaseId;

    @Schema(description = "The day an accrual was earned on (UTC)")
    public final LocalDate earnedOn;

    public final Instant createdAt;

    @Schema(description = "Who recorded it: a user, or system:<job> for a job")
    public final String createdBy;

    PointsEntryResponse(PointsEntryView e) {
        id = Long.toString(e.id());
        customerId = Long.toString(e.customerId());
        kind = e.kind();
        points = e.points();
        balanceAfter = e.balanceAfter();
        reason = e.reason();
        reward = e.reward();
        purchaseId = e.purchaseId() == null ? null : Long.toString(e.purchaseId());
        earnedOn = e.earnedOn();
        createdAt = e.createdAt();
        createdBy = e.createdBy();
    }

    static PointsEntryResponse of(PointsEntryView e) {
        return new PointsEntryResponse(e);
    }

    /** One page of the ledger, for the OpenAPI document. */
    @Schema(name = "PointsEntryPage")
    public static class Page {
        public List<PointsEntryResponse> items;

        @Schema(nullable = true, description = "Cursor of the next page; null on the last page")
        public String next;
    }
}
