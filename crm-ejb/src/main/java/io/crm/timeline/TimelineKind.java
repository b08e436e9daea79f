package io.crm.timeline;

import io.crm.common.InvalidInputException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A kind of item of the timeline and where it comes from: the entity, the attribute that dates it, and for changes
 * recorded in one table, which rows. Declared in the order of their codes, the order of items at the same time.
 */
public enum TimelineKind {
    FOLLOW_UP("follow-up", "FollowUp", "createdAt", null),
    INTERACTION("interaction", "Interaction", "occurredAt", null),
    NOTE("note", "Note", "createdAt", null),
    POINTS_ENTRY("points-entry", "PointsEntry", "createdAt", null),
    PURCHASE("purchase", "Purchase", "occurredAt", null),
    STAGE_CHANGE("stage-change", "CustomerHistory", "changedAt", "lifecycleStage"),
    SURVEY_ANSWER("survey-answer", "SurveyAnswer", "respondedAt", null),
    SURVEY_INVITATION("survey-invitation", "SurveyInvitation", "createdAt", null),
    TIER_CHANGE("tier-change", "CustomerHistory", "changedAt", "tier");

    private final String code;
    final String entity;
    final String time;
    /** For customer_history: the field whose changes this kind shows. */
    final String historyField;

    TimelineKind(String code, String entity, String time, String historyField) {
        this.code = code;
        this.entity = entity;
        this.time = time;
        this.historyField = historyField;
    }

    public String code() {
        return code;
    }

    public static Optional<TimelineKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }

    /** The kinds named by a comma-separated list of codes; none or blank means all (400 for an unknown code). */
    public static Set<TimelineKind> parse(String codes) {
        if (codes == null || codes.isBlank()) {
            return EnumSet.allOf(TimelineKind.class);
        }
        Set<TimelineKind> kinds = EnumSet.noneOf(TimelineKind.class);
        for (String code : codes.split(",")) {
            kinds.add(fromCode(code.strip())
                    .orElseThrow(() -> new InvalidInputException(
                            "kinds",
                            "must be a comma-separated list of "
                                    + Arrays.stream(values())
                                            .map(TimelineKind::code)
                                            .toList())));
        }
        return kinds;
    }
}
