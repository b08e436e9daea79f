package io.crm.survey;

import io.crm.common.InvalidInputException;
import io.crm.common.Violation;
import io.crm.customer.ConsentChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * What a batch administrator writes of a survey. The target is a segment ({@code segmentId}) or, explicitly,
 * every customer ({@code everyone}). {@code fatigueDays}: a customer invited by any survey in that many days is
 * skipped. {@code validDays}: how long an invitation can be answered. {@code closedLoop}: a dissatisfied response
 * opens a follow-up for the customer's owner; for CSAT and CES, {@code closedLoopThreshold} is the highest score
 * that counts as dissatisfied.
 */
public record SurveyData(
        String name,
        SurveyType type,
        String question,
        String followUpQuestion,
        Long segmentId,
        boolean everyone,
        ConsentChannel channel,
        Integer fatigueDays,
        Integer validDays,
        Boolean closedLoop,
        Integer closedLoopThreshold) {

    public static final int MAX_NAME = 200;
    public static final int MAX_QUESTION = 1000;
    public static final int MAX_DAYS = 3650;

    /** The data with defaults applied and texts trimmed, or a 400 naming every field that is wrong. */
    public SurveyData validate() {
        List<Violation> v = new ArrayList<>();
        String cleanName = text("name", name, MAX_NAME, true, v);
        String cleanQuestion = text("question", question, MAX_QUESTION, true, v);
        String cleanFollowUp = text("followUpQuestion", followUpQuestion, MAX_QUESTION, false, v);
        if (type == null) {
            v.add(new Violation("type", "is required: NPS, CSAT or CES"));
        }
        if (channel == null) {
            v.add(new Violation("channel", "is required: EMAIL, SMS, WECHAT or PHONE"));
        }
        if ((segmentId == null) == !everyone) {
            v.add(new Violation("target", "must name a segmentId, or say everyone: true (not both)"));
        }
        int fatigue = fatigueDays == null ? 30 : fatigueDays;
        if (fatigue < 0 || fatigue > MAX_DAYS) {
            v.add(new Violation("fatigueDays", "must be between 0 and " + MAX_DAYS));
        }
        int valid = validDays == null ? 30 : validDays;
        if (valid < 1 || valid > MAX_DAYS) {
            v.add(new Violation("validDays", "must be between 1 and " + MAX_DAYS));
        }
        boolean loop = closedLoop == null || closedLoop;
        Integer threshold = closedLoopThreshold;
        if (type == SurveyType.NPS && threshold != null) {
            v.add(new Violation("closedLoopThreshold", "does not apply to NPS: detractors (0-6) open the loop"));
        } else if (type != null && type != SurveyType.NPS) {
            if (threshold == null) {
                threshold = type == SurveyType.CSAT ? 2 : 3;
            } else if (!type.inRange(threshold)) {
                v.add(new Violation(
                        "closedLoopThreshold", "must be on the " + type + " scale, " + type.min() + "-" + type.max()));
            }
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        return new SurveyData(
                cleanName,
                type,
                cleanQuestion,
                cleanFollowUp,
                segmentId,
                everyone,
                channel,
                fatigue,
                valid,
                loop,
                threshold);
    }

    private static String text(String field, String value, int max, boolean required, List<Violation> v) {
        String clean = value == null ? null : value.strip();
        if (clean == null || clean.isEmpty()) {
            if (required) {
                v.add(new Violation(field, "is required"));
            }
            return null;
        }
        if (clean.length() > max) {
            v.add(new Violation(field, "must be at most " + max + " characters"));
        }
        return clean;
    }
}
