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
    CONSENT_CHANGE("consent-change", "ConsentChange", "changedAt"),
    FOLLOW_UP("follow-up", "FollowUp", "createdAt"),
    INTERACTION("interaction", "Interaction", "occurredAt"),
    LEVEL_CHANGE("level-change", "CustomerHistory", "changedAt", "customerId", "id", "level"),
    MERGE("merge", "CustomerMerge", "mergedAt", "survivorId", "duplicateId", null),
    NOTE("note", "Note", "createdAt"),
    POINTS_ENTRY("points-entry", "PointsEntry", "createdAt"),
    PURCHASE("purchase", "Purchase", "occurredAt"),
    STAGE_CHANGE("stage-change", "CustomerHistory", "changedAt", "customerId", "id", "lifecycleStage"),
    SURVEY_ANSWER("survey-answer", "SurveyAnswer", "respondedAt"),
    SURVEY_INVITATION("survey-invitation", "SurveyInvitation", "createdAt"),
    TIER_CHANGE("tier-change", "CustomerHistory", "changedAt", "customerId", "id", "tier");

    private final String code;
    final String entity;
    final String time;
    /** The attribute that names the customer whose timeline shows the item. */
    final String customer;
    /** The attribute that identifies the item (a merge: the id the merged-away customer had). */
    final String id;
    /** For customer_history: the field whose changes this kind shows. */
    final String historyField;

    TimelineKind(String code, String entity, String time) {
        this(code, entity, time, "customerId", "id", null);
    }

    TimelineKind(String code, String entity, String time, String customer, String id, String historyField) {
        this.code = code;
        this.entity = entity;
        this.time = time;
        this.customer = customer;
        this.id = id;
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
