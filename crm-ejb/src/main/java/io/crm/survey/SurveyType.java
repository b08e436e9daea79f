package io.crm.survey;

/** The kind of question and its scale. */
public enum SurveyType {
    /** How likely are you to recommend us, 0-10. */
    NPS(0, 10),
    /** How satisfied are you, 1-5. */
    CSAT(1, 5),
    /** How easy was it, 1-7. */
    CES(1, 7);

    private final int min;
    private final int max;

    SurveyType(int min, int max) {
        this.min = min;
        this.max = max;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    public boolean inRange(int score) {
        return score >= min && score <= max;
    }

    /**
     * Whether a score calls for the closed loop: a detractor (0-6) for NPS; for CSAT and CES a score at or below
     * the survey's threshold.
     */
    public boolean dissatisfied(int score, Integer threshold) {
        return this == NPS ? score <= NpsCalculator.DETRACTOR_MAX : threshold != null && score <= threshold;
    }
}
