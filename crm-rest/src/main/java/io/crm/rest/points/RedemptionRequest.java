package io.crm.rest.points;

import io.crm.points.PointsService;
import io.crm.rest.json.ReadOnly;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Points spent on a reward, once per idempotency key. */
@Schema(name = "PointsRedemptionRequest", description = "Points spent on a reward")
@ReadOnly({"id", "customerId", "kind", "balanceAfter", "reason", "purchaseId", "earnedOn", "createdAt", "createdBy"})
public record RedemptionRequest(
        @Schema(required = true, description = "How many points the reward costs, greater than 0")
        @NotNull(message = "is required")
        @Positive(message = "must be greater than 0")
        Integer points,

        @Schema(
                required = true,
                description = "The client's key of this redemption: sent again, it answers the first "
                        + "redemption and takes nothing more")
        @NotBlank(message = "is required")
        @Size(max = PointsService.MAX_IDEMPOTENCY_KEY, message = "must be at most {max} characters")
        String idempotencyKey,

        @Schema(required = true, description = "What the points buy")
        @NotBlank(message = "is required")
        @Size(max = PointsService.MAX_REWARD, message = "must be at most {max} characters")
        String reward) {

    /** Declared so that the constraints stay off its parameters (see {@link io.crm.rest.note.NoteRequest}). */
    public RedemptionRequest(Integer points, String idempotencyKey, String reward) {
        this.points = points;
        this.idempotencyKey = idempotencyKey;
        this.reward = reward;
    }
}
