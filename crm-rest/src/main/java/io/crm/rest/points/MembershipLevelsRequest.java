package io.crm.rest.points;

import io.crm.points.MembershipLevelView;
import io.crm.points.MembershipLevels;
import io.crm.rest.json.ReadOnly;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The membership levels, lowest first, replacing those set before. */
@Schema(name = "MembershipLevelsRequest", description = "The membership levels, lowest first, as a whole")
@ReadOnly({"updatedAt", "updatedBy"})
public record MembershipLevelsRequest(
        @Schema(
                required = true,
                description = "The months back from a scoring run over which points earned and money spent count")
        @NotNull(message = "is required")
        @Min(value = 1, message = "must be at least {value}")
        @Max(value = 120, message = "must be at most {value}")
        Integer windowMonths,

        @Schema(
                required = true,
                type = SchemaType.ARRAY,
                implementation = LevelRequest.class,
                description = "Lowest first. The lowest takes no threshold (every customer is on it); each higher one "
                        + "has minPoints, minSpend or both (either qualifies), above the level below's.")
        @NotNull(message = "is required")
        @Size(min = 1, max = MembershipLevels.MAX_LEVELS, message = "must hold {min} to {max} levels")
        List<@NotNull(message = "is required") @Valid LevelRequest> levels) {

    /** Declared so that the constraints stay off its parameters (see {@link io.crm.rest.note.NoteRequest}). */
    public MembershipLevelsRequest(Integer windowMonths, List<LevelRequest> levels) {
        this.windowMonths = windowMonths;
        this.levels = levels;
    }

    List<MembershipLevelView.Level> asLevels() {
        return levels.stream()
                .map(l -> new MembershipLevelView.Level(
                        l.name().strip(),
                        l.minPoints() == null ? null : Long.valueOf(l.minPoints()),
                        l.minSpend(),
                        l.benefits() == null ? List.of() : l.benefits()))
                .toList();
    }

    /** One level. */
    @Schema(name = "MembershipLevelRequest")
    public record LevelRequest(
            @Schema(required = true, example = "金卡")
            @NotBlank(message = "is required")
            @Size(max = MembershipLevels.MAX_NAME, message = "must be at most {max} characters")
            String name,

            @Schema(description = "Points earned in the window (less what was reversed of them) that reach the level")
            @Min(value = 0, message = "must be at least {value}")
            Integer minPoints,

            @Schema(description = "Money spent in the window (refunds left out) that reaches the level; decimal string")
            @DecimalMin(value = "0", message = "must be at least {value}")
            @Digits(integer = 15, fraction = 4, message = "must have at most {integer} digits and {fraction} decimals")
            BigDecimal minSpend,

            @Schema(
                    type = SchemaType.ARRAY,
                    implementation = String.class,
                    description = "What the level gives, as the host application shows it")
            @Size(max = MembershipLevels.MAX_BENEFITS, message = "must hold at most {max} benefits")
            List<
                            @NotBlank(message = "is required")
                            @Size(max = MembershipLevels.MAX_BENEFIT, message = "must be at most {max} characters")
                            String>
                    benefits) {

        /** Declared so that the constraints stay off its parameters. */
        public LevelRequest(String name, Integer minPoints, BigDecimal minSpend, List<String> benefits) {
            this.name = name;
            this.minPoints = minPoints;
            this.minSpend = minSpend;
            this.benefits = benefits;
        }
    }
}
