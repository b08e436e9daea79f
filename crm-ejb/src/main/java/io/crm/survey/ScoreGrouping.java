package io.crm.survey;

import java.util.Optional;

/** How scores are grouped, as clients name it, and the response column it groups on. */
public enum ScoreGrouping {
    TIER("tier", "tier"),
    LIFECYCLE_STAGE("lifecycleStage", "lifecycle_stage"),
    OWNER("ownerId", "owner_id"),
    REGION("region", "COALESCE(region, '" + ScoreGrouping.NO_REGION + "')"),
    MONTH("month", "response_month"),
    SEGMENT("segment", null);

    /** The group of responses from customers without a region. */
    public static final String NO_REGION = "(none)";

    private final String name;
    private final String column;

    ScoreGrouping(String name, String column) {
        this.name = name;
        this.column = column;
    }

    public String apiName() {
        return name;
    }

    String column() {
        return column;
    }

    public static Optional<ScoreGrouping> of(String name) {
        for (ScoreGrouping g : values()) {
            if (g.name.equals(name)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }
}
