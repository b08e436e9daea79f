package io.crm.rest.points;

import io.crm.points.PointsService;
import io.crm.rest.json.ReadOnly;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Points added or taken by hand. */
@Schema(
        name = "PointsAdjustmentRequest",
        description = "Points added (positive) or taken (negative) by hand, with a reason")
@ReadOnly({"id", "customerId", "kind", "balanceAfter", "reward", "purchaseId", "earnedOn", "createdAt", "createdBy"})
public record AdjustmentRequest(
        @Schema(required = true, description = "Not 0; negative takes points, never below a balance of 0 (409)")
        @NotNull(message = "is required")
        Integer points,

        @Schema(required = true, description = "Why, for whoever reads the ledger")
        @NotBlank(message = "is required")
        @Size(max = PointsService.MAX_REASON, message = "must be at most {max} characters")
        String reason) {

    /** Declared so that the constraints stay off its parameters (see {@link io.crm.rest.note.NoteRequest}). */
    public AdjustmentRequest(Integer points, String reason) {
        this.points = points;
        this.reason = reason;
    }
}
