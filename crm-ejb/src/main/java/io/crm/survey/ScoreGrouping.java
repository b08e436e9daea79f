package io.crm.survey;

import java.util.Optional;

/** How scores are grouped, as clients name it. */
public enum ScoreGrouping {
    TIER("tier"),
    LIFECYCLE_STAGE("lifecycleStage"),
    OWNER("ownerId"),
    REGION("region"),
    MONTH("month"),
    SEGMENT("segment");

    /** The group of responses from customers without a region. */
    public static final String NO_REGION = "(none)";

    private final String name;

    ScoreGrouping(String name) {
        this.name = name;
    }

    public String apiName() {
        return name;
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
