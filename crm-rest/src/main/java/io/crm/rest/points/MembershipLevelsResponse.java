package io.crm.rest.points;

import io.crm.points.MembershipLevelView;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The membership levels as the API shows them. */
@Schema(name = "MembershipLevels")
@JsonbPropertyOrder({"windowMonths", "levels", "updatedAt", "updatedBy"})
public class MembershipLevelsResponse {

    @Schema(nullable = true, description = "null while no levels are set")
    @JsonbNillable
    public final Integer windowMonths;

    @Schema(
            type = SchemaType.ARRAY,
            implementation = LevelResponse.class,
            description = "Lowest first; empty while none are set")
    public final List<LevelResponse> levels;

    @Schema(nullable = true)
    @JsonbNillable
    public final Instant updatedAt;

    @Schema(nullable = true)
    @JsonbNillable
    public final String updatedBy;

    MembershipLevelsResponse(MembershipLevelView v) {
        windowMonths = v.windowMonths();
        levels = v.levels().stream().map(LevelResponse::new).toList();
        updatedAt = v.updatedAt();
        updatedBy = v.updatedBy();
    }

    /** One level. */
    @Schema(name = "MembershipLevel")
    @JsonbPropertyOrder({"name", "minPoints", "minSpend", "benefits"})
    public static class LevelResponse {
        public final String name;

        @Schema(nullable = true)
        @JsonbNillable
        public final Long minPoints;

        @Schema(nullable = true, description = "Decimal string")
        @JsonbNillable
        public final String minSpend;

        @Schema(type = SchemaType.ARRAY, implementation = String.class)
        public final List<String> benefits;

        LevelResponse(MembershipLevelView.Level l) {
            name = l.name();
            minPoints = l.minPoints();
            minSpend = l.minSpend() == null
                    ? null
                    : l.minSpend().stripTrailingZeros().toPlainString();
            benefits = l.benefits();
        }
    }
}
