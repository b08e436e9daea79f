package io.crm.survey;

import java.util.Optional;

/** How scores are grouped, as clients name it. */
public enum ScoreGrouping {
    TIER("tier"),
    LIFECYCLE_STAGE("lifecycleStage"),
    OWNER("ownerId"),
    REGION("region"),
    MONTH("month"),
    SEGMENT("segment"),
    /** The membership level the customer holds now (as segments, evaluated now). */
    LEVEL("level");

    /** The group of responses from customers without a region, or without a membership level. */
    public static final String NONE = "(none)";

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
