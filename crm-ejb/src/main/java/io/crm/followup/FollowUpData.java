package io.crm.followup;

import io.crm.common.FreeText;
import io.crm.common.InvalidInputException;
import io.crm.common.Text;
import io.crm.common.TimeRanges;
import io.crm.common.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The writable state of a follow-up as a client sends it. {@link #validate} cleans the texts and refuses what breaks
 * the rules, all violations at once; an absent assignee means the caller, an absent status PLANNED.
 */
public record FollowUpData(
        FollowUpChannel channel,
        String content,
        String outcome,
        String nextStep,
        Instant dueAt,
        String assigneeId,
        FollowUpStatus status) {

    public static final int MAX_CONTENT = 10_000;
    public static final int MAX_DETAIL = 4_000;
    private static final Pattern USER_ID = Pattern.compile("[\\p{L}\\p{N}._@-]{1,100}");

    public FollowUpData validate(String callerId) {
        return validate(callerId, Instant.now());
    }

    public FollowUpData validate(String callerId, Instant now) {
        List<Violation> violations = new ArrayList<>();
        if (channel == null) {
            violations.add(new Violation("channel", "is required"));
        }
        String cleanContent = FreeText.validate("content", content, true, MAX_CONTENT, violations);
        String cleanOutcome = FreeText.validate("outcome", outcome, false, MAX_DETAIL, violations);
        String cleanNextStep = FreeText.validate("nextStep", nextStep, false, MAX_DETAIL, violations);
        TimeRanges.planned("dueAt", dueAt, now, violations);
        String assignee = assigneeId == null ? callerId : Text.clean(assigneeId);
        if (assignee == null || !USER_ID.matcher(assignee).matches()) {
            violations.add(
                    new Violation("assigneeId", "must be a user id of 1 to 100 letters, digits, '.', '_', '@' or '-'"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new FollowUpData(
                channel,
                cleanContent,
                cleanOutcome,
                cleanNextStep,
                dueAt,
                assignee,
                status == null ? FollowUpStatus.PLANNED : status);
    }

    /** Content, outcome and next step as one text, the way search sees a follow-up. */
    public String searchableText() {
        StringBuilder text = new StringBuilder(content == null ? "" : content);
        for (String part : new String[] {outcome, nextStep}) {
            if (part != null) {
                text.append('\n').append(part);
            }
        }
        return text.toString();
    }
}
